import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  invitationStateLabels,
  InvitationState,
  meetingRoleLabels,
  MeetingStatus,
  type MeetingRole,
} from '@plenary/shared';
import { useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { useReplyToInvitation } from '../hooks/use-reply-to-invitation';
import { InvitationStateBadge } from './invitation-state-badge';
import { ReplyButtons } from './reply-buttons';

const repliesClosed: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

export interface YourReplyProps {
  meetingId: string;
  status: MeetingStatus;
  participation: { role: MeetingRole; state: InvitationState };
}

/** The signed-in participant's own invitation: their reply, which they can change until the meeting is held. */
export function YourReply({ meetingId, status, participation }: YourReplyProps) {
  const { reply } = useReplyToInvitation();
  const [sending, setSending] = useState<InvitationState | null>(null);
  const [error, setError] = useState<string>();
  const attendanceMarked =
    participation.state === InvitationState.ATTENDED || participation.state === InvitationState.NO_SHOW;
  const open = !repliesClosed.includes(status) && !attendanceMarked;

  async function handleReply(response: InvitationState) {
    setSending(response);
    setError(undefined);
    try {
      await reply(meetingId, response);
      notifications.show({
        color: 'green',
        title: 'Reply sent',
        message: `Your reply is now: ${invitationStateLabels[response].toLowerCase()}. The organisers have been told.`,
      });
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setSending(null);
    }
  }

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="your-reply-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={3} fz="h5" id="your-reply-heading">
            Your invitation
          </Title>
          <InvitationStateBadge state={participation.state} />
        </Group>
        <Text size="sm">
          You are invited as {meetingRoleLabels[participation.role].toLowerCase()}.{' '}
          {participation.state === InvitationState.INVITED &&
            open &&
            'Please let the organisers know if you will come.'}
        </Text>
        {open ? (
          <ReplyButtons
            label="Your reply"
            current={participation.state}
            sending={sending}
            onReply={(response) => void handleReply(response)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            The meeting has taken place; replies can no longer change.
          </Text>
        )}
        {error !== undefined && (
          <Alert color="red" variant="light" role="alert" title="Your reply was not changed">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
