import { Alert, Button, Stack, Text } from '@mantine/core';

export interface ErrorStateProps {
  title?: string;
  message: string;
  /** Offered as a "Try again" button when the failure may be temporary. */
  onRetry?: () => void;
}

/** A page or section that could not be loaded. */
export function ErrorState({ title = 'This could not be loaded', message, onRetry }: ErrorStateProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry !== undefined && (
          <Button variant="default" size="xs" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
