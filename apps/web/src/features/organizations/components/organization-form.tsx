import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { limits, OrganizationKind, organizationKindLabels } from '@plenary/shared';
import { useCallback, useState, type SubmitEvent } from 'react';
import { toFormErrors } from '../../../app/api-error';
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

type Check = { ok: true; data: OrganizationFormData } | { ok: false; errors: Partial<Record<Field, string>> };

function check(values: OrganizationFormValues): Check {
  const errors: Partial<Record<Field, string>> = {};
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
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  // Stable, so the memoized country and time-zone selects skip re-rendering while other inputs change.
  const setField = useCallback(function setField<F extends keyof OrganizationFormValues>(
    field: F,
    value: OrganizationFormValues[F],
  ) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }, []);
  const handleCountryChange = useCallback(
    (country: string) => {
      setField('country', country);
    },
    [setField],
  );

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const result = check(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit(result.data);
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
        <TextInput
          label="Name"
          description="In full, e.g. Trilateral Cooperation Secretariat"
          required
          maxLength={limits.shortText}
          value={values.name}
          onChange={(event) => {
            setField('name', event.currentTarget.value);
          }}
          error={errors.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Acronym"
            description="e.g. TCS"
            maxLength={limits.acronym}
            value={values.acronym}
            onChange={(event) => {
              setField('acronym', event.currentTarget.value);
            }}
            error={errors.acronym}
          />
          <Select
            label="Kind"
            required
            data={kindOptions}
            allowDeselect={false}
            value={values.kind === '' ? null : values.kind}
            onChange={(kind) => {
              setField('kind', kind ?? '');
            }}
            error={errors.kind}
          />
        </SimpleGrid>
        <CountrySelect
          label="Country"
          description="Leave empty for regional and international bodies."
          value={values.country}
          onChange={handleCountryChange}
          error={errors.country}
        />
        <Select
          label="Part of"
          description="The larger body it belongs to, e.g. CSCAP for a member committee."
          searchable
          clearable
          data={[...parentOptions]}
          value={values.parentId === '' ? null : values.parentId}
          onChange={(id) => {
            setField('parentId', id ?? '');
          }}
          error={errors.parentId}
          nothingFoundMessage="No organization by that name"
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
