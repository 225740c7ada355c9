import { Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DocumentDecision, documentDecisionLabels, limits } from '@plenary/shared';
import type { DecideDocumentInput, DocumentActions_DocumentFragment } from '../../../__generated__/graphql';
import { optionalText, useServerForm, type FormCheck } from '../../../lib/forms';
import { toLocalInput } from '../../../lib/local-input';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useDecideDocument } from '../hooks/use-workflow-steps';
import { refusalMessages, runStep } from './workflow-refusals';

function isDecision(value: string): value is DocumentDecision {
  return Object.values(DocumentDecision).some((decision) => decision === value);
}

const FIELDS = ['decision', 'meetingDate', 'meetingReference', 'guidance', 'note'] as const;
type Field = (typeof FIELDS)[number];

interface DecideValues {
  decision: DocumentDecision | null;
  meetingDate: string;
  meetingReference: string;
  guidance: string;
  note: string;
}

/** The body usually records its decision on the day it meets. */
function decidedToday(): DecideValues {
  return {
    decision: null,
    meetingDate: toLocalInput(new Date()).slice(0, 10),
    meetingReference: '',
    guidance: '',
    note: '',
  };
}

/** Names one thing to put right at a time, the decision first. */
function checkDecision(values: DecideValues, documentId: string): FormCheck<DecideDocumentInput, Field> {
  const { decision, meetingDate } = values;
  if (decision === null) return { ok: false, errors: { decision: 'Choose the decision.' } };
  if (meetingDate === '') {
    return { ok: false, errors: { meetingDate: 'Give the date of the meeting that decided.' } };
  }
  const guidance = optionalText(values.guidance);
  if (decision === DocumentDecision.RETURNED && guidance === undefined) {
    return { ok: false, errors: { guidance: 'Say what the co-chairs should revise.' } };
  }
  return {
    ok: true,
    data: {
      documentId,
      decision,
      meetingDate,
      meetingReference: optionalText(values.meetingReference),
      guidance,
      note: optionalText(values.note),
    },
  };
}

export interface DecideFormProps {
  document: DocumentActions_DocumentFragment;
  onClose: () => void;
  /** Called when the refusal means the screen is out of date. */
  onStale: () => void;
}

/** The body's decision on the submitted text: approved, or returned to the co-chairs with guidance. */
export function DecideForm({ document, onClose, onStale }: DecideFormProps) {
  const decide = useDecideDocument();
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: decidedToday(),
    fields: FIELDS,
    messages: refusalMessages,
    check: (values) => checkDecision(values, document.id),
    onSubmit: async (input) => {
      await runStep(decide(input), onStale);
      notifications.show({
        color: 'green',
        title: 'Decision recorded',
        message: documentDecisionLabels[input.decision],
      });
      onClose();
    },
  });
  const body = document.submittedTo?.name ?? 'the body it was submitted to';

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Text size="sm">
          Record the decision {body} took on the final text at one of its meetings. The drafters, the secretariat and
          the members of {body} are told.
        </Text>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Date of the meeting"
            description="The day the body met and decided."
            type="date"
            required
            {...form.getInputProps('meetingDate')}
            miw={180}
          />
          <TextInput
            label="Meeting or minute"
            description="How the body’s papers name it, e.g. “SC 35, item 4”."
            maxLength={limits.shortText}
            {...form.getInputProps('meetingReference')}
            miw={180}
          />
        </Group>
        <Radio.Group
          label="Decision"
          required
          {...form.getInputProps('decision')}
          value={form.values.decision ?? ''}
          onChange={(value) => {
            if (isDecision(value)) form.setFieldValue('decision', value);
            // Whether guidance is needed follows from the decision.
            form.clearFieldError('guidance');
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value={DocumentDecision.APPROVED}
              label={documentDecisionLabels.APPROVED}
              description="The text can then be published."
            />
            <Radio
              value={DocumentDecision.RETURNED}
              label={documentDecisionLabels.RETURNED}
              description="The co-chairs revise the text in a new version, following your guidance."
            />
          </Stack>
        </Radio.Group>
        <Textarea
          label="Guidance"
          description="Required when returning the text: what the co-chairs should revise."
          required={form.values.decision === DocumentDecision.RETURNED}
          autosize
          minRows={3}
          maxLength={limits.longText}
          {...form.getInputProps('guidance')}
        />
        <Textarea
          label="Note"
          description="Anything else the body said with its decision, as its minutes record it."
          autosize
          minRows={2}
          maxLength={limits.longText}
          {...form.getInputProps('note')}
        />
        <FormErrorAlert messages={formErrors} title="No decision was recorded" />
        <FormActions submitLabel="Record decision" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
