import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { isLocalDate, type ErrorReason } from '@plenary/shared';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';

export interface AgendaDateDialogProps {
  opened: boolean;
  title: string;
  description?: ReactNode;
  initialDate: string;
  submitLabel: string;
  /** Rejects with the API's error when the server refuses; the dialog then shows why. */
  onSubmit: (date: string) => Promise<void>;
  onClose: () => void;
}

const dateMessages: Partial<Record<ErrorReason, string>> = {
  DAY_EXISTS: 'The agenda already has this day. Choose another date.',
};

function DateForm({
  description,
  initialDate,
  submitLabel,
  onSubmit,
  onClose,
}: Omit<AgendaDateDialogProps, 'opened' | 'title'>) {
  const [date, setDate] = useState(initialDate);
  const [error, setError] = useState<string>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    if (!isLocalDate(date)) {
      setError('Choose a date.');
      return;
    }
    setError(undefined);
    setSubmitting(true);
    try {
      await onSubmit(date);
      onClose();
    } catch (caught) {
      const split = toFormErrors(caught, ['date'] as const, dateMessages);
      setError(split.fields.date);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        {description !== undefined && <Text size="sm">{description}</Text>}
        <TextInput
          label="Date"
          type="date"
          required
          value={date}
          onChange={(event) => {
            setDate(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-autofocus
        />
        <FormErrorAlert messages={formErrors} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Asks for one date: a day to add to the agenda, or the date to copy a day to. */
export function AgendaDateDialog({ opened, title, onClose, ...props }: AgendaDateDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="sm">
      {opened && <DateForm onClose={onClose} {...props} />}
    </Modal>
  );
}
