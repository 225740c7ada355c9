import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { NotificationDelivery, NotificationKind } from '../../../__generated__/graphql';
import { notificationPreferencesQuery } from '../graphql/notification-queries';

export const setNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $delivery: NotificationDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      label
      delivery
    }
  }
`);

/**
 * Saves how one kind of notification is e-mailed. A preference has no id of its own, so the cached
 * list is updated here: at once, and again with the server's answer (a refusal rolls it back).
 */
export function useSetNotificationPreference() {
  const [mutate] = useMutation(setNotificationPreferenceMutation, {
    update(cache, { data }) {
      if (!data) return;
      const saved = data.setNotificationPreference;
      cache.updateQuery({ query: notificationPreferencesQuery }, (current) =>
        current
          ? {
              notificationPreferences: current.notificationPreferences.map((preference) =>
                preference.kind === saved.kind ? { ...preference, delivery: saved.delivery } : preference,
              ),
            }
          : current,
      );
    },
  });
  return async (kind: NotificationKind, label: string, delivery: NotificationDelivery): Promise<void> => {
    await mutate({
      variables: { kind, delivery },
      optimisticResponse: {
        setNotificationPreference: { __typename: 'NotificationPreference', kind, label, delivery },
      },
    });
  };
}
