import { Select, Stack, TextInput } from '@mantine/core';
import { DocumentKind, documentKindLabels, limits } from '@plenary/shared';
import type { CreateDocumentInput } from '../../../__generated__/graphql';
import { useServerForm, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';

const FIELDS = ['title', 'kind'] as const;
type Field = (typeof FIELDS)[number];

type NewDocument = Pick<CreateDocumentInput, 'title' | 'kind'>;

const kindOptions = Object.values(DocumentKind).map((kind) => ({ value: kind, label: documentKindLabels[kind] }));

function checkNewDocument(values: NewDocument): FormCheck<NewDocument, Field> {
  const title = values.title.trim();
  if (title === '') return { ok: false, errors: { title: 'Give the document a title.' } };
  if (title.length > limits.title) {
    return { ok: false, errors: { title: `Keep the title under ${limits.title} characters.` } };
  }
  return { ok: true, data: { title, kind: values.kind } };
}

export interface NewDocumentFormProps {
  /** The kind offered first: a memorandum for a study group, a concept note for a meeting. */
  defaultKind?: DocumentKind;
  onSubmit: (input: NewDocument) => Promise<void>;
  onCancel: () => void;
}

/** A new document's title and kind; its text is written on its own page. */
export function NewDocumentForm({ defaultKind = DocumentKind.MEMORANDUM, onSubmit, onCancel }: NewDocumentFormProps) {
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: { title: '', kind: defaultKind } satisfies NewDocument,
    fields: FIELDS,
    check: checkNewDocument,
    onSubmit,
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <TextInput
          label="Title"
          description="For example: Memorandum on Trust-building on the Korean Peninsula"
          required
          data-autofocus
          maxLength={limits.title}
          {...form.getInputProps('title')}
        />
        <Select label="Kind" data={kindOptions} allowDeselect={false} {...form.getInputProps('kind')} />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel="Create and open" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
