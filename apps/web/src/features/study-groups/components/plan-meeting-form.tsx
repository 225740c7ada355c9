import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { limits } from '@plenary/shared';
import { useCallback } from 'react';
import type { MeetingPlanInput } from '../../../__generated__/graphql';
import { selectInputProps, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { organizationLabel, type OrganizationLabelFields } from '../../../lib/names';
import { CountrySelect } from '../../../ui/country-select';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { formatMonth } from '../../../ui/time-zone';
import { firstOfMonth } from './study-group-text';

const FIELDS = ['hostId', 'city', 'country', 'expectedMonth'] as const;
type Field = (typeof FIELDS)[number];

interface PlanValues {
  /** '' for none. */
  hostId: string;
  city: string;
  country: string;
  /** YYYY-MM, as the month input gives it. */
  expectedMonth: string;
}

const emptyPlan: PlanValues = { hostId: '', city: '', country: '', expectedMonth: '' };

/** Checks what the API would refuse: a month within the group's dates, and a city it can store. */
function checkPlan(
  values: PlanValues,
  { startDate, endDate }: { startDate: string; endDate: string },
): FormCheck<MeetingPlanInput, Field> {
  const errors: FieldErrors<Field> = {};
  const expectedMonth = firstOfMonth(values.expectedMonth);
  const city = values.city.trim();
  if (values.expectedMonth.trim() === '') errors.expectedMonth = 'Enter the month the meeting is expected in.';
  else if (!expectedMonth) errors.expectedMonth = 'Enter the month as year and month, e.g. 2019-10.';
  else if (expectedMonth.slice(0, 7) < startDate.slice(0, 7) || expectedMonth.slice(0, 7) > endDate.slice(0, 7))
    errors.expectedMonth = 'Choose a month within the group’s dates.';
  if (city.length > limits.shortText) errors.city = `Keep the city under ${limits.shortText} characters.`;
  if (Object.keys(errors).length > 0 || !expectedMonth) return { ok: false, errors };
  return {
    ok: true,
    data: {
      expectedMonth,
      hostId: values.hostId === '' ? undefined : values.hostId,
      city: city === '' ? undefined : city,
      country: values.country === '' ? undefined : values.country,
    },
  };
}

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
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: emptyPlan,
    fields: FIELDS,
    check: (values) => checkPlan(values, { startDate, endDate }),
    onSubmit,
  });
  const { setFieldValue } = form;
  // Stable, so the memoized country list is not re-rendered on every keystroke elsewhere.
  const handleCountryChange = useCallback(
    (code: string) => {
      setFieldValue('country', code);
    },
    [setFieldValue],
  );

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Select
          label="Host committee"
          description="The member committee that hosts it; the hosts usually rotate."
          clearable
          data={committees.map((committee) => ({ value: committee.id, label: organizationLabel(committee) }))}
          {...selectInputProps(form, 'hostId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="City" maxLength={limits.shortText} {...form.getInputProps('city')} />
          <CountrySelect
            label="Country"
            value={form.values.country}
            onChange={handleCountryChange}
            error={errors.country}
          />
        </SimpleGrid>
        <TextInput
          label="Expected month"
          description={`Between ${formatMonth(startDate)} and ${formatMonth(endDate)}.`}
          type="month"
          placeholder="YYYY-MM"
          required
          min={startDate.slice(0, 7)}
          max={endDate.slice(0, 7)}
          w={{ base: '100%', xs: '16rem' }}
          {...form.getInputProps('expectedMonth')}
        />
        <FormErrorAlert messages={formErrors} title="The meeting was not planned" />
        <FormActions submitLabel={'Add to the series'} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
