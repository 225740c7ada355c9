import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { isLocalDate, isTimeZone, limits } from '@plenary/shared';
import { useCallback, useState, type SubmitEvent } from 'react';
import type { ScheduleMeetingInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { TimeZoneSelect } from '../../../ui/time-zone-select';
import { viewerTimeZone } from '../../../ui/time-zone';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['title', 'venue', 'city', 'timeZone', 'startDate', 'endDate'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

export const SCHEDULE_END_BEFORE_START_MESSAGE = 'The last day cannot be before the first day.';

export interface ScheduleMeetingFormProps {
  planId: string;
  /** The title the meeting gets when none is given. */
  defaultTitle: string;
  /** The planned city, to start from. */
  city: string | null;
  onSubmit: (input: ScheduleMeetingInput) => Promise<void>;
  onCancel: () => void;
}

/** Turns a planned meeting into a real one: its venue, time zone and days. */
export function ScheduleMeetingForm({
  planId,
  defaultTitle,
  city: plannedCity,
  onSubmit,
  onCancel,
}: ScheduleMeetingFormProps) {
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('');
  const [city, setCity] = useState(plannedCity ?? '');
  const [timeZone, setTimeZone] = useState(viewerTimeZone);
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const clearError = useCallback((field: Field) => {
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }, []);
  // Stable, so the memoized time-zone list is not re-rendered on every keystroke elsewhere.
  const handleTimeZoneChange = useCallback(
    (zone: string) => {
      setTimeZone(zone);
      clearError('timeZone');
    },
    [clearError],
  );

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (title.trim().length > limits.title) found.title = `Keep the title under ${limits.title} characters.`;
    if (venue.trim() === '') found.venue = 'Say where the meeting takes place.';
    else if (venue.trim().length > limits.shortText)
      found.venue = `Keep the venue under ${limits.shortText} characters.`;
    if (city.trim().length > limits.shortText) found.city = `Keep the city under ${limits.shortText} characters.`;
    if (timeZone === '') found.timeZone = 'Choose the time zone of the venue.';
    else if (!isTimeZone(timeZone)) found.timeZone = 'Choose a time zone from the list.';
    if (!isLocalDate(startDate)) found.startDate = 'Enter the first day of the meeting.';
    if (!isLocalDate(endDate)) found.endDate = 'Enter the last day of the meeting.';
    else if (isLocalDate(startDate) && endDate < startDate) found.endDate = SCHEDULE_END_BEFORE_START_MESSAGE;
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
        planId,
        title: title.trim() === '' ? undefined : title.trim(),
        venue: venue.trim(),
        // Sent even when emptied, so a meeting can be held with no city (online).
        city: city.trim(),
        timeZone,
        startDate,
        endDate,
      });
    } catch (error) {
      // Refusals about the group as a whole (not yet approved, already scheduled) show the server's words.
      const split = toFormErrors(error, FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
      setSubmitting(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The meeting is created under the Chatham House rule, numbered in the series, with the group’s open action
          items carried onto its agenda. You become one of its organisers.
        </Text>
        <TextInput
          label="Title"
          description="Leave empty to use the title shown."
          placeholder={defaultTitle}
          maxLength={limits.title}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            clearError('title');
          }}
          error={errors.title}
        />
        <TextInput
          label="Venue"
          description="For example: Lotte Hotel"
          required
          maxLength={limits.shortText}
          value={venue}
          onChange={(event) => {
            setVenue(event.currentTarget.value);
            clearError('venue');
          }}
          error={errors.venue}
        />
        <TextInput
          label="City"
          maxLength={limits.shortText}
          value={city}
          onChange={(event) => {
            setCity(event.currentTarget.value);
            clearError('city');
          }}
          error={errors.city}
        />
        <TimeZoneSelect
          label="Time zone of the venue"
          description="Agenda times are shown in this zone. Type a city to search."
          required
          value={timeZone}
          onChange={handleTimeZoneChange}
          error={errors.timeZone}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First day"
            type="date"
            required
            value={startDate}
            onChange={(event) => {
              setStartDate(event.currentTarget.value);
              clearError('startDate');
            }}
            error={errors.startDate}
          />
          <TextInput
            label="Last day"
            type="date"
            required
            min={startDate || undefined}
            value={endDate}
            onChange={(event) => {
              setEndDate(event.currentTarget.value);
              clearError('endDate');
            }}
            error={errors.endDate}
          />
        </SimpleGrid>
        <FormErrorAlert messages={formErrors} title="The meeting was not scheduled" />
        <FormActions submitLabel={'Schedule meeting'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
