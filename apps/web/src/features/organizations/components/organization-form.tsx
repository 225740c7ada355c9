import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { limits, OrganizationKind, organizationKindLabels } from '@plenary/shared';
import { useCallback } from 'react';
import { selectInputProps, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { CountrySelect } from '../../../ui/country-select';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormActions } from '../../../ui/form-actions';

export interface OrganizationFormValues {
  name: string;
  acronym: string;
  kind: OrganizationKind | '';
  country: string;
  parentId: string;
}

/** A checked form; optional fields are null when left empty. */
export interface OrganizationFormData {
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: string | null;
  parentId: string | null;
}

const FIELDS = ['name', 'acronym', 'kind', 'country', 'parentId'] as const;
type Field = (typeof FIELDS)[number];

export const emptyOrganizationValues: OrganizationFormValues = {
  name: '',
  acronym: '',
  kind: '',
  country: '',
  parentId: '',
};

const kindOptions = Object.values(OrganizationKind).map((kind) => ({
  value: kind,
  label: organizationKindLabels[kind],
}));

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function check(values: OrganizationFormValues): FormCheck<OrganizationFormData, Field> {
  const errors: FieldErrors<Field> = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Enter the organization’s name.';
  else if (name.length > limits.shortText) errors.name = `Keep the name under ${limits.shortText} characters.`;
  if (values.acronym.trim().length > limits.acronym) {
    errors.acronym = `Keep the acronym under ${limits.acronym} characters.`;
  }
  if (values.kind === '') errors.kind = 'Choose what kind of organization this is.';
  if (Object.keys(errors).length > 0 || values.kind === '') return { ok: false, errors };
  return {
    ok: true,
    data: {
      name,
      acronym: optional(values.acronym),
      kind: values.kind,
      country: optional(values.country),
      parentId: optional(values.parentId),
    },
  };
}

export interface ParentOption {
  value: string;
  label: string;
}

export interface OrganizationFormProps {
  initialValues: OrganizationFormValues;
  /** Organizations this one may belong to (never itself). */
  parentOptions: readonly ParentOption[];
  submitLabel: string;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (data: OrganizationFormData) => Promise<void>;
  onCancel: () => void;
}

export function OrganizationForm({
  initialValues,
  parentOptions,
  submitLabel,
  onSubmit,
  onCancel,
}: OrganizationFormProps) {
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: FIELDS,
    check,
    onSubmit,
  });
  const { setFieldValue } = form;
  // Stable, so the memoized country select skips re-rendering while other inputs change.
  const handleCountryChange = useCallback(
    (country: string) => {
      setFieldValue('country', country);
    },
    [setFieldValue],
  );

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <TextInput
          label="Name"
          description="In full, e.g. Trilateral Cooperation Secretariat"
          required
          maxLength={limits.shortText}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Acronym"
            description="e.g. TCS"
            maxLength={limits.acronym}
            {...form.getInputProps('acronym')}
          />
          <Select label="Kind" required data={kindOptions} allowDeselect={false} {...selectInputProps(form, 'kind')} />
        </SimpleGrid>
        <CountrySelect
          label="Country"
          description="Leave empty for regional and international bodies."
          value={form.values.country}
          onChange={handleCountryChange}
          error={errors.country}
        />
        <Select
          label="Part of"
          description="The larger body it belongs to, e.g. CSCAP for a member committee."
          searchable
          clearable
          data={[...parentOptions]}
          {...selectInputProps(form, 'parentId')}
          nothingFoundMessage="No organization by that name"
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
