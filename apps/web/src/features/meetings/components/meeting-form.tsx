import { MultiSelect, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  Confidentiality,
  confidentialityLabels,
  isLocalDate,
  isTimeZone,
  limits,
  meetingKindLabels,
  MeetingKind,
  Track,
  trackLabels,
  type ErrorReason,
} from '@plenary/shared';
import { useCallback, useMemo, useState, type SubmitEvent } from 'react';
import { toFormErrors } from '../../../app/api-error';
import { CountrySelect } from '../../../ui/country-select';
import { EditableList } from '../../../ui/editable-list';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormSection } from '../../../ui/form-section';
import { TimeZoneSelect } from '../../../ui/time-zone-select';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import { FormActions } from '../../../ui/form-actions';

/** What the form holds while it is being filled in: every field as the inputs give it. */
export interface MeetingFormValues {
  title: string;
  kind: MeetingKind | '';
  track: Track | '';
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  organizerIds: string[];
  hostId: string;
  background: string;
  objectives: string[];
  participantCategories: string[];
  confidentiality: Confidentiality;
  /** As typed; a whole number from 1 or empty. */
  sequenceNumber: string;
}

/** A checked form: required fields present, optional ones null when left empty. */
export interface MeetingFormData {
  title: string;
  kind: MeetingKind;
  track: Track;
  venue: string;
  city: string | null;
  country: string | null;
  timeZone: string;
  startDate: string;
  endDate: string;
  organizerIds: string[];
  hostId: string | null;
  background: string | null;
  /** Without empty entries. */
  objectives: string[];
  participantCategories: string[];
  confidentiality: Confidentiality;
  sequenceNumber: number | null;
}

export const MEETING_FORM_FIELDS = [
  'title',
  'kind',
  'track',
  'venue',
  'city',
  'country',
  'timeZone',
  'startDate',
  'endDate',
  'organizerIds',
  'hostId',
  'background',
  'objectives',
  'participantCategories',
  'confidentiality',
  'sequenceNumber',
] as const satisfies readonly (keyof MeetingFormValues)[];

type Field = (typeof MEETING_FORM_FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

export const END_BEFORE_START_MESSAGE = 'The end date cannot be before the start date.';

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** What the API accepts in its ordered lists of objectives and participant categories. */
export const listLimits = {
  objectives: { items: 20, length: 1_000 },
  participantCategories: { items: 20, length: 300 },
} as const;

function entries(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

function listError(values: readonly string[], limit: { items: number; length: number }): string | undefined {
  const list = entries(values);
  if (list.length > limit.items) return `List at most ${limit.items}.`;
  if (list.some((value) => value.length > limit.length)) return `Keep each entry under ${limit.length} characters.`;
  const repeated = list.find((value, index) => list.indexOf(value) !== index);
  if (repeated !== undefined) return `“${repeated}” is listed twice: keep each entry once.`;
  return undefined;
}

export type MeetingFormCheck = { ok: true; data: MeetingFormData } | { ok: false; errors: FieldErrors };

/** Checks what the API would refuse, so the person hears about it before anything is sent. */
export function validateMeetingForm(values: MeetingFormValues): MeetingFormCheck {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Give the meeting a title.';
  else if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  if (values.kind === '') errors.kind = 'Choose the kind of meeting.';
  if (values.track === '') errors.track = 'Choose the track.';
  const venue = values.venue.trim();
  if (venue === '') errors.venue = 'Say where the meeting takes place.';
  else if (venue.length > limits.shortText) errors.venue = `Keep the venue under ${limits.shortText} characters.`;
  if (values.city.trim().length > limits.shortText) errors.city = `Keep the city under ${limits.shortText} characters.`;
  if (values.timeZone === '') errors.timeZone = 'Choose the time zone of the venue.';
  else if (!isTimeZone(values.timeZone)) errors.timeZone = 'Choose a time zone from the list.';
  if (!isLocalDate(values.startDate)) errors.startDate = 'Enter the first day of the meeting.';
  if (!isLocalDate(values.endDate)) errors.endDate = 'Enter the last day of the meeting.';
  else if (isLocalDate(values.startDate) && values.endDate < values.startDate)
    errors.endDate = END_BEFORE_START_MESSAGE;
  if (values.organizerIds.length === 0) errors.organizerIds = 'Choose at least one organizer.';
  if (values.background.trim().length > limits.longText)
    errors.background = `Keep the background under ${limits.longText.toLocaleString('en-GB')} characters.`;
  const objectivesError = listError(values.objectives, listLimits.objectives);
  if (objectivesError) errors.objectives = objectivesError;
  const categoriesError = listError(values.participantCategories, listLimits.participantCategories);
  if (categoriesError) errors.participantCategories = categoriesError;
  const sequence = values.sequenceNumber.trim();
  if (sequence !== '' && !/^([1-9]|[1-9]\d)$/.test(sequence))
    errors.sequenceNumber = 'Give the meeting’s number in its series, from 1 to 99, or leave it empty.';

  if (Object.keys(errors).length > 0 || values.kind === '' || values.track === '') return { ok: false, errors };
  const data: MeetingFormData = {
    title,
    kind: values.kind,
    track: values.track,
    venue,
    city: optional(values.city),
    country: optional(values.country),
    timeZone: values.timeZone,
    startDate: values.startDate,
    endDate: values.endDate,
    organizerIds: values.organizerIds,
    hostId: optional(values.hostId),
    background: optional(values.background),
    objectives: entries(values.objectives),
    participantCategories: entries(values.participantCategories),
    confidentiality: values.confidentiality,
    sequenceNumber: sequence === '' ? null : Number(sequence),
  };
  return { ok: true, data };
}

function organizationLabel({ name, acronym }: OrganizationOption): string {
  return acronym ? `${acronym} — ${name}` : name;
}

const confidentialityDescriptions: Record<Confidentiality, string> = {
  OPEN: 'What is said may be reported and attributed.',
  CHATHAM_HOUSE: 'What is said may be used, but not attributed to anyone outside the meeting.',
};

const kindOptions = Object.values(MeetingKind).map((kind) => ({ value: kind, label: meetingKindLabels[kind] }));

export interface MeetingFormProps {
  initialValues: MeetingFormValues;
  organizations: readonly OrganizationOption[];
  /** The organizations the viewer may convene for; one of them must be among the organizers. */
  conveneFor: readonly OrganizationOption[];
  submitLabel: string;
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (data: MeetingFormData) => Promise<void>;
  onCancel: () => void;
  /** Wording for refusals this use of the form can explain better than the server. */
  reasonMessages?: Partial<Record<ErrorReason, string>>;
}

export function MeetingForm({
  initialValues,
  organizations,
  conveneFor,
  submitLabel,
  onSubmit,
  onCancel,
  reasonMessages,
}: MeetingFormProps) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const organizationOptions = useMemo(
    () => organizations.map((organization) => ({ value: organization.id, label: organizationLabel(organization) })),
    [organizations],
  );

  // Stable, so the memoized country and time-zone selects skip re-rendering while other inputs change.
  const setField = useCallback(function setField<F extends keyof MeetingFormValues>(
    field: F,
    value: MeetingFormValues[F],
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
  const handleTimeZoneChange = useCallback(
    (zone: string) => {
      setField('timeZone', zone);
    },
    [setField],
  );

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const check = validateMeetingForm(values);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await onSubmit(check.data);
    } catch (error) {
      const split = toFormErrors(error, MEETING_FORM_FIELDS, reasonMessages);
      setErrors(split.fields);
      setFormErrors(split.form);
    } finally {
      setSubmitting(false);
    }
  }

  const conveneHint =
    conveneFor.length > 0
      ? `Include at least one organization you convene for: ${conveneFor.map((o) => o.acronym ?? o.name).join(', ')}.`
      : undefined;

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="lg">
        <FormSection legend="The meeting">
          <TextInput
            label="Title"
            required
            maxLength={limits.title}
            value={values.title}
            onChange={(event) => {
              setField('title', event.currentTarget.value);
            }}
            error={errors.title}
          />
          <Select
            label="Kind of meeting"
            required
            data={kindOptions}
            value={values.kind === '' ? null : values.kind}
            onChange={(kind) => {
              setField('kind', kind ?? '');
            }}
            error={errors.kind}
            allowDeselect={false}
          />
          <Radio.Group
            label="Track"
            description="Who takes part, and in what capacity."
            required
            value={values.track === '' ? null : values.track}
            onChange={(track) => {
              setField('track', track);
            }}
            error={errors.track}
          >
            <Stack gap="xs" mt="xs">
              {Object.values(Track).map((track) => (
                <Radio key={track} value={track} label={trackLabels[track]} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label="Number in its series"
            description="For a study group’s meetings: 3 for the third meeting. Leave empty for a single meeting."
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            w={{ base: '100%', xs: '16rem' }}
            value={values.sequenceNumber}
            onChange={(event) => {
              setField('sequenceNumber', event.currentTarget.value);
            }}
            error={errors.sequenceNumber}
          />
        </FormSection>

        <FormSection legend="Purpose">
          <Textarea
            label="Background"
            description="Why the meeting is held. Leave a blank line between paragraphs."
            autosize
            minRows={4}
            maxRows={16}
            maxLength={limits.longText}
            value={values.background}
            onChange={(event) => {
              setField('background', event.currentTarget.value);
            }}
            error={errors.background}
          />
          <EditableList
            legend="Objectives"
            description="Numbered in this order on the meeting page."
            itemName="Objective"
            addLabel="Add an objective"
            multiline
            maxLength={listLimits.objectives.length}
            maxItems={listLimits.objectives.items}
            values={values.objectives}
            onChange={(objectives) => {
              setField('objectives', objectives);
            }}
            error={errors.objectives}
          />
          <EditableList
            legend="Participants are invited from"
            description="Categories of institutions, e.g. “National policy institutes from North-East Asian countries”."
            itemName="Category"
            addLabel="Add a category"
            maxLength={listLimits.participantCategories.length}
            maxItems={listLimits.participantCategories.items}
            values={values.participantCategories}
            onChange={(categories) => {
              setField('participantCategories', categories);
            }}
            error={errors.participantCategories}
          />
          <Radio.Group
            label="Confidentiality"
            value={values.confidentiality}
            onChange={(value) => {
              if (value === Confidentiality.OPEN || value === Confidentiality.CHATHAM_HOUSE) {
                setField('confidentiality', value);
              }
            }}
            error={errors.confidentiality}
          >
            <Stack gap="xs" mt="xs">
              {Object.values(Confidentiality).map((confidentiality) => (
                <Radio
                  key={confidentiality}
                  value={confidentiality}
                  label={confidentialityLabels[confidentiality]}
                  description={confidentialityDescriptions[confidentiality]}
                />
              ))}
            </Stack>
          </Radio.Group>
        </FormSection>

        <FormSection legend="Where and when">
          <TextInput
            label="Venue"
            description="For example: United Nations Conference Centre"
            required
            maxLength={limits.shortText}
            value={values.venue}
            onChange={(event) => {
              setField('venue', event.currentTarget.value);
            }}
            error={errors.venue}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="City"
              maxLength={limits.shortText}
              value={values.city}
              onChange={(event) => {
                setField('city', event.currentTarget.value);
              }}
              error={errors.city}
            />
            <CountrySelect
              label="Country"
              value={values.country}
              onChange={handleCountryChange}
              error={errors.country}
            />
          </SimpleGrid>
          <TimeZoneSelect
            label="Time zone of the venue"
            description="Agenda times are shown in this zone. Type a city to search."
            required
            value={values.timeZone}
            onChange={handleTimeZoneChange}
            error={errors.timeZone}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="First day"
              type="date"
              required
              value={values.startDate}
              onChange={(event) => {
                setField('startDate', event.currentTarget.value);
              }}
              error={errors.startDate}
            />
            <TextInput
              label="Last day"
              type="date"
              required
              min={values.startDate || undefined}
              value={values.endDate}
              onChange={(event) => {
                setField('endDate', event.currentTarget.value);
              }}
              error={errors.endDate}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection legend="Who convenes it">
          <MultiSelect
            label="Organizers"
            description={conveneHint}
            required
            searchable
            data={organizationOptions}
            value={values.organizerIds}
            onChange={(ids) => {
              setField('organizerIds', ids);
            }}
            error={errors.organizerIds}
            nothingFoundMessage="No organization by that name"
          />
          <Select
            label="Host"
            description="The organization that hosts the meeting, if not one of the organizers."
            searchable
            clearable
            data={organizationOptions}
            value={values.hostId === '' ? null : values.hostId}
            onChange={(id) => {
              setField('hostId', id ?? '');
            }}
            error={errors.hostId}
            nothingFoundMessage="No organization by that name"
          />
        </FormSection>

        <FormErrorAlert messages={formErrors} />

        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
