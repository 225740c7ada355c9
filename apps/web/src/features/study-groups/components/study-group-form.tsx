import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { isLocalDate, letteredLabel, limits, OrganizationKind, type ErrorReason } from '@plenary/shared';
import { useMemo } from 'react';
import {
  listEntries,
  listError,
  selectInputProps,
  useServerForm,
  type FieldErrors,
  type FormCheck,
} from '../../../lib/forms';
import { EditableList } from '../../../ui/editable-list';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormSection } from '../../../ui/form-section';
import type { OrganizationChoice } from '../../organizations/hooks/use-study-group-organizations';
import { PrinciplesEditor, principleLimits, type PrincipleValues } from './principles-editor';
import { organizationLabel } from '../../../lib/names';
import { FormActions } from '../../../ui/form-actions';

/** What the form holds while it is being filled in. */
export interface StudyGroupFormValues {
  title: string;
  councilId: string;
  reportsToId: string;
  startDate: string;
  endDate: string;
  coChairCommitteeIds: string[];
  participatingCommitteeIds: string[];
  background: string;
  objectives: string[];
  principles: PrincipleValues[];
  anticipatedOutputs: string[];
}

/** A checked form: text trimmed, empty entries left out, optional fields null when empty. */
export interface StudyGroupFormData {
  title: string;
  councilId: string;
  reportsToId: string | null;
  startDate: string;
  endDate: string;
  coChairCommitteeIds: string[];
  participatingCommitteeIds: string[];
  background: string | null;
  objectives: string[];
  principles: PrincipleValues[];
  anticipatedOutputs: string[];
}

export const STUDY_GROUP_FORM_FIELDS = [
  'title',
  'councilId',
  'reportsToId',
  'startDate',
  'endDate',
  'coChairCommitteeIds',
  'participatingCommitteeIds',
  'background',
  'objectives',
  'principles',
  'anticipatedOutputs',
] as const satisfies readonly (keyof StudyGroupFormValues)[];

type Field = (typeof STUDY_GROUP_FORM_FIELDS)[number];

export const END_BEFORE_START_MESSAGE = 'The study group cannot end before it starts.';

/** What the API accepts in the group's lists. */
const listLimits = {
  objectives: { items: 26, length: 1_000 },
  anticipatedOutputs: { items: 20, length: 1_000 },
} as const;

function checkPrinciples(values: readonly PrincipleValues[]): { list: PrincipleValues[]; error?: string } {
  const list = values
    .map((principle) => ({ name: principle.name.trim(), description: principle.description.trim() }))
    .filter((principle) => principle.name !== '' || principle.description !== '');
  if (list.some((principle) => principle.name === '')) return { list, error: 'Give each principle a name.' };
  if (list.length > principleLimits.items) return { list, error: `List at most ${principleLimits.items} principles.` };
  return { list };
}

export type StudyGroupFormMode = 'create' | 'edit';

/** Checks what the API would refuse, so the person hears about it before anything is sent. */
export function validateStudyGroupForm(
  values: StudyGroupFormValues,
  mode: StudyGroupFormMode,
): FormCheck<StudyGroupFormData, Field> {
  const errors: FieldErrors<Field> = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Give the study group a title.';
  else if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  if (mode === 'create' && values.councilId === '') errors.councilId = 'Choose the council that runs the group.';
  if (!isLocalDate(values.startDate)) errors.startDate = 'Enter the date the group starts its work.';
  if (!isLocalDate(values.endDate)) errors.endDate = 'Enter the date the group ends its work.';
  else if (isLocalDate(values.startDate) && values.endDate < values.startDate)
    errors.endDate = END_BEFORE_START_MESSAGE;
  if (mode === 'create' && values.coChairCommitteeIds.length === 0)
    errors.coChairCommitteeIds = 'Choose at least one co-chair committee.';
  if (values.background.trim().length > limits.longText)
    errors.background = `Keep the background under ${limits.longText.toLocaleString('en-GB')} characters.`;
  const objectivesError = listError(values.objectives, listLimits.objectives);
  if (objectivesError) errors.objectives = objectivesError;
  const outputsError = listError(values.anticipatedOutputs, listLimits.anticipatedOutputs);
  if (outputsError) errors.anticipatedOutputs = outputsError;
  const principles = checkPrinciples(values.principles);
  if (principles.error) errors.principles = principles.error;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const background = values.background.trim();
  return {
    ok: true,
    data: {
      title,
      councilId: values.councilId,
      reportsToId: values.reportsToId === '' ? null : values.reportsToId,
      startDate: values.startDate,
      endDate: values.endDate,
      coChairCommitteeIds: values.coChairCommitteeIds,
      participatingCommitteeIds: values.participatingCommitteeIds.filter(
        (id) => !values.coChairCommitteeIds.includes(id),
      ),
      background: background === '' ? null : background,
      objectives: listEntries(values.objectives),
      principles: principles.list,
      anticipatedOutputs: listEntries(values.anticipatedOutputs),
    },
  };
}

function options(organizations: readonly OrganizationChoice[]) {
  return organizations
    .map((organization) => ({ value: organization.id, label: organizationLabel(organization) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

export interface StudyGroupFormProps {
  mode: StudyGroupFormMode;
  initialValues: StudyGroupFormValues;
  /** Every organization in the directory. */
  organizations: readonly OrganizationChoice[];
  /** The organizations the viewer may set a group up for (create only): councils first. */
  councils?: readonly OrganizationChoice[];
  submitLabel: string;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (data: StudyGroupFormData) => Promise<void>;
  onCancel: () => void;
  /** Wording for refusals this use of the form can explain better than the server. */
  reasonMessages?: Partial<Record<ErrorReason, string>>;
}

/** A study group's mandate: title, who runs it and who takes part, dates, and what it sets out to do. */
export function StudyGroupForm({
  mode,
  initialValues,
  organizations,
  councils = [],
  submitLabel,
  onSubmit,
  onCancel,
  reasonMessages,
}: StudyGroupFormProps) {
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: STUDY_GROUP_FORM_FIELDS,
    messages: reasonMessages,
    check: (values) => validateStudyGroupForm(values, mode),
    onSubmit,
  });
  const { values } = form;

  const councilOptions = useMemo(
    () => councils.map((organization) => ({ value: organization.id, label: organizationLabel(organization) })),
    [councils],
  );
  const allOptions = useMemo(() => options(organizations), [organizations]);
  const committeeOptions = useMemo(
    () => options(organizations.filter((organization) => organization.kind === OrganizationKind.MEMBER_COMMITTEE)),
    [organizations],
  );
  const participatingOptions = committeeOptions.filter((option) => !values.coChairCommitteeIds.includes(option.value));

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="lg">
        <FormSection legend="The study group">
          <TextInput
            label="Title"
            description="For example: CSCAP Study Group on Northeast Asia Peace and Cooperation"
            required
            maxLength={limits.title}
            {...form.getInputProps('title')}
          />
          {mode === 'create' && (
            <Select
              label="Council"
              description="The council that runs the group. You become the group’s secretariat."
              required
              searchable
              data={councilOptions}
              {...selectInputProps(form, 'councilId')}
              allowDeselect={false}
              nothingFoundMessage="No organization by that name"
            />
          )}
          <Select
            label="Reports to"
            description="The body that approves the group and receives its work, e.g. the Steering Committee."
            searchable
            clearable
            data={allOptions}
            {...selectInputProps(form, 'reportsToId')}
            nothingFoundMessage="No organization by that name"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Start date" type="date" required {...form.getInputProps('startDate')} />
            <TextInput
              label="End date"
              type="date"
              required
              min={values.startDate || undefined}
              {...form.getInputProps('endDate')}
            />
          </SimpleGrid>
        </FormSection>

        {mode === 'create' && (
          <FormSection legend="Member committees">
            <MultiSelect
              label="Co-chair committees"
              description="At least one. Their focal points join the group with them."
              required
              searchable
              data={committeeOptions}
              {...form.getInputProps('coChairCommitteeIds')}
              nothingFoundMessage="No member committee by that name"
            />
            <MultiSelect
              label="Participating committees"
              searchable
              data={participatingOptions}
              value={values.participatingCommitteeIds.filter((id) => !values.coChairCommitteeIds.includes(id))}
              onChange={(ids) => {
                form.setFieldValue('participatingCommitteeIds', ids);
              }}
              error={errors.participatingCommitteeIds}
              nothingFoundMessage="No member committee by that name"
            />
          </FormSection>
        )}

        <FormSection legend="Mandate">
          <Textarea
            label="Background"
            description="Why the group exists. Leave a blank line between paragraphs."
            autosize
            minRows={4}
            maxRows={16}
            maxLength={limits.longText}
            {...form.getInputProps('background')}
          />
          <EditableList
            legend="Objectives"
            description="Lettered (a), (b), … in this order."
            itemName="Objective"
            addLabel="Add an objective"
            multiline
            marker={letteredLabel}
            maxLength={listLimits.objectives.length}
            maxItems={listLimits.objectives.items}
            values={values.objectives}
            onChange={(objectives) => {
              form.setFieldValue('objectives', objectives);
            }}
            error={errors.objectives}
          />
          <PrinciplesEditor
            values={values.principles}
            onChange={(principles) => {
              form.setFieldValue('principles', principles);
            }}
            error={errors.principles}
          />
          <EditableList
            legend="Anticipated outputs"
            description="What the group means to deliver, e.g. a memorandum to the Steering Committee."
            itemName="Output"
            addLabel="Add an output"
            multiline
            maxLength={listLimits.anticipatedOutputs.length}
            maxItems={listLimits.anticipatedOutputs.items}
            values={values.anticipatedOutputs}
            onChange={(outputs) => {
              form.setFieldValue('anticipatedOutputs', outputs);
            }}
            error={errors.anticipatedOutputs}
          />
        </FormSection>

        <FormErrorAlert messages={formErrors} />

        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
