import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { isLocalDate, isTimeZone, limits } from '@plenary/shared';
import { useCallback } from 'react';
import type { ScheduleMeetingInput } from '../../../__generated__/graphql';
import { useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { viewerTimeZone } from '../../../ui/time-zone';
import { TimeZoneSelect } from '../../../ui/time-zone-select';

const FIELDS = ['title', 'venue', 'city', 'timeZone', 'startDate', 'endDate'] as const;
type Field = (typeof FIELDS)[number];

export const SCHEDULE_END_BEFORE_START_MESSAGE = 'The last day cannot be before the first day.';

interface ScheduleValues {
  title: string;
  venue: string;
  city: string;
  timeZone: string;
  startDate: string;
  endDate: string;
}

/** Checks what the API would refuse: a venue, a known time zone, and days in order. */
function checkSchedule(values: ScheduleValues, planId: string): FormCheck<ScheduleMeetingInput, Field> {
  const errors: FieldErrors<Field> = {};
  const title = values.title.trim();
  const venue = values.venue.trim();
  const city = values.city.trim();
  const { timeZone, startDate, endDate } = values;
  if (title.length > limits.title) errors.title = `Keep the title under ${limits.title} characters.`;
  if (venue === '') errors.venue = 'Say where the meeting takes place.';
  else if (venue.length > limits.shortText) errors.venue = `Keep the venue under ${limits.shortText} characters.`;
  if (city.length > limits.shortText) errors.city = `Keep the city under ${limits.shortText} characters.`;
  if (timeZone === '') errors.timeZone = 'Choose the time zone of the venue.';
  else if (!isTimeZone(timeZone)) errors.timeZone = 'Choose a time zone from the list.';
  if (!isLocalDate(startDate)) errors.startDate = 'Enter the first day of the meeting.';
  if (!isLocalDate(endDate)) errors.endDate = 'Enter the last day of the meeting.';
  else if (isLocalDate(startDate) && endDate < startDate) errors.endDate = SCHEDULE_END_BEFORE_START_MESSAGE;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      planId,
      title: title === '' ? undefined : title,
      venue,
      // Sent even when emptied, so a meeting can be held with no city (online).
      city,
      timeZone,
      startDate,
      endDate,
    },
  };
}

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
  // Refusals about the group as a whole (not yet approved, already scheduled) show the server's words.
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: {
      title: '',
      venue: '',
      city: plannedCity ?? '',
      timeZone: viewerTimeZone(),
      startDate: '',
      endDate: '',
    },
    fields: FIELDS,
    check: (values) => checkSchedule(values, planId),
    onSubmit,
  });
  const { values, setFieldValue } = form;
  // Stable, so the memoized time-zone list is not re-rendered on every keystroke elsewhere.
  const handleTimeZoneChange = useCallback(
    (zone: string) => {
      setFieldValue('timeZone', zone);
    },
    [setFieldValue],
  );

  return (
    <form noValidate onSubmit={handleSubmit}>
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
          {...form.getInputProps('title')}
        />
        <TextInput
          label="Venue"
          description="For example: Lotte Hotel"
          required
          maxLength={limits.shortText}
          {...form.getInputProps('venue')}
        />
        <TextInput label="City" maxLength={limits.shortText} {...form.getInputProps('city')} />
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
        <FormErrorAlert messages={formErrors} title="The meeting was not scheduled" />
        <FormActions submitLabel={'Schedule meeting'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
