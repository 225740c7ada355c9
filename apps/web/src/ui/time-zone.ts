import { daysInclusive, formatDateRange, toZoned, zoneLabel, type LocalDate } from '@plenary/shared';

/** The browser's own IANA time zone, e.g. `Europe/Geneva`. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `GMT+9`, `GMT-5`, `GMT+5:30`: the zone's offset from UTC at `at`. */
export function timeZoneOffset(zone: string, at: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** `Asia/Seoul (GMT+9)`, with spaces where the identifier has underscores. */
export function timeZoneLabel(zone: string, at: Date = new Date()): string {
  const offset = timeZoneOffset(zone, at);
  const name = zone.replaceAll('_', ' ');
  return offset === '' ? name : `${name} (${offset})`;
}

let cachedZones: string[] | undefined;

/** Every IANA zone the browser knows, plus UTC (some browsers leave it out of the list). */
export function supportedTimeZones(): string[] {
  cachedZones ??= Array.from(new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]));
  return cachedZones;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clockFormat(zone: string): Intl.DateTimeFormat {
  let format = clockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });
    clockFormats.set(zone, format);
  }
  return format;
}

/**
 * A moment (an ISO date-time) on the clock of `zone`, the zone named so the time cannot be misread:
 * `27 Dec 2026, 17:00 CET`, `28 Dec 2026, 01:00 GMT+9`. Callers pass `viewerTimeZone()` for the
 * viewer's own clock; a meeting's times go through the agenda's `formatMoment` instead.
 */
export function formatDateTime(iso: string, zone: string): string {
  const at = new Date(iso);
  return `${clockFormat(zone).format(at)} ${zoneLabel(at, zone)}`;
}

/** A calendar date as people write it, never shifted by a time zone: `15 January 2027`. */
export function formatDate(date: LocalDate): string {
  return formatDateRange(date, date);
}

/** The calendar day a moment falls on in `zone`: `3 December 2020`. */
export function formatDay(iso: string, zone: string): string {
  return formatDate(toZoned(new Date(iso), zone).date);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** The month of a calendar date: `October 2019`. */
export function formatMonth(date: LocalDate): string {
  return monthFormat.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far a moment is from `now` (ms since the epoch): `in 5 hours`, `12 minutes ago`; a day or more
 * away, counted in calendar days on the clock of `zone` (`tomorrow`, `in 3 days`, `yesterday`), so a
 * night the clocks change does not make three days read as two.
 */
export function formatRelative(iso: string, now: number, zone: string): string {
  const ahead = Date.parse(iso) - now;
  const span = Math.abs(ahead);
  const sign = Math.sign(ahead);
  if (span < MINUTE) return ahead > 0 ? 'in under a minute' : 'just now';
  if (span < HOUR) return relative.format(sign * Math.floor(span / MINUTE), 'minute');
  if (span < DAY) return relative.format(sign * Math.floor(span / HOUR), 'hour');
  const days = daysInclusive(toZoned(new Date(now), zone).date, toZoned(new Date(iso), zone).date) - 1;
  return relative.format(days, 'day');
}
