import { Center, Loader, Stack, Text } from '@mantine/core';

export interface LoadingStateProps {
  /** What is loading, said to screen readers and shown under the spinner. */
  label: string;
  /** Fill the viewport, for the moment before the app knows who is signed in. */
  fullPage?: boolean;
}

export function LoadingState({ label, fullPage = false }: LoadingStateProps) {
  return (
    <Center mih={fullPage ? '100dvh' : 160} role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
