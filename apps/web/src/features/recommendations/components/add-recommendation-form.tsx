import { useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { AddresseeKind, isLocalDate, isWebAddress, limits, webAddressMessage, type IssueArea } from '@plenary/shared';
import { useMemo } from 'react';
import type { AddRecommendationInput } from '../../../__generated__/graphql';
import { selectInputProps, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { FormSection } from '../../../ui/form-section';
import { formatDate } from '../../../ui/time-zone';
import { RecommendationFields, type AddresseeDraft } from '../../documents/components/recommendation-fields';
import type { OrganizationOption } from '../../organizations/hooks/use-organization-options';
import { organizationLabel } from '../../../lib/names';
import { registryFilterOptionsQuery } from '../graphql/registry-queries';
import { latestStepDate } from './recommendation-text';

export const ADD_RECOMMENDATION_FIELDS = [
  'responsibleId',
  'sourceTitle',
  'sourceUrl',
  'number',
  'text',
  'adoptedOn',
  'nextFollowUpOn',
  'studyGroupId',
  'meetingId',
] as const;

type Field = (typeof ADD_RECOMMENDATION_FIELDS)[number];

interface Values {
  responsibleId: string;
  sourceTitle: string;
  sourceUrl: string;
  number: string;
  text: string;
  adoptedOn: string;
  nextFollowUpOn: string;
  studyGroupId: string;
  meetingId: string;
  addressees: AddresseeDraft[];
  issueAreas: IssueArea[];
}

/** Checks what the API would refuse, so the secretariat hears about it before anything is sent. */
function check(values: Values, today: string): FormCheck<AddRecommendationInput, Field> {
  const errors: FieldErrors<Field> = {};
  const form: string[] = [];
  if (values.responsibleId === '') errors.responsibleId = 'Choose the secretariat that follows it up.';
  const sourceTitle = values.sourceTitle.trim();
  if (sourceTitle === '') errors.sourceTitle = 'Say which output it comes from, as people cite it.';
  else if (sourceTitle.length > limits.title) errors.sourceTitle = `Keep the title under ${limits.title} characters.`;
  const sourceUrl = values.sourceUrl.trim();
  if (sourceUrl !== '' && !isWebAddress(sourceUrl)) errors.sourceUrl = webAddressMessage;
  const number = values.number.trim();
  if (number !== '' && !/^[1-9]\d{0,3}$|^10000$/.test(number)) {
    errors.number = 'Give its number in the source, a whole number from 1, or leave it empty.';
  }
  const text = values.text.trim();
  if (text === '') errors.text = 'Give the text of the recommendation.';
  else if (text.length > limits.longText) {
    errors.text = `Keep the text under ${limits.longText.toLocaleString('en-GB')} characters.`;
  }
  if (!isLocalDate(values.adoptedOn)) errors.adoptedOn = 'Enter the date it was adopted.';
  else if (values.adoptedOn > today) errors.adoptedOn = 'The adoption date cannot be in the future.';
  if (values.nextFollowUpOn !== '') {
    if (!isLocalDate(values.nextFollowUpOn)) errors.nextFollowUpOn = 'Enter a date, or leave it empty.';
    else if (isLocalDate(values.adoptedOn) && values.nextFollowUpOn < values.adoptedOn) {
      errors.nextFollowUpOn = 'The follow-up cannot come before the adoption.';
    }
  }
  values.addressees.forEach((addressee, index) => {
    if (addressee.kind === AddresseeKind.NAMED_BODY && addressee.organizationId === null) {
      form.push(`Choose the body addressed for addressee ${index + 1}, or remove it.`);
    }
  });
  if (Object.keys(errors).length > 0 || form.length > 0) return { ok: false, errors, form };

  const input: AddRecommendationInput = {
    responsibleId: values.responsibleId,
    sourceTitle,
    text,
    adoptedOn: values.adoptedOn,
    addressees: values.addressees.map((addressee) =>
      addressee.kind === AddresseeKind.NAMED_BODY
        ? { kind: addressee.kind, organizationId: addressee.organizationId }
        : { kind: addressee.kind },
    ),
    issueAreas: values.issueAreas,
  };
  if (sourceUrl !== '') input.sourceUrl = sourceUrl;
  if (number !== '') input.number = Number(number);
  if (values.nextFollowUpOn !== '') input.nextFollowUpOn = values.nextFollowUpOn;
  if (values.studyGroupId !== '') input.studyGroupId = values.studyGroupId;
  if (values.meetingId !== '') input.meetingId = values.meetingId;
  return { ok: true, data: input };
}

function emptyRecommendation(secretariats: readonly OrganizationOption[], today: string): Values {
  return {
    responsibleId: secretariats.length === 1 && secretariats[0] ? secretariats[0].id : '',
    sourceTitle: '',
    sourceUrl: '',
    number: '',
    text: '',
    adoptedOn: today,
    nextFollowUpOn: '',
    studyGroupId: '',
    meetingId: '',
    addressees: [],
    issueAreas: [],
  };
}

export interface AddRecommendationFormProps {
  /** The secretariats the viewer convenes for: one of them follows the recommendation up. */
  secretariats: readonly OrganizationOption[];
  /** Rejects with the API's error when the server refuses; the form then shows why. */
  onSubmit: (input: AddRecommendationInput) => Promise<void>;
  onCancel: () => void;
}

/** A recommendation of an output produced outside Plenary, entered by the secretariat that follows it up. */
export function AddRecommendationForm({ secretariats, onSubmit, onCancel }: AddRecommendationFormProps) {
  const today = latestStepDate();
  const { form, formErrors, setFormErrors, submitting, handleSubmit } = useServerForm({
    initialValues: emptyRecommendation(secretariats, today),
    fields: ADD_RECOMMENDATION_FIELDS,
    check: (values) => check(values, today),
    onSubmit,
  });
  const { values } = form;
  const { data: options } = useQuery(registryFilterOptionsQuery);

  const secretariatOptions = secretariats.map((organization) => ({
    value: organization.id,
    label: organizationLabel(organization),
  }));
  const studyGroupOptions = useMemo(
    () => (options?.studyGroups ?? []).map((group) => ({ value: group.id, label: group.title })),
    [options],
  );
  const meetingOptions = useMemo(
    () =>
      (options?.meetings ?? []).map((meeting) => ({
        value: meeting.id,
        label: `${meeting.title} (${formatDate(meeting.startDate)})`,
      })),
    [options],
  );

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="lg">
        <FormSection legend="Where it comes from">
          <Select
            label="Followed up by"
            description="The secretariat that records what becomes of it."
            required
            data={secretariatOptions}
            {...selectInputProps(form, 'responsibleId')}
            allowDeselect={false}
          />
          <TextInput
            label="Source title"
            description="The output as people cite it, e.g. “Chairs’ summary of the 2019 Expert Group Meeting”."
            required
            maxLength={limits.title}
            {...form.getInputProps('sourceTitle')}
          />
          <TextInput
            label="Source link"
            description="Where the output can be read."
            type="url"
            placeholder="https://"
            {...form.getInputProps('sourceUrl')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Study group"
              description="If it came out of one."
              searchable
              clearable
              data={studyGroupOptions}
              {...selectInputProps(form, 'studyGroupId')}
              nothingFoundMessage="No study group by that name"
            />
            <Select
              label="Meeting"
              description="If it came out of one."
              searchable
              clearable
              data={meetingOptions}
              {...selectInputProps(form, 'meetingId')}
              nothingFoundMessage="No meeting by that name"
            />
          </SimpleGrid>
        </FormSection>

        <FormSection legend="The recommendation">
          <TextInput
            label="Number"
            description="Its number in the source, if the source numbers them."
            type="number"
            inputMode="numeric"
            min={1}
            w={{ base: '100%', xs: '12rem' }}
            {...form.getInputProps('number')}
          />
          <Textarea
            label="Text"
            required
            autosize
            minRows={4}
            maxRows={14}
            maxLength={limits.longText}
            {...form.getInputProps('text')}
          />
          <RecommendationFields
            name="this recommendation"
            addressees={values.addressees}
            issueAreas={values.issueAreas}
            onChange={(next) => {
              form.setFieldValue('addressees', next.addressees);
              form.setFieldValue('issueAreas', next.issueAreas);
              setFormErrors([]);
            }}
          />
        </FormSection>

        <FormSection legend="Follow-up">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Adopted on" type="date" required max={today} {...form.getInputProps('adoptedOn')} />
            <TextInput
              label="Next follow-up on"
              description="When the secretariat is reminded to check on it."
              type="date"
              min={values.adoptedOn || undefined}
              {...form.getInputProps('nextFollowUpOn')}
            />
          </SimpleGrid>
        </FormSection>

        <FormErrorAlert messages={formErrors} />

        <FormActions submitLabel="Add recommendation" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
