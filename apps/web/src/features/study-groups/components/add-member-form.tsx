import { Select, Stack } from '@mantine/core';
import { StudyGroupRole, studyGroupRoleLabels } from '@plenary/shared';
import { useState, type SubmitEvent } from 'react';
import type { AddStudyGroupMemberInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { PersonSelect, type ChosenPerson } from '../../people/components/person-select';
import { organizationLabel, type OrganizationLabelFields } from './study-group-text';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['personId', 'role', 'representingId'] as const;
type FieldErrors = Partial<Record<(typeof FIELDS)[number], string>>;

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
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [role, setRole] = useState<StudyGroupRole>(StudyGroupRole.MEMBER);
  const [representingId, setRepresentingId] = useState(committees.length === 1 ? (committees[0]?.id ?? '') : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const committeeRequired = !manager || speaksForCommittee.includes(role);

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!person) found.personId = 'Choose the person to add.';
    if (committeeRequired && representingId === '') found.representingId = 'Choose the committee they speak for.';
    return found;
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !person) return;
    setSubmitting(true);
    try {
      await onSubmit({
        studyGroupId,
        personId: person.value,
        role,
        representingId: representingId === '' ? undefined : representingId,
      });
    } catch (error) {
      const split = toFormErrors(error, FIELDS, {
        ALREADY_MEMBER: 'This person already holds that role in the study group.',
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
        <PersonSelect
          value={person}
          onChange={(next) => {
            setPerson(next);
            setErrors((current) => ({ ...current, personId: undefined }));
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
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
          }}
          allowDeselect={false}
          error={errors.role}
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
          value={representingId === '' ? null : representingId}
          onChange={(id) => {
            setRepresentingId(id ?? '');
            setErrors((current) => ({ ...current, representingId: undefined }));
          }}
          error={errors.representingId}
        />
        <FormErrorAlert messages={formErrors} title="Nobody was added" />
        <FormActions submitLabel={'Add person'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
