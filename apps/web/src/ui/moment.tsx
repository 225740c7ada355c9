import { formatDateTime, viewerTimeZone } from './time-zone';

export interface MomentProps {
  /** An ISO date-time. */
  at: string;
}

/**
 * A moment tied to no place (a comment posted, a round closing, an e-mail written) on the viewer's
 * own clock with its zone named: "27 Dec 2026, 17:00 CET".
 */
export function Moment({ at }: MomentProps) {
  return <time dateTime={at}>{formatDateTime(at, viewerTimeZone())}</time>;
}
