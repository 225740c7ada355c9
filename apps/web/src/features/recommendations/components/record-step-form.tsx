import {
  Anchor,
  Button,
  Fieldset,
  FileInput,
  Group,
  Loader,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  evidenceRequiredStatuses,
  isLocalDate,
  isWebAddress,
  limits,
  recommendationStatusLabels,
  recommendationStatusMachine,
  webAddressMessage,
  type ErrorReason,
  type RecommendationStatus,
} from '@plenary/shared';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import type { ChangeRecommendationStatusInput } from '../../../__generated__/graphql';
import { useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { formatDate } from '../../../ui/time-zone';
import { recordStepFragment } from '../graphql/recommendation-queries';
import { useChangeRecommendationStatus } from '../hooks/use-change-recommendation-status';
import { FileUploadError, type UploadedFile } from '../../files/upload-file';
import { useUploadEvidence } from '../hooks/use-upload-evidence';
import { latestStepDate } from './recommendation-text';

const FIELDS = ['status', 'occurredOn', 'note', 'evidenceUrl', 'evidenceFileId', 'nextFollowUpOn'] as const;
type Field = (typeof FIELDS)[number];

const ACCEPTED = '.pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg';

/** "Accepted by addressee or Implemented". */
const evidenceStatusList = evidenceRequiredStatuses.map((status) => recommendationStatusLabels[status]).join(' or ');

export function evidenceRequiredMessage(status: RecommendationStatus): string {
  return `“${recommendationStatusLabels[status]}” needs evidence: give a link, upload a file, or both.`;
}

/** Wording for refusals the form can explain better than the server in its own context. */
const reasonMessages: Partial<Record<ErrorReason, string>> = {
  UNKNOWN_FILE: 'The evidence file was not found with this recommendation. Upload it again.',
};

interface Values {
  status: RecommendationStatus | null;
  occurredOn: string;
  note: string;
  evidenceUrl: string;
  evidenceFile: UploadedFile | null;
  nextFollowUpOn: string;
}

function emptyValues(): Values {
  return {
    status: null,
    occurredOn: latestStepDate(),
    note: '',
    evidenceUrl: '',
    evidenceFile: null,
    nextFollowUpOn: '',
  };
}

/** Whether a move to `status` ends the follow-up, which then needs no next date. */
function endsFollowUp(status: RecommendationStatus | null): boolean {
  return status !== null && recommendationStatusMachine.next(status).length === 0;
}

interface StepContext {
  recommendationId: string;
  today: string;
  /** The date of the last step in its history, or of its adoption: a new step cannot come before it. */
  lastStepOn: string;
}

/** Checks what the API would refuse, so the secretariat hears about it before anything is sent. */
function checkStep(
  values: Values,
  { recommendationId, today, lastStepOn }: StepContext,
): FormCheck<ChangeRecommendationStatusInput, Field> {
  const found: FieldErrors<Field> = {};
  const evidenceRequired = values.status !== null && evidenceRequiredStatuses.includes(values.status);
  if (values.status === null) found.status = 'Choose the status it has moved to.';
  if (!isLocalDate(values.occurredOn)) found.occurredOn = 'Enter the date it happened.';
  else if (values.occurredOn > today) found.occurredOn = 'The date cannot be in the future.';
  else if (values.occurredOn < lastStepOn) {
    found.occurredOn = `The date cannot be before the last step in its history (${formatDate(lastStepOn)}).`;
  }
  const note = values.note.trim();
  if (note === '') found.note = 'Say what happened, in a sentence or two.';
  else if (note.length > limits.longText) {
    found.note = `Keep the note under ${limits.longText.toLocaleString('en-GB')} characters.`;
  }
  const evidenceUrl = values.evidenceUrl.trim();
  if (evidenceUrl !== '' && !isWebAddress(evidenceUrl)) found.evidenceUrl = webAddressMessage;
  else if (values.status !== null && evidenceRequired && evidenceUrl === '' && values.evidenceFile === null) {
    found.evidenceUrl = evidenceRequiredMessage(values.status);
  }
  const keepsFollowUp = !endsFollowUp(values.status);
  if (keepsFollowUp && values.nextFollowUpOn !== '') {
    if (!isLocalDate(values.nextFollowUpOn)) found.nextFollowUpOn = 'Enter a date, or leave it empty.';
    else if (isLocalDate(values.occurredOn) && values.nextFollowUpOn <= values.occurredOn) {
      found.nextFollowUpOn = 'The next follow-up must come after this step.';
    }
  }
  if (Object.keys(found).length > 0 || values.status === null) return { ok: false, errors: found };

  const input: ChangeRecommendationStatusInput = {
    recommendationId,
    status: values.status,
    occurredOn: values.occurredOn,
    note,
  };
  if (evidenceUrl !== '') input.evidenceUrl = evidenceUrl;
  if (values.evidenceFile) input.evidenceFileId = values.evidenceFile.id;
  if (keepsFollowUp && values.nextFollowUpOn !== '') input.nextFollowUpOn = values.nextFollowUpOn;
  return { ok: true, data: input };
}

export interface RecordStepFormProps {
  recommendation: FragmentType<typeof recordStepFragment>;
}

/**
 * For the responsible secretariat: records a dated move to one of the statuses allowed now, with a
 * note and, for the moves that claim something of the addressee, evidence.
 */
export function RecordStepForm({ recommendation: ref }: RecordStepFormProps) {
  const recommendation = getFragmentData(recordStepFragment, ref);
  const changeStatus = useChangeRecommendationStatus();
  const uploadEvidence = useUploadEvidence(recommendation.id);
  const [uploading, setUploading] = useState<string>();
  const today = latestStepDate();
  const lastStepOn = recommendation.history.at(-1)?.occurredOn ?? recommendation.adoptedOn;
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: emptyValues(),
    fields: FIELDS,
    messages: reasonMessages,
    check: (values) => checkStep(values, { recommendationId: recommendation.id, today, lastStepOn }),
    onSubmit: async (input) => {
      await changeStatus(input);
      notifications.show({
        color: 'green',
        title: 'Step recorded',
        message: `The recommendation is now: ${recommendationStatusLabels[input.status].toLowerCase()}.`,
      });
      form.setValues(emptyValues());
    },
  });
  const { values } = form;
  const allowed = recommendation.allowedNextStatuses;
  const evidenceRequired = values.status !== null && evidenceRequiredStatuses.includes(values.status);

  if (allowed.length === 0) {
    return (
      <Paper withBorder radius="md" p="md">
        <Text size="sm">
          This recommendation is {recommendationStatusLabels[recommendation.status].toLowerCase()}: its follow-up has
          ended, and no further step can be recorded.
        </Text>
      </Paper>
    );
  }

  async function handleFile(file: File | null) {
    if (!file) return;
    form.clearFieldError('evidenceFileId');
    form.clearFieldError('evidenceUrl');
    setUploading(file.name);
    try {
      form.setFieldValue('evidenceFile', await uploadEvidence(file));
    } catch (caught) {
      form.setFieldError(
        'evidenceFileId',
        caught instanceof FileUploadError ? caught.message : 'The file could not be uploaded. Try again.',
      );
    } finally {
      setUploading(undefined);
    }
  }

  const followUpHint = recommendation.nextFollowUpOn
    ? `Leave empty to keep the current date, ${formatDate(recommendation.nextFollowUpOn)}.`
    : 'Leave empty for none.';

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="record-step-heading"
    >
      <form noValidate onSubmit={handleSubmit}>
        <Stack gap="md">
          <Title order={2} fz="h3" id="record-step-heading">
            Record a step
          </Title>
          <Radio.Group
            label="New status"
            description={`It is ${recommendationStatusLabels[recommendation.status].toLowerCase()} now; these are the moves that can follow.`}
            required
            {...form.getInputProps('status')}
            onChange={(value) => {
              form.setFieldValue('status', allowed.find((status) => status === value) ?? null);
            }}
          >
            <Stack gap="xs" mt="xs">
              {allowed.map((status) => (
                <Radio key={status} value={status} label={recommendationStatusLabels[status]} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label="Date"
            description="When it happened."
            type="date"
            required
            min={lastStepOn}
            max={today}
            w={{ base: '100%', xs: '16rem' }}
            {...form.getInputProps('occurredOn')}
          />
          <Textarea
            label="Note"
            description="What happened, in a sentence or two."
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={limits.longText}
            {...form.getInputProps('note')}
          />
          <Fieldset
            legend={evidenceRequired ? 'Evidence (required)' : 'Evidence'}
            variant="unstyled"
            styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}
          >
            <Stack gap="sm">
              <Text size="sm" c={evidenceRequired ? undefined : 'dimmed'} fw={evidenceRequired ? 500 : undefined}>
                {values.status !== null && evidenceRequired
                  ? evidenceRequiredMessage(values.status)
                  : `A link, a file, or both. Required for ${evidenceStatusList}.`}
              </Text>
              <TextInput
                label="Evidence link"
                type="url"
                placeholder="https://"
                {...form.getInputProps('evidenceUrl')}
              />
              {values.evidenceFile ? (
                <Group gap="sm" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    Evidence file:{' '}
                    <Anchor
                      href={values.evidenceFile.url}
                      target="_blank"
                      rel="noopener"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {values.evidenceFile.filename}
                    </Anchor>
                  </Text>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={`Remove evidence file: ${values.evidenceFile.filename}`}
                    onClick={() => {
                      form.setFieldValue('evidenceFile', null);
                    }}
                  >
                    Remove
                  </Button>
                </Group>
              ) : (
                <FileInput
                  label="Evidence file"
                  description="PDF, Word, Excel, PowerPoint, OpenDocument text, PNG or JPEG. It is uploaded at once and cited when you record the step."
                  placeholder={uploading ? `Uploading ${uploading}…` : 'Choose a file'}
                  accept={ACCEPTED}
                  value={null}
                  disabled={uploading !== undefined}
                  rightSection={uploading ? <Loader size="xs" aria-label="Uploading" /> : undefined}
                  onChange={(file) => void handleFile(file)}
                  error={errors.evidenceFileId}
                />
              )}
            </Stack>
          </Fieldset>
          {!endsFollowUp(values.status) && (
            <TextInput
              label="Next follow-up on"
              description={followUpHint}
              type="date"
              min={values.occurredOn || undefined}
              w={{ base: '100%', xs: '16rem' }}
              {...form.getInputProps('nextFollowUpOn')}
            />
          )}
          <FormErrorAlert messages={formErrors} title="The step was not recorded" />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting}>
              Record step
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
