import { Button, Grid, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, limits, MeetingRole } from '@plenary/shared';
import { useMemo, useState, type SubmitEvent } from 'react';
import type { InviteParticipantInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormSection } from '../../../ui/form-section';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import { usePeopleSearch } from '../hooks/use-people-search';
import { displayName } from './participant-text';
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
type FieldErrors = Partial<Record<Field, string>>;

type Source = 'directory' | 'new';

interface NewPersonValues {
  name: string;
  sortName: string;
  email: string;
  honorific: string;
  title: string;
  affiliationId: string;
}

const emptyPerson: NewPersonValues = { name: '', sortName: '', email: '', honorific: '', title: '', affiliationId: '' };

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

interface ChosenPerson {
  value: string;
  label: string;
}

interface DirectoryPersonSelectProps {
  value: ChosenPerson | null;
  onChange: (person: ChosenPerson | null) => void;
  invited: ReadonlySet<string>;
  error: string | undefined;
}

/** Searches the directory on the server as the person types; people already invited cannot be chosen again. */
function DirectoryPersonSelect({ value, onChange, invited, error }: DirectoryPersonSelectProps) {
  const [search, setSearch] = useState('');
  const { people, loading } = usePeopleSearch(search);
  const details = useMemo(
    () =>
      new Map(
        people.map((person) => [
          person.id,
          [person.title, person.affiliation?.acronym ?? person.affiliation?.name].filter(Boolean).join(', '),
        ]),
      ),
    [people],
  );
  const options = people.map((person) => ({
    value: person.id,
    label: invited.has(person.id) ? `${displayName(person)} (already invited)` : displayName(person),
    disabled: invited.has(person.id),
  }));
  // The chosen person stays an option when a later search no longer finds them.
  const data = value && !options.some((option) => option.value === value.value) ? [value, ...options] : options;

  return (
    <Select
      label="Person"
      description="Type part of a name to search the directory."
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by name, in every script; filtering again here would hide matches.
      filter={({ options: all }) => all}
      data={data}
      value={value?.value ?? null}
      onChange={(id, option) => {
        onChange(id && option ? { value: id, label: option.label } : null);
      }}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {details.get(option.value) && (
            <Text size="xs" c="dimmed">
              {details.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
      nothingFoundMessage={loading ? 'Searching…' : 'Nobody by that name in the directory: enter them as someone new.'}
      error={error}
    />
  );
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
  const [person, setPerson] = useState(emptyPerson);
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
    const tooLong = `Keep this under ${limits.shortText} characters.`;
    if (person.name.trim() === '') found.name = 'Enter the person’s name as they write it.';
    else if (person.name.trim().length > limits.shortText) found.name = tooLong;
    if (person.sortName.trim().length > limits.shortText) found.sortName = tooLong;
    if (person.title.trim().length > limits.shortText) found.title = tooLong;
    if (person.honorific.trim().length > 40) found.honorific = 'Keep this under 40 characters.';
    if (person.email.trim() === '') found.email = 'Enter the e-mail address the invitation goes to.';
    else if (!isEmail(person.email.trim())) found.email = 'Enter an e-mail address such as name@example.org.';
    return found;
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
              newPerson: {
                name: person.name.trim(),
                sortName: optional(person.sortName),
                email: person.email.trim(),
                honorific: optional(person.honorific),
                title: optional(person.title),
                affiliationId: optional(person.affiliationId),
              },
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
            <DirectoryPersonSelect
              value={chosen}
              onChange={(next) => {
                setChosen(next);
                clearError('personId');
              }}
              invited={invited}
              error={errors.personId}
            />
          ) : (
            <>
              <Grid>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    label="Honorific"
                    description="Dr, Prof., H.E.…"
                    maxLength={40}
                    value={person.honorific}
                    onChange={(event) => {
                      setPersonField('honorific', event.currentTarget.value);
                    }}
                    error={errors.honorific}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <TextInput
                    label="Name"
                    description="As the person writes it, in any script"
                    required
                    maxLength={limits.shortText}
                    value={person.name}
                    onChange={(event) => {
                      setPersonField('name', event.currentTarget.value);
                    }}
                    error={errors.name}
                  />
                </Grid.Col>
              </Grid>
              <TextInput
                label="Sort name"
                description="Family name first, in Latin script, e.g. “Kim Min-jun”. Defaults to the name."
                maxLength={limits.shortText}
                value={person.sortName}
                onChange={(event) => {
                  setPersonField('sortName', event.currentTarget.value);
                }}
                error={errors.sortName}
              />
              <TextInput
                label="E-mail address"
                type="email"
                required
                maxLength={limits.email}
                value={person.email}
                onChange={(event) => {
                  setPersonField('email', event.currentTarget.value);
                }}
                error={errors.email}
              />
              <TextInput
                label="Title"
                description="Position, e.g. Senior Research Fellow"
                maxLength={limits.shortText}
                value={person.title}
                onChange={(event) => {
                  setPersonField('title', event.currentTarget.value);
                }}
                error={errors.title}
              />
              <Select
                label="Affiliation"
                searchable
                clearable
                data={affiliationData}
                value={person.affiliationId === '' ? null : person.affiliationId}
                onChange={(id) => {
                  setPersonField('affiliationId', id ?? '');
                }}
                error={errors.affiliationId}
                nothingFoundMessage="No organization by that name"
              />
            </>
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
