import { Select, Stack, Textarea } from '@mantine/core';
import { CommentKind, commentKindLabels } from '@plenary/shared';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { toFormErrors } from '../../../app/api-error';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';

/** The "Speaking for" choice that sends no committee. */
export const PERSONAL_CAPACITY = 'personal';

const COMMENT_MAX = 10_000;
const QUOTE_MAX = 2_000;

const FIELDS = ['kind', 'body', 'quote', 'speaksForId'] as const;
type Field = (typeof FIELDS)[number];

const kindOptions = Object.values(CommentKind).map((kind) => ({ value: kind, label: commentKindLabels[kind] }));

export interface CommentFormValues {
  kind: CommentKind;
  body: string;
  quote: string;
  /** A committee's id, or PERSONAL_CAPACITY. */
  speaksFor: string;
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
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const bodyInput = useRef<HTMLTextAreaElement>(null);

  // The form opens where the person asked for it: they start writing straight away.
  useEffect(() => {
    bodyInput.current?.focus();
  }, []);

  function setField<F extends keyof CommentFormValues>(field: F, value: CommentFormValues[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    const errorField: Field = field === 'speaksFor' ? 'speaksForId' : field;
    setErrors((current) => (current[errorField] === undefined ? current : { ...current, [errorField]: undefined }));
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const body = values.body.trim();
    if (body === '') {
      setErrors({ body: 'Write your comment.' });
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit({ ...values, body, quote: values.quote.trim() });
    } catch (error) {
      const split = toFormErrors(error, FIELDS, {
        QUOTE_NOT_IN_PARAGRAPH:
          'These words are not in the paragraph as circulated. Copy them exactly, or leave the quote empty.',
        ROUND_CLOSED: 'The round has closed: comments are no longer accepted. Your text is still here to copy.',
        ROUND_NOT_OPEN: 'The round is not open for comments yet.',
        NOT_YOUR_COMMITTEE: 'You can speak only for a committee you belong to.',
      });
      setErrors(split.fields);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate aria-label={label} onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="sm">
        <Select
          label="Kind"
          data={kindOptions}
          value={values.kind}
          allowDeselect={false}
          onChange={(kind) => {
            if (kind) setField('kind', kind);
          }}
          error={errors.kind}
        />
        <Textarea
          label="Comment"
          required
          ref={bodyInput}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={COMMENT_MAX}
          value={values.body}
          onChange={(event) => {
            setField('body', event.currentTarget.value);
          }}
          error={errors.body}
        />
        <Textarea
          label="Quoted text"
          description="The words of the paragraph your comment is about (optional). Text you select in the paragraph appears here."
          autosize
          minRows={1}
          maxRows={6}
          maxLength={QUOTE_MAX}
          value={values.quote}
          onChange={(event) => {
            setField('quote', event.currentTarget.value);
          }}
          error={errors.quote}
        />
        {committees && (
          <Select
            label="Speaking for"
            data={[
              ...committees.map((committee) => ({
                value: committee.id,
                label:
                  committee.acronym && committee.acronym !== committee.name
                    ? `${committee.acronym} — ${committee.name}`
                    : committee.name,
              })),
              { value: PERSONAL_CAPACITY, label: 'Personal capacity' },
            ]}
            value={values.speaksFor}
            allowDeselect={false}
            onChange={(speaksFor) => {
              if (speaksFor) setField('speaksFor', speaksFor);
            }}
            error={errors.speaksForId}
          />
        )}
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
