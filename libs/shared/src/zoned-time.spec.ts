import { describe, expect, it } from 'vitest';
import { formatInstant, fromZoned, isLocalTime, toZoned, utcOffset } from './zoned-time';

describe('fromZoned and toZoned', () => {
  it('turns 09:00 in Incheon on 4 December 2019 into midnight UTC, and back', () => {
    const result = fromZoned('2019-12-04', '09:00', 'Asia/Seoul');
    expect(result).toEqual({ ok: true, instant: new Date('2019-12-04T00:00:00Z') });
    expect(toZoned(new Date('2019-12-04T00:00:00Z'), 'Asia/Seoul')).toEqual({ date: '2019-12-04', time: '09:00' });
  });

  it('refuses a time skipped when the clocks go forward', () => {
    expect(fromZoned('2026-03-29', '02:30', 'Europe/Berlin')).toEqual({ ok: false, reason: 'NONEXISTENT_TIME' });
    expect(fromZoned('2026-03-08', '02:15', 'America/New_York')).toEqual({ ok: false, reason: 'NONEXISTENT_TIME' });
  });

  it('reads a time that happens twice when the clocks go back as its first occurrence', () => {
    const result = fromZoned('2026-10-25', '02:30', 'Europe/Berlin');
    expect(result).toEqual({ ok: true, instant: new Date('2026-10-25T00:30:00Z') });
  });

  it('handles the hours either side of a change', () => {
    expect(fromZoned('2026-03-29', '01:59', 'Europe/Berlin')).toEqual({
      ok: true,
      instant: new Date('2026-03-29T00:59:00Z'),
    });
    expect(fromZoned('2026-03-29', '03:00', 'Europe/Berlin')).toEqual({
      ok: true,
      instant: new Date('2026-03-29T01:00:00Z'),
    });
  });

  it('refuses malformed times', () => {
    expect(isLocalTime('9:00')).toBe(false);
    expect(isLocalTime('24:00')).toBe(false);
    expect(fromZoned('2019-12-04', '25:00', 'Asia/Seoul')).toEqual({ ok: false, reason: 'INVALID_TIME' });
  });
});

describe('formatInstant', () => {
  it('writes an instant on a venue’s clock with the place and the offset, for a reader whose zone is unknown', () => {
    expect(formatInstant(new Date('2027-01-15T07:00:00Z'), 'Asia/Seoul')).toBe(
      'Friday 15 January 2027, 16:00 (Seoul time, UTC+9)',
    );
    expect(formatInstant(new Date('2026-06-10T13:30:00Z'), 'America/New_York')).toBe(
      'Wednesday 10 June 2026, 09:30 (New York time, UTC-4)',
    );
  });

  it('writes UTC as UTC, the date being the one in UTC', () => {
    expect(formatInstant(new Date('2027-01-15T16:00:00Z'))).toBe('Friday 15 January 2027, 16:00 UTC');
    expect(formatInstant(new Date('2027-01-15T23:30:00Z'), 'UTC')).toBe('Friday 15 January 2027, 23:30 UTC');
  });

  it('gives the offset in force on the day, summer or winter', () => {
    expect(utcOffset(new Date('2026-06-15T12:00:00Z'), 'Europe/Berlin')).toBe('UTC+2');
    expect(utcOffset(new Date('2026-12-15T12:00:00Z'), 'Europe/Berlin')).toBe('UTC+1');
    expect(utcOffset(new Date('2026-12-15T12:00:00Z'), 'Asia/Kolkata')).toBe('UTC+5:30');
  });
});
