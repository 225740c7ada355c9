import { Select, Stack, Textarea } from '@mantine/core';
import { CommentKind, commentKindLabels, type ErrorReason } from '@plenary/shared';
import { useEffect, useRef } from 'react';
import { fieldInputProps, useServerForm, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';

/** The "Speaking for" choice that sends no committee. */
export const PERSONAL_CAPACITY = 'personal';

const COMMENT_MAX = 10_000;
const QUOTE_MAX = 2_000;

const FIELDS = ['kind', 'body', 'quote', 'speaksForId'] as const;
type Field = (typeof FIELDS)[number];

// Suggested wording is proposed with its own form, which carries the words to change.
const kindOptions = Object.values(CommentKind)
  .filter((kind) => kind !== CommentKind.SUGGESTION)
  .map((kind) => ({ value: kind, label: commentKindLabels[kind] }));

export interface CommentFormValues {
  kind: CommentKind;
  body: string;
  quote: string;
  /** A committee's id, or PERSONAL_CAPACITY. */
  speaksFor: string;
}

/** Wording for refusals the form can explain better than the server in its own context. */
const reasonMessages: Partial<Record<ErrorReason, string>> = {
  QUOTE_NOT_IN_PARAGRAPH:
    'These words are not in the paragraph as circulated. Copy them exactly, or leave the quote empty.',
  ROUND_CLOSED: 'The round has closed: comments are no longer accepted. Your text is still here to copy.',
  ROUND_NOT_OPEN: 'The round is not open for comments yet.',
  NOT_YOUR_COMMITTEE: 'You can speak only for a committee you belong to.',
};

function checkComment(values: CommentFormValues): FormCheck<CommentFormValues, Field> {
  const body = values.body.trim();
  if (body === '') return { ok: false, errors: { body: 'Write your comment.' } };
  return { ok: true, data: { ...values, body, quote: values.quote.trim() } };
}

/** "CSCAP-Japan — Japan Committee of CSCAP", or the name alone when it has no other short form. */
function committeeLabel(committee: { name: string; acronym: string | null }): string {
  return committee.acronym && committee.acronym !== committee.name
    ? `${committee.acronym} — ${committee.name}`
    : committee.name;
}

export interface CommentFormProps {
  /** "Comment on paragraph 3", "Edit your comment": names the form for screen readers. */
  label: string;
  initialValues: CommentFormValues;
  /** Whom the viewer may speak for; omitted when the choice cannot change (editing a comment). */
  committees?: readonly { id: string; name: string; acronym: string | null }[];
  submitLabel: string;
  onSubmit: (values: CommentFormValues) => Promise<void>;
  onCancel: () => void;
}

/** A comment's kind, its words, the words of the paragraph it is about, and whom it speaks for. */
export function CommentForm({ label, initialValues, committees, submitLabel, onSubmit, onCancel }: CommentFormProps) {
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: FIELDS,
    messages: reasonMessages,
    check: checkComment,
    onSubmit,
  });
  const bodyInput = useRef<HTMLTextAreaElement>(null);

  // The form opens where the person asked for it: they start writing straight away.
  useEffect(() => {
    bodyInput.current?.focus();
  }, []);

  return (
    <form noValidate aria-label={label} onSubmit={handleSubmit}>
      <Stack gap="sm">
        <Select label="Kind" data={kindOptions} allowDeselect={false} {...form.getInputProps('kind')} />
        <Textarea
          label="Comment"
          required
          ref={bodyInput}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={COMMENT_MAX}
          {...form.getInputProps('body')}
        />
        <Textarea
          label="Quoted text"
          description="The words of the paragraph your comment is about (optional). Text you select in the paragraph appears here."
          autosize
          minRows={1}
          maxRows={6}
          maxLength={QUOTE_MAX}
          {...form.getInputProps('quote')}
        />
        {committees && (
          <Select
            label="Speaking for"
            data={[
              ...committees.map((committee) => ({ value: committee.id, label: committeeLabel(committee) })),
              { value: PERSONAL_CAPACITY, label: 'Personal capacity' },
            ]}
            allowDeselect={false}
            {...fieldInputProps(form, 'speaksFor', 'speaksForId')}
          />
        )}
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
