import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { meetingRoleLabels, participationRoles, type MeetingRole } from '@plenary/shared';
import { useMemo } from 'react';
import { selectInputProps } from '../../../lib/forms';
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
  /** A form whose values include the participation's. */
  form: UseFormReturnType<ParticipationValues>;
  organizations: readonly OrganizationOption[];
  /** The meeting's categories of invited institutions; free text when it has none. */
  categories: readonly string[];
}

export function ParticipationFields({ form, organizations, categories }: ParticipationFieldsProps) {
  const organizationData = useMemo(() => organizationOptions(organizations), [organizations]);
  const { category } = form.values;
  // A category given before the meeting's list changed still shows as itself; each shows once.
  const categoryData = [...new Set(category === '' ? categories : [category, ...categories])];

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Role at the meeting"
          required
          data={roleOptions}
          allowDeselect={false}
          {...form.getInputProps('role')}
          onChange={(role) => {
            if (isParticipationRole(role)) form.setFieldValue('role', role);
          }}
        />
        <Select
          label="Representing"
          description="The organization or member committee they speak for here."
          searchable
          clearable
          data={organizationData}
          {...selectInputProps(form, 'representingId')}
          nothingFoundMessage="No organization by that name"
        />
      </SimpleGrid>
      {categories.length > 0 ? (
        <Select
          label="Category"
          description="Which of the meeting’s invited categories they come from."
          clearable
          data={categoryData}
          {...selectInputProps(form, 'category')}
        />
      ) : (
        <TextInput
          label="Category"
          description="E.g. “National policy institute”. The meeting has no list of categories yet."
          maxLength={300}
          {...form.getInputProps('category')}
        />
      )}
      <Checkbox
        label="Travel support"
        description="The organisers pay for their travel."
        {...form.getInputProps('travelSupport', { type: 'checkbox' })}
      />
    </>
  );
}
