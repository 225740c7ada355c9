import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { notificationsQuery } from '../graphql/notification-queries';
import { markAllNotificationsReadMutation } from '../hooks/use-mark-notifications-read';
import { notificationFixture, renderWithNotificationEvents } from '../testing/notification-fixtures';
import { NotificationsRoute } from './notifications-route';

const routes = [
  { path: '/notifications', element: <NotificationsRoute /> },
  { path: '/settings/notifications', element: <p>Settings page</p> },
];

describe('notifications page', () => {
  it('lists up to a hundred notifications, leads to the settings, and marks all read', async () => {
    const markAll = vi.fn(() => ({ data: { markAllNotificationsRead: 1 } }));
    const { user } = renderWithNotificationEvents({
      routes,
      initialEntry: '/notifications',
      mocks: [
        {
          request: { query: notificationsQuery, variables: { limit: 100 } },
          result: {
            data: {
              notifications: [
                notificationFixture('n-round'),
                notificationFixture('n-decided', {
                  title: 'The Steering Committee approved a memorandum',
                  readAt: '2020-04-02T02:00:00.000Z',
                }),
              ],
            },
          },
        },
        { request: { query: markAllNotificationsReadMutation }, result: markAll },
      ],
    });

    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getAllByText('Unread')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'A comment round is open for you' })).toHaveAttribute(
      'href',
      '/documents/doc-memo-nea',
    );
    expect(screen.getByRole('link', { name: 'Notification settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));

    await waitFor(() => {
      expect(within(list).queryAllByText('Unread')).toHaveLength(0);
    });
    expect(markAll).toHaveBeenCalledOnce();
    expect(await screen.findByText('All notifications are marked read.')).toBeInTheDocument();
  });
});
