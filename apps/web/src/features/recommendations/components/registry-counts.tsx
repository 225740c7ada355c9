import { Paper, SimpleGrid, Text, UnstyledButton, type MantineColor } from '@mantine/core';
import { recommendationStatusLabels, type RecommendationStatus } from '@plenary/shared';
import type { ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { registryCountsFragment } from '../graphql/registry-queries';
import { statusColors } from './recommendation-text';

interface CountTileProps {
  label: string;
  count: number;
  /** The accent at the tile's edge, as in the charts. */
  color: MantineColor;
  /** Whether the list is filtered by this tile now. */
  pressed?: boolean;
  /** Tiles without an action only report their figure. */
  onClick?: () => void;
}

function tileContent(label: string, count: number): ReactNode {
  return (
    <>
      <Text fz={28} fw={700} lh={1.1}>
        {count.toLocaleString('en-GB')}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </>
  );
}

function CountTile({ label, count, color, pressed, onClick }: CountTileProps) {
  const accent = { borderInlineStart: `4px solid var(--mantine-color-${color}-6)` };
  if (!onClick) {
    return (
      <Paper withBorder radius="md" p="sm" style={accent}>
        {tileContent(label, count)}
      </Paper>
    );
  }
  return (
    <Paper
      withBorder
      radius="md"
      p={0}
      style={{
        ...accent,
        ...(pressed ? { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: -1 } : {}),
      }}
    >
      <UnstyledButton
        p="sm"
        w="100%"
        h="100%"
        aria-pressed={pressed}
        onClick={onClick}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      >
        {tileContent(label, count)}
      </UnstyledButton>
    </Paper>
  );
}

export interface RegistryCountsProps {
  registry: FragmentType<typeof registryCountsFragment>;
  status: RecommendationStatus | null;
  overdue: boolean;
  /** Shows only the recommendations in a status, or all of them again with null. */
  onStatusChange: (status: RecommendationStatus | null) => void;
  onOverdueChange: (overdue: boolean) => void;
}

/** How many match, how many are overdue, and how many are in each status; a status or "overdue" filters the list. */
export function RegistryCounts({
  registry: registryRef,
  status,
  overdue,
  onStatusChange,
  onOverdueChange,
}: RegistryCountsProps) {
  const registry = getFragmentData(registryCountsFragment, registryRef);
  return (
    <SimpleGrid
      component="section"
      aria-label="Counts"
      cols={{ base: 2, xs: 4, xl: 8 }}
      spacing="sm"
      verticalSpacing="sm"
    >
      <CountTile label="Recommendations" count={registry.totalCount} color="dark" />
      <CountTile
        label="Overdue follow-up"
        count={registry.overdueCount}
        color={registry.overdueCount > 0 ? 'red' : 'gray'}
        pressed={overdue}
        onClick={() => {
          onOverdueChange(!overdue);
        }}
      />
      {registry.statusCounts.map((entry) => (
        <CountTile
          key={entry.status}
          label={recommendationStatusLabels[entry.status]}
          count={entry.count}
          color={statusColors[entry.status]}
          pressed={status === entry.status}
          onClick={() => {
            onStatusChange(status === entry.status ? null : entry.status);
          }}
        />
      ))}
    </SimpleGrid>
  );
}
