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

/** A moment (an ISO date-time) as the viewer reads it in their own time zone: `3 Dec 2019, 14:05`. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
