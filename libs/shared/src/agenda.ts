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

export interface AgendaCheckItem {
  id: string;
  kind: AgendaItemKind;
  /** The agenda day the item is listed under. */
  dayDate: LocalDate;
  startsAt: Date;
  endsAt: Date;
  chairId: string | null;
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
    if (item.kind === AgendaItemKind.SESSION && !item.chairId) warnings.push({ kind: 'NO_CHAIR', itemIds: [item.id] });
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
