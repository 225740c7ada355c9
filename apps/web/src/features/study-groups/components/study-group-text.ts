import { ordinal } from '@plenary/shared';

/** The title the server gives a scheduled meeting left untitled: "Second Meeting of the CSCAP Study Group on …". */
export function defaultMeetingTitle(sequence: number, groupTitle: string): string {
  const word = ordinal(sequence);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} Meeting of the ${groupTitle}`;
}

/** `YYYY-MM-01` for a month input's `YYYY-MM`; undefined when it is not a month. */
export function firstOfMonth(month: string): string | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month.trim());
  return match ? `${match[1]}-${match[2]}-01` : undefined;
}
