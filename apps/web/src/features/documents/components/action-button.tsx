import { Button, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export interface ActionButtonProps {
  children: ReactNode;
  onClick: () => void;
  /** Why the step is not possible yet; the button is then disabled and this is shown beside it. */
  blockedBecause?: string | undefined;
  variant?: 'filled' | 'default';
}

/** A workflow step's button, with why it cannot be taken yet where that is so. */
export function ActionButton({ children, onClick, blockedBecause, variant = 'filled' }: ActionButtonProps) {
  const reasonId = useId();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={variant}
        disabled={blockedBecause !== undefined}
        aria-describedby={blockedBecause !== undefined ? reasonId : undefined}
        onClick={onClick}
      >
        {children}
      </Button>
      {blockedBecause !== undefined && (
        <Text id={reasonId} size="sm" c="dimmed">
          {blockedBecause}
        </Text>
      )}
    </Stack>
  );
}
