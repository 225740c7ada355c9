import type { AgendaWarning } from '@plenary/shared';

/** The sentence an organiser reads for a warning. */
export function describeWarning(
  warning: AgendaWarning,
  title: (itemId: string) => string,
  name: (personId: string) => string,
): string {
  const [first = '', second = ''] = warning.itemIds;
  switch (warning.kind) {
    case 'OVERLAP':
      return `"${title(first)}" and "${title(second)}" overlap.`;
    case 'GAP':
      return `Nothing is scheduled for ${warning.minutes ?? 0} minutes between "${title(first)}" and "${title(second)}".`;
    case 'OUTSIDE_MEETING_DATES':
      return `"${title(first)}" falls outside the meeting's dates.`;
    case 'OUTSIDE_DAY':
      return `"${title(first)}" runs past the end of its day.`;
    case 'DOUBLE_BOOKED':
      return `${name(warning.personId ?? '')} is in two places at once: "${title(first)}" and "${title(second)}".`;
    case 'NO_CHAIR':
      return `"${title(first)}" has no chair.`;
  }
}
