import { MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { limits } from '@plenary/shared';
import type { SubGroupInput } from '../../../__generated__/graphql';
import { useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';

const FIELDS = ['title', 'mandate', 'memberIds'] as const;
type Field = (typeof FIELDS)[number];

export interface SubGroupFormValues {
  title: string;
  mandate: string;
  memberIds: string[];
}

function checkSubGroup(values: SubGroupFormValues): FormCheck<SubGroupInput, Field> {
  const errors: FieldErrors<Field> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Give the sub-group a title.';
  else if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  const mandate = values.mandate.trim();
  if (mandate.length > limits.longText)
    errors.mandate = `Keep the mandate under ${limits.longText.toLocaleString('en-GB')} characters.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, data: { title, mandate: mandate === '' ? null : mandate, memberIds: values.memberIds } };
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
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: FIELDS,
    messages: { NOT_A_GROUP_MEMBER: 'Everyone in a sub-group must be a member of the study group.' },
    check: checkSubGroup,
    onSubmit,
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <TextInput
          label="Title"
          description="For example: Sub-group on the Korean Peninsula"
          required
          maxLength={limits.title}
          {...form.getInputProps('title')}
        />
        <Textarea
          label="Mandate"
          description="The specific agenda the sub-group develops."
          autosize
          minRows={3}
          maxRows={12}
          maxLength={limits.longText}
          {...form.getInputProps('mandate')}
        />
        <MultiSelect
          label="Members"
          description="Chosen among the study group’s members."
          searchable
          data={people}
          {...form.getInputProps('memberIds')}
          nothingFoundMessage="Nobody by that name in the study group"
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
