import { createEvents, type EventAttributes } from 'ics';
import { agendaItemKindLabels } from '@plenary/shared';
import { type AgendaExport, placeOf } from './agenda-export.service';

const utc = (date: Date): [number, number, number, number, number] => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
  date.getUTCHours(),
  date.getUTCMinutes(),
];

/**
 * The meeting as an all-day event and each agenda item as a timed one, all in UTC so that every
 * calendar shows them at the right moment in its own zone. Stable UIDs let a subscribed calendar
 * update events in place. The meeting's address goes in the description: calendar programs'
 * URL field is validated too strictly for addresses such as http://localhost:3000.
 */
export function meetingCalendar(agenda: AgendaExport, options: { url: string; onlyItemId?: string }): string {
  const { meeting } = agenda;
  const location = [meeting.venue, placeOf(meeting)].filter(Boolean).join(', ');
  const events: EventAttributes[] = [];
  if (!options.onlyItemId) {
    const end = new Date(`${meeting.endDate}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    events.push({
      uid: `meeting-${meeting.id}@plenary`,
      title: meeting.title,
      start: meeting.startDate.split('-').map(Number) as [number, number, number],
      end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
      location,
      description: `Organized by ${meeting.organizers.join(', ')}.\n${options.url}`,
      productId: 'plenary/ics',
      calName: meeting.title,
    });
  }
  for (const item of agenda.days.flatMap((d) => d.items)) {
    if (options.onlyItemId && item.id !== options.onlyItemId) continue;
    const lines = [
      agendaItemKindLabels[item.kind],
      ...item.subItems.map((s) => `• ${s}`),
      ...(item.chair ? [`Chair: ${item.chair}`] : []),
      ...item.speakers.map((s) => `${s.role.charAt(0)}${s.role.slice(1).toLowerCase()}: ${s.name}`),
    ];
    events.push({
      uid: `agenda-item-${item.id}@plenary`,
      title: item.title,
      start: utc(item.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utc(item.endsAt),
      endInputType: 'utc',
      endOutputType: 'utc',
      location,
      description: [...lines, options.url].join('\n'),
      productId: 'plenary/ics',
      calName: meeting.title,
    });
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('Could not write the calendar');
  return value;
}
