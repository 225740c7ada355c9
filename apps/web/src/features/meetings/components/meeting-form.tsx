import { Checkbox, MultiSelect, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  AgendaNameStyle,
  agendaNameStyleLabels,
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
import { useCallback, useMemo } from 'react';
import {
  listEntries,
  listError,
  selectInputProps,
  useServerForm,
  type FieldErrors,
  type FormCheck,
} from '../../../lib/forms';
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
  agendaSymbol: string;
  agendaDateLine: string;
  agendaNameStyle: AgendaNameStyle;
  agendaAffiliations: boolean;
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
  agendaSymbol: string | null;
  agendaDateLine: string | null;
  agendaNameStyle: AgendaNameStyle;
  agendaAffiliations: boolean;
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
  'agendaSymbol',
  'agendaDateLine',
  'agendaNameStyle',
  'agendaAffiliations',
] as const satisfies readonly (keyof MeetingFormValues)[];

type Field = (typeof MEETING_FORM_FIELDS)[number];

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

/** Checks what the API would refuse, so the person hears about it before anything is sent. */
export function validateMeetingForm(values: MeetingFormValues): FormCheck<MeetingFormData, Field> {
  const errors: FieldErrors<Field> = {};
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

  for (const field of ['agendaSymbol', 'agendaDateLine'] as const) {
    if (values[field].trim().length > limits.shortText) errors[field] = `Keep it under ${limits.shortText} characters.`;
  }

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
    objectives: listEntries(values.objectives),
    participantCategories: listEntries(values.participantCategories),
    confidentiality: values.confidentiality,
    sequenceNumber: sequence === '' ? null : Number(sequence),
    agendaSymbol: optional(values.agendaSymbol),
    agendaDateLine: optional(values.agendaDateLine),
    agendaNameStyle: values.agendaNameStyle,
    agendaAffiliations: values.agendaAffiliations,
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
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues,
    fields: MEETING_FORM_FIELDS,
    messages: reasonMessages,
    check: validateMeetingForm,
    onSubmit,
  });
  const { values, setFieldValue } = form;

  const organizationOptions = useMemo(
    () => organizations.map((organization) => ({ value: organization.id, label: organizationLabel(organization) })),
    [organizations],
  );

  // Stable, so the memoized country and time-zone selects skip re-rendering while other inputs change.
  const handleCountryChange = useCallback(
    (country: string) => {
      setFieldValue('country', country);
    },
    [setFieldValue],
  );
  const handleTimeZoneChange = useCallback(
    (zone: string) => {
      setFieldValue('timeZone', zone);
    },
    [setFieldValue],
  );

  const conveneHint =
    conveneFor.length > 0
      ? `Include at least one organization you convene for: ${conveneFor.map((o) => o.acronym ?? o.name).join(', ')}.`
      : undefined;

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="lg">
        <FormSection legend="The meeting">
          <TextInput label="Title" required maxLength={limits.title} {...form.getInputProps('title')} />
          <Select
            label="Kind of meeting"
            required
            data={kindOptions}
            {...selectInputProps(form, 'kind')}
            allowDeselect={false}
          />
          <Radio.Group
            label="Track"
            description="Who takes part, and in what capacity."
            required
            {...form.getInputProps('track')}
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
            {...form.getInputProps('sequenceNumber')}
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
            {...form.getInputProps('background')}
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
              setFieldValue('objectives', objectives);
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
              setFieldValue('participantCategories', categories);
            }}
            error={errors.participantCategories}
          />
          <Radio.Group
            label="Confidentiality"
            {...form.getInputProps('confidentiality')}
            onChange={(value) => {
              if (value === Confidentiality.OPEN || value === Confidentiality.CHATHAM_HOUSE) {
                setFieldValue('confidentiality', value);
              }
            }}
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
            {...form.getInputProps('venue')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="City" maxLength={limits.shortText} {...form.getInputProps('city')} />
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
            <TextInput label="First day" type="date" required {...form.getInputProps('startDate')} />
            <TextInput
              label="Last day"
              type="date"
              required
              min={values.startDate || undefined}
              {...form.getInputProps('endDate')}
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
            {...form.getInputProps('organizerIds')}
            nothingFoundMessage="No organization by that name"
          />
          <Select
            label="Host"
            description="The organization that hosts the meeting, if not one of the organizers."
            searchable
            clearable
            data={organizationOptions}
            {...selectInputProps(form, 'hostId')}
            nothingFoundMessage="No organization by that name"
          />
        </FormSection>

        <FormSection legend="The agenda as printed">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Document symbol"
              description="Printed at the top right of the agenda, e.g. ESCAP/EGM/2019/1."
              maxLength={limits.shortText}
              {...form.getInputProps('agendaSymbol')}
            />
            <TextInput
              label="Date line"
              description="Printed under the symbol, usually the date of issue."
              maxLength={limits.shortText}
              {...form.getInputProps('agendaDateLine')}
            />
          </SimpleGrid>
          <Radio.Group
            label="Names of chairs and speakers"
            {...form.getInputProps('agendaNameStyle')}
            onChange={(value) => {
              const style = Object.values(AgendaNameStyle).find((option) => option === value);
              if (style) setFieldValue('agendaNameStyle', style);
            }}
          >
            <Stack gap="xs" mt="xs">
              {Object.values(AgendaNameStyle).map((style) => (
                <Radio key={style} value={style} label={agendaNameStyleLabels[style]} />
              ))}
            </Stack>
          </Radio.Group>
          <Checkbox
            label="Print each person’s affiliation after the name"
            {...form.getInputProps('agendaAffiliations', { type: 'checkbox' })}
          />
        </FormSection>

        <FormErrorAlert messages={formErrors} />

        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
