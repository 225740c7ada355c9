import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormattedExecutionResult } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Observable, type Observer } from 'rxjs';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createCache } from '../../../app/cache';
import { cssVariablesResolver, theme } from '../../../app/theme';
import type { RenderRouteOptions } from '../../../test/render';
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
 * at once on subscribe and whenever the count changes. MockLink's subscriptions answer only once.
 */
export function notificationEventsServer() {
  const subscribers = new Set<Observer<FormattedExecutionResult>>();
  const link = new ApolloLink(
    () =>
      new Observable<FormattedExecutionResult>((observer) => {
        subscribers.add(observer);
        return () => {
          subscribers.delete(observer);
        };
      }),
  );
  /** Sends the count to every subscriber, and lets the cache tell the components. */
  async function push(unreadCount: number) {
    await act(async () => {
      for (const subscriber of subscribers) {
        subscriber.next({ data: { notificationEvents: { __typename: 'NotificationEvent', unreadCount } } });
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
  return {
    link,
    push,
    get subscriberCount() {
      return subscribers.size;
    },
  };
}

/** As `renderRoute`, with subscriptions answered by a `notificationEventsServer` the test drives. */
export function renderWithNotificationEvents({ routes, initialEntry, mocks }: RenderRouteOptions) {
  const events = notificationEventsServer();
  const link = ApolloLink.split(({ query }) => isSubscriptionOperation(query), events.link, new MockLink(mocks));
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const user = userEvent.setup();
  const view = render(
    <MockedProvider link={link} cache={createCache()}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { ...view, user, router, events };
}
