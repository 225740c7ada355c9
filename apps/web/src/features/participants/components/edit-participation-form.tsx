import { Stack, Text } from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import type { UpdateParticipationInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import type { ParticipantRow } from './participant-groups';
import { displayName } from './participant-text';
import { ParticipationFields, type ParticipationField, type ParticipationValues } from './participation-fields';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['role', 'representingId', 'category', 'travelSupport'] as const satisfies readonly ParticipationField[];

function valuesOf(row: ParticipantRow): ParticipationValues {
  return {
    role: row.role,
    representingId: row.representing?.id ?? '',
    category: row.category ?? '',
    travelSupport: row.travelSupport,
  };
}

/** Only what changed; a cleared organization or category is sent as null, which clears it. */
export function participationChanges(row: ParticipantRow, values: ParticipationValues): UpdateParticipationInput {
  const before = valuesOf(row);
  const input: UpdateParticipationInput = {};
  if (values.role !== before.role) input.role = values.role;
  if (values.representingId !== before.representingId) input.representingId = values.representingId || null;
  const category = values.category.trim();
  if (category !== before.category) input.category = category || null;
  if (values.travelSupport !== before.travelSupport) input.travelSupport = values.travelSupport;
  return input;
}

export interface EditParticipationFormProps {
  participant: ParticipantRow;
  organizations: readonly OrganizationOption[];
  categories: readonly string[];
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: UpdateParticipationInput) => Promise<void>;
  onCancel: () => void;
}

export function EditParticipationForm({
  participant,
  organizations,
  categories,
  onSubmit,
  onCancel,
}: EditParticipationFormProps) {
  const [values, setValues] = useState(() => valuesOf(participant));
  const [errors, setErrors] = useState<Partial<Record<ParticipationField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    setSubmitting(true);
    try {
      await onSubmit(participationChanges(participant, values));
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
        <Text>
          <strong>{displayName(participant.person)}</strong>
        </Text>
        <ParticipationFields
          values={values}
          onChange={(field, value) => {
            setValues((current) => ({ ...current, [field]: value }));
            setErrors((current) => ({ ...current, [field]: undefined }));
          }}
          errors={errors}
          organizations={organizations}
          categories={categories}
        />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={'Save'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
