import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { limits } from '@plenary/shared';
import { useCallback, useState, type SubmitEvent } from 'react';
import type { MeetingPlanInput } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { CountrySelect } from '../../../ui/country-select';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { formatMonth } from '../../../ui/time-zone';
import { firstOfMonth, organizationLabel, type OrganizationLabelFields } from './study-group-text';
import { FormActions } from '../../../ui/form-actions';

const FIELDS = ['hostId', 'city', 'country', 'expectedMonth'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

export interface PlanMeetingFormProps {
  /** The group's member committees, one of which may host. */
  committees: readonly (OrganizationLabelFields & { id: string })[];
  /** The group's dates: a planned meeting falls within them. */
  startDate: string;
  endDate: string;
  onSubmit: (input: MeetingPlanInput) => Promise<void>;
  onCancel: () => void;
}

/** Adds a meeting to the end of the series: who hosts it, where, and in which month. */
export function PlanMeetingForm({ committees, startDate, endDate, onSubmit, onCancel }: PlanMeetingFormProps) {
  const [hostId, setHostId] = useState('');
  const [city, setCity] = useState('');
  const [country, setCountry] = useState('');
  const [month, setMonth] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const clearError = useCallback((field: Field) => {
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  }, []);
  const handleCountryChange = useCallback(
    (code: string) => {
      setCountry(code);
      clearError('country');
    },
    [clearError],
  );

  const firstMonth = startDate.slice(0, 7);
  const lastMonth = endDate.slice(0, 7);

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    const expected = firstOfMonth(month);
    if (month.trim() === '') found.expectedMonth = 'Enter the month the meeting is expected in.';
    else if (!expected) found.expectedMonth = 'Enter the month as year and month, e.g. 2019-10.';
    else if (expected.slice(0, 7) < firstMonth || expected.slice(0, 7) > lastMonth)
      found.expectedMonth = 'Choose a month within the group’s dates.';
    if (city.trim().length > limits.shortText) found.city = `Keep the city under ${limits.shortText} characters.`;
    return found;
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    const found = validate();
    setErrors(found);
    const expectedMonth = firstOfMonth(month);
    if (Object.keys(found).length > 0 || !expectedMonth) return;
    setSubmitting(true);
    try {
      await onSubmit({
        expectedMonth,
        hostId: hostId === '' ? undefined : hostId,
        city: city.trim() === '' ? undefined : city.trim(),
        country: country === '' ? undefined : country,
      });
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
        <Select
          label="Host committee"
          description="The member committee that hosts it; the hosts usually rotate."
          clearable
          data={committees.map((committee) => ({ value: committee.id, label: organizationLabel(committee) }))}
          value={hostId === '' ? null : hostId}
          onChange={(id) => {
            setHostId(id ?? '');
            clearError('hostId');
          }}
          error={errors.hostId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
          <CountrySelect label="Country" value={country} onChange={handleCountryChange} error={errors.country} />
        </SimpleGrid>
        <TextInput
          label="Expected month"
          description={`Between ${formatMonth(startDate)} and ${formatMonth(endDate)}.`}
          type="month"
          placeholder="YYYY-MM"
          required
          min={firstMonth}
          max={lastMonth}
          w={{ base: '100%', xs: '16rem' }}
          value={month}
          onChange={(event) => {
            setMonth(event.currentTarget.value);
            clearError('expectedMonth');
          }}
          error={errors.expectedMonth}
        />
        <FormErrorAlert messages={formErrors} title="The meeting was not planned" />
        <FormActions submitLabel={'Add to the series'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
