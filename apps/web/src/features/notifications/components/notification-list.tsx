import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { notificationListFragment } from '../graphql/notification-queries';
import { useMarkNotificationsRead } from '../hooks/use-mark-notifications-read';
import { NotificationTime } from './notification-time';

export interface NotificationListProps {
  notifications: readonly FragmentType<typeof notificationListFragment>[];
  /** Called as the person follows a notification's link, e.g. to close the header's popover. */
  onFollow?: () => void;
}

/** Notifications newest first, unread ones marked; following one marks it read. */
export function NotificationList({ notifications, onFollow }: NotificationListProps) {
  const markRead = useMarkNotificationsRead();
  // "3 hours ago" counts from when the list was shown.
  const [now] = useState(Date.now);

  async function handleFollow(notification: { id: string; readAt: string | null }) {
    onFollow?.();
    try {
      await markRead([notification]);
    } catch (error) {
      toasts.show({
        color: 'red',
        title: 'The notification is still marked unread',
        message: toApiError(error).message,
      });
    }
  }

  return (
    <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
      {notifications.map((ref) => {
        const notification = getFragmentData(notificationListFragment, ref);
        const unread = notification.readAt === null;
        return (
          <Stack
            component="li"
            key={notification.id}
            gap={2}
            py="xs"
            px="sm"
            bg={unread ? 'var(--mantine-color-plenary-light)' : undefined}
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            <Group gap="xs" wrap="nowrap" align="baseline" justify="space-between">
              <Anchor
                component={Link}
                to={notification.path}
                fw={unread ? 700 : 500}
                size="sm"
                onClick={() => void handleFollow(notification)}
              >
                {notification.title}
              </Anchor>
              {unread && (
                <Badge size="xs" variant="filled" style={{ flexShrink: 0 }}>
                  Unread
                </Badge>
              )}
            </Group>
            <Text size="sm">{notification.body}</Text>
            <Text size="xs" c="dimmed">
              <NotificationTime createdAt={notification.createdAt} now={now} />
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
