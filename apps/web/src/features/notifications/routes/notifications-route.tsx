import { useQuery } from '@apollo/client/react';
import { Button, Paper, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { MarkAllReadButton } from '../components/mark-all-read-button';
import { NotificationList } from '../components/notification-list';
import { notificationListFragment, notificationsQuery } from '../graphql/notification-queries';

/** The page shows this many, newest first; older ones are kept but not listed. */
export const NOTIFICATIONS_PAGE_LIMIT = 100;

/** Everything the viewer was told about, newest first: `/notifications`. */
export function NotificationsRoute() {
  useDocumentTitle('Notifications');
  const { data, loading, error, refetch } = useQuery(notificationsQuery, {
    variables: { limit: NOTIFICATIONS_PAGE_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const { message, announce } = useAnnouncement();
  const notifications = data?.notifications ?? [];
  const hasUnread = notifications.some((ref) => getFragmentData(notificationListFragment, ref).readAt === null);

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading your notifications…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="Your notifications could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    if (notifications.length === 0) {
      return (
        <EmptyState
          title="No notifications"
          description="You are told here when you are invited to a meeting, when a comment round opens or is about to close, when your comments are answered, and when documents and recommendations move on."
        />
      );
    }
    return (
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <NotificationList notifications={notifications} />
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Notifications"
        description={`Your latest ${NOTIFICATIONS_PAGE_LIMIT} notifications, newest first. Opening one marks it read.`}
        actions={
          <>
            <MarkAllReadButton
              hasUnread={hasUnread}
              onDone={() => {
                announce('All notifications are marked read.');
              }}
            />
            <Button component={Link} to="/settings/notifications" variant="default" size="compact-sm">
              Notification settings
            </Button>
          </>
        }
      />
      {renderContent()}
      <LiveRegion message={message} />
    </Stack>
  );
}
