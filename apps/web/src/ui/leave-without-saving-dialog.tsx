import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Blocker } from 'react-router';

/**
 * Asked when someone navigates away from text that is not saved. Staying is the default, so an
 * Enter pressed out of habit loses nothing.
 */
export function LeaveWithoutSavingDialog({ blocker, children }: { blocker: Blocker; children: ReactNode }) {
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => {
        blocker.reset?.();
      }}
      title="Leave without saving?"
    >
      <Stack gap="md">
        <Text>{children}</Text>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            data-autofocus
            onClick={() => {
              blocker.reset?.();
            }}
          >
            Stay
          </Button>
          <Button
            color="red"
            onClick={() => {
              blocker.proceed?.();
            }}
          >
            Leave without saving
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
