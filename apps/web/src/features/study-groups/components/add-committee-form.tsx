import { Radio, Select, Stack } from '@mantine/core';
import { CommitteeRole, committeeRoleLabels, OrganizationKind } from '@plenary/shared';
import { useMemo, useState, type SubmitEvent } from 'react';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { OrganizationChoice } from '../hooks/use-study-group-organizations';
import { organizationLabel } from './study-group-text';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['organizationId', 'role'] as const;
type FieldErrors = Partial<Record<(typeof FIELDS)[number], string>>;

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
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<CommitteeRole>(CommitteeRole.PARTICIPANT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const options = useMemo(
    () =>
      organizations
        .filter((organization) => organization.kind === OrganizationKind.MEMBER_COMMITTEE)
        .filter((organization) => !inGroup.has(organization.id))
        .map((organization) => ({ value: organization.id, label: organizationLabel(organization) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    [organizations, inGroup],
  );

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    if (organizationId === '') {
      setErrors({ organizationId: 'Choose the member committee to add.' });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit(organizationId, role);
    } catch (error) {
      const split = toFormErrors(error, FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <Select
          label="Committee"
          description="Its focal points become the group’s focal points for it."
          required
          searchable
          data={options}
          value={organizationId === '' ? null : organizationId}
          onChange={(id) => {
            setOrganizationId(id ?? '');
            setErrors({});
          }}
          error={errors.organizationId}
          nothingFoundMessage="No member committee by that name outside the group"
        />
        <Radio.Group
          label="Part in the group"
          value={role}
          onChange={(value) => {
            if (isCommitteeRole(value)) setRole(value);
          }}
          error={errors.role}
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
