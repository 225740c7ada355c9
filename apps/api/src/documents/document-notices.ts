import {
  DocumentDecision,
  documentDecisionLabels,
  type DocumentKind,
  documentKindLabels,
  formatInstant,
  formatLongDate,
  type LocalDate,
  listOfNames,
} from '@plenary/shared';
import type { MailText } from '../mail/mail-text';
import type { DocumentOwner } from './document-people.repository';

/**
 * What every message about a document is written from, one place for each kind, so that the
 * notification centre, the e-mail and its preview say the same: who did what, where, by when, in
 * words and dates a person reads once, and a link to the exact place.
 */
export interface DocumentFacts {
  id: string;
  title: string;
  kind: DocumentKind;
  owner: DocumentOwner;
}

/** A message for one person: the line, the sentence or two, the place, and the e-mail's text. */
export interface Notice {
  title: string;
  body: string;
  path: string;
  mailText: MailText;
}

/** Whom a person answers a round for: the committees and institutions named, and themselves in person. */
export interface AnswersFor {
  organizations: string[];
  inPerson: boolean;
}

/** 'the memorandum "…" of the CSCAP Study Group on …'. */
export function documentPhrase(doc: DocumentFacts): string {
  const of = doc.owner.meeting ?? doc.owner.group;
  return `the ${documentKindLabels[doc.kind].toLowerCase()} "${doc.title}"${of ? ` of the ${of.title}` : ''}`;
}

/** Dates of a meeting's document are written on the meeting's clock; a study group has none, so UTC. */
export function documentTime(doc: DocumentFacts, instant: Date): string {
  return formatInstant(instant, doc.owner.meeting?.timeZone ?? 'UTC');
}

/** The lines under an e-mail: the names of those it comes from and the capacity they write in. */
export function signature(names: readonly string[], capacity: string): string[] {
  return names.length ? [listOfNames(names), capacity] : [capacity];
}

/** How the drafters of the document sign: a group's co-chairs, or a meeting's organisers. */
export function draftersCapacity(doc: DocumentFacts): string {
  if (doc.owner.meeting) return `For the organisers of the ${doc.owner.meeting.title}`;
  if (doc.owner.group) return `Co-chairs, ${doc.owner.group.title}`;
  return 'Drafters';
}

/** The final text goes to the body that decides on it. */
export function submittedNotice(
  doc: DocumentFacts,
  actor: string,
  versionNumber: number,
  bodyName: string,
  publicUrl: string,
): Notice {
  const body = `${actor} submitted version ${versionNumber}, the final text of ${documentPhrase(doc)}, to ${bodyName} for decision.`;
  return {
    title: `Submitted for decision: ${doc.title}`,
    body,
    path: `/documents/${doc.id}`,
    mailText: [body, '', `Read it and record the decision: ${publicUrl}/documents/${doc.id}`],
  };
}

export interface DecisionFacts {
  decision: DocumentDecision;
  versionNumber: number;
  bodyName: string;
  meetingDate: LocalDate;
  meetingReference: string;
  guidance: string;
  note: string;
  recordedBy: string;
}

/** The body's decision, recorded: what it decided, at which meeting, and what follows. */
export function decidedNotice(doc: DocumentFacts, decision: DecisionFacts, path: string, publicUrl: string): Notice {
  const meeting = `at its meeting on ${formatLongDate(decision.meetingDate)}${decision.meetingReference ? ` (${decision.meetingReference})` : ''}`;
  const what =
    decision.decision === DocumentDecision.APPROVED
      ? `${decision.bodyName} approved version ${decision.versionNumber} of ${documentPhrase(doc)} ${meeting}.`
      : `${decision.bodyName} returned version ${decision.versionNumber} of ${documentPhrase(doc)} with guidance ${meeting}: ${decision.guidance}`;
  const next =
    decision.decision === DocumentDecision.APPROVED
      ? 'It can now be published; its recommendations are followed up in the registry.'
      : `The drafters revise it in version ${decision.versionNumber + 1}.`;
  const recorded = `${decision.recordedBy} recorded the decision.`;
  const body = [what, decision.note, next, recorded].filter(Boolean).join(' ');
  return {
    title: `${documentDecisionLabels[decision.decision]}: ${doc.title}`,
    body,
    path,
    mailText: [what, ...(decision.note ? ['', decision.note] : []), '', next, recorded, '', `${publicUrl}${path}`],
  };
}

/** The published text, sent to the dissemination list: to whom, as what, and where to read it. */
export function publishedNotice(
  doc: DocumentFacts,
  actor: string,
  approvedBy: string | null,
  sentTo: AnswersFor,
  publicUrl: string,
): Notice {
  const approved = approvedBy ? `, approved by ${approvedBy},` : '';
  const as = [
    sentTo.organizations.length ? `as a member of ${listOfNames(sentTo.organizations)}` : null,
    sentTo.inPerson ? 'in person' : null,
  ]
    .filter(Boolean)
    .join(' and ');
  const body = `${actor} published ${documentPhrase(doc)}${approved} and sent it to you${as ? ` ${as}` : ''}.`;
  const link = `${publicUrl}/documents/${doc.id}`;
  return {
    title: `Published: ${doc.title}`,
    body,
    path: `/documents/${doc.id}`,
    mailText: [body, '', `Read it: ${link}`, `Word: ${link}/document.docx`, `PDF: ${link}/document.pdf`],
  };
}
