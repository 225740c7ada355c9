import { zoneLabel } from '@plenary/shared';
import type { AgendaExport } from './agenda-export.service';

/** "Day 1 – Wednesday, 4 December 2019". */
export function dayHeading(index: number, date: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`));
  return `Day ${index + 1} – ${text.replace(/^(\w+) /, '$1, ')}`;
}

/** Which clock the times are on. */
export function zoneNote(agenda: AgendaExport): string {
  const first = agenda.days.flatMap((d) => d.items)[0];
  const label = zoneLabel(
    first?.startsAt ?? new Date(`${agenda.meeting.startDate}T12:00:00Z`),
    agenda.meeting.timeZone,
  );
  return `All times are local time at the venue (${agenda.meeting.timeZone}, ${label}).`;
}
