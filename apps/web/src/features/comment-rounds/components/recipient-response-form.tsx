import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { RecipientResponse, recipientResponseLabels } from '@plenary/shared';
import type { DocumentOpenRound_RoundFragment, RespondToRoundInput } from '../../../__generated__/graphql';
import { useServerForm, type FormCheck } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useRespondToRound } from '../hooks/use-respond-to-round';

export type Recipient = DocumentOpenRound_RoundFragment['viewerRecipients'][number];

const NOTE_MAX = 2_000;

const FIELDS = ['response', 'note'] as const;
type Field = (typeof FIELDS)[number];

const responseOptions = Object.values(RecipientResponse)
  .filter((response) => response !== RecipientResponse.NOT_YET)
  .map((response) => ({ value: response, label: recipientResponseLabels[response] }));

/** "CSCAP-Japan"; null when the round was sent to the viewer in person. */
export function committeeName(recipient: Recipient): string | null {
  return recipient.organization ? (recipient.organization.acronym ?? recipient.organization.name) : null;
}

interface ResponseValues {
  response: RecipientResponse | null;
  note: string;
}

/** The recipient's answer so far, for them to change. */
function answerSoFar(recipient: Recipient): ResponseValues {
  return {
    response: recipient.response === RecipientResponse.NOT_YET ? null : recipient.response,
    note: recipient.responseNote,
  };
}

function checkResponse(values: ResponseValues, recipientId: string): FormCheck<RespondToRoundInput, Field> {
  if (values.response === null) return { ok: false, errors: { response: 'Choose a response.' } };
  const note = values.note.trim();
  return { ok: true, data: { recipientId, response: values.response, note: note === '' ? null : note } };
}

export interface RecipientResponseFormProps {
  recipient: Recipient;
  announce: (message: string) => void;
  onSent: () => void;
}

/** How a recipient stands on the circulated text, and an optional note. */
export function RecipientResponseForm({ recipient, announce, onSent }: RecipientResponseFormProps) {
  const respond = useRespondToRound();
  const name = committeeName(recipient) ?? 'yourself';
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: answerSoFar(recipient),
    fields: FIELDS,
    messages: {
      ROUND_CLOSED: 'The round has closed: responses are no longer accepted.',
      NOT_YOUR_COMMITTEE: 'You can answer only for yourself or a committee you belong to.',
    },
    check: (values) => checkResponse(values, recipient.id),
    onSubmit: async (input) => {
      await respond(input);
      announce(`Response for ${name} sent: ${recipientResponseLabels[input.response]}.`);
      onSent();
    },
  });

  return (
    <form noValidate aria-label={`Response for ${name}`} onSubmit={handleSubmit}>
      <Stack gap="sm">
        <Select
          label="Your response"
          placeholder="Choose a response"
          data={responseOptions}
          {...form.getInputProps('response')}
          required
          // Inside the popover: an option list outside it would count as a click outside and close it.
          comboboxProps={{ withinPortal: false }}
        />
        <Textarea
          label="Note"
          description="Optional: a reservation, or what your committee would need to endorse it."
          autosize
          minRows={2}
          maxRows={6}
          maxLength={NOTE_MAX}
          {...form.getInputProps('note')}
        />
        <FormErrorAlert messages={formErrors} />
        <Group justify="flex-end">
          <Button type="submit" loading={submitting}>
            Send response
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
