import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { homeQuery } from '../features/home/routes/home-route';
import { homeFixture } from '../features/home/testing/home-fixtures';
import { meetingsQuery } from '../features/meetings/routes/meetings-route';
import { meetingInvitationQuery } from '../features/participants/graphql/invitation-preview';
import { studyGroupsQuery } from '../features/study-groups/routes/study-groups-route';
import { signedOutViewerMock, viewerMock } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { routes } from './routes';

describe('app routes', () => {
  it('sends a signed-out visitor to sign in, remembering the page they asked for', async () => {
    const { router } = renderRoute({ routes, initialEntry: '/meetings/meeting-1', mocks: [signedOutViewerMock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.state).toMatchObject({ from: { pathname: '/meetings/meeting-1' } });
  });

  it('opens a meeting invitation’s reply link without signing in', async () => {
    const { router } = renderRoute({
      routes,
      initialEntry: '/rsvp/token-123',
      mocks: [
        signedOutViewerMock,
        {
          request: { query: meetingInvitationQuery, variables: { token: 'token-123' } },
          result: {
            data: {
              meetingInvitation: {
                __typename: 'InvitationPreview',
                personName: 'Анна Иванова',
                meetingTitle: 'Expert Group Meeting',
                startDate: '2019-12-04',
                endDate: '2019-12-05',
                venue: 'ESCAP East and North-East Asia Office',
                city: 'Incheon',
                timeZone: 'Asia/Seoul',
                role: 'PARTICIPANT',
                state: 'INVITED',
                open: true,
                hasAccount: true,
              },
            },
          },
        },
      ],
    });

    expect(await screen.findByRole('button', { name: 'Accept' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rsvp/token-123');
  });

  it('shows Administration in the navigation to platform administrators only', async () => {
    renderRoute({
      routes,
      initialEntry: '/meetings',
      mocks: [
        viewerMock({ isPlatformAdmin: true }),
        { request: { query: meetingsQuery }, result: { data: { meetings: [] } } },
      ],
    });

    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    expect(navigation).toHaveTextContent('Administration');
  });

  it('leads from the navigation to the study groups, marking the current section', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/meetings',
      mocks: [
        viewerMock(),
        { request: { query: meetingsQuery }, result: { data: { meetings: [] } } },
        { request: { query: studyGroupsQuery }, result: { data: { studyGroups: [] } } },
      ],
    });

    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(navigation).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'What needs you',
      'Meetings',
      'Study groups',
      'Recommendations',
    ]);
    await user.click(within(navigation).getByRole('link', { name: 'Study groups' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Study groups' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/study-groups');
    expect(within(navigation).getByRole('link', { name: 'Study groups' })).toHaveAttribute('aria-current', 'page');
  });

  it('lands a signed-in person on what needs them, with Meetings a click away', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/',
      mocks: [
        viewerMock(),
        { request: { query: homeQuery }, result: { data: { home: homeFixture() } } },
        { request: { query: meetingsQuery }, result: { data: { meetings: [] } } },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'What needs you' })).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'What needs you' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(navigation).getByRole('link', { name: 'Meetings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/meetings');
  });

  it('keeps Administration out of the navigation for everyone else, and says so at its address', async () => {
    renderRoute({ routes, initialEntry: '/admin', mocks: [viewerMock()] });

    expect(await screen.findByText('You do not have access')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).not.toHaveTextContent('Administration');
  });

  it('answers an unknown address with a page-not-found page', async () => {
    renderRoute({ routes, initialEntry: '/no-such-page', mocks: [viewerMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
