import { Alert, Button, Group, Modal, Stack, type MantineColor } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { toApiError } from '../lib/api-error';

export interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, and what cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** `red` for removals. */
  confirmColor?: MantineColor;
  /** Rejects with the API's error when the server refuses; the dialog then stays open and says why. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** Replaces the server's wording for a refusal this dialog can explain better. */
  describeError?: (error: unknown) => string;
}

function ConfirmBody({
  children,
  confirmLabel,
  confirmColor,
  onConfirm,
  onClose,
  describeError,
}: Omit<ConfirmDialogProps, 'opened' | 'title'>) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const destructive = confirmColor === 'red';

  async function handleConfirm() {
    setSubmitting(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(describeError ? describeError(caught) : toApiError(caught).message);
      setSubmitting(false);
    }
  }

  return (
    <Stack gap="md">
      {children}
      {error !== undefined && (
        <Alert color="red" variant="light" role="alert" title="Nothing was changed">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        {/* A removal starts on Cancel, so an Enter pressed out of habit removes nothing. */}
        <Button variant="default" onClick={onClose} disabled={submitting} data-autofocus={destructive || undefined}>
          Cancel
        </Button>
        <Button
          color={confirmColor}
          loading={submitting}
          onClick={() => void handleConfirm()}
          data-autofocus={destructive ? undefined : true}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks before doing something consequential (removing, adopting, closing), and shows a refusal in place. */
export function ConfirmDialog({ opened, title, onClose, ...props }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="md">
      {/* Mounted only while open, so a refusal from an earlier attempt is not shown again. */}
      {opened && <ConfirmBody onClose={onClose} {...props} />}
    </Modal>
  );
}
