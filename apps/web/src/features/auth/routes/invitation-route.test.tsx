import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, signedOutViewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { InvitationRoute, invitationQuery } from './invitation-route';

const routes = [
  { path: '/invitation/:token', element: <InvitationRoute /> },
  { path: '/meetings', element: <p>Meetings page</p> },
];

function invitationMock(state: 'PENDING' | 'EXPIRED' | 'USED') {
  return {
    request: { query: invitationQuery, variables: { token: 'token-123' } },
    result: {
      data: {
        accountInvitation: {
          __typename: 'AccountInvitationPreview' as const,
          name: 'Анна Иванова',
          email: 'anna.ivanova@example.org',
          state,
          expiresAt: '2019-11-20T09:00:00.000Z',
        },
      },
    },
  };
}

describe('invitation page', () => {
  it('says an expired link has expired and whom to ask for a new one', async () => {
    renderRoute({
      routes,
      initialEntry: '/invitation/token-123',
      mocks: [signedOutViewerMock, invitationMock('EXPIRED')],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has expired. Ask the person who invited you to send a new one.',
    );
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
  });

  it('says an unknown link is not valid', async () => {
    renderRoute({
      routes,
      initialEntry: '/invitation/token-123',
      mocks: [
        signedOutViewerMock,
        {
          request: { query: invitationQuery, variables: { token: 'token-123' } },
          result: { errors: [apiError('Invalid invitation.', 'BAD_USER_INPUT', 'INVITATION_INVALID')] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation link is not valid' }),
    ).toBeInTheDocument();
  });

  it('greets the invited person by name and asks for a password of the minimum length', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: '/invitation/token-123',
      mocks: [signedOutViewerMock, invitationMock('PENDING')],
    });

    expect(await screen.findByText('Анна Иванова')).toBeInTheDocument();
    expect(screen.getByText('anna.ivanova@example.org')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^New password/), 'short');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use at least 10 characters.')).toBeInTheDocument();
  });
});
