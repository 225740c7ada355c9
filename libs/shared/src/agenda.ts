import type { LocalDate } from './time';
import { toZoned } from './zoned-time';

export const AgendaItemKind = {
  OPENING: 'OPENING',
  SESSION: 'SESSION',
  BREAK: 'BREAK',
  MEAL: 'MEAL',
  PHOTO: 'PHOTO',
  CLOSING: 'CLOSING',
  OTHER: 'OTHER',
} as const;
export type AgendaItemKind = (typeof AgendaItemKind)[keyof typeof AgendaItemKind];

export const agendaItemKindLabels: Record<AgendaItemKind, string> = {
  OPENING: 'Opening',
  SESSION: 'Session',
  BREAK: 'Break',
  MEAL: 'Meal',
  PHOTO: 'Group photo',
  CLOSING: 'Closing',
  OTHER: 'Other',
};

/** How a person appears on an agenda item besides its chair. */
export const AgendaSpeakerRole = {
  SPEAKER: 'SPEAKER',
  PRESENTER: 'PRESENTER',
  DISCUSSANT: 'DISCUSSANT',
} as const;
export type AgendaSpeakerRole = (typeof AgendaSpeakerRole)[keyof typeof AgendaSpeakerRole];

export const agendaSpeakerRoleLabels: Record<AgendaSpeakerRole, string> = {
  SPEAKER: 'Speaker',
  PRESENTER: 'Presenter',
  DISCUSSANT: 'Discussant',
};

/**
 * How the agenda writes people's names, chosen per meeting: an English UN agenda puts the romanised
 * name first with the name as the person writes it beside it; some meetings want one or the other.
 */
export const AgendaNameStyle = {
  ROMANISED_WITH_NATIVE: 'ROMANISED_WITH_NATIVE',
  ROMANISED: 'ROMANISED',
  AS_WRITTEN: 'AS_WRITTEN',
} as const;
export type AgendaNameStyle = (typeof AgendaNameStyle)[keyof typeof AgendaNameStyle];

export const agendaNameStyleLabels: Record<AgendaNameStyle, string> = {
  ROMANISED_WITH_NATIVE: 'Romanised, with the name as written beside it: Prof. Kim Tae-hoon (김태훈)',
  ROMANISED: 'Romanised only: Prof. Kim Tae-hoon',
  AS_WRITTEN: 'As the person writes it: Prof. 김태훈',
};

/** Agenda items that carry a number: the sessions and formal items, not breaks, meals or the photo. */
export const numberedAgendaItemKinds: readonly AgendaItemKind[] = [
  AgendaItemKind.OPENING,
  AgendaItemKind.SESSION,
  AgendaItemKind.CLOSING,
  AgendaItemKind.OTHER,
];

export interface AgendaCheckItem {
  id: string;
  kind: AgendaItemKind;
  /** The agenda day the item is listed under. */
  dayDate: LocalDate;
  startsAt: Date;
  endsAt: Date;
  chairId: string | null;
  /** A chair named before anyone is invited (a name, or "TBC"): the item has one. */
  chairName?: string | null;
  /** Speakers, presenters and discussants. */
  personIds: readonly string[];
}

export const AgendaWarningKind = {
  OVERLAP: 'OVERLAP',
  GAP: 'GAP',
  OUTSIDE_MEETING_DATES: 'OUTSIDE_MEETING_DATES',
  OUTSIDE_DAY: 'OUTSIDE_DAY',
  DOUBLE_BOOKED: 'DOUBLE_BOOKED',
  NO_CHAIR: 'NO_CHAIR',
} as const;
export type AgendaWarningKind = (typeof AgendaWarningKind)[keyof typeof AgendaWarningKind];

export interface AgendaWarning {
  kind: AgendaWarningKind;
  /** The items concerned, in agenda order. */
  itemIds: string[];
  /** For DOUBLE_BOOKED: who is in two places at once. */
  personId?: string;
  /** For GAP: how long nothing is scheduled. */
  minutes?: number;
}

/**
 * What an organiser should look at before sending an agenda out. None of these stops a save:
 * a gap may be deliberate, a chair may be named later. Times are compared as instants, so a
 * daylight-saving change at the venue cannot hide an overlap.
 */
export function checkAgenda(
  meeting: { startDate: LocalDate; endDate: LocalDate; timeZone: string },
  items: readonly AgendaCheckItem[],
): AgendaWarning[] {
  const warnings: AgendaWarning[] = [];
  const sorted = [...items].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime(),
  );

  for (const item of sorted) {
    if (item.dayDate < meeting.startDate || item.dayDate > meeting.endDate) {
      warnings.push({ kind: 'OUTSIDE_MEETING_DATES', itemIds: [item.id] });
    }
    const starts = toZoned(item.startsAt, meeting.timeZone).date;
    const ends = toZoned(new Date(item.endsAt.getTime() - 1), meeting.timeZone).date;
    if (starts !== item.dayDate || ends !== item.dayDate) warnings.push({ kind: 'OUTSIDE_DAY', itemIds: [item.id] });
    if (item.kind === AgendaItemKind.SESSION && !item.chairId && !item.chairName) {
      warnings.push({ kind: 'NO_CHAIR', itemIds: [item.id] });
    }
  }

  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.startsAt.getTime() >= a.endsAt.getTime()) break;
      warnings.push({ kind: 'OVERLAP', itemIds: [a.id, b.id] });
      const inA = new Set([a.chairId, ...a.personIds].filter((p): p is string => !!p));
      const shared = new Set([b.chairId, ...b.personIds].filter((p): p is string => !!p && inA.has(p)));
      for (const personId of shared) warnings.push({ kind: 'DOUBLE_BOOKED', itemIds: [a.id, b.id], personId });
    }
  }

  const byDay = new Map<string, AgendaCheckItem[]>();
  for (const item of sorted) byDay.set(item.dayDate, [...(byDay.get(item.dayDate) ?? []), item]);
  for (const dayItems of byDay.values()) {
    let latestEnd = dayItems[0]?.endsAt.getTime() ?? 0;
    let latestId = dayItems[0]?.id;
    for (const item of dayItems.slice(1)) {
      const gap = item.startsAt.getTime() - latestEnd;
      if (gap > 0 && latestId)
        warnings.push({ kind: 'GAP', itemIds: [latestId, item.id], minutes: Math.round(gap / 60_000) });
      if (item.endsAt.getTime() >= latestEnd) {
        latestEnd = item.endsAt.getTime();
        latestId = item.id;
      }
    }
  }
  return warnings;
}

/** An agenda item as far as its place in time goes. */
export interface TimedAgendaItem {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * A day's items as an agenda lists them: by start time. Items starting together keep the order they
 * are given in, so parallel sessions stay as the organiser arranged them.
 */
export function inTimeOrder<T extends TimedAgendaItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Moves an item to place `to` (from 0) of its day, given in time order. An agenda is always read in
 * time order, so moving an item re-times it and the items it passes: from the earliest start among
 * them, each in its new order keeps its own duration and the gaps between places stay where they
 * were, so the stretch ends when it ended before and the rest of the day is untouched. Swapping
 * 10:00–10:30 with the 10:30–11:30 item after it gives that one 10:00–11:00 and the moved one
 * 11:00–11:30. No item starts before the one placed ahead of it. Returns the day in its new order,
 * re-timed items as new objects.
 */
export function moveInTimeOrder<T extends TimedAgendaItem>(items: readonly T[], itemId: string, to: number): T[] {
  const from = items.findIndex((item) => item.id === itemId);
  if (from === -1) throw new RangeError(`Item ${itemId} is not on this day.`);
  if (!Number.isInteger(to) || to < 0 || to >= items.length) throw new RangeError(`No place ${to} on this day.`);
  if (from === to) return [...items];
  const first = Math.min(from, to);
  const last = Math.max(from, to);
  const stretch = items.slice(first, last + 1);
  const gaps = stretch.slice(1).map((item, i) => item.startsAt.getTime() - stretch[i]!.endsAt.getTime());
  const reordered = stretch.filter((item) => item.id !== itemId);
  reordered.splice(to - first, 0, items[from]!);

  const retimed: T[] = [];
  let start = stretch[0]!.startsAt.getTime();
  for (const [i, item] of reordered.entries()) {
    const duration = item.endsAt.getTime() - item.startsAt.getTime();
    if (i > 0) {
      const previous = retimed[i - 1]!;
      start = Math.max(previous.startsAt.getTime(), previous.endsAt.getTime() + gaps[i - 1]!);
    }
    const startsAt = new Date(start);
    const endsAt = new Date(start + duration);
    retimed.push(
      startsAt.getTime() === item.startsAt.getTime() && endsAt.getTime() === item.endsAt.getTime()
        ? item
        : { ...item, startsAt, endsAt },
    );
  }
  return inTimeOrder([...items.slice(0, first), ...retimed, ...items.slice(last + 1)]);
}
