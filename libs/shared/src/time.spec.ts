import { describe, expect, it } from 'vitest';
import { daysInclusive, formatDateRange, formatLongDate, isLocalDate, isTimeZone } from './time';

describe('isLocalDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    expect(isLocalDate('2019-12-04')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
  });

  it('refuses impossible dates and other spellings', () => {
    expect(isLocalDate('2019-02-29')).toBe(false);
    expect(isLocalDate('2019-13-01')).toBe(false);
    expect(isLocalDate('4 December 2019')).toBe(false);
    expect(isLocalDate('2019-12-4')).toBe(false);
  });
});

describe('isTimeZone', () => {
  it('knows the zones of the venues', () => {
    for (const zone of [
      'Asia/Seoul',
      'Asia/Vladivostok',
      'Asia/Ulaanbaatar',
      'Asia/Shanghai',
      'America/New_York',
      'UTC',
    ]) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses made-up zones and empty text', () => {
    expect(isTimeZone('Asia/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('formatDateRange', () => {
  it('writes ranges the way meeting documents do', () => {
    expect(formatDateRange('2019-12-04', '2019-12-05')).toBe('4–5 December 2019');
    expect(formatDateRange('2011-11-14', '2011-11-14')).toBe('14 November 2011');
    expect(formatDateRange('2019-11-30', '2019-12-02')).toBe('30 November – 2 December 2019');
    expect(formatDateRange('2019-12-31', '2020-01-01')).toBe('31 December 2019 – 1 January 2020');
  });

  it('counts days inclusively', () => {
    expect(daysInclusive('2019-12-04', '2019-12-05')).toBe(2);
    expect(daysInclusive('2011-11-14', '2011-11-14')).toBe(1);
  });
});

describe('formatLongDate', () => {
  it('writes the weekday, day, month and year, as a letter does', () => {
    expect(formatLongDate('2027-01-15')).toBe('Friday 15 January 2027');
    expect(formatLongDate('2019-12-04')).toBe('Wednesday 4 December 2019');
  });
});
