/** A calendar date without a time zone, as `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether the runtime knows `zone` as an IANA time zone (e.g. `Asia/Seoul`). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Number of calendar days from `from` to `to`, inclusive of both (4–5 December is 2 days). */
export function daysInclusive(from: LocalDate, to: LocalDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** The calendar date `days` after `date` (before, for a negative number). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "4–5 December 2019", "30 November – 2 December 2019", "31 December 2019 – 1 January 2020". */
export function formatDateRange(from: LocalDate, to: LocalDate, locale = 'en-GB'): string {
  const day = (d: LocalDate, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(`${d}T00:00:00Z`));
  const full = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  if (from === to) return day(from, full);
  if (from.slice(0, 7) === to.slice(0, 7)) {
    return `${day(from, { day: 'numeric' })}–${day(to, full)}`;
  }
  if (from.slice(0, 4) === to.slice(0, 4)) {
    return `${day(from, { day: 'numeric', month: 'long' })} – ${day(to, full)}`;
  }
  return `${day(from, full)} – ${day(to, full)}`;
}

/** "Friday 15 January 2027": a date as a letter or an e-mail writes it, weekday first. */
export function formatLongDate(date: LocalDate, locale = 'en-GB'): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(`${date}T00:00:00Z`));
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${value('weekday')} ${value('day')} ${value('month')} ${value('year')}`;
}
