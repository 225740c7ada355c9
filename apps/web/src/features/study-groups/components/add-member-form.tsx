import { Select, Stack } from '@mantine/core';
import { StudyGroupRole, studyGroupRoleLabels } from '@plenary/shared';
import type { AddStudyGroupMemberInput } from '../../../__generated__/graphql';
import { selectInputProps, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { PersonSelect, type ChosenPerson } from '../../people/components/person-select';
import { organizationLabel, type OrganizationLabelFields } from '../../../lib/names';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['personId', 'role', 'representingId'] as const;
type Field = (typeof FIELDS)[number];

/** A focal point names people for their own committee only, as focal points or members. */
const focalPointRoles: readonly StudyGroupRole[] = [StudyGroupRole.MEMBER, StudyGroupRole.FOCAL_POINT];
const managerRoles: readonly StudyGroupRole[] = [
  StudyGroupRole.MEMBER,
  StudyGroupRole.FOCAL_POINT,
  StudyGroupRole.CO_CHAIR,
  StudyGroupRole.SECRETARIAT,
  StudyGroupRole.OBSERVER,
];
/** Roles held for a committee, which must be named. */
const speaksForCommittee: readonly StudyGroupRole[] = [StudyGroupRole.FOCAL_POINT, StudyGroupRole.CO_CHAIR];

function isRole(value: string | null): value is StudyGroupRole {
  return Object.values(StudyGroupRole).some((role) => role === value);
}

interface MemberValues {
  person: ChosenPerson | null;
  role: StudyGroupRole;
  /** '' for none. */
  representingId: string;
}

/** Nobody chosen yet, as a member; a viewer with one committee names people for it. */
function noMember(committees: AddMemberFormProps['committees']): MemberValues {
  return {
    person: null,
    role: StudyGroupRole.MEMBER,
    representingId: committees.length === 1 ? (committees[0]?.id ?? '') : '',
  };
}

/** Whether the person must be named for a committee: always by a focal point, and for the roles held for one. */
function needsCommittee(manager: boolean, role: StudyGroupRole): boolean {
  return !manager || speaksForCommittee.includes(role);
}

function checkMember(
  values: MemberValues,
  { studyGroupId, manager }: { studyGroupId: string; manager: boolean },
): FormCheck<AddStudyGroupMemberInput, Field> {
  const errors: FieldErrors<Field> = {};
  if (!values.person) errors.personId = 'Choose the person to add.';
  if (needsCommittee(manager, values.role) && values.representingId === '')
    errors.representingId = 'Choose the committee they speak for.';
  if (Object.keys(errors).length > 0 || !values.person) return { ok: false, errors };
  return {
    ok: true,
    data: {
      studyGroupId,
      personId: values.person.value,
      role: values.role,
      representingId: values.representingId === '' ? undefined : values.representingId,
    },
  };
}

export interface AddMemberFormProps {
  studyGroupId: string;
  /** Whether the viewer manages the group (names anyone) or is a focal point (names for their committee). */
  manager: boolean;
  /** The committees the viewer may name members for. */
  committees: readonly (OrganizationLabelFields & { id: string })[];
  onSubmit: (input: AddStudyGroupMemberInput) => Promise<void>;
  onCancel: () => void;
}

export function AddMemberForm({ studyGroupId, manager, committees, onSubmit, onCancel }: AddMemberFormProps) {
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: noMember(committees),
    fields: FIELDS,
    messages: { ALREADY_MEMBER: 'This person already holds that role in the study group.' },
    check: (values) => checkMember(values, { studyGroupId, manager }),
    onSubmit,
  });
  const committeeRequired = needsCommittee(manager, form.values.role);

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <PersonSelect
          value={form.values.person}
          onChange={(next) => {
            form.setFieldValue('person', next);
            form.clearFieldError('personId');
          }}
          error={errors.personId}
        />
        <Select
          label="Role"
          required
          data={(manager ? managerRoles : focalPointRoles).map((value) => ({
            value,
            label: studyGroupRoleLabels[value],
          }))}
          {...form.getInputProps('role')}
          onChange={(value) => {
            if (isRole(value)) form.setFieldValue('role', value);
          }}
          allowDeselect={false}
        />
        <Select
          label="Committee represented"
          description={
            committeeRequired
              ? 'The member committee they speak for in the group.'
              : 'The member committee they speak for, if any.'
          }
          required={committeeRequired}
          clearable={!committeeRequired}
          data={committees.map((committee) => ({ value: committee.id, label: organizationLabel(committee) }))}
          {...selectInputProps(form, 'representingId')}
        />
        <FormErrorAlert messages={formErrors} title="Nobody was added" />
        <FormActions submitLabel={'Add person'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
