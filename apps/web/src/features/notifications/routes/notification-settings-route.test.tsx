import { screen, waitFor, within } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { SetNotificationPreferenceMutationVariables } from '../../../__generated__/graphql';
import { apiError } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { notificationPreferencesQuery } from '../graphql/notification-queries';
import { setNotificationPreferenceMutation } from '../hooks/use-set-notification-preference';
import { NotificationSettingsRoute } from './notification-settings-route';

const routes = [
  { path: '/settings/notifications', element: <NotificationSettingsRoute /> },
  { path: '/notifications', element: <p>Notification centre</p> },
];

function preference(kind: string, label: string, delivery: string) {
  return { __typename: 'NotificationPreference' as const, kind, label, delivery };
}

const preferencesMock = {
  request: { query: notificationPreferencesQuery },
  result: {
    data: {
      notificationPreferences: [
        preference('INVITATION_RECEIVED', 'Invitations to meetings', 'IMMEDIATE'),
        preference('ROUND_CLOSING', 'Reminders before a round closes', 'DAILY_DIGEST'),
      ],
    },
  },
};

function renderSettings(result: (variables: SetNotificationPreferenceMutationVariables) => FormattedExecutionResult) {
  const save = vi.fn(result);
  const view = renderRoute({
    routes,
    initialEntry: '/settings/notifications',
    mocks: [
      preferencesMock,
      { request: { query: setNotificationPreferenceMutation, variables: () => true }, result: save },
    ],
  });
  return { ...view, save };
}

describe('notification settings', () => {
  it('offers each kind at once or in a daily digest, and says everything also reaches the notification centre', async () => {
    renderSettings(() => ({ data: null }));

    const invitations = await screen.findByRole('radiogroup', { name: 'Invitations to meetings' });
    expect(within(invitations).getByRole('radio', { name: 'E-mail at once' })).toBeChecked();
    expect(within(invitations).getByRole('radio', { name: 'Daily digest' })).not.toBeChecked();
    const reminders = screen.getByRole('radiogroup', { name: 'Reminders before a round closes' });
    expect(within(reminders).getByRole('radio', { name: 'Daily digest' })).toBeChecked();
    expect(screen.getByText(/Daily digests go out once a day/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'notification centre' })).toHaveAttribute('href', '/notifications');
  });

  it('saves a changed delivery for that kind only', async () => {
    const { user, save } = renderSettings((variables) => ({
      data: { setNotificationPreference: preference(variables.kind, 'Invitations to meetings', variables.delivery) },
    }));

    const invitations = await screen.findByRole('radiogroup', { name: 'Invitations to meetings' });
    await user.click(within(invitations).getByRole('radio', { name: 'Daily digest' }));

    expect(await screen.findByText('Saved: Invitations to meetings, Daily digest.')).toBeInTheDocument();
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]?.[0]).toEqual({ kind: 'INVITATION_RECEIVED', delivery: 'DAILY_DIGEST' });
    expect(within(invitations).getByRole('radio', { name: 'Daily digest' })).toBeChecked();
    expect(within(invitations).getByRole('radio', { name: 'E-mail at once' })).not.toBeChecked();
    const reminders = screen.getByRole('radiogroup', { name: 'Reminders before a round closes' });
    expect(within(reminders).getByRole('radio', { name: 'Daily digest' })).toBeChecked();
  });

  it('goes back to the saved choice when the server refuses the change', async () => {
    const { user, save } = renderSettings(() => ({
      errors: [apiError('Something went wrong on our side.', 'INTERNAL_SERVER_ERROR', 'INTERNAL')],
    }));

    const invitations = await screen.findByRole('radiogroup', { name: 'Invitations to meetings' });
    await user.click(within(invitations).getByRole('radio', { name: 'Daily digest' }));

    await waitFor(() => {
      expect(save).toHaveBeenCalledOnce();
    });
    await waitFor(() => {
      expect(within(invitations).getByRole('radio', { name: 'E-mail at once' })).toBeChecked();
    });
    expect(screen.queryByText(/^Saved:/)).not.toBeInTheDocument();
  });
});
