import { Select, Stack, Textarea } from '@mantine/core';
import type { ErrorReason } from '@plenary/shared';
import { useEffect, useRef } from 'react';
import { fieldInputProps, useServerForm, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { PERSONAL_CAPACITY } from './comment-form';

const FIELDS = ['original', 'replacement', 'body', 'speaksForId'] as const;
type Field = (typeof FIELDS)[number];

export interface SuggestionFormValues {
  original: string;
  replacement: string;
  body: string;
  speaksFor: string;
}

const reasonMessages: Partial<Record<ErrorReason, string>> = {
  QUOTE_NOT_IN_PARAGRAPH: 'These words are not in the paragraph as circulated. Select them in the text again.',
  ROUND_CLOSED: 'The round has closed: suggestions are no longer accepted. Your wording is still here to copy.',
  NOT_YOUR_COMMITTEE: 'You can speak only for a committee you belong to.',
};

function checkSuggestion(values: SuggestionFormValues): FormCheck<SuggestionFormValues, Field> {
  const original = values.original.trim();
  const replacement = values.replacement.trim();
  if (original === '' && replacement === '') {
    return { ok: false, errors: { replacement: 'Write the wording you propose.' } };
  }
  if (original === replacement) return { ok: false, errors: { replacement: 'This is the wording already there.' } };
  const body = values.body.trim();
  if (body === '') return { ok: false, errors: { body: 'Say briefly why.' } };
  return { ok: true, data: { ...values, original, replacement, body } };
}

export interface SuggestionFormProps {
  label: string;
  initialValues: SuggestionFormValues;
  committees: readonly { id: string; name: string; acronym: string | null }[];
  onSubmit: (values: SuggestionFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Wording proposed for words of the paragraph: the words selected, what should stand instead, and why. */
export function SuggestionForm({ label, initialValues, committees, onSubmit, onCancel }: SuggestionFormProps) {
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: FIELDS,
    messages: reasonMessages,
    check: checkSuggestion,
    onSubmit,
  });
  const wordingInput = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    wordingInput.current?.focus();
  }, []);

  return (
    <form noValidate aria-label={label} onSubmit={handleSubmit}>
      <Stack gap="sm">
        <Textarea
          label="Words to replace"
          description="As they read in the paragraph; empty to insert at the start."
          autosize
          minRows={1}
          maxRows={6}
          {...form.getInputProps('original')}
        />
        <Textarea
          label="Your wording"
          description="Empty to delete the words."
          ref={wordingInput}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('replacement')}
        />
        <Textarea label="Why" required autosize minRows={2} maxRows={8} {...form.getInputProps('body')} />
        <Select
          label="Speaking for"
          data={[
            ...committees.map((committee) => ({ value: committee.id, label: committee.acronym ?? committee.name })),
            { value: PERSONAL_CAPACITY, label: 'Personal capacity' },
          ]}
          allowDeselect={false}
          {...fieldInputProps(form, 'speaksFor', 'speaksForId')}
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel="Suggest wording" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
