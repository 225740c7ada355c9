import { describe, expect, it } from 'vitest';
import { type AgendaCheckItem, checkAgenda } from './agenda';
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
