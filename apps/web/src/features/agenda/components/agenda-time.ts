import { daysInclusive, toZoned, zoneLabel, type LocalDate } from '@plenary/shared';

function utcDate(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

const longDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** "Wednesday 4 December 2019", as agendas head their days. */
export function formatAgendaDate(date: LocalDate): string {
  const parts = longDate.formatToParts(utcDate(date));
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('weekday')} ${value('day')} ${value('month')} ${value('year')}`;
}

/** "Wed 4 Dec". */
export function formatShortDate(date: LocalDate): string {
  return shortDate.format(utcDate(date));
}

/** The date `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = utcDate(date);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** The first date of the meeting the agenda has no day for yet; otherwise the day after its last day. */
export function nextFreeDate(
  meeting: { startDate: LocalDate; endDate: LocalDate },
  taken: readonly LocalDate[],
): LocalDate {
  const count = Math.max(daysInclusive(meeting.startDate, meeting.endDate), 1);
  for (let offset = 0; offset < count; offset++) {
    const date = addDays(meeting.startDate, offset);
    if (!taken.includes(date)) return date;
  }
  const last = [...taken].sort().at(-1) ?? meeting.endDate;
  return addDays(last, 1);
}

export interface ItemTimes {
  startsAt: string;
  endsAt: string;
  startTime: string;
  endTime: string;
}

/**
 * The item's times on the viewer's own clock, "01:00–01:30 CET", with the date when it is not the
 * day's; null when the viewer's clock reads the same as the venue's.
 */
export function viewerClock(item: ItemTimes, dayDate: LocalDate, venueZone: string, viewerZone: string): string | null {
  if (viewerZone === venueZone) return null;
  const startsAt = new Date(item.startsAt);
  const start = toZoned(startsAt, viewerZone);
  const end = toZoned(new Date(item.endsAt), viewerZone);
  if (start.date === dayDate && start.time === item.startTime && end.time === item.endTime) return null;
  const startText = start.date === dayDate ? start.time : `${formatShortDate(start.date)} ${start.time}`;
  const endText = end.date === start.date ? end.time : `${formatShortDate(end.date)} ${end.time}`;
  const separator = endText.includes(' ') || startText.includes(' ') ? ' – ' : '–';
  return `${startText}${separator}${endText} ${zoneLabel(startsAt, viewerZone)}`;
}

const momentDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/**
 * A moment on the venue's clock, with the viewer's own beside it where it differs:
 * "3 Dec 2019, 14:05 GMT+9 (06:05 CET your time)".
 */
export function formatMoment(iso: string, venueZone: string, viewerZone: string): string {
  const instant = new Date(iso);
  const venue = toZoned(instant, venueZone);
  const venueText = `${momentDate.format(new Date(`${venue.date}T00:00:00Z`))}, ${venue.time} ${zoneLabel(instant, venueZone)}`;
  if (viewerZone === venueZone) return venueText;
  const own = toZoned(instant, viewerZone);
  if (own.date === venue.date && own.time === venue.time) return venueText;
  const ownDate = own.date === venue.date ? '' : `${formatShortDate(own.date)} `;
  return `${venueText} (${ownDate}${own.time} ${zoneLabel(instant, viewerZone)} your time)`;
}
