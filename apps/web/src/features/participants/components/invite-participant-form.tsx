import { SegmentedControl, Stack, Text } from '@mantine/core';
import { MeetingRole } from '@plenary/shared';
import { useMemo, useState, type SubmitEvent } from 'react';
import type { InviteParticipantInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormSection } from '../../../ui/form-section';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import {
  emptyNewPerson,
  NewPersonFields,
  newPersonInput,
  type NewPersonValues,
  validateNewPerson,
} from '../../people/components/new-person-fields';
import { PersonSelect, type ChosenPerson } from '../../people/components/person-select';
import { organizationOptions, ParticipationFields, type ParticipationValues } from './participation-fields';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = [
  'personId',
  'name',
  'sortName',
  'email',
  'honorific',
  'title',
  'affiliationId',
  'role',
  'representingId',
  'category',
  'travelSupport',
] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

type Source = 'directory' | 'new';

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export interface InviteParticipantFormProps {
  organizations: readonly OrganizationOption[];
  categories: readonly string[];
  /** People already on the list. */
  invited: ReadonlySet<string>;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: InviteParticipantInput) => Promise<void>;
  onCancel: () => void;
}

export function InviteParticipantForm({
  organizations,
  categories,
  invited,
  onSubmit,
  onCancel,
}: InviteParticipantFormProps) {
  const [source, setSource] = useState<Source>('directory');
  const [chosen, setChosen] = useState<ChosenPerson | null>(null);
  const [person, setPerson] = useState(emptyNewPerson);
  const [participation, setParticipation] = useState<ParticipationValues>({
    role: MeetingRole.PARTICIPANT,
    representingId: '',
    category: '',
    travelSupport: false,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const affiliationData = useMemo(() => organizationOptions(organizations), [organizations]);

  function clearError(field: Field) {
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }

  function setPersonField<F extends keyof NewPersonValues>(field: F, value: NewPersonValues[F]) {
    setPerson((current) => ({ ...current, [field]: value }));
    clearError(field);
  }

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (source === 'directory') {
      if (!chosen) found.personId = 'Choose the person to invite, or enter them as someone new.';
      return found;
    }
    return { ...found, ...validateNewPerson(person) };
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await onSubmit({
        ...(source === 'directory' && chosen
          ? { personId: chosen.value }
          : {
              newPerson: newPersonInput(person),
            }),
        role: participation.role,
        representingId: optional(participation.representingId),
        category: optional(participation.category),
        travelSupport: participation.travelSupport,
      });
    } catch (error) {
      const split = toFormErrors(error, FIELDS, {
        ALREADY_INVITED: 'This person is already on the list of participants.',
      });
      setErrors(split.fields);
      setFormErrors(split.form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="lg">
        <FormSection legend="Who">
          <SegmentedControl
            aria-label="Who to invite"
            data={[
              { value: 'directory', label: 'Someone in the directory' },
              { value: 'new', label: 'Someone new' },
            ]}
            value={source}
            onChange={(value) => {
              setSource(value === 'new' ? 'new' : 'directory');
              setErrors({});
            }}
            fullWidth
          />
          {source === 'directory' ? (
            <PersonSelect
              value={chosen}
              onChange={(next) => {
                setChosen(next);
                clearError('personId');
              }}
              unavailable={invited}
              unavailableNote="already invited"
              nothingFound="Nobody by that name in the directory: enter them as someone new."
              error={errors.personId}
            />
          ) : (
            <NewPersonFields
              values={person}
              onChange={(field, value) => {
                setPersonField(field, value);
              }}
              errors={errors}
              affiliationOptions={affiliationData}
            />
          )}
        </FormSection>

        <FormSection legend="At this meeting">
          <ParticipationFields
            values={participation}
            onChange={(field, value) => {
              setParticipation((current) => ({ ...current, [field]: value }));
              clearError(field);
            }}
            errors={errors}
            organizations={organizations}
            categories={categories}
          />
        </FormSection>

        <Text size="sm" c="dimmed">
          They receive an e-mail with a personal link to reply. Someone without a Plenary account also gets a link to
          set a password.
        </Text>
        <FormErrorAlert messages={formErrors} title="Nobody was invited" />
        <FormActions submitLabel={'Send invitation'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
