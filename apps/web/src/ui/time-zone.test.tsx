import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatRelative } from './time-zone';

describe('formatDateTime', () => {
  it('writes one moment on each viewer’s own clock, naming the zone', () => {
    const deadline = '2026-12-27T16:00:00.000Z';
    expect(formatDateTime(deadline, 'Europe/Berlin')).toBe('27 Dec 2026, 17:00 CET');
    expect(formatDateTime(deadline, 'Asia/Seoul')).toBe('28 Dec 2026, 01:00 GMT+9');
    expect(formatDateTime(deadline, 'UTC')).toBe('27 Dec 2026, 16:00 UTC');
    expect(formatDateTime(deadline, 'Asia/Kolkata')).toBe('27 Dec 2026, 21:30 GMT+5:30');
  });

  it('names summer time from the minute the clocks go forward', () => {
    // Berlin's clocks jump from 02:00 CET to 03:00 CEST at 01:00 UTC on 29 March 2026.
    expect(formatDateTime('2026-03-29T00:59:00.000Z', 'Europe/Berlin')).toBe('29 Mar 2026, 01:59 CET');
    expect(formatDateTime('2026-03-29T01:00:00.000Z', 'Europe/Berlin')).toBe('29 Mar 2026, 03:00 CEST');
    // New York's jump from 02:00 to 03:00 at 07:00 UTC on 8 March 2026.
    expect(formatDateTime('2026-03-08T06:59:00.000Z', 'America/New_York')).toBe('8 Mar 2026, 01:59 GMT-5');
    expect(formatDateTime('2026-03-08T07:00:00.000Z', 'America/New_York')).toBe('8 Mar 2026, 03:00 GMT-4');
  });

  it('tells apart the two moments that read 02:30 the night the clocks go back', () => {
    // Berlin's clocks go from 03:00 CEST back to 02:00 CET at 01:00 UTC on 25 October 2026.
    expect(formatDateTime('2026-10-25T00:30:00.000Z', 'Europe/Berlin')).toBe('25 Oct 2026, 02:30 CEST');
    expect(formatDateTime('2026-10-25T01:30:00.000Z', 'Europe/Berlin')).toBe('25 Oct 2026, 02:30 CET');
  });
});

describe('formatDate', () => {
  it('writes a calendar date as it is, whatever the zone of the one reading it', () => {
    expect(formatDate('2027-01-15')).toBe('15 January 2027');
    // The night Berlin's clocks change is no different for a date without a time.
    expect(formatDate('2026-03-29')).toBe('29 March 2026');
  });
});

describe('formatDay', () => {
  it('gives the day a moment falls on for the viewer', () => {
    const lateEvening = '2020-12-03T23:30:00.000Z';
    expect(formatDay(lateEvening, 'Europe/London')).toBe('3 December 2020');
    expect(formatDay(lateEvening, 'Europe/Berlin')).toBe('4 December 2020');
    expect(formatDay(lateEvening, 'America/Los_Angeles')).toBe('3 December 2020');
  });
});

describe('formatRelative', () => {
  const at = (iso: string) => Date.parse(iso);

  it('counts minutes and hours while under a day away, either way', () => {
    const now = at('2026-12-24T16:00:00.000Z');
    expect(formatRelative('2026-12-24T16:00:30.000Z', now, 'Europe/Berlin')).toBe('in under a minute');
    expect(formatRelative('2026-12-24T15:59:30.000Z', now, 'Europe/Berlin')).toBe('just now');
    expect(formatRelative('2026-12-24T16:12:00.000Z', now, 'Europe/Berlin')).toBe('in 12 minutes');
    expect(formatRelative('2026-12-24T13:00:00.000Z', now, 'Europe/Berlin')).toBe('3 hours ago');
    expect(formatRelative('2026-12-25T15:00:00.000Z', now, 'Europe/Berlin')).toBe('in 23 hours');
  });

  it('counts days on the viewer’s calendar', () => {
    const now = at('2026-12-24T16:00:00.000Z');
    expect(formatRelative('2026-12-27T16:00:00.000Z', now, 'Europe/Berlin')).toBe('in 3 days');
    expect(formatRelative('2026-12-23T10:00:00.000Z', now, 'Europe/Berlin')).toBe('yesterday');
    // 25 hours ahead, 17:00 to 18:00 the next day in Berlin: tomorrow.
    expect(formatRelative('2026-12-25T17:00:00.000Z', now, 'Europe/Berlin')).toBe('tomorrow');
  });

  it('counts the days from where the viewer is', () => {
    // 15:00 on the 24th to 17:00 on the 26th in Berlin; 23:00 on the 24th to 01:00 on the 27th in Seoul.
    const now = at('2026-12-24T14:00:00.000Z');
    expect(formatRelative('2026-12-26T16:00:00.000Z', now, 'Europe/Berlin')).toBe('in 2 days');
    expect(formatRelative('2026-12-26T16:00:00.000Z', now, 'Asia/Seoul')).toBe('in 3 days');
  });

  it('still says three days across the night the clocks go forward, though only 71 hours pass', () => {
    // Friday 27 March 12:00 CET to Monday 30 March 12:00 CEST in Berlin.
    const now = at('2026-03-27T11:00:00.000Z');
    expect(formatRelative('2026-03-30T10:00:00.000Z', now, 'Europe/Berlin')).toBe('in 3 days');
    // The night the clocks go back, 25 hours pass between two middays a day apart.
    expect(formatRelative('2026-10-25T11:00:00.000Z', at('2026-10-24T10:00:00.000Z'), 'Europe/Berlin')).toBe(
      'tomorrow',
    );
  });
});
