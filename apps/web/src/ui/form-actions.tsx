import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormActionsProps {
  submitLabel: ReactNode;
  submitting: boolean;
  onCancel: () => void;
}

/** How every form ends: Cancel, then the submit button, which shows it is working while the save runs. */
export function FormActions({ submitLabel, submitting, onCancel }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel} disabled={submitting}>
        Cancel
      </Button>
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}
