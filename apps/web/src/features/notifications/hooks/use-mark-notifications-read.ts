import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

export const markAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** Lowers the cached unread count at once; the next pushed count confirms it. */
function lowerUnreadCount(cache: ApolloCache, by: number) {
  if (by === 0) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      unreadNotificationCount: (count: number) => Math.max(0, count - by),
    },
  });
}

/** What a notification list needs to know to mark one read. */
export interface NotificationReadState {
  id: string;
  readAt: string | null;
}

/**
 * Marks notifications read. Lists show them read, and the count drops, before the server answers:
 * the person has already followed the link.
 */
export function useMarkNotificationsRead() {
  const [mutate] = useMutation(markNotificationsReadMutation);
  return async (notifications: readonly NotificationReadState[]): Promise<void> => {
    const unread = notifications.filter((notification) => notification.readAt === null);
    if (unread.length === 0) return;
    const readAt = new Date().toISOString();
    await mutate({
      variables: { ids: unread.map((notification) => notification.id) },
      optimisticResponse: {
        markNotificationsRead: unread.map(({ id }) => ({ __typename: 'Notification' as const, id, readAt })),
      },
      // Runs on the optimistic layer and again on the server's answer, each time against a cache where these were unread.
      update(cache) {
        lowerUnreadCount(cache, unread.length);
      },
    });
  };
}

/** Marks every notification read: each one in the cached lists, and the count, once the server has done it. */
export function useMarkAllNotificationsRead() {
  const [mutate, { loading }] = useMutation(markAllNotificationsReadMutation, {
    update(cache, { data }) {
      if (!data) return;
      const readAt = new Date().toISOString();
      const unread = new Set<string>();
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          unreadNotificationCount: () => 0,
          // Every list asked for (ten in the header, a hundred on the page) is visited.
          notifications(existing: readonly Reference[], { readField }) {
            for (const ref of existing) {
              if (readField('readAt', ref) === null) unread.add(ref.__ref);
            }
            return existing;
          },
        },
      });
      for (const id of unread) {
        cache.modify({ id, fields: { readAt: (value: string | null) => value ?? readAt } });
      }
    },
  });
  const markAllRead = async (): Promise<void> => {
    await mutate();
  };
  return { markAllRead, loading };
}
