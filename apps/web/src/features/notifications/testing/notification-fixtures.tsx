import type { MockLink } from '@apollo/client/testing';
import { renderRoute, subscriptionServer, type RenderRouteOptions } from '../../../test/render';
import { unreadNotificationCountQuery } from '../graphql/notification-queries';
import { notificationEventsSubscription } from '../hooks/use-unread-notification-count';

export function notificationFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Notification' as const,
    id,
    title: 'A comment round is open for you',
    body: 'Round 1 on “Memorandum on Security Cooperation in Northeast Asia” closes on 15 March 2020.',
    path: '/documents/doc-memo-nea',
    createdAt: '2020-03-01T02:00:00.000Z',
    readAt: null as string | null,
    ...overrides,
  };
}

/** What the header's bell asks for, for tests that render pages inside the app's layout. */
export function notificationBellMocks(unreadCount = 0): MockLink.MockedResponse[] {
  return [
    { request: { query: unreadNotificationCountQuery }, result: { data: { unreadNotificationCount: unreadCount } } },
    {
      request: { query: notificationEventsSubscription },
      result: { data: { notificationEvents: { __typename: 'NotificationEvent', unreadCount } } },
    },
  ];
}

/**
 * The server's side of `notificationEvents`: a test pushes each new unread count, as the API does
 * at once on subscribe and whenever the count changes.
 */
export function notificationEventsServer() {
  return subscriptionServer((unreadCount: number) => ({
    notificationEvents: { __typename: 'NotificationEvent', unreadCount },
  }));
}

/** As `renderRoute`, with subscriptions answered by a `notificationEventsServer` the test drives. */
export function renderWithNotificationEvents(options: Omit<RenderRouteOptions, 'subscriptions'>) {
  const events = notificationEventsServer();
  return { ...renderRoute({ ...options, subscriptions: events.link }), events };
}
