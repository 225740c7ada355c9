import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { limits } from '@plenary/shared';
import type { InvitationLetterInput, InvitationLetterQuery } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { checked, useServerForm, type FieldErrors } from '../../../lib/forms';
import { ErrorState } from '../../../ui/error-state';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LoadingState } from '../../../ui/loading-state';
import { displayName } from '../../../lib/names';
import { useViewer } from '../../auth/hooks/use-viewer';
import { invitationLetterQuery, useUpdateInvitationLetter } from '../hooks/use-invitations';

type Letter = NonNullable<NonNullable<InvitationLetterQuery['meeting']>['invitationLetter']>;

const FIELDS = ['subject', 'body', 'logistics', 'signature', 'linkAgenda', 'linkConceptNote'] as const;
type Field = (typeof FIELDS)[number];

interface LetterValues {
  subject: string;
  body: string;
  logistics: string;
  signature: string;
  linkAgenda: boolean;
  linkConceptNote: boolean;
}

function validate(values: LetterValues, version: number) {
  const errors: FieldErrors<Field> = {};
  if (values.subject.trim() === '') errors.subject = 'Give the e-mail a subject.';
  else if (values.subject.length > limits.title) errors.subject = `Keep the subject under ${limits.title} characters.`;
  if (values.body.trim() === '') errors.body = 'Write the letter.';
  if (values.signature.trim() === '') errors.signature = 'Sign the letter: the office, or your name and title.';
  return checked<InvitationLetterInput, Field>(errors, { ...values, version });
}

function LetterForm({
  letter,
  office,
  onSubmit,
  onCancel,
}: {
  letter: Letter;
  office: string;
  onSubmit: (input: InvitationLetterInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { viewer } = useViewer();
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: {
      subject: letter.subject,
      body: letter.body,
      logistics: letter.logistics,
      signature: letter.signature,
      linkAgenda: letter.linkAgenda,
      linkConceptNote: letter.linkConceptNote,
    },
    fields: FIELDS,
    check: (values) => validate(values, letter.version),
    onSubmit,
  });
  const officer = viewer ? `${displayName(viewer.person)}\n${office}` : null;
  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Each e-mail opens “Dear …,” with the person’s honorific and name as they are addressed, and carries their own
          link to reply. Write <Code>{'{meeting}'}</Code>, <Code>{'{dates}'}</Code>, <Code>{'{venue}'}</Code> or{' '}
          <Code>{'{role}'}</Code> where the meeting’s details go.
        </Text>
        <TextInput label="Subject" required maxLength={limits.title} {...form.getInputProps('subject')} />
        <Textarea label="Letter" required autosize minRows={5} maxRows={14} {...form.getInputProps('body')} />
        <Textarea
          label="Practical arrangements"
          description="Travel, accommodation, visas; left out when empty."
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('logistics')}
        />
        <Stack gap={4}>
          <Textarea label="Signed" required autosize minRows={2} maxRows={5} {...form.getInputProps('signature')} />
          <Group gap="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                form.setFieldValue('signature', `Secretariat\n${office}`);
              }}
            >
              Sign as the office
            </Button>
            {officer && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => {
                  form.setFieldValue('signature', officer);
                }}
              >
                Sign as yourself
              </Button>
            )}
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Checkbox
            label="Link the agenda (page and PDF)"
            {...form.getInputProps('linkAgenda', { type: 'checkbox' })}
          />
          <Checkbox
            label="Link the concept note, when there is one"
            {...form.getInputProps('linkConceptNote', { type: 'checkbox' })}
          />
        </SimpleGrid>
        <FormErrorAlert messages={formErrors} />
        <FormActions submitLabel="Save e-mail" submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export interface InvitationLetterDialogProps {
  meetingId: string;
  /** The convening office, to sign as. */
  office: string;
  opened: boolean;
  onClose: () => void;
}

/** The invitation e-mail of the meeting: edited here, previewed as the next person invited will read it. */
export function InvitationLetterDialog({ meetingId, office, opened, onClose }: InvitationLetterDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const { data, loading, error, refetch } = useQuery(invitationLetterQuery, {
    variables: { id: meetingId },
    skip: !opened,
  });
  const save = useUpdateInvitationLetter(meetingId);
  const letter = data?.meeting?.invitationLetter;

  async function handleSubmit(input: InvitationLetterInput) {
    await save(input);
    notifications.show({
      color: 'green',
      title: 'Invitation e-mail saved',
      message: 'Invitations sent from now on use it; those already sent stay as they were.',
    });
  }

  return (
    <Modal opened={opened} onClose={onClose} title="The invitation e-mail" size="xl" fullScreen={phone}>
      {loading && !letter ? (
        <LoadingState label="Loading the e-mail…" />
      ) : error || !letter ? (
        <ErrorState
          message={error ? toApiError(error).message : 'Only the organisers see the invitation e-mail.'}
          onRetry={() => {
            void refetch();
          }}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <LetterForm key={letter.version} letter={letter} office={office} onSubmit={handleSubmit} onCancel={onClose} />
          <Stack gap="xs" aria-labelledby="invitation-preview-heading">
            <Title order={3} fz="h5" id="invitation-preview-heading">
              Preview, as saved
            </Title>
            <Text size="sm" fw={600}>
              {letter.previewSubject}
            </Text>
            <Text
              size="sm"
              component="pre"
              style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
              p="sm"
              bg="var(--mantine-color-gray-0)"
            >
              {letter.previewText}
            </Text>
          </Stack>
        </SimpleGrid>
      )}
    </Modal>
  );
}
