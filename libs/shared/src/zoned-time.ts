import { formatLongDate, type LocalDate } from './time';

/** A wall-clock time `HH:MM` (24-hour). */
export type LocalTime = string;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Pages show the same instants again and again (an agenda's times), and `formatToParts` is slow. */
const zoned = new Map<string, { date: LocalDate; time: LocalTime }>();
const ZONED_KEPT = 10_000;

/** The date and wall-clock time that `instant` shows in `zone`. */
export function toZoned(instant: Date, zone: string): { date: LocalDate; time: LocalTime } {
  const key = `${zone} ${instant.getTime()}`;
  const known = zoned.get(key);
  if (known) return { ...known };
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const result = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  if (zoned.size >= ZONED_KEPT) zoned.clear();
  zoned.set(key, result);
  return { ...result };
}

/** Minutes `zone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, zone: string): number {
  const { date, time } = toZoned(new Date(instant), zone);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

export type ZonedResult = { ok: true; instant: Date } | { ok: false; reason: 'NONEXISTENT_TIME' | 'INVALID_TIME' };

/**
 * The instant at which clocks in `zone` show `date` `time`. A time skipped when clocks go forward
 * does not exist and is refused; a time that happens twice when clocks go back means its first
 * occurrence, as people at the venue would read it.
 */
export function fromZoned(date: LocalDate, time: LocalTime, zone: string): ZonedResult {
  if (!isLocalTime(time)) return { ok: false, reason: 'INVALID_TIME' };
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return { ok: false, reason: 'INVALID_TIME' };
  // The offset is one of those in force a day either side; try each and keep those that read back.
  const offsets = new Set([
    offsetMinutes(wall - 86_400_000, zone),
    offsetMinutes(wall, zone),
    offsetMinutes(wall + 86_400_000, zone),
  ]);
  const matches = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => {
      const back = toZoned(new Date(instant), zone);
      return back.date === date && back.time === time;
    })
    .sort((a, b) => a - b);
  const first = matches[0];
  return first === undefined ? { ok: false, reason: 'NONEXISTENT_TIME' } : { ok: true, instant: new Date(first) };
}

/** "GMT+9"-style short name of the zone's offset at `instant`, for showing beside a time. */
export function zoneLabel(instant: Date, zone: string, locale = 'en-GB'): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** "UTC+9", "UTC+5:30", "UTC-3", "UTC": the zone's offset from UTC at `instant`. */
export function utcOffset(instant: Date, zone: string): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  const offset = (part?.value ?? 'GMT').replace(/^(GMT|UTC)/, '');
  return offset === '' || /^[+-]0$/.test(offset) ? 'UTC' : `UTC${offset}`;
}

/** "Seoul time", "New York time": the place an IANA zone is named after; null for UTC and its kin. */
function placeTime(zone: string): string | null {
  if (!zone.includes('/') || zone.startsWith('Etc/')) return null;
  return `${zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ')} time`;
}

/**
 * An instant as a message sent to someone whose own zone is unknown writes it: on the clock of
 * `zone`, named, with its offset. "Friday 15 January 2027, 16:00 (Seoul time, UTC+9)"; in UTC,
 * "Friday 15 January 2027, 16:00 UTC".
 */
export function formatInstant(instant: Date, zone = 'UTC'): string {
  const { date, time } = toZoned(instant, zone);
  const place = placeTime(zone);
  const offset = utcOffset(instant, zone);
  const clock = place ? `${time} (${place}, ${offset})` : `${time} ${offset}`;
  return `${formatLongDate(date)}, ${clock}`;
}
