import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, signedOutViewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { signInMutation } from '../hooks/use-sign-in';
import { SignInRoute } from './sign-in-route';

const email = 'kim.minjun@example.org';

function signInMock(password: string, response: 'wrong-credentials' | 'too-many' | 'success') {
  const variables = { input: { email, password } };
  switch (response) {
    case 'wrong-credentials':
      return {
        request: { query: signInMutation, variables },
        result: { errors: [apiError('Wrong e-mail or password.', 'UNAUTHENTICATED', 'WRONG_CREDENTIALS')] },
      };
    case 'too-many':
      return {
        request: { query: signInMutation, variables },
        result: {
          errors: [apiError('Too many attempts.', 'TOO_MANY_REQUESTS', 'TOO_MANY_SIGN_IN_ATTEMPTS')],
        },
      };
    case 'success':
      return {
        request: { query: signInMutation, variables },
        result: {
          data: {
            signIn: {
              __typename: 'SignInPayload' as const,
              user: {
                __typename: 'User' as const,
                id: 'user-kim',
                email,
                isPlatformAdmin: false,
                person: { __typename: 'Person' as const, id: 'person-kim', name: '김민준', honorific: null },
                canConveneFor: [],
              },
            },
          },
        },
      };
  }
}

const routes = [
  { path: '/sign-in', element: <SignInRoute /> },
  { path: '/', element: <p>What needs you</p> },
  { path: '/meetings', element: <p>Meetings page</p> },
  { path: '/meetings/:id', element: <p>One meeting</p> },
];

async function signIn(user: ReturnType<typeof renderRoute>['user'], password: string) {
  await user.type(screen.getByLabelText(/^E-mail address/), email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('shows the wrong-credentials error the server returns and stays on the page', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/sign-in',
      mocks: [signedOutViewerMock, signInMock('not my password', 'wrong-credentials')],
    });

    await signIn(user, 'not my password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The e-mail address or the password is not right. Check both and try again.',
    );
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByText('Meetings page')).not.toBeInTheDocument();
  });

  it('tells the person to wait after too many attempts', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: '/sign-in',
      mocks: [signedOutViewerMock, signInMock('guess number nine', 'too-many')],
    });

    await signIn(user, 'guess number nine');

    expect(await screen.findByRole('alert')).toHaveTextContent(/too many attempts.*wait a few minutes/i);
  });

  it('returns to the page the person wanted once signed in', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: { pathname: '/sign-in', state: { from: { pathname: '/meetings/m-1', search: '', hash: '' } } },
      mocks: [signedOutViewerMock, signInMock('correct horse battery', 'success')],
    });

    await signIn(user, 'correct horse battery');

    expect(await screen.findByText('One meeting')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/meetings/m-1');
  });

  it('lands on what needs the person once signed in, when no page sent them', async () => {
    const { user, router } = renderRoute({
      routes,
      initialEntry: '/sign-in',
      mocks: [signedOutViewerMock, signInMock('correct horse battery', 'success')],
    });

    await signIn(user, 'correct horse battery');

    expect(await screen.findByText('What needs you')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('refuses an empty form without asking the server', async () => {
    const { user } = renderRoute({ routes, initialEntry: '/sign-in', mocks: [signedOutViewerMock] });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText(/^E-mail address/)).toHaveAccessibleDescription('Enter your e-mail address.');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('Enter your password.');
  });
});
