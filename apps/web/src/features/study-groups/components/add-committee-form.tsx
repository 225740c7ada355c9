import { Radio, Select, Stack } from '@mantine/core';
import { CommitteeRole, committeeRoleLabels, OrganizationKind } from '@plenary/shared';
import { useMemo } from 'react';
import { checked, selectInputProps, useServerForm } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { OrganizationChoice } from '../../organizations/hooks/use-study-group-organizations';
import { organizationLabel } from '../../../lib/names';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['organizationId', 'role'] as const;

interface CommitteeValues {
  /** '' until one is chosen. */
  organizationId: string;
  role: CommitteeRole;
}

const noCommittee: CommitteeValues = { organizationId: '', role: CommitteeRole.PARTICIPANT };

function isCommitteeRole(value: string): value is CommitteeRole {
  return Object.values(CommitteeRole).some((role) => role === value);
}

export interface AddCommitteeFormProps {
  organizations: readonly OrganizationChoice[];
  /** Committees already in the group, which are not offered again. */
  inGroup: ReadonlySet<string>;
  onSubmit: (organizationId: string, role: CommitteeRole) => Promise<void>;
  onCancel: () => void;
}

export function AddCommitteeForm({ organizations, inGroup, onSubmit, onCancel }: AddCommitteeFormProps) {
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: noCommittee,
    fields: FIELDS,
    check: (values) =>
      checked(values.organizationId === '' ? { organizationId: 'Choose the member committee to add.' } : {}, values),
    onSubmit: ({ organizationId, role }) => onSubmit(organizationId, role),
  });
  const options = useMemo(
    () =>
      organizations
        .filter((organization) => organization.kind === OrganizationKind.MEMBER_COMMITTEE)
        .filter((organization) => !inGroup.has(organization.id))
        .map((organization) => ({ value: organization.id, label: organizationLabel(organization) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [organizations, inGroup],
  );

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Select
          label="Committee"
          description="Its focal points become the group’s focal points for it."
          required
          searchable
          data={options}
          {...selectInputProps(form, 'organizationId')}
          onChange={(id) => {
            form.setFieldValue('organizationId', id ?? '');
            form.clearErrors();
          }}
          nothingFoundMessage="No member committee by that name outside the group"
        />
        <Radio.Group
          label="Part in the group"
          {...form.getInputProps('role')}
          onChange={(value) => {
            if (isCommitteeRole(value)) form.setFieldValue('role', value);
          }}
        >
          <Stack gap="xs" mt="xs">
            {Object.values(CommitteeRole).map((value) => (
              <Radio key={value} value={value} label={committeeRoleLabels[value]} />
            ))}
          </Stack>
        </Radio.Group>
        <FormErrorAlert messages={formErrors} title="The committee was not added" />
        <FormActions submitLabel={'Add committee'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
