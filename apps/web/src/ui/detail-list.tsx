import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

export interface DetailListProps {
  items: readonly DetailItem[];
}

/** Labelled facts about one object, as a description list (read as term and value by screen readers). */
export function DetailList({ items }: DetailListProps) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" m={0}>
      {items.map((item) => (
        <Box key={item.label}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {item.label}
          </Text>
          <Box component="dd" m={0} mt={2}>
            {item.value}
          </Box>
        </Box>
      ))}
    </SimpleGrid>
  );
}
