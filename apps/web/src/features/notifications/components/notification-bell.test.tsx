import { screen, waitFor, within } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import { Outlet } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { MarkNotificationsReadMutationVariables } from '../../../__generated__/graphql';
import { notificationsQuery, unreadNotificationCountQuery } from '../graphql/notification-queries';
import { markAllNotificationsReadMutation, markNotificationsReadMutation } from '../hooks/use-mark-notifications-read';
import { notificationFixture, renderWithNotificationEvents } from '../testing/notification-fixtures';
import { NotificationBell } from './notification-bell';

const routes = [
  {
    element: (
      <>
        <NotificationBell />
        <Outlet />
      </>
    ),
    children: [
      { path: '/meetings', element: <p>Meetings page</p> },
      { path: '/meetings/:meetingId', element: <p>Meeting page</p> },
      { path: '/documents/:documentId', element: <p>Document page</p> },
      { path: '/notifications', element: <p>All notifications page</p> },
    ],
  },
];

type Mocks = Parameters<typeof renderWithNotificationEvents>[0]['mocks'];

function countMock(unreadNotificationCount: number, delay = 0) {
  return { request: { query: unreadNotificationCountQuery }, result: { data: { unreadNotificationCount } }, delay };
}

/** The header's list; when opened again it shows what the cache holds, as the server's answer never comes. */
function latestMocks(notifications: ReturnType<typeof notificationFixture>[]) {
  const request = { query: notificationsQuery, variables: { limit: 10 } };
  return [
    { request, result: { data: { notifications } } },
    { request, result: { data: { notifications } }, delay: 60_000, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
}

const roundOpened = notificationFixture('n-round');
const invitation = notificationFixture('n-invitation', {
  title: 'You are invited to a meeting',
  body: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia, 4–5 December 2019.',
  path: '/meetings/meeting-egm-2019',
  createdAt: '2019-11-01T02:00:00.000Z',
  readAt: '2019-11-02T02:00:00.000Z',
});

function renderBell(mocks: Mocks) {
  return renderWithNotificationEvents({ routes, initialEntry: '/meetings', mocks });
}

describe('notification bell', () => {
  it('shows the unread count the subscription pushes, and each new count as it arrives', async () => {
    const { events } = renderBell([countMock(2)]);

    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });

    await events.push(3);
    expect(screen.getByRole('button', { name: 'Notifications, 3 unread' })).toBeInTheDocument();

    await events.push(0);
    expect(screen.getByRole('button', { name: 'Notifications, none unread' })).toBeInTheDocument();
  });

  it('keeps the pushed count when the plain query answers later with an older one', async () => {
    const { events } = renderBell([countMock(7, 50)]);
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });

    await events.push(4);
    expect(screen.getByRole('button', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
    // Longer than the query's delay: its answer has come and gone.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(screen.getByRole('button', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
  });

  it('lists the latest notifications, unread ones marked; following one marks it read and lowers the count', async () => {
    const markRead = vi.fn((variables: MarkNotificationsReadMutationVariables): FormattedExecutionResult => ({
      data: {
        markNotificationsRead: [variables.ids].flat().map((id) => ({
          __typename: 'Notification',
          id,
          readAt: '2020-03-02T09:00:00.000Z',
        })),
      },
    }));
    const { user, router, events } = renderBell([
      countMock(2),
      ...latestMocks([roundOpened, invitation]),
      { request: { query: markNotificationsReadMutation, variables: () => true }, result: markRead },
    ]);
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });
    await events.push(2);

    await user.click(screen.getByRole('button', { name: 'Notifications, 2 unread' }));
    const popover = await screen.findByRole('dialog');
    const round = await within(popover).findByRole('link', { name: 'A comment round is open for you' });
    const items = within(popover).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Unread');
    expect(items[0]).toHaveTextContent(/Round 1 on “Memorandum on Security Cooperation/);
    expect(items[1]).not.toHaveTextContent('Unread');
    expect(within(popover).getByRole('link', { name: 'All notifications' })).toHaveAttribute('href', '/notifications');

    await user.click(round);

    expect(await screen.findByText('Document page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/documents/doc-memo-nea');
    await waitFor(() => {
      expect(markRead).toHaveBeenCalledOnce();
    });
    expect(markRead.mock.calls[0]?.[0]).toEqual({ ids: ['n-round'] });
    // Lowered once, not once for the optimistic answer and again for the server's.
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Notifications, 1 unread' }));
    const reopened = await screen.findByRole('dialog');
    await waitFor(() => {
      expect(within(reopened).getAllByRole('listitem')).toHaveLength(2);
    });
    expect(reopened).not.toHaveTextContent('Unread');
  });

  it('brings a notification that arrives while the list is open into the list', async () => {
    const request = { query: notificationsQuery, variables: { limit: 10 } };
    const decided = notificationFixture('n-decided', { title: 'The Steering Committee approved a memorandum' });
    const { user, events } = renderBell([
      countMock(1),
      { request, result: { data: { notifications: [roundOpened] } } },
      { request, result: { data: { notifications: [decided, roundOpened] } } },
    ]);
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });
    await events.push(1);
    await user.click(screen.getByRole('button', { name: 'Notifications, 1 unread' }));
    const popover = await screen.findByRole('dialog');
    await within(popover).findByRole('link', { name: 'A comment round is open for you' });

    await events.push(2);

    expect(
      await within(popover).findByRole('link', { name: 'The Steering Committee approved a memorandum' }),
    ).toBeInTheDocument();
    expect(within(popover).getAllByRole('listitem')).toHaveLength(2);
  });

  it('does not mark read again a notification that was already read', async () => {
    const markRead = vi.fn(() => ({ data: { markNotificationsRead: [] } }));
    const { user, router, events } = renderBell([
      countMock(0),
      ...latestMocks([invitation]),
      { request: { query: markNotificationsReadMutation, variables: () => true }, result: markRead },
    ]);
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });
    await events.push(0);

    await user.click(screen.getByRole('button', { name: 'Notifications, none unread' }));
    await user.click(await screen.findByRole('link', { name: 'You are invited to a meeting' }));

    expect(router.state.location.pathname).toBe('/meetings/meeting-egm-2019');
    expect(markRead).not.toHaveBeenCalled();
  });

  it('marks everything read from the list', async () => {
    const markAll = vi.fn(() => ({ data: { markAllNotificationsRead: 2 } }));
    const second = notificationFixture('n-second', { title: 'Dispositions of your comments are published' });
    const { user, events } = renderBell([
      countMock(2),
      ...latestMocks([roundOpened, second]),
      { request: { query: markAllNotificationsReadMutation }, result: markAll },
    ]);
    await waitFor(() => {
      expect(events.subscriberCount).toBe(1);
    });
    await events.push(2);

    await user.click(screen.getByRole('button', { name: 'Notifications, 2 unread' }));
    const popover = await screen.findByRole('dialog');
    await waitFor(() => {
      expect(within(popover).getAllByText('Unread')).toHaveLength(2);
    });
    await user.click(within(popover).getByRole('button', { name: 'Mark all read' }));

    await waitFor(() => {
      expect(within(popover).queryAllByText('Unread')).toHaveLength(0);
    });
    expect(markAll).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Notifications, none unread' })).toBeInTheDocument();
    expect(within(popover).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });
});
