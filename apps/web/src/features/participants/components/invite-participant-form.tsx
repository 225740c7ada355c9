import { SegmentedControl, Stack, Text } from '@mantine/core';
import { MeetingRole } from '@plenary/shared';
import { useMemo, useState } from 'react';
import type { InviteParticipantInput } from '../../../__generated__/graphql';
import { checked, useServerForm, type FieldErrors } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
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
import { NewOrganizationOnTheSpot } from './new-organization-on-the-spot';
import { organizationOptions, ParticipationFields, type ParticipationValues } from './participation-fields';

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

type Source = 'directory' | 'new';

interface InviteValues extends NewPersonValues, ParticipationValues {
  /** Someone from the directory, when the source is the directory. */
  chosen: ChosenPerson | null;
}

const emptyInvitation: InviteValues = {
  ...emptyNewPerson,
  chosen: null,
  role: MeetingRole.PARTICIPANT,
  representingId: '',
  category: '',
  travelSupport: false,
};

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function validateInvitation(values: InviteValues, source: Source): FieldErrors<Field> {
  if (source === 'new') return validateNewPerson(values);
  return values.chosen ? {} : { personId: 'Choose the person to invite, or enter them as someone new.' };
}

function invitation(values: InviteValues, source: Source): InviteParticipantInput {
  return {
    ...(source === 'directory' && values.chosen
      ? { personId: values.chosen.value }
      : { newPerson: newPersonInput(values) }),
    role: values.role,
    representingId: optional(values.representingId),
    category: optional(values.category),
    travelSupport: values.travelSupport,
  };
}

export interface InviteParticipantFormProps {
  meetingId: string;
  organizations: readonly OrganizationOption[];
  categories: readonly string[];
  /** People already on the list. */
  invited: ReadonlySet<string>;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: InviteParticipantInput) => Promise<void>;
  onCancel: () => void;
}

export function InviteParticipantForm({
  meetingId,
  organizations,
  categories,
  invited,
  onSubmit,
  onCancel,
}: InviteParticipantFormProps) {
  const [source, setSource] = useState<Source>('directory');
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: emptyInvitation,
    fields: FIELDS,
    messages: { ALREADY_INVITED: 'This person is already on the list of participants.' },
    check: (values) => checked(validateInvitation(values, source), invitation(values, source)),
    onSubmit,
  });
  const affiliationData = useMemo(() => organizationOptions(organizations), [organizations]);

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="lg">
        <FormSection legend="Who">
          <SegmentedControl
            aria-label="Who to add"
            data={[
              { value: 'directory', label: 'Someone in the directory' },
              { value: 'new', label: 'Someone new' },
            ]}
            value={source}
            onChange={(value) => {
              setSource(value === 'new' ? 'new' : 'directory');
              form.clearErrors();
            }}
            fullWidth
          />
          {source === 'directory' ? (
            <PersonSelect
              value={form.values.chosen}
              onChange={(next) => {
                form.setFieldValue('chosen', next);
                form.clearFieldError('personId');
              }}
              unavailable={invited}
              unavailableNote="already invited"
              nothingFound="Nobody by that name in the directory: enter them as someone new."
              error={errors.personId}
            />
          ) : (
            <NewPersonFields form={form} affiliationOptions={affiliationData} />
          )}
        </FormSection>

        <FormSection legend="At this meeting">
          <ParticipationFields form={form} organizations={organizations} categories={categories} />
          <NewOrganizationOnTheSpot
            meetingId={meetingId}
            onAdded={(organization) => {
              form.setFieldValue('representingId', organization.id);
              if (source === 'new' && form.values.affiliationId === '')
                form.setFieldValue('affiliationId', organization.id);
            }}
          />
        </FormSection>

        <Text size="sm" c="dimmed">
          They join the list as not yet invited. When you send the invitations, each gets the meeting’s invitation
          e-mail with a personal link to reply; someone without a Plenary account also gets a link to set a password.
        </Text>
        <FormErrorAlert messages={formErrors} title="Nobody was added" />
        <FormActions submitLabel="Add to the list" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
