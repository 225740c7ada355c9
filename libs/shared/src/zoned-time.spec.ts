import { describe, expect, it } from 'vitest';
import { fromZoned, isLocalTime, toZoned } from './zoned-time';

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
