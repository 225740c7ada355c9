import { formatDateTime } from '../../../ui/time-zone';

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "12 minutes ago", "3 hours ago", "yesterday"; past a week, the date and time. */
export function formatWhen(iso: string, now: number): string {
  const elapsed = now - new Date(iso).getTime();
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  return formatDateTime(iso);
}

export interface NotificationTimeProps {
  createdAt: string;
  /** The moment the list was shown (ms since the epoch), which "3 hours ago" counts from. */
  now: number;
}

/** When a notification came, relative while recent, with the exact moment (viewer's time zone) on hover. */
export function NotificationTime({ createdAt, now }: NotificationTimeProps) {
  return (
    <time dateTime={createdAt} title={formatDateTime(createdAt)}>
      {formatWhen(createdAt, now)}
    </time>
  );
}
