import { useState } from 'react';
import { Moment } from '../../../ui/moment';
import { formatRelative, viewerTimeZone } from '../../../ui/time-zone';

export interface RoundDeadlineProps {
  closesAt: string;
}

/**
 * When a round closes, on the viewer's own clock, with how long is left while that is still ahead:
 * "27 Dec 2026, 17:00 CET (closes in 3 days)".
 */
export function RoundDeadline({ closesAt }: RoundDeadlineProps) {
  const [shownAt] = useState(Date.now);
  return (
    <>
      <Moment at={closesAt} />
      {Date.parse(closesAt) > shownAt && ` (closes ${formatRelative(closesAt, shownAt, viewerTimeZone())})`}
    </>
  );
}
