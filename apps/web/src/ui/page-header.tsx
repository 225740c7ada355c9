import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title: the kind of object, dates, what the page is for. */
  description?: ReactNode;
  /** Buttons for the page's main actions, placed at the end of the title row. */
  actions?: ReactNode;
  /** Shown above the title, e.g. a status badge. */
  eyebrow?: ReactNode;
}

/**
 * The one `h1` of a page, with its main actions beside it. The title asks for 36rem before the
 * actions share its row: a long title with several actions keeps two or three lines, and the actions
 * move under it, rather than squeezing it into a narrow column.
 */
export function PageHeader({ title, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 36rem', minWidth: 0 }}>
        {eyebrow}
        <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
          {title}
        </Title>
        {description !== undefined && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions !== undefined && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
