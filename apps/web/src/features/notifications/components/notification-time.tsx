import { formatDateTime, formatRelative, viewerTimeZone } from '../../../ui/time-zone';

const WEEK = 7 * 24 * 60 * 60_000;

/** "just now", "12 minutes ago", "3 hours ago", "yesterday"; past a week, the date and time. */
function formatWhen(iso: string, now: number, zone: string): string {
  const elapsed = now - Date.parse(iso);
  // A notification stamped a moment ahead of this clock came just now, not "in under a minute".
  if (elapsed <= 0) return 'just now';
  return elapsed < WEEK ? formatRelative(iso, now, zone) : formatDateTime(iso, zone);
}

export interface NotificationTimeProps {
  createdAt: string;
  /** The moment the list was shown (ms since the epoch), which "3 hours ago" counts from. */
  now: number;
}

/** When a notification came, relative while recent, with the exact moment (viewer's time zone) on hover. */
export function NotificationTime({ createdAt, now }: NotificationTimeProps) {
  const zone = viewerTimeZone();
  return (
    <time dateTime={createdAt} title={formatDateTime(createdAt, zone)}>
      {formatWhen(createdAt, now, zone)}
    </time>
  );
}
