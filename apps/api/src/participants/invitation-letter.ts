import { formatDateRange, type MeetingRole, meetingRoleLabels } from '@plenary/shared';
import type { MailText, PersonalLink } from '../mail/mail-text';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { InvitationLetterEntity } from './invitation-letter.entity';

/** A letter's words, as stored or as the organisers first see them. */
export type LetterText = Pick<
  InvitationLetterEntity,
  'subject' | 'body' | 'logistics' | 'signature' | 'linkAgenda' | 'linkConceptNote'
>;

/** The words each invitation fills in for its meeting and person. */
export const letterPlaceholders = ['{meeting}', '{dates}', '{venue}', '{role}'] as const;

/** The letter before anyone edits it, signed by the office that convenes the meeting. */
export function defaultLetter(office: string | null): LetterText {
  return {
    subject: 'Invitation: {meeting}, {dates}',
    body: [
      'You are invited to the {meeting}, to be held at {venue} on {dates}, as {role}.',
      '',
      'The agenda of the meeting and its concept note are linked below.',
    ].join('\n'),
    logistics: '',
    signature: office ? `Secretariat\n${office}` : 'The organisers',
    linkAgenda: true,
    linkConceptNote: true,
  };
}

function fill(text: string, meeting: MeetingEntity, role: MeetingRole): string {
  const values: Record<(typeof letterPlaceholders)[number], string> = {
    '{meeting}': meeting.title,
    '{dates}': formatDateRange(meeting.startDate, meeting.endDate),
    '{venue}': [meeting.venue, meeting.city].filter(Boolean).join(', '),
    '{role}': meetingRoleLabels[role].toLowerCase(),
  };
  return text.replace(/\{(meeting|dates|venue|role)\}/g, (placeholder) => values[placeholder as keyof typeof values]);
}

export function letterSubject(letter: LetterText, meeting: MeetingEntity, role: MeetingRole): string {
  return fill(letter.subject, meeting, role);
}

export interface LetterLinks {
  /** The agenda in Plenary and as a PDF. */
  agenda: { page: string; pdf: string } | null;
  conceptNote: string | null;
  rsvp: PersonalLink;
  /** To choose a password, for someone who has never signed in. */
  account: PersonalLink | null;
}

/** The invitation after its salutation: the letter, logistics, what is linked, how to reply. */
export function letterText(
  letter: LetterText,
  meeting: MeetingEntity,
  role: MeetingRole,
  links: LetterLinks,
): MailText {
  const paragraphs = (text: string) => fill(text, meeting, role).split(/\r?\n/);
  return [
    ...paragraphs(letter.body),
    '',
    ...(letter.logistics.trim() ? ['Practical arrangements', ...paragraphs(letter.logistics.trim()), ''] : []),
    ...(links.agenda ? [`The agenda: ${links.agenda.page}`, `The agenda as a PDF: ${links.agenda.pdf}`] : []),
    ...(links.conceptNote ? [`The concept note: ${links.conceptNote}`] : []),
    ...(links.agenda || links.conceptNote ? [''] : []),
    'Please let us know whether you will attend (accept, tentative or decline):',
    links.rsvp,
    '',
    ...(links.account
      ? [
          'Plenary, where the agenda and papers of the meeting are kept, has an account ready for you.',
          'Choose your password here (the link works once):',
          links.account,
          '',
        ]
      : ['The agenda and papers are on Plenary, where you can sign in with your usual account.', '']),
    'With kind regards,',
  ];
}

/** A reminder to someone who has not replied: the meeting, a new link to reply, the same signature. */
export function reminderText(
  meeting: MeetingEntity,
  role: MeetingRole,
  invitedAt: Date | null,
  rsvp: PersonalLink,
): MailText {
  const when = invitedAt
    ? ` on ${formatDateRange(invitedAt.toISOString().slice(0, 10), invitedAt.toISOString().slice(0, 10))}`
    : '';
  return [
    `We invited you${when} to the ${meeting.title}, ${formatDateRange(meeting.startDate, meeting.endDate)}, as ${meetingRoleLabels[role].toLowerCase()}, and have not yet had your reply.`,
    '',
    'Please let us know whether you will attend (accept, tentative or decline). This link replaces the one sent before:',
    rsvp,
    '',
    'With kind regards,',
  ];
}
