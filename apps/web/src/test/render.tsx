import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { MantineProvider } from '@mantine/core';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormattedExecutionResult } from 'graphql';
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from 'react-router';
import { Observable, type Observer } from 'rxjs';
import { createCache } from '../app/cache';
import { cssVariablesResolver, theme } from '../app/theme';

export interface RenderRouteOptions {
  /** The route under test and any routes it navigates to. */
  routes: RouteObject[];
  /** The address (and location state) the test starts at. */
  initialEntry: InitialEntry;
  mocks: readonly MockLink.MockedResponse[];
  /** Answers the subscriptions, for a test that drives what the server pushes; `mocks` answer the rest. */
  subscriptions?: ApolloLink;
}

/** Renders routes as the app does, with Mantine (no transitions or portals), the app's cache and mocked GraphQL. */
export function renderRoute({ routes, initialEntry, mocks, subscriptions }: RenderRouteOptions) {
  const link = subscriptions
    ? ApolloLink.split(({ query }) => isSubscriptionOperation(query), subscriptions, new MockLink(mocks))
    : new MockLink(mocks);
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const user = userEvent.setup();
  const view = render(
    <MockedProvider link={link} cache={createCache()}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { ...view, user, router };
}

/**
 * The server's side of a subscription, for `subscriptions`: a test pushes each event (made by
 * `event`), as the API would. MockLink's subscriptions answer only once.
 */
export function subscriptionServer<Args extends unknown[]>(event: (...args: Args) => Record<string, unknown>) {
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
  /** Sends the event to every subscriber, and lets the cache tell the components. */
  async function push(...args: Args) {
    await act(async () => {
      for (const subscriber of subscribers) subscriber.next({ data: event(...args) });
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
