import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from 'react-router';
import { createCache } from '../app/cache';
import { cssVariablesResolver, theme } from '../app/theme';

export interface RenderRouteOptions {
  /** The route under test and any routes it navigates to. */
  routes: RouteObject[];
  /** The address (and location state) the test starts at. */
  initialEntry: InitialEntry;
  mocks: readonly MockLink.MockedResponse[];
}

/** Renders routes as the app does, with Mantine (no transitions or portals), the app's cache and mocked GraphQL. */
export function renderRoute({ routes, initialEntry, mocks }: RenderRouteOptions) {
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const user = userEvent.setup();
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <RouterProvider router={router} />
      </MantineProvider>
    </MockedProvider>,
  );
  return { ...view, user, router };
}
