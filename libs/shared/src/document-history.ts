import {
  type Disposition,
  dispositionLabels,
  DocumentDecision,
  DocumentStatus,
  documentStatusLabels,
} from './documents';
import { formatLongDate, type LocalDate } from './time';

/** How one version's text differs from the version before it, paragraph by paragraph. */
export interface VersionChanges {
  changed: number;
  added: number;
  removed: number;
}

/** One audited step of a document's workflow and what was recorded with it. */
export interface HistoryFacts {
  /** "round.opened", "document.status_changed", … */
  action: string;
  fromState: string | null;
  toState: string | null;
  roundNumber: number | null;
  versionNumber: number | null;
  /** When the round closes, as an ISO date-time. */
  closesAt: string | null;
  /** Comments disposed of in the step. */
  commentCount: number | null;
  /** The disposition they were given, when all got the same. */
  disposition: Disposition | null;
  /** Drafters named in the step. */
  drafterCount: number | null;
  decision: DocumentDecision | null;
  /** The body submitted to, or whose decision was recorded. */
  bodyName: string | null;
  guidance: string | null;
  note: string | null;
  /** The body's meeting that decided. */
  meetingDate: LocalDate | null;
  meetingReference: string | null;
  /** What changed in the version since the one before it. */
  changes: VersionChanges | null;
  /** Whom a publication was sent to. */
  sentToOrganizations: number | null;
  sentToPeople: number | null;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "4 paragraphs changed, 1 added, 2 removed"; "1 paragraph added"; "no paragraph changed". */
export function versionChangesText(changes: VersionChanges): string {
  const parts = (
    [
      [changes.changed, 'changed'],
      [changes.added, 'added'],
      [changes.removed, 'removed'],
    ] as const
  ).filter(([n]) => n > 0);
  if (parts.length === 0) return 'no paragraph changed';
  return parts.map(([n, verb], i) => (i === 0 ? `${count(n, 'paragraph')} ${verb}` : `${n} ${verb}`)).join(', ');
}

function versionSentence(facts: HistoryFacts): string | null {
  if (!facts.changes || facts.versionNumber === null) return null;
  return `Version ${facts.versionNumber}: ${versionChangesText(facts.changes)}`;
}

function meetingClause(facts: HistoryFacts): string {
  if (!facts.meetingDate) return '';
  const reference = facts.meetingReference ? ` (${facts.meetingReference})` : '';
  return ` at its meeting on ${formatLongDate(facts.meetingDate)}${reference}`;
}

function sentences(...parts: (string | null)[]): string {
  return parts.filter((part): part is string => !!part).join('. ');
}

function roundName(facts: HistoryFacts): string {
  return facts.roundNumber === null ? 'The round' : `Round ${facts.roundNumber}`;
}

function statusChange(facts: HistoryFacts, formatMoment: (iso: string) => string): string {
  const body = facts.bodyName ?? 'the body it was submitted to';
  const version = facts.versionNumber === null ? 'The text' : `Version ${facts.versionNumber}`;
  if (facts.fromState === DocumentStatus.SUBMITTED && facts.decision === DocumentDecision.APPROVED) {
    return `Approved by ${body}${meetingClause(facts)}${facts.note ? `: ${facts.note}` : ''}`;
  }
  if (facts.fromState === DocumentStatus.SUBMITTED && facts.decision === DocumentDecision.RETURNED) {
    return `Returned with guidance by ${body}${meetingClause(facts)}${facts.guidance ? `: ${facts.guidance}` : ''}`;
  }
  if (facts.toState === DocumentStatus.IN_COMMENT_ROUND) {
    return facts.closesAt ? `Out for comment until ${formatMoment(facts.closesAt)}` : 'Out for comment';
  }
  if (facts.toState === DocumentStatus.REVISING) {
    return facts.fromState === DocumentStatus.IN_COMMENT_ROUND
      ? 'Back with the drafters for revision'
      : 'Reopened for revision';
  }
  if (facts.toState === DocumentStatus.FINAL) {
    return sentences(`${version} finalised as the final text`, versionSentence(facts));
  }
  if (facts.toState === DocumentStatus.SUBMITTED) return `${version} submitted to ${body} for decision`;
  if (facts.toState === DocumentStatus.PUBLISHED) {
    const sentTo = [
      facts.sentToOrganizations ? count(facts.sentToOrganizations, 'institution') : null,
      facts.sentToPeople ? count(facts.sentToPeople, 'expert') : null,
    ].filter((part): part is string => part !== null);
    return sentTo.length ? `Published and sent to ${sentTo.join(' and ')}` : 'Published';
  }
  const label = (state: string | null) =>
    state && Object.hasOwn(documentStatusLabels, state) ? documentStatusLabels[state as DocumentStatus] : (state ?? '');
  return `${label(facts.fromState)} → ${label(facts.toState)}`.trim();
}

/**
 * One step of a document's history as a sentence a person reads once: "Round 2 on version 2 opened,
 * closes 27 Dec 2030, 17:00 CET. Version 2: 4 paragraphs changed, 1 added"; "14 comments of round 1
 * disposed of"; "Returned with guidance by CSCAP Steering Committee: …". Moments are written by
 * `formatMoment`, on the reader's clock.
 */
export function describeHistoryEntry(facts: HistoryFacts, formatMoment: (iso: string) => string): string {
  switch (facts.action) {
    case 'document.created':
      return 'Document started';
    case 'document.drafters_named':
      return facts.drafterCount === 0
        ? 'No drafters named besides the organisers'
        : facts.drafterCount === null
          ? 'Drafters named'
          : `${count(facts.drafterCount, 'drafter')} named`;
    case 'round.opened': {
      const on = facts.versionNumber === null ? '' : ` on version ${facts.versionNumber}`;
      const closes = facts.closesAt ? `, closes ${formatMoment(facts.closesAt)}` : '';
      return sentences(`${roundName(facts)}${on} opened${closes}`, versionSentence(facts));
    }
    case 'round.closed':
      return `${roundName(facts)} closed`;
    case 'round.closed_at_deadline':
      return `${roundName(facts)} closed at its deadline`;
    case 'comments.disposed': {
      const comments = count(facts.commentCount ?? 0, 'comment');
      const of = facts.roundNumber === null ? '' : ` of round ${facts.roundNumber}`;
      const given = facts.disposition ? `: ${dispositionLabels[facts.disposition].toLowerCase()}` : '';
      return `${comments}${of} disposed of${given}`;
    }
    case 'suggestion.accepted': {
      const of = facts.roundNumber === null ? '' : ` of round ${facts.roundNumber}`;
      return `Suggested wording${of} accepted into the text`;
    }
    case 'document.status_changed':
      return statusChange(facts, formatMoment);
    default:
      return facts.action;
  }
}

/**
 * The history as a story: the status changes that only echo a round opening or closing (recorded
 * in the same step) are left out, and dispositions given one after another by the same person in
 * the same round read as one step, with their count.
 */
export function documentStory<E extends HistoryFacts & { actorId: string | null }>(entries: readonly E[]): E[] {
  const story: E[] = [];
  for (const entry of entries) {
    if (
      entry.action === 'document.status_changed' &&
      (entry.toState === DocumentStatus.IN_COMMENT_ROUND ||
        (entry.fromState === DocumentStatus.IN_COMMENT_ROUND && entry.toState === DocumentStatus.REVISING))
    ) {
      continue;
    }
    const previous = story.at(-1);
    if (
      previous &&
      entry.action === 'comments.disposed' &&
      previous.action === 'comments.disposed' &&
      previous.actorId === entry.actorId &&
      previous.roundNumber === entry.roundNumber
    ) {
      story[story.length - 1] = {
        ...entry,
        commentCount: (previous.commentCount ?? 0) + (entry.commentCount ?? 0),
        disposition: previous.disposition === entry.disposition ? entry.disposition : null,
      };
      continue;
    }
    story.push(entry);
  }
  return story;
}
