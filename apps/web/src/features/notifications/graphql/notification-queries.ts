import { graphql } from '../../../__generated__';

/** A notification as the lists show it: what happened, when, where it leads, and whether it was read. */
export const notificationListFragment = graphql(`
  fragment NotificationList_notification on Notification {
    id
    title
    body
    path
    createdAt
    readAt
  }
`);

/** The viewer's latest notifications, newest first: ten in the header's list, a hundred on the page. */
export const notificationsQuery = graphql(`
  query Notifications($limit: Int!) {
    notifications(limit: $limit) {
      id
      ...NotificationList_notification
    }
  }
`);

export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** For every kind of notification, how the viewer is e-mailed about it. */
export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      label
      delivery
    }
  }
`);
