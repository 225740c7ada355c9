import { Checkbox, Stack } from '@mantine/core';
import { useMemo, useState, type SubmitEvent } from 'react';
import type { InviteUserInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
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
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['name', 'sortName', 'honorific', 'title', 'email', 'affiliationId', 'isPlatformAdmin'] as const;
type Field = (typeof FIELDS)[number];

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
  const [values, setValues] = useState(emptyValues);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const affiliationOptions = useMemo(() => organizationOptions(organizations), [organizations]);

  function setField<F extends keyof Values>(field: F, value: Values[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const found = validateNewPerson(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await onSubmit({ ...newPersonInput(values), isPlatformAdmin: values.isPlatformAdmin });
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
        <NewPersonFields
          values={values}
          onChange={(field, value) => {
            setField(field, value);
          }}
          errors={errors}
          affiliationOptions={affiliationOptions}
        />
        <Checkbox
          label="Platform administrator"
          description="Can open and disable accounts and manage organizations. Gives no role in any meeting."
          checked={values.isPlatformAdmin}
          onChange={(event) => {
            setField('isPlatformAdmin', event.currentTarget.checked);
          }}
          error={errors.isPlatformAdmin}
        />
        <FormErrorAlert messages={formErrors} title="No invitation was sent" />
        <FormActions submitLabel={'Send invitation'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
