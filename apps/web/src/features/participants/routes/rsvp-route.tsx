import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import {
  formatDateRange,
  InvitationState,
  invitationStateLabels,
  meetingRoleLabels,
  type ErrorReason,
} from '@plenary/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PublicPageFrame } from '../../../ui/public-page-frame';
import { ScriptText } from '../../../ui/script-text';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { InvitationStateBadge } from '../components/invitation-state-badge';
import { ReplyButtons } from '../components/reply-buttons';
import { invitationPreviewFragment, meetingInvitationQuery } from '../graphql/invitation-preview';
import { useRespondToInvitation } from '../hooks/use-respond-to-invitation';

export const ALREADY_REPLIED_MESSAGE = 'You have already replied through this link. Sign in to change your reply.';

const respondMessages: Partial<Record<ErrorReason, string>> = {
  INVITATION_USED: ALREADY_REPLIED_MESSAGE,
  REPLIES_CLOSED: 'The meeting has taken place, so replies can no longer change.',
  INVITATION_INVALID: 'This invitation link is not valid. Check that you opened the whole link from the e-mail.',
};

function SignInLink() {
  return (
    <Anchor component={Link} to="/sign-in">
      Sign in to Plenary
    </Anchor>
  );
}

/** Where the personal link in a meeting invitation leads: the person replies without signing in. */
export function RsvpRoute() {
  useDocumentTitle('Your invitation');
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(meetingInvitationQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-only',
  });
  const respond = useRespondToInvitation(token);
  const [sending, setSending] = useState<InvitationState | null>(null);
  const [replied, setReplied] = useState(false);
  const [respondError, setRespondError] = useState<string>();

  if (loading && !data) {
    return (
      <PublicPageFrame title="Your invitation">
        <LoadingState label="Opening your invitation…" />
      </PublicPageFrame>
    );
  }

  if (error || !data) {
    const apiError = toApiError(error);
    if (apiError.reason === 'INVITATION_INVALID' || apiError.code === 'NOT_FOUND') {
      return (
        <PublicPageFrame title="This invitation link is not valid">
          <Text>
            Check that you opened the whole link from the e-mail. If it still does not work, write to the organisers of
            the meeting.
          </Text>
          <SignInLink />
        </PublicPageFrame>
      );
    }
    return (
      <PublicPageFrame title="Your invitation">
        <ErrorState
          message={apiError.message}
          onRetry={() => {
            void refetch();
          }}
        />
      </PublicPageFrame>
    );
  }

  const invitation = getFragmentData(invitationPreviewFragment, data.meetingInvitation);

  async function handleReply(response: InvitationState) {
    setSending(response);
    setRespondError(undefined);
    try {
      await respond(response);
      setReplied(true);
    } catch (caught) {
      const apiError = toApiError(caught);
      setRespondError((apiError.reason && respondMessages[apiError.reason]) ?? apiError.message);
      // Someone may have replied through the link in another tab: show where things stand now.
      void refetch();
    } finally {
      setSending(null);
    }
  }

  const place = [invitation.venue, invitation.city].filter(Boolean).join(', ');
  // Once the organisers have marked attendance, the reply is history, whatever the link allows.
  const attendanceMarked =
    invitation.state === InvitationState.ATTENDED || invitation.state === InvitationState.NO_SHOW;
  const canReply = invitation.open && !attendanceMarked;

  return (
    <PublicPageFrame
      title="Your invitation"
      description={
        <>
          For <ScriptText>{invitation.personName}</ScriptText>
        </>
      }
    >
      <Paper withBorder radius="sm" p="md" bg="gray.0">
        <Stack gap={4}>
          <Text fw={600}>
            <ScriptText>{invitation.meetingTitle}</ScriptText>
          </Text>
          <Text size="sm">{formatDateRange(invitation.startDate, invitation.endDate)}</Text>
          <Text size="sm">{place}</Text>
          <Text size="sm" c="dimmed">
            You are invited as {meetingRoleLabels[invitation.role].toLowerCase()}.
          </Text>
        </Stack>
      </Paper>

      {replied && (
        <Alert color="green" variant="light" role="status" title="Thank you: your reply has been sent">
          Your reply is now: <strong>{invitationStateLabels[invitation.state].toLowerCase()}</strong>. The organisers
          have been told. To change it later, sign in to Plenary.
        </Alert>
      )}

      {canReply ? (
        <Stack gap="xs">
          <Text fw={500} id="rsvp-question">
            Will you attend?
          </Text>
          <ReplyButtons
            label="Will you attend?"
            current={null}
            sending={sending}
            onReply={(response) => void handleReply(response)}
          />
        </Stack>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Text size="sm">Your reply:</Text>
            <InvitationStateBadge state={invitation.state} />
          </Group>
          {!replied && (
            <Text size="sm">
              {invitation.state === InvitationState.INVITED && 'Replies to this invitation have closed.'}
              {attendanceMarked && 'The organisers have recorded whether you attended the meeting.'}
              {!attendanceMarked && invitation.state !== InvitationState.INVITED && ALREADY_REPLIED_MESSAGE}
            </Text>
          )}
          <SignInLink />
        </Stack>
      )}

      {respondError !== undefined && (
        <Alert color="red" variant="light" role="alert" title="Your reply was not sent">
          {respondError}
        </Alert>
      )}

      {!invitation.hasAccount && (
        <Text size="sm" c="dimmed">
          The agenda and papers are kept on Plenary. The invitation e-mail also contains a link to set a password for
          your account there.
        </Text>
      )}
    </PublicPageFrame>
  );
}
