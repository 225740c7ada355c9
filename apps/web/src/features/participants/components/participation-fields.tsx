import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { meetingRoleLabels, participationRoles, type MeetingRole } from '@plenary/shared';
import { useMemo } from 'react';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';

/** The terms of a person's participation, as both the invitation and its later edits hold them. */
export interface ParticipationValues {
  role: MeetingRole;
  /** '' for none. */
  representingId: string;
  /** '' for none. */
  category: string;
  travelSupport: boolean;
}

export type ParticipationField = keyof ParticipationValues;

const roleOptions = participationRoles.map((role) => ({ value: role, label: meetingRoleLabels[role] }));

function isParticipationRole(value: string | null): value is MeetingRole {
  return participationRoles.some((role) => role === value);
}

export function organizationOptions(organizations: readonly OrganizationOption[]) {
  return organizations.map((organization) => ({
    value: organization.id,
    label: organization.acronym ? `${organization.acronym} — ${organization.name}` : organization.name,
  }));
}

export interface ParticipationFieldsProps {
  values: ParticipationValues;
  onChange: <F extends ParticipationField>(field: F, value: ParticipationValues[F]) => void;
  errors: Partial<Record<ParticipationField, string>>;
  organizations: readonly OrganizationOption[];
  /** The meeting's categories of invited institutions; free text when it has none. */
  categories: readonly string[];
}

export function ParticipationFields({ values, onChange, errors, organizations, categories }: ParticipationFieldsProps) {
  const organizationData = useMemo(() => organizationOptions(organizations), [organizations]);
  // A category given before the meeting's list changed still shows as itself; each shows once.
  const categoryData = [...new Set(values.category === '' ? categories : [values.category, ...categories])];

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Role at the meeting"
          required
          data={roleOptions}
          allowDeselect={false}
          value={values.role}
          onChange={(role) => {
            if (isParticipationRole(role)) onChange('role', role);
          }}
          error={errors.role}
        />
        <Select
          label="Representing"
          description="The organization or member committee they speak for here."
          searchable
          clearable
          data={organizationData}
          value={values.representingId === '' ? null : values.representingId}
          onChange={(id) => {
            onChange('representingId', id ?? '');
          }}
          error={errors.representingId}
          nothingFoundMessage="No organization by that name"
        />
      </SimpleGrid>
      {categories.length > 0 ? (
        <Select
          label="Category"
          description="Which of the meeting’s invited categories they come from."
          clearable
          data={categoryData}
          value={values.category === '' ? null : values.category}
          onChange={(category) => {
            onChange('category', category ?? '');
          }}
          error={errors.category}
        />
      ) : (
        <TextInput
          label="Category"
          description="E.g. “National policy institute”. The meeting has no list of categories yet."
          maxLength={300}
          value={values.category}
          onChange={(event) => {
            onChange('category', event.currentTarget.value);
          }}
          error={errors.category}
        />
      )}
      <Checkbox
        label="Travel support"
        description="The organisers pay for their travel."
        checked={values.travelSupport}
        onChange={(event) => {
          onChange('travelSupport', event.currentTarget.checked);
        }}
        error={errors.travelSupport}
      />
    </>
  );
}
