import { Stack, Text } from '@mantine/core';
import type { UpdateParticipationInput } from '../../../__generated__/graphql';
import { useServerForm } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import type { ParticipantRow } from './participant-groups';
import { displayName } from '../../../lib/names';
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
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: valuesOf(participant),
    fields: FIELDS,
    check: (values) => ({ ok: true, data: participationChanges(participant, values) }),
    onSubmit,
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Text>
          <strong>{displayName(participant.person)}</strong>
        </Text>
        <ParticipationFields form={form} organizations={organizations} categories={categories} />
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel={'Save'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
