import { describe, expect, it } from 'vitest';
import { type AgendaCheckItem, checkAgenda, inTimeOrder, moveInTimeOrder, type TimedAgendaItem } from './agenda';
import { toZoned } from './zoned-time';
import { fromZoned } from './zoned-time';

const incheon = { startDate: '2019-12-04', endDate: '2019-12-05', timeZone: 'Asia/Seoul' };

function at(date: string, time: string, zone = 'Asia/Seoul'): Date {
  const result = fromZoned(date, time, zone);
  if (!result.ok) throw new Error(result.reason);
  return result.instant;
}

function item(
  id: string,
  date: string,
  from: string,
  to: string,
  extra: Partial<AgendaCheckItem> = {},
  zone?: string,
): AgendaCheckItem {
  return {
    id,
    kind: 'OTHER',
    dayDate: date,
    startsAt: at(date, from, zone),
    endsAt: at(date, to, zone),
    chairId: null,
    personIds: [],
    ...extra,
  };
}

describe('checkAgenda', () => {
  it('finds nothing wrong with a day of back-to-back items', () => {
    const day = [
      item('opening', '2019-12-04', '09:00', '09:30', { kind: 'OPENING' }),
      item('s1', '2019-12-04', '09:30', '12:00', { kind: 'SESSION', chairId: 'chair' }),
      item('lunch', '2019-12-04', '12:00', '13:30', { kind: 'MEAL' }),
    ];
    expect(checkAgenda(incheon, day)).toEqual([]);
  });

  it('warns of overlapping items and of a gap', () => {
    const warnings = checkAgenda(incheon, [
      item('a', '2019-12-04', '09:00', '10:00'),
      item('b', '2019-12-04', '09:45', '10:30'),
      item('c', '2019-12-04', '11:00', '12:00'),
    ]);
    expect(warnings).toContainEqual({ kind: 'OVERLAP', itemIds: ['a', 'b'] });
    expect(warnings).toContainEqual({ kind: 'GAP', itemIds: ['b', 'c'], minutes: 30 });
  });

  it('warns of a person in two places at once, as chair or speaker', () => {
    const warnings = checkAgenda(incheon, [
      item('a', '2019-12-04', '09:00', '10:00', { kind: 'SESSION', chairId: 'kim' }),
      item('b', '2019-12-04', '09:30', '10:30', { kind: 'SESSION', chairId: 'lee', personIds: ['kim'] }),
    ]);
    expect(warnings).toContainEqual({ kind: 'DOUBLE_BOOKED', itemIds: ['a', 'b'], personId: 'kim' });
  });

  it('warns of items outside the meeting dates or running past their day, and of sessions without a chair', () => {
    const warnings = checkAgenda(incheon, [
      item('early', '2019-12-03', '09:00', '10:00'),
      { ...item('late', '2019-12-05', '23:00', '23:30'), endsAt: at('2019-12-06', '00:30') },
      item('s', '2019-12-05', '09:00', '10:00', { kind: 'SESSION' }),
    ]);
    expect(warnings).toContainEqual({ kind: 'OUTSIDE_MEETING_DATES', itemIds: ['early'] });
    expect(warnings).toContainEqual({ kind: 'OUTSIDE_DAY', itemIds: ['late'] });
    expect(warnings).toContainEqual({ kind: 'NO_CHAIR', itemIds: ['s'] });
  });

  it('compares real instants on the night the clocks go forward at the venue', () => {
    const berlin = { startDate: '2026-03-28', endDate: '2026-03-29', timeZone: 'Europe/Berlin' };
    // 01:30 to 03:15 lasts 45 minutes that night: 02:00 is skipped.
    const night = [
      item('vigil', '2026-03-29', '01:30', '03:15', { personIds: ['kim'] }, 'Europe/Berlin'),
      item('briefing', '2026-03-29', '03:00', '04:00', { personIds: ['kim'] }, 'Europe/Berlin'),
      item('breakfast', '2026-03-29', '04:00', '05:00', {}, 'Europe/Berlin'),
    ];
    expect(night[0]!.endsAt.getTime() - night[0]!.startsAt.getTime()).toBe(45 * 60_000);
    expect(checkAgenda(berlin, night)).toEqual([
      { kind: 'OVERLAP', itemIds: ['vigil', 'briefing'] },
      { kind: 'DOUBLE_BOOKED', itemIds: ['vigil', 'briefing'], personId: 'kim' },
    ]);
  });

  it('finds neither gap nor overlap between items that meet in the repeated hour when the clocks go back', () => {
    const berlin = { startDate: '2026-10-25', endDate: '2026-10-25', timeZone: 'Europe/Berlin' };
    const night = [
      item('first', '2026-10-25', '01:00', '02:30', {}, 'Europe/Berlin'),
      item('second', '2026-10-25', '02:30', '03:00', {}, 'Europe/Berlin'),
    ];
    expect(night[1]!.endsAt.getTime() - night[1]!.startsAt.getTime()).toBe(90 * 60_000);
    expect(checkAgenda(berlin, night)).toEqual([]);
  });
});

describe('moveInTimeOrder', () => {
  const timed = (id: string, from: string, to: string, date = '2019-12-04', zone?: string): TimedAgendaItem => ({
    id,
    startsAt: at(date, from, zone),
    endsAt: at(date, to, zone),
  });
  const clock = (items: readonly TimedAgendaItem[], zone = 'Asia/Seoul') =>
    items.map((i) => `${i.id} ${toZoned(i.startsAt, zone).time}–${toZoned(i.endsAt, zone).time}`);

  it('swaps an item with the next one, each keeping its duration', () => {
    const day = [timed('A', '09:00', '10:00'), timed('B', '10:00', '10:30'), timed('C', '10:30', '11:30')];
    expect(clock(moveInTimeOrder(day, 'B', 2))).toEqual(['A 09:00–10:00', 'C 10:00–11:00', 'B 11:00–11:30']);
    expect(clock(moveInTimeOrder(day, 'C', 1))).toEqual(['A 09:00–10:00', 'C 10:00–11:00', 'B 11:00–11:30']);
  });

  it('moves an item past several, which move up by its duration, and leaves the rest of the day alone', () => {
    const day = [
      timed('opening', '09:00', '09:30'),
      timed('s1', '09:30', '12:00'),
      timed('coffee', '12:00', '12:15'),
      timed('lunch', '12:15', '13:30'),
      timed('s2', '13:30', '17:00'),
    ];
    const moved = moveInTimeOrder(day, 'opening', 2);
    expect(clock(moved)).toEqual([
      's1 09:00–11:30',
      'coffee 11:30–11:45',
      'opening 11:45–12:15',
      'lunch 12:15–13:30',
      's2 13:30–17:00',
    ]);
    expect(moved[3]).toBe(day[3]);
    expect(clock(moveInTimeOrder(moved, 'opening', 0))).toEqual(clock(day));
  });

  it('keeps the gaps between places where they were', () => {
    const day = [timed('A', '09:00', '10:00'), timed('B', '10:30', '11:00'), timed('C', '11:00', '12:00')];
    expect(clock(moveInTimeOrder(day, 'C', 0))).toEqual(['C 09:00–10:00', 'A 10:30–11:30', 'B 11:30–12:00']);
  });

  it('keeps parallel items together and in the order asked for', () => {
    const day = [timed('2A', '10:00', '11:00'), timed('2B', '10:00', '11:00'), timed('lunch', '12:00', '13:00')];
    expect(clock(moveInTimeOrder(day, '2B', 0))).toEqual(['2B 10:00–11:00', '2A 10:00–11:00', 'lunch 12:00–13:00']);
  });

  it('never lists an item before one that starts earlier, however the moved items overlapped', () => {
    const day = [timed('long', '09:00', '12:00'), timed('short', '09:30', '10:00'), timed('next', '10:00', '11:00')];
    const moved = moveInTimeOrder(day, 'long', 2);
    const starts = moved.map((i) => i.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(moved.map((i) => i.endsAt.getTime() - i.startsAt.getTime())).toEqual([30, 60, 180].map((m) => m * 60_000));
  });

  it('keeps real durations across the night the clocks go forward', () => {
    const berlin = 'Europe/Berlin';
    const night = [
      timed('vigil', '01:00', '03:30', '2026-03-29', berlin),
      timed('briefing', '03:30', '04:00', '2026-03-29', berlin),
    ];
    // 01:00 to 03:30 lasts 90 minutes that night.
    expect(clock(moveInTimeOrder(night, 'briefing', 0), berlin)).toEqual(['briefing 01:00–01:30', 'vigil 01:30–04:00']);
  });

  it('refuses a place the day does not have and an item it does not list', () => {
    const day = [timed('A', '09:00', '10:00'), timed('B', '10:00', '11:00')];
    expect(() => moveInTimeOrder(day, 'A', 2)).toThrow(RangeError);
    expect(() => moveInTimeOrder(day, 'A', -1)).toThrow(RangeError);
    expect(() => moveInTimeOrder(day, 'Z', 0)).toThrow(RangeError);
  });
});

describe('inTimeOrder', () => {
  it('lists by start time, keeping the given order of items that start together', () => {
    const item = (id: string, from: string, to: string) => ({
      id,
      startsAt: at('2019-12-04', from),
      endsAt: at('2019-12-04', to),
    });
    const ordered = inTimeOrder([
      item('late', '14:00', '15:00'),
      item('early', '09:30', '10:00'),
      item('parallel-1', '12:00', '13:00'),
      item('parallel-2', '12:00', '12:30'),
    ]);
    expect(ordered.map((i) => i.id)).toEqual(['early', 'parallel-1', 'parallel-2', 'late']);
  });
});
