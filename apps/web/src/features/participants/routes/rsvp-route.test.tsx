import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RespondToInvitationMutationVariables } from '../../../__generated__/graphql';
import { apiError } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { meetingInvitationQuery } from '../graphql/invitation-preview';
import { respondToInvitationMutation } from '../hooks/use-respond-to-invitation';
import { ALREADY_REPLIED_MESSAGE, RsvpRoute } from './rsvp-route';

const token = 'rsvp-token-123';

function invitation(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'InvitationPreview' as const,
    personName: '田中 裕子',
    meetingTitle: 'Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia',
    startDate: '2019-12-04',
    endDate: '2019-12-05',
    venue: 'ESCAP East and North-East Asia Office',
    city: 'Incheon',
    timeZone: 'Asia/Seoul',
    role: 'PRESENTER' as const,
    state: 'INVITED' as const,
    open: true,
    hasAccount: false,
    ...overrides,
  };
}

const routes = [
  { path: '/rsvp/:token', element: <RsvpRoute /> },
  { path: '/sign-in', element: <p>Sign-in page</p> },
];

function invitationMock(result: ReturnType<typeof invitation> | Error) {
  return {
    request: { query: meetingInvitationQuery, variables: { token } },
    result: result instanceof Error ? { errors: [result] } : { data: { meetingInvitation: result } },
  };
}

describe('reply link in a meeting invitation', () => {
  it('shows the meeting, accepts with one click and confirms the reply', async () => {
    const respond = vi.fn((_: RespondToInvitationMutationVariables) => ({
      data: { respondToInvitation: invitation({ state: 'ACCEPTED', open: false }) },
    }));
    const { user } = renderRoute({
      routes,
      initialEntry: `/rsvp/${token}`,
      mocks: [
        invitationMock(invitation()),
        { request: { query: respondToInvitationMutation, variables: () => true }, result: respond },
      ],
    });

    expect(await screen.findByText('田中 裕子')).toBeInTheDocument();
    expect(screen.getByText('4–5 December 2019')).toBeInTheDocument();
    expect(screen.getByText('ESCAP East and North-East Asia Office, Incheon')).toBeInTheDocument();
    expect(screen.getByText('You are invited as presenter.')).toBeInTheDocument();
    expect(screen.getByText(/also contains a link to set a password/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Accept' }));

    const confirmation = await screen.findByRole('status');
    expect(confirmation).toHaveTextContent('Thank you: your reply has been sent');
    expect(confirmation).toHaveTextContent('Your reply is now: accepted.');
    expect(respond.mock.calls[0]?.[0]).toEqual({ input: { token, response: 'ACCEPTED' } });
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });

  it('shows an earlier reply and sends the person to sign in to change it', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: `/rsvp/${token}`,
      mocks: [invitationMock(invitation({ state: 'TENTATIVE', open: false, hasAccount: true }))],
    });

    expect(await screen.findByText(ALREADY_REPLIED_MESSAGE)).toBeInTheDocument();
    expect(screen.getByText('Tentative')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByText(/set a password/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Sign in to Plenary' }));
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says so when the link is not valid', async () => {
    renderRoute({
      routes,
      initialEntry: `/rsvp/${token}`,
      mocks: [invitationMock(apiError('Not valid.', 'BAD_USER_INPUT', 'INVITATION_INVALID'))],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation link is not valid' }),
    ).toBeInTheDocument();
  });
});
