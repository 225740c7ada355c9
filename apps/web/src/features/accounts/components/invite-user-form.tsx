import { Checkbox, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { InviteUserInput } from '../../../__generated__/graphql';
import { checked, useServerForm } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import { organizationOptions } from '../../participants/components/participation-fields';
import {
  emptyNewPerson,
  NewPersonFields,
  newPersonInput,
  type NewPersonValues,
  validateNewPerson,
} from '../../people/components/new-person-fields';

const FIELDS = ['name', 'sortName', 'honorific', 'title', 'email', 'affiliationId', 'isPlatformAdmin'] as const;

interface Values extends NewPersonValues {
  isPlatformAdmin: boolean;
}

const emptyValues: Values = { ...emptyNewPerson, isPlatformAdmin: false };

export interface InviteUserFormProps {
  organizations: readonly OrganizationOption[];
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: InviteUserInput) => Promise<void>;
  onCancel: () => void;
}

export function InviteUserForm({ organizations, onSubmit, onCancel }: InviteUserFormProps) {
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: emptyValues,
    fields: FIELDS,
    check: (values) =>
      checked(validateNewPerson(values), { ...newPersonInput(values), isPlatformAdmin: values.isPlatformAdmin }),
    onSubmit,
  });
  const affiliationOptions = useMemo(() => organizationOptions(organizations), [organizations]);

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <NewPersonFields form={form} affiliationOptions={affiliationOptions} />
        <Checkbox
          label="Platform administrator"
          description="Can open and disable accounts and manage organizations. Gives no role in any meeting."
          {...form.getInputProps('isPlatformAdmin', { type: 'checkbox' })}
        />
        <FormErrorAlert messages={formErrors} title="No invitation was sent" />
        <FormActions submitLabel={'Send invitation'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
