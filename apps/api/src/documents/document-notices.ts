import {
  AttributionMode,
  type Disposition,
  dispositionLabels,
  DocumentDecision,
  documentDecisionLabels,
  type DocumentKind,
  documentKindLabels,
  excerpt,
  formatInstant,
  formatLongDate,
  type LocalDate,
  listOfNames,
} from '@plenary/shared';
import type { MailText } from '../mail/mail-text';
import type { DocumentOwner } from './documents.repository';

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
function documentPhrase(doc: DocumentFacts): string {
  const of = doc.owner.meeting ?? doc.owner.group;
  return `the ${documentKindLabels[doc.kind].toLowerCase()} "${doc.title}"${of ? ` of the ${of.title}` : ''}`;
}

/** Dates of a meeting's document are written on the meeting's clock; a study group has none, so UTC. */
function at(doc: DocumentFacts, instant: Date): string {
  return formatInstant(instant, doc.owner.meeting?.timeZone ?? 'UTC');
}

function youAnswer(answers: AnswersFor): string {
  const parts = [
    answers.organizations.length ? `You may comment and respond for ${listOfNames(answers.organizations)}` : null,
    answers.inPerson ? 'you are asked in person, to comment in a personal capacity' : null,
  ].filter((part): part is string => part !== null);
  const sentence = parts.join('; ');
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
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

export interface RoundFacts {
  number: number;
  versionNumber: number;
  opensAt: Date;
  closesAt: Date;
  instructions: string;
  attribution: AttributionMode;
}

/** A round opens: for each person, what they are asked, for whom, and until when. */
export function roundOpenedNotice(
  doc: DocumentFacts,
  round: RoundFacts,
  actor: string,
  answers: AnswersFor,
  publicUrl: string,
): Notice {
  const opensLater = round.opensAt.getTime() > Date.now();
  const who = doc.owner.meeting
    ? `${actor} circulated version ${round.versionNumber} of ${documentPhrase(doc)} for comment (round ${round.number}), for the meeting’s organisers.`
    : `${actor} circulated version ${round.versionNumber} of ${documentPhrase(doc)} for comment (round ${round.number}), for its co-chairs.`;
  const when = opensLater
    ? `Comments open on ${at(doc, round.opensAt)} and close on ${at(doc, round.closesAt)}.`
    : `Comments are open until ${at(doc, round.closesAt)}.`;
  const you = youAnswer(answers);
  return {
    title: `For comment: ${doc.title} (version ${round.versionNumber})`,
    body: [who, you, when].filter(Boolean).join(' '),
    path: `/documents/${doc.id}`,
    mailText: [
      who,
      ...(you ? [you] : []),
      `Comments are open from ${at(doc, round.opensAt)} until ${at(doc, round.closesAt)}.`,
      ...(round.instructions ? ['', round.instructions] : []),
      '',
      round.attribution === AttributionMode.NON_ATTRIBUTED
        ? 'This round is non-attributed: other recipients see comments without names.'
        : 'This round is attributed: comments are shown with their authors.',
      '',
      `Read and comment: ${publicUrl}/documents/${doc.id}`,
    ],
  };
}

/** A reminder to those who have not responded, saying for whom the response is still missing. */
export function roundClosingNotice(
  doc: DocumentFacts,
  round: { number: number; closesAt: Date },
  days: number,
  waitingFor: AnswersFor,
  publicUrl: string,
): Notice {
  const missing = listOfNames([...(waitingFor.inPerson ? ['you'] : []), ...waitingFor.organizations]);
  const body =
    `Round ${round.number} of ${documentPhrase(doc)} closes on ${at(doc, round.closesAt)}. ` +
    `No response yet from ${missing}: comment, or say "no comments" or whether you endorse the text.`;
  return {
    title: `${days === 1 ? 'Closes tomorrow' : `Closes in ${days} days`}: comments on ${doc.title}`,
    body,
    path: `/documents/${doc.id}`,
    mailText: [body, '', `Read and respond: ${publicUrl}/documents/${doc.id}`],
  };
}

export interface DisposedComment {
  paragraphId: string;
  /** The paragraph's number in the version the comment was made on; null for a heading. */
  paragraphNumber: number | null;
  roundNumber: number;
}

/** The drafters answered an author's comments: which ones, how, and where to read the reply. */
export function dispositionNotice(
  doc: DocumentFacts,
  actor: string,
  comments: readonly DisposedComment[],
  disposition: Disposition,
  reply: string | null,
  publicUrl: string,
): Notice {
  const numbers = [...new Set(comments.map((c) => c.paragraphNumber).filter((n): n is number => n !== null))];
  const rounds = [...new Set(comments.map((c) => c.roundNumber))];
  const where = [
    numbers.length ? `on paragraph${numbers.length === 1 ? '' : 's'} ${listOfNames(numbers.map(String))}` : null,
    `(round ${listOfNames(rounds.map(String))})`,
  ]
    .filter(Boolean)
    .join(' ');
  const yours = comments.length === 1 ? 'your comment' : `your ${comments.length} comments`;
  const label = dispositionLabels[disposition];
  const body = `${actor} gave ${yours} ${where} the disposition "${label}".${reply ? ` Reply: ${excerpt(reply)}` : ''}`;
  const path = `/documents/${doc.id}?paragraph=${comments[0]!.paragraphId}`;
  return {
    title: `${label}: ${yours} on ${doc.title}`,
    body,
    path,
    mailText: [
      `${actor} gave ${yours} on ${documentPhrase(doc)} ${where} the disposition "${label}".`,
      ...(reply ? ['', reply] : []),
      '',
      `Read it beside the text: ${publicUrl}${path}`,
    ],
  };
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
