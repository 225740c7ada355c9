import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** What a list says when it has nothing to show, and what to do about it. */
export function EmptyState({ title, description, actions }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" radius="md">
      <MantineEmptyState title={title} description={description}>
        {actions !== undefined && <MantineEmptyState.Actions>{actions}</MantineEmptyState.Actions>}
      </MantineEmptyState>
    </Paper>
  );
}
