import { Button } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { toApiError } from '../../../lib/api-error';
import { useMarkAllNotificationsRead } from '../hooks/use-mark-notifications-read';

export interface MarkAllReadButtonProps {
  /** Whether anything is unread; the button is disabled otherwise. */
  hasUnread: boolean;
  /** Told once everything is marked read, e.g. to announce it. */
  onDone?: () => void;
}

export function MarkAllReadButton({ hasUnread, onDone }: MarkAllReadButtonProps) {
  const { markAllRead, loading } = useMarkAllNotificationsRead();

  async function handleClick() {
    try {
      await markAllRead();
      onDone?.();
    } catch (error) {
      toasts.show({ color: 'red', title: 'Nothing was marked read', message: toApiError(error).message });
    }
  }

  return (
    <Button
      variant="subtle"
      size="compact-sm"
      disabled={!hasUnread}
      loading={loading}
      onClick={() => void handleClick()}
    >
      Mark all read
    </Button>
  );
}
