import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { RecipientResponse, recipientResponseLabels } from '@plenary/shared';
import { useId, useState, type SubmitEvent } from 'react';
import type { DocumentOpenRound_RoundFragment } from '../../../__generated__/graphql';
import { toFormErrors } from '../../../app/api-error';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { ScriptText } from '../../../ui/script-text';
import { formatDateTime } from '../../../ui/time-zone';
import { useRespondToRound } from '../hooks/use-respond-to-round';

type Recipient = DocumentOpenRound_RoundFragment['viewerRecipients'][number];

const NOTE_MAX = 2_000;

const responseOptions = Object.values(RecipientResponse)
  .filter((response) => response !== RecipientResponse.NOT_YET)
  .map((response) => ({ value: response, label: recipientResponseLabels[response] }));

/** "CSCAP-Japan", or the person's own name when the round was sent to them in person. */
function recipientName(recipient: Recipient): string {
  if (recipient.organization) return recipient.organization.acronym ?? recipient.organization.name;
  return recipient.person?.name ?? 'You';
}

interface RecipientResponseFormProps {
  recipient: Recipient;
  announce: (message: string) => void;
}

function RecipientResponseForm({ recipient, announce }: RecipientResponseFormProps) {
  const respond = useRespondToRound();
  const name = recipientName(recipient);
  const [response, setResponse] = useState<string | null>(
    recipient.response === RecipientResponse.NOT_YET ? null : recipient.response,
  );
  const [note, setNote] = useState(recipient.responseNote);
  const [errors, setErrors] = useState<{ response?: string; note?: string }>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormErrors([]);
    if (response === null) {
      setErrors({ response: 'Choose a response.' });
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const trimmed = note.trim();
      await respond({
        recipientId: recipient.id,
        response: response as RecipientResponse,
        note: trimmed === '' ? null : trimmed,
      });
      announce(`Response for ${name} sent: ${recipientResponseLabels[response as RecipientResponse]}.`);
    } catch (error) {
      const split = toFormErrors(error, ['response', 'note'] as const, {
        ROUND_CLOSED: 'The round has closed: responses are no longer accepted.',
        NOT_YOUR_COMMITTEE: 'You can answer only for yourself or a committee you belong to.',
      });
      setErrors(split.fields);
      setFormErrors(split.form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form noValidate aria-label={`Response for ${name}`} onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="sm">
        <Select
          label="Your response"
          placeholder="Choose a response"
          data={responseOptions}
          value={response}
          onChange={(value) => {
            setResponse(value);
            setErrors((current) => ({ ...current, response: undefined }));
          }}
          error={errors.response}
          required
        />
        <Textarea
          label="Note"
          description="Optional: a reservation, or what your committee would need to endorse it."
          autosize
          minRows={2}
          maxRows={8}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
          }}
          error={errors.note}
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

export interface ResponseBoxProps {
  round: DocumentOpenRound_RoundFragment;
  announce: (message: string) => void;
}

/**
 * For a recipient of the open round: where they (and each committee they answer for) stand on the
 * circulated text, and a way to say so while the round takes comments.
 */
export function ResponseBox({ round, announce }: ResponseBoxProps) {
  const headingId = useId();
  if (round.viewerRecipients.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="h4" id={headingId}>
            Your response to round {round.number}
          </Title>
          <Text size="sm" c="dimmed">
            Besides commenting on paragraphs, tell the co-chairs where you stand on version {round.versionNumber}.
          </Text>
        </Stack>
        <Stack component="ul" gap="lg" m={0} p={0} style={{ listStyle: 'none' }}>
          {round.viewerRecipients.map((recipient) => (
            <Stack component="li" key={recipient.id} gap="xs">
              <Text fw={500}>
                <ScriptText>{recipientName(recipient)}</ScriptText>
                {': '}
                {recipientResponseLabels[recipient.response]}
                {recipient.respondedAt && (
                  <Text span size="sm" c="dimmed" fw={400}>
                    {' '}
                    (<time dateTime={recipient.respondedAt}>{formatDateTime(recipient.respondedAt)}</time>)
                  </Text>
                )}
              </Text>
              {recipient.responseNote.trim() !== '' && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {recipient.responseNote}
                </Text>
              )}
              {round.acceptingComments && <RecipientResponseForm recipient={recipient} announce={announce} />}
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
