import { MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { limits } from '@plenary/shared';
import { useState, type SubmitEvent } from 'react';
import type { SubGroupInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['title', 'mandate', 'memberIds'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

export interface SubGroupFormValues {
  title: string;
  mandate: string;
  memberIds: string[];
}

export interface SubGroupFormProps {
  initialValues: SubGroupFormValues;
  /** The study group's members, the only people a sub-group may have. */
  people: readonly { value: string; label: string }[];
  submitLabel: string;
  onSubmit: (input: SubGroupInput) => Promise<void>;
  onCancel: () => void;
}

/** A sub-group's title, the specific agenda it develops, and its members. */
export function SubGroupForm({ initialValues, people, submitLabel, onSubmit, onCancel }: SubGroupFormProps) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  function setField<F extends keyof SubGroupFormValues>(field: F, value: SubGroupFormValues[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const title = values.title.trim();
    const found: FieldErrors = {};
    if (title === '') found.title = 'Give the sub-group a title.';
    else if (title.length > limits.title) found.title = `Keep the title under ${limits.title} characters.`;
    if (values.mandate.trim().length > limits.longText)
      found.mandate = `Keep the mandate under ${limits.longText.toLocaleString('en-GB')} characters.`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      const mandate = values.mandate.trim();
      await onSubmit({ title, mandate: mandate === '' ? null : mandate, memberIds: values.memberIds });
    } catch (error) {
      const split = toFormErrors(error, FIELDS, {
        NOT_A_GROUP_MEMBER: 'Everyone in a sub-group must be a member of the study group.',
      });
      setErrors(split.fields);
      setFormErrors(split.form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <TextInput
          label="Title"
          description="For example: Sub-group on the Korean Peninsula"
          required
          maxLength={limits.title}
          value={values.title}
          onChange={(event) => {
            setField('title', event.currentTarget.value);
          }}
          error={errors.title}
        />
        <Textarea
          label="Mandate"
          description="The specific agenda the sub-group develops."
          autosize
          minRows={3}
          maxRows={12}
          maxLength={limits.longText}
          value={values.mandate}
          onChange={(event) => {
            setField('mandate', event.currentTarget.value);
          }}
          error={errors.mandate}
        />
        <MultiSelect
          label="Members"
          description="Chosen among the study group’s members."
          searchable
          data={people}
          value={values.memberIds}
          onChange={(ids) => {
            setField('memberIds', ids);
          }}
          error={errors.memberIds}
          nothingFoundMessage="Nobody by that name in the study group"
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
