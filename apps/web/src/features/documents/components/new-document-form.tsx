import { Select, Stack, TextInput } from '@mantine/core';
import { DocumentKind, documentKindLabels, limits } from '@plenary/shared';
import { useState, type SubmitEvent } from 'react';
import type { CreateDocumentInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';

const FIELDS = ['title', 'kind'] as const;
type Field = (typeof FIELDS)[number];

const kindOptions = Object.values(DocumentKind).map((kind) => ({ value: kind, label: documentKindLabels[kind] }));

export interface NewDocumentFormProps {
  /** The kind offered first: a memorandum for a study group, a concept note for a meeting. */
  defaultKind?: DocumentKind;
  onSubmit: (input: Pick<CreateDocumentInput, 'title' | 'kind'>) => Promise<void>;
  onCancel: () => void;
}

/** A new document's title and kind; its text is written on its own page. */
export function NewDocumentForm({ defaultKind = DocumentKind.MEMORANDUM, onSubmit, onCancel }: NewDocumentFormProps) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>(defaultKind);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const trimmed = title.trim();
    if (trimmed === '') {
      setErrors({ title: 'Give the document a title.' });
      return;
    }
    if (trimmed.length > limits.title) {
      setErrors({ title: `Keep the title under ${limits.title} characters.` });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit({ title: trimmed, kind });
    } catch (error) {
      const split = toFormErrors(error, FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <TextInput
          label="Title"
          description="For example: Memorandum on Trust-building on the Korean Peninsula"
          required
          data-autofocus
          maxLength={limits.title}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            setErrors((current) => ({ ...current, title: undefined }));
          }}
          error={errors.title}
        />
        <Select
          label="Kind"
          data={kindOptions}
          value={kind}
          allowDeselect={false}
          onChange={(value) => {
            if (value) setKind(value);
          }}
          error={errors.kind}
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel="Create and open" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
