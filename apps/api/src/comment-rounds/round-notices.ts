import { AttributionMode, type Disposition, dispositionLabels, excerpt, listOfNames } from '@plenary/shared';
import {
  type AnswersFor,
  type DocumentFacts,
  documentPhrase,
  documentTime,
  type Notice,
} from '../documents/document-notices';

/** The messages about a comment round: its opening, the reminders before it closes, the dispositions. */

function youAnswer(answers: AnswersFor): string {
  const parts = [
    answers.organizations.length ? `You may comment and respond for ${listOfNames(answers.organizations)}` : null,
    answers.inPerson ? 'you are asked in person, to comment in a personal capacity' : null,
  ].filter((part): part is string => part !== null);
  const sentence = parts.join('; ');
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
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
    ? `Comments open on ${documentTime(doc, round.opensAt)} and close on ${documentTime(doc, round.closesAt)}.`
    : `Comments are open until ${documentTime(doc, round.closesAt)}.`;
  const you = youAnswer(answers);
  return {
    title: `For comment: ${doc.title} (version ${round.versionNumber})`,
    body: [who, you, when].filter(Boolean).join(' '),
    path: `/documents/${doc.id}`,
    mailText: [
      who,
      ...(you ? [you] : []),
      `Comments are open from ${documentTime(doc, round.opensAt)} until ${documentTime(doc, round.closesAt)}.`,
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
    `Round ${round.number} of ${documentPhrase(doc)} closes on ${documentTime(doc, round.closesAt)}. ` +
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
