import { Button, Checkbox, Grid, Group, Select, Stack, TextInput } from '@mantine/core';
import { isEmail, limits } from '@plenary/shared';
import { useMemo, useState, type SubmitEvent } from 'react';
import type { InviteUserInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';

const FIELDS = ['name', 'sortName', 'honorific', 'title', 'email', 'affiliationId', 'isPlatformAdmin'] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  name: string;
  sortName: string;
  honorific: string;
  title: string;
  email: string;
  affiliationId: string;
  isPlatformAdmin: boolean;
}

const emptyValues: Values = {
  name: '',
  sortName: '',
  honorific: '',
  title: '',
  email: '',
  affiliationId: '',
  isPlatformAdmin: false,
};

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function validate(values: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const tooLong = `Keep this under ${limits.shortText} characters.`;
  if (values.name.trim() === '') errors.name = 'Enter the person’s name.';
  else if (values.name.trim().length > limits.shortText) errors.name = tooLong;
  if (values.sortName.trim().length > limits.shortText) errors.sortName = tooLong;
  if (values.honorific.trim().length > limits.shortText) errors.honorific = tooLong;
  if (values.title.trim().length > limits.shortText) errors.title = tooLong;
  if (values.email.trim() === '') errors.email = 'Enter the e-mail address the invitation goes to.';
  else if (!isEmail(values.email.trim())) errors.email = 'Enter an e-mail address such as name@example.org.';
  return errors;
}

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

  const affiliationOptions = useMemo(
    () =>
      organizations.map((organization) => ({
        value: organization.id,
        label: organization.acronym ? `${organization.acronym} — ${organization.name}` : organization.name,
      })),
    [organizations],
  );

  function setField<F extends keyof Values>(field: F, value: Values[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await onSubmit({
        name: values.name.trim(),
        sortName: optional(values.sortName),
        honorific: optional(values.honorific),
        title: optional(values.title),
        email: values.email.trim(),
        affiliationId: optional(values.affiliationId),
        isPlatformAdmin: values.isPlatformAdmin,
      });
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
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="Honorific"
              description="Dr, Prof., H.E.…"
              maxLength={limits.shortText}
              value={values.honorific}
              onChange={(event) => {
                setField('honorific', event.currentTarget.value);
              }}
              error={errors.honorific}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label="Name"
              description="As the person writes it"
              required
              maxLength={limits.shortText}
              value={values.name}
              onChange={(event) => {
                setField('name', event.currentTarget.value);
              }}
              error={errors.name}
            />
          </Grid.Col>
        </Grid>
        <TextInput
          label="Sort name"
          description="Optional. How the name is filed in lists, e.g. “Kim Min-jun” or “Ivanova, Anna”."
          maxLength={limits.shortText}
          value={values.sortName}
          onChange={(event) => {
            setField('sortName', event.currentTarget.value);
          }}
          error={errors.sortName}
        />
        <TextInput
          label="Title"
          description="Position, e.g. Senior Research Fellow"
          maxLength={limits.shortText}
          value={values.title}
          onChange={(event) => {
            setField('title', event.currentTarget.value);
          }}
          error={errors.title}
        />
        <TextInput
          label="E-mail address"
          type="email"
          required
          maxLength={limits.email}
          value={values.email}
          onChange={(event) => {
            setField('email', event.currentTarget.value);
          }}
          error={errors.email}
        />
        <Select
          label="Affiliation"
          searchable
          clearable
          data={affiliationOptions}
          value={values.affiliationId === '' ? null : values.affiliationId}
          onChange={(id) => {
            setField('affiliationId', id ?? '');
          }}
          error={errors.affiliationId}
          nothingFoundMessage="No organization by that name"
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
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
