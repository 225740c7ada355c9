import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { isLocalDate, type ErrorReason } from '@plenary/shared';
import type { ReactNode } from 'react';
import { checked, useServerForm } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
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
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: { date: initialDate },
    fields: ['date'] as const,
    messages: dateMessages,
    check: ({ date }) => checked(isLocalDate(date) ? {} : { date: 'Choose a date.' }, date),
    onSubmit: async (date) => {
      await onSubmit(date);
      onClose();
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        {description !== undefined && <Text size="sm">{description}</Text>}
        <TextInput label="Date" type="date" required {...form.getInputProps('date')} data-autofocus />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onClose} />
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
