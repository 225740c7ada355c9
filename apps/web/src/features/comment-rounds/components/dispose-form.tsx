import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { limits, type Disposition } from '@plenary/shared';
import { useMemo } from 'react';
import { useServerForm, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { dispositionOptions, isDisposition, paragraphOptions, type WorkingParagraph } from './comment-table-model';

const FIELDS = ['disposition', 'reply', 'answeredByParagraphId'] as const;
type Field = (typeof FIELDS)[number];

export interface DisposeValues {
  disposition: Disposition;
  reply: string;
  answeredByParagraphId: string | null;
}

/** What the form holds before a disposition is chosen. */
type DisposeDraft = Omit<DisposeValues, 'disposition'> & { disposition: Disposition | null };

function checkDisposal(values: DisposeDraft): FormCheck<DisposeValues, Field> {
  const { disposition } = values;
  if (disposition === null) return { ok: false, errors: { disposition: 'Choose the disposition.' } };
  return { ok: true, data: { ...values, disposition } };
}

export interface DisposeFormProps {
  /** Several comments at once: an empty reply keeps each comment's own, and the form stays after applying. */
  bulk: boolean;
  initial: DisposeDraft;
  paragraphs: readonly WorkingParagraph[];
  submitLabel: string;
  /** Nothing to apply to yet. */
  disabled?: boolean;
  onSubmit: (values: DisposeValues) => Promise<void>;
  onCancel?: () => void;
}

/** A disposition, a reply, and the paragraph whose change answers the comment. */
export function DisposeForm({
  bulk,
  initial,
  paragraphs,
  submitLabel,
  disabled = false,
  onSubmit,
  onCancel,
}: DisposeFormProps) {
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: initial,
    fields: FIELDS,
    check: checkDisposal,
    onSubmit: async (values) => {
      await onSubmit(values);
      if (bulk) form.reset();
    },
  });
  const options = useMemo(() => paragraphOptions(paragraphs), [paragraphs]);

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Disposition"
            required
            data={dispositionOptions}
            {...form.getInputProps('disposition')}
            onChange={(value) => {
              form.setFieldValue('disposition', isDisposition(value) ? value : null);
            }}
            allowDeselect={false}
            miw={200}
          />
          {options.length > 0 && (
            <Select
              label="Answered by paragraph"
              description="The paragraph of the working version whose change answers the comment."
              searchable
              clearable
              clearButtonProps={{ 'aria-label': 'Clear the answering paragraph' }}
              data={options}
              {...form.getInputProps('answeredByParagraphId')}
              nothingFoundMessage="No paragraph matches"
              miw={200}
            />
          )}
        </Group>
        <Textarea
          label="Reply"
          description={bulk ? 'Leave empty to keep each comment’s own reply.' : 'What the co-chairs answer.'}
          autosize
          minRows={2}
          maxLength={limits.longText}
          {...form.getInputProps('reply')}
        />
        <FormErrorAlert messages={formErrors} title="No disposition was given" />
        {onCancel ? (
          <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
        ) : (
          <Group justify="flex-end">
            <Button type="submit" loading={submitting} disabled={disabled}>
              {submitLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
