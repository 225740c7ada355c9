import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { getOperationAST } from 'graphql';
import { useEffect, useRef } from 'react';
import { graphql } from '../../../__generated__';
import { notificationsQuery, unreadNotificationCountQuery } from '../graphql/notification-queries';

const notificationsQueryName = getOperationAST(notificationsQuery)?.name?.value;

export const notificationEventsSubscription = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      unreadCount
    }
  }
`);

/**
 * How many of the viewer's notifications are unread (null until known), kept live. The subscription
 * answers at once and on every change, so it decides: its count goes into the cache, where marking
 * notifications read also lowers it. The plain query only fills the moment before the first push,
 * and is kept out of the cache so that a slower answer cannot overwrite a newer pushed count.
 */
export function useUnreadNotificationCount(): number | null {
  const client = useApolloClient();
  const pushed = useRef(false);
  const { data } = useQuery(unreadNotificationCountQuery, { fetchPolicy: 'cache-only' });
  const { data: fetched } = useQuery(unreadNotificationCountQuery, { fetchPolicy: 'no-cache' });

  // Only lists on screen: asking for a query no one shows would be refused with a warning.
  function refetchShownLists() {
    for (const observable of client.getObservableQueries('active')) {
      if (observable.queryName === notificationsQueryName) void observable.refetch();
    }
  }

  useSubscription(notificationEventsSubscription, {
    // The count is kept in the cache below; the event itself is only a signal.
    fetchPolicy: 'no-cache',
    onData: ({ data: { data: event } }) => {
      if (!event) return;
      pushed.current = true;
      const unreadCount = event.notificationEvents.unreadCount;
      const known = client.cache.readQuery({ query: unreadNotificationCountQuery })?.unreadNotificationCount;
      client.cache.writeQuery({ query: unreadNotificationCountQuery, data: { unreadNotificationCount: unreadCount } });
      // A count this tab did not expect means notifications arrived, or were read elsewhere: lists on screen are stale.
      if (known !== undefined && known !== unreadCount) refetchShownLists();
    },
  });

  const initial = fetched?.unreadNotificationCount;
  useEffect(() => {
    if (initial === undefined || pushed.current) return;
    client.cache.writeQuery({ query: unreadNotificationCountQuery, data: { unreadNotificationCount: initial } });
  }, [client, initial]);

  return data?.unreadNotificationCount ?? null;
}
