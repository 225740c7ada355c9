import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { toApiError } from '../../../lib/api-error';
import { graphql } from '../../../__generated__';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PublicPageFrame } from '../../../ui/public-page-frame';
import { ScriptText } from '../../../ui/script-text';
import { Moment } from '../../../ui/moment';
import { SetPasswordForm } from '../components/set-password-form';
import { DEFAULT_RETURN_TO } from '../hooks/use-return-to';

export const invitationQuery = graphql(`
  query AccountInvitation($token: String!) {
    accountInvitation(token: $token) {
      name
      email
      state
      expiresAt
    }
  }
`);

function SignInLink() {
  return (
    <Anchor component={Link} to="/sign-in">
      Go to the sign-in page
    </Anchor>
  );
}

/** Where the one-time link in an invitation e-mail leads: the person chooses a password. */
export function InvitationRoute() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(invitationQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });

  if (loading) {
    return (
      <PublicPageFrame title="Your invitation">
        <LoadingState label="Checking your invitation link…" />
      </PublicPageFrame>
    );
  }

  if (error || !data) {
    const apiError = toApiError(error);
    if (apiError.reason === 'INVITATION_INVALID' || apiError.code === 'NOT_FOUND') {
      return (
        <PublicPageFrame title="This invitation link is not valid">
          <Text>
            Check that you opened the whole link from the e-mail. If it still does not work, ask the person who invited
            you to send a new one.
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

  const invitation = data.accountInvitation;
  switch (invitation.state) {
    case 'EXPIRED':
      return (
        <PublicPageFrame title="This link has expired">
          <Alert color="yellow" variant="light" role="alert">
            This link has expired. Ask the person who invited you to send a new one.
          </Alert>
          <SignInLink />
        </PublicPageFrame>
      );
    case 'USED':
      return (
        <PublicPageFrame title="This link has already been used">
          <Text>
            A password has already been set with this link. Sign in with your e-mail address and that password.
          </Text>
          <SignInLink />
        </PublicPageFrame>
      );
    case 'PENDING':
      return (
        <PublicPageFrame
          title="Set your password"
          description={
            <>
              Welcome, <ScriptText>{invitation.name}</ScriptText>. Choose a password to finish opening your Plenary
              account.
            </>
          }
        >
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              Your account
            </Text>
            <Text fw={500}>{invitation.email}</Text>
            <Text size="sm" c="dimmed">
              This link works until <Moment at={invitation.expiresAt} />.
            </Text>
          </Stack>
          <SetPasswordForm
            token={token}
            email={invitation.email}
            onAccepted={() => {
              void navigate(DEFAULT_RETURN_TO, { replace: true });
            }}
          />
        </PublicPageFrame>
      );
  }
}
