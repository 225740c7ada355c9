import { defineStateMachine } from './state-machine';

export const StudyGroupStatus = {
  PROPOSED: 'PROPOSED',
  APPROVED: 'APPROVED',
  ACTIVE: 'ACTIVE',
  CONCLUDED: 'CONCLUDED',
} as const;
export type StudyGroupStatus = (typeof StudyGroupStatus)[keyof typeof StudyGroupStatus];

export const studyGroupStatusLabels: Record<StudyGroupStatus, string> = {
  PROPOSED: 'Proposed',
  APPROVED: 'Approved',
  ACTIVE: 'Active',
  CONCLUDED: 'Concluded',
};

/** A proposal is approved by the body the group reports to, then runs, then concludes. */
export const studyGroupStatusMachine = defineStateMachine<StudyGroupStatus>(StudyGroupStatus.PROPOSED, {
  PROPOSED: [StudyGroupStatus.APPROVED],
  APPROVED: [StudyGroupStatus.ACTIVE],
  ACTIVE: [StudyGroupStatus.CONCLUDED],
  CONCLUDED: [],
});

/** Roles a person holds on a study group. */
export const StudyGroupRole = {
  /** Staff of the council who run the group's paperwork. */
  SECRETARIAT: 'SECRETARIAT',
  CO_CHAIR: 'CO_CHAIR',
  /** Speaks for a participating member committee in the group and names its members. */
  FOCAL_POINT: 'FOCAL_POINT',
  MEMBER: 'MEMBER',
  /** Sees only what is published: the group, its meeting series and published reports. */
  OBSERVER: 'OBSERVER',
} as const;
export type StudyGroupRole = (typeof StudyGroupRole)[keyof typeof StudyGroupRole];

export const studyGroupRoleLabels: Record<StudyGroupRole, string> = {
  SECRETARIAT: 'Secretariat',
  CO_CHAIR: 'Co-chair',
  FOCAL_POINT: 'Focal point',
  MEMBER: 'Member',
  OBSERVER: 'Observer',
};

/** Roles that manage the group: its details, members, meeting plans, reports and action items. */
export const studyGroupManagerRoles: readonly StudyGroupRole[] = [StudyGroupRole.SECRETARIAT, StudyGroupRole.CO_CHAIR];

/** Roles that see the group's working material: meetings, drafts and reports before publication. */
export const studyGroupMemberRoles: readonly StudyGroupRole[] = [
  StudyGroupRole.SECRETARIAT,
  StudyGroupRole.CO_CHAIR,
  StudyGroupRole.FOCAL_POINT,
  StudyGroupRole.MEMBER,
];

/** A committee's part in a group: co-chairing it, or taking part in it. */
export const CommitteeRole = {
  CO_CHAIR: 'CO_CHAIR',
  PARTICIPANT: 'PARTICIPANT',
} as const;
export type CommitteeRole = (typeof CommitteeRole)[keyof typeof CommitteeRole];

export const committeeRoleLabels: Record<CommitteeRole, string> = {
  CO_CHAIR: 'Co-chair committee',
  PARTICIPANT: 'Participating committee',
};

export const ReportStatus = {
  DRAFT: 'DRAFT',
  /** Locked: the text no longer changes unless the co-chairs reopen it. */
  FINAL: 'FINAL',
  PUBLISHED: 'PUBLISHED',
} as const;
export type ReportStatus = (typeof ReportStatus)[keyof typeof ReportStatus];

export const reportStatusLabels: Record<ReportStatus, string> = {
  DRAFT: 'Draft',
  FINAL: 'Final',
  PUBLISHED: 'Published',
};

export const reportStatusMachine = defineStateMachine<ReportStatus>(ReportStatus.DRAFT, {
  DRAFT: [ReportStatus.FINAL],
  FINAL: [ReportStatus.DRAFT, ReportStatus.PUBLISHED],
  PUBLISHED: [],
});

export const ActionItemStatus = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  DROPPED: 'DROPPED',
} as const;
export type ActionItemStatus = (typeof ActionItemStatus)[keyof typeof ActionItemStatus];

export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

export const actionItemStatusMachine = defineStateMachine<ActionItemStatus>(ActionItemStatus.OPEN, {
  OPEN: [ActionItemStatus.IN_PROGRESS, ActionItemStatus.DONE, ActionItemStatus.DROPPED],
  IN_PROGRESS: [ActionItemStatus.OPEN, ActionItemStatus.DONE, ActionItemStatus.DROPPED],
  DONE: [ActionItemStatus.OPEN],
  DROPPED: [ActionItemStatus.OPEN],
});

/** Action items still to be done, the ones carried into the next meeting's agenda. */
export function isOpenActionItem(status: ActionItemStatus): boolean {
  return status === ActionItemStatus.OPEN || status === ActionItemStatus.IN_PROGRESS;
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "first", "second", … "tenth", then "11th". */
export function ordinal(n: number): string {
  const word = ordinals[n - 1];
  if (word) return word;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a meeting is named in its series: "Third and final meeting", "Second meeting". */
export function seriesLabel(sequence: number, plannedCount: number): string {
  const text = `${ordinal(sequence)}${sequence === plannedCount && plannedCount > 1 ? ' and final' : ''} meeting`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label of the i-th (0-based) item of a lettered list: (a), (b), … (z), (aa). */
export function letteredLabel(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `(${letters})`;
}

export interface ParticipationFigures {
  experts: number;
  memberCommittees: number;
  otherOrganizations: number;
}

/**
 * The sentence a report opens with, computed from who took part: "More than 20 experts from 9
 * member committees and 2 other institutions participated in the meeting." Counts of twenty and
 * more are rounded down to the ten, as reports write them.
 */
export function participationSentence(figures: ParticipationFigures): string {
  const { experts, memberCommittees, otherOrganizations } = figures;
  if (experts === 0) return 'No participants have been recorded for the meeting yet.';
  const people =
    experts >= 20 && experts % 10 !== 0
      ? `More than ${experts - (experts % 10)} experts`
      : `${experts} ${experts === 1 ? 'expert' : 'experts'}`;
  const sources = [
    memberCommittees > 0 && `${memberCommittees} member ${memberCommittees === 1 ? 'committee' : 'committees'}`,
    otherOrganizations > 0 &&
      `${otherOrganizations} other ${otherOrganizations === 1 ? 'institution' : 'institutions'}`,
  ].filter(Boolean);
  return `${people}${sources.length ? ` from ${sources.join(' and ')}` : ''} participated in the meeting.`;
}

export interface NamedPerson {
  id: string;
  /** The name as written, in any script. */
  name: string;
  /** "Family, Given" in Latin letters, when known. */
  sortName?: string | null;
}

export interface AttributionMatch {
  personId: string;
  name: string;
  /** The words around the name, for the warning. */
  excerpt: string;
}

/**
 * Names of participants that appear in a text written under the Chatham House rule. Looks for the
 * name as written and its romanised forms ("Kim Tae-hoon", "Tae-hoon Kim", and the family name
 * alone when it is long enough not to be an ordinary word). Scripts without spaces (Chinese,
 * Japanese, Korean) match anywhere; Latin and Cyrillic names match whole words only.
 */
export function findNamedParticipants(text: string, people: readonly NamedPerson[]): AttributionMatch[] {
  const matches: AttributionMatch[] = [];
  for (const person of people) {
    for (const form of nameForms(person)) {
      const index = indexOfName(text, form);
      if (index < 0) continue;
      const start = Math.max(0, index - 40);
      const end = Math.min(text.length, index + form.length + 40);
      matches.push({
        personId: person.id,
        name: person.name,
        excerpt: `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`,
      });
      break;
    }
  }
  return matches;
}

function nameForms(person: NamedPerson): string[] {
  const forms = new Set<string>([person.name.trim()]);
  const [family, given] = (person.sortName ?? '').split(',').map((part) => part.trim());
  if (family && given) {
    forms.add(`${given} ${family}`);
    forms.add(`${family} ${given}`);
  }
  // A family name alone is a name only if it cannot be mistaken for an ordinary word.
  const surname = family || person.name.trim().split(/\s+/).at(-1);
  if (surname && surname.length >= 5 && /^\p{Lu}/u.test(surname)) forms.add(surname);
  return [...forms].filter((form) => form.length >= 2);
}

function indexOfName(text: string, name: string): number {
  if (!/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(name)) return text.indexOf(name);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index : -1;
}
