import { useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Box, Group, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { notificationListFragment, notificationsQuery } from '../graphql/notification-queries';
import { useUnreadNotificationCount } from '../hooks/use-unread-notification-count';
import { MarkAllReadButton } from './mark-all-read-button';
import { NotificationList } from './notification-list';

/** How many the header's list shows; the rest are on the notifications page. */
export const LATEST_NOTIFICATIONS = 10;

/** "Notifications, 3 unread": the bell's name, so the count is heard as well as seen. */
export function bellLabel(unread: number | null): string {
  if (unread === null) return 'Notifications';
  return unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
}

function BellIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden>
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

interface LatestNotificationsProps {
  unread: number | null;
  onFollow: () => void;
}

/** The popover's content, fetched afresh each time it opens. */
function LatestNotifications({ unread, onFollow }: LatestNotificationsProps) {
  const { data, loading, error } = useQuery(notificationsQuery, {
    variables: { limit: LATEST_NOTIFICATIONS },
    fetchPolicy: 'cache-and-network',
  });
  const notifications = data?.notifications ?? [];
  const listHasUnread = notifications.some((ref) => getFragmentData(notificationListFragment, ref).readAt === null);

  function renderList() {
    if (loading && !data) {
      return (
        <Text size="sm" c="dimmed" p="sm" role="status">
          Loading your notifications…
        </Text>
      );
    }
    if (error && !data) {
      return (
        <Text size="sm" c="red" p="sm" role="alert">
          Your notifications could not be loaded. {toApiError(error).message}
        </Text>
      );
    }
    if (notifications.length === 0) {
      return (
        <Text size="sm" c="dimmed" p="sm">
          Nothing yet. You are told here about invitations, comment rounds, decisions and follow-ups.
        </Text>
      );
    }
    return (
      <ScrollArea.Autosize mah="min(60vh, 28rem)" type="auto">
        <NotificationList notifications={notifications} onFollow={onFollow} />
      </ScrollArea.Autosize>
    );
  }

  return (
    <>
      <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
        <Text fw={600} size="sm">
          Notifications
        </Text>
        <MarkAllReadButton hasUnread={listHasUnread || (unread ?? 0) > 0} />
      </Group>
      <Box style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>{renderList()}</Box>
      <Group justify="center" p="xs">
        <Anchor component={Link} to="/notifications" size="sm" onClick={onFollow}>
          All notifications
        </Anchor>
      </Group>
    </>
  );
}

/** The header's bell: the unread count, kept live, and the latest notifications a click away. */
export function NotificationBell() {
  const unread = useUnreadNotificationCount();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <Popover
      opened={opened}
      onChange={(next) => {
        if (!next) close();
      }}
      position="bottom-end"
      width="min(24rem, calc(100vw - 2rem))"
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      <Indicator
        // The button's name already says the count; the badge only shows it.
        label={<span aria-hidden>{unread !== null && unread > 99 ? '99+' : unread}</span>}
        disabled={unread === null || unread === 0}
        size={18}
        offset={4}
        color="red"
      >
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={bellLabel(unread)} onClick={toggle}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0}>
        <LatestNotifications unread={unread} onFollow={close} />
      </Popover.Dropdown>
    </Popover>
  );
}
