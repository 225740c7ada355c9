import { useQuery } from '@apollo/client/react';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { isLocalDate } from '@plenary/shared';
import type { ActionItemInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { selectInputProps, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { ErrorState } from '../../../ui/error-state';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LoadingState } from '../../../ui/loading-state';
import { actionItemOwnersQuery } from '../graphql/report-queries';
import { organizationOptionLabel } from './report-format';
import { FormActions } from '../../../ui/form-actions';

const MAX_TITLE = 1_000;

export interface ActionItemFormValues {
  title: string;
  /** '' for none. */
  ownerPersonId: string;
  ownerOrganizationId: string;
  /** YYYY-MM-DD as the date input gives it; '' for none. */
  dueDate: string;
}

export const emptyActionItem: ActionItemFormValues = {
  title: '',
  ownerPersonId: '',
  ownerOrganizationId: '',
  dueDate: '',
};

const FIELDS = ['title', 'ownerPersonId', 'ownerOrganizationId', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];

/** Checks what the API would refuse: a task needs its wording and someone (a person, a committee, or both) to own it. */
export function validateActionItemForm(values: ActionItemFormValues): FormCheck<ActionItemInput, Field> {
  const errors: FieldErrors<Field> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Say what is to be done.';
  else if (title.length > MAX_TITLE)
    errors.title = `Keep the task under ${MAX_TITLE.toLocaleString('en-GB')} characters.`;
  if (values.ownerPersonId === '' && values.ownerOrganizationId === '') {
    errors.ownerPersonId = 'Name who owns the task: a person, a committee, or both.';
  }
  if (values.dueDate !== '' && !isLocalDate(values.dueDate)) errors.dueDate = 'Enter the date as YYYY-MM-DD.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      title,
      ownerPersonId: values.ownerPersonId || null,
      ownerOrganizationId: values.ownerOrganizationId || null,
      dueDate: values.dueDate || null,
    },
  };
}

interface Option {
  value: string;
  label: string;
}

/** Each value once, the first label given for it kept, sorted by label. */
function uniqueOptions(options: readonly Option[]): Option[] {
  const byValue = new Map<string, Option>();
  for (const option of options) if (!byValue.has(option.value)) byValue.set(option.value, option);
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export interface ActionItemFormProps {
  meetingId: string;
  initialValues: ActionItemFormValues;
  /** The owners the task has now, offered even when they are no longer among the participants. */
  currentOwners?: { person: Option | null; organization: Option | null };
  submitLabel: string;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: ActionItemInput) => Promise<void>;
  onCancel: () => void;
}

/** A next task: what, who owns it (a participant, a committee, or both) and by when. */
export function ActionItemForm({
  meetingId,
  initialValues,
  currentOwners,
  submitLabel,
  onSubmit,
  onCancel,
}: ActionItemFormProps) {
  const { data, loading, error, refetch } = useQuery(actionItemOwnersQuery, { variables: { meetingId } });
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: FIELDS,
    messages: { REPORT_LOCKED: 'The report was marked as final meanwhile: its tasks can no longer change.' },
    check: validateActionItemForm,
    onSubmit,
  });

  if (loading && !data) return <LoadingState label="Loading the participants…" />;
  if (!data) {
    return (
      <ErrorState
        title="The participants could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const { participants, studyGroup } = data.meeting;
  const people = uniqueOptions([
    ...participants.map(({ person }) => ({ value: person.id, label: person.name })),
    ...(currentOwners?.person ? [currentOwners.person] : []),
  ]);
  const organizations = uniqueOptions([
    ...(studyGroup?.committees ?? []).map(({ organization }) => ({
      value: organization.id,
      label: organizationOptionLabel(organization),
    })),
    ...participants.flatMap(({ representing }) =>
      representing ? [{ value: representing.id, label: organizationOptionLabel(representing) }] : [],
    ),
    ...(currentOwners?.organization ? [currentOwners.organization] : []),
  ]);

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Textarea
          label="Task"
          description="What is to be done, as the report lists it."
          required
          autosize
          minRows={2}
          maxLength={MAX_TITLE}
          {...form.getInputProps('title')}
          data-autofocus
        />
        <Select
          label="Owner (person)"
          description={
            people.length === 0 ? 'Nobody is invited to the meeting yet.' : 'Chosen from the meeting’s participants.'
          }
          searchable
          clearable
          data={people}
          {...selectInputProps(form, 'ownerPersonId')}
          nothingFoundMessage="No participant by that name"
        />
        <Select
          label="Owner (committee or institution)"
          description="A person, a committee, or both."
          searchable
          clearable
          data={organizations}
          {...selectInputProps(form, 'ownerOrganizationId')}
          onChange={(value) => {
            form.setFieldValue('ownerOrganizationId', value ?? '');
            // Naming either owner answers the "who owns it" error shown on the person.
            form.clearFieldError('ownerPersonId');
          }}
          nothingFoundMessage="No committee by that name"
        />
        <TextInput label="Due date" description="Optional." type="date" {...form.getInputProps('dueDate')} />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
