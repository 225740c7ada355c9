import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  InvitationState,
  limits,
  MeetingRole,
  meetingRoleLabels,
  MeetingStatus,
  NotificationKind,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { newToken } from '../auth/secrets';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound, versionConflict } from '../common/domain-error';
import { requiredText } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { composeMailText, PersonalLink } from '../mail/mail-text';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsRepository } from '../meetings/meetings.repository';
import { notificationMailText, NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { EventsService } from '../realtime/events.service';
import type { InvitationLetterInput } from './dto/invitation.input';
import { defaultLetter, type LetterText, letterSubject, letterText, reminderText } from './invitation-letter';
import type { ParticipationEntity } from './participation.entity';
import { ParticipantsRepository } from './participants.repository';

/** Once a meeting has been held, nobody is invited to it or reminded of it any more. */
const closedStatuses: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

/** A reminder a day at most, so that a second click does not send a second e-mail. */
const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface StoredLetter extends LetterText {
  /** 0 while the meeting's letter is still the default one, never saved. */
  version: number;
}

export interface LetterWithPreview extends StoredLetter {
  previewSubject: string;
  previewText: string;
}

export interface SendResult {
  /** Sent an invitation with a personal link to reply. */
  sent: ParticipationEntity[];
  /** Organisers and secretariat of the meeting: on the list as attending, not asked to reply. */
  notAsked: ParticipationEntity[];
}

/**
 * Invitations are prepared, then sent: people are put on the list first (ParticipantsService), and
 * the organisers send when ready, to everyone not yet invited or to a selection, from the meeting's
 * letter as it stands. Reminders go, on demand, to those who have not replied.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: ParticipantsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly people: PeopleRepository,
    private readonly accounts: AuthService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
  ) {}

  async letter(viewer: Viewer, meetingId: string): Promise<LetterWithPreview> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    return this.withPreview(
      this.dataSource.manager,
      meetingId,
      await this.letterOf(this.dataSource.manager, meetingId),
    );
  }

  /**
   * The letter as the first person not yet invited will read it (or someone invited as a
   * participant, when everyone has been), every personal link shown as the outbox shows it.
   */
  private async withPreview(
    manager: EntityManager,
    meetingId: string,
    letter: StoredLetter,
  ): Promise<LetterWithPreview> {
    const meeting = await this.meetings.findById(manager, meetingId);
    if (!meeting) throw notFound('meeting');
    const list = await this.repository.ofMeetings([meetingId]);
    const first = (list.get(meetingId) ?? []).find((p) => p.state === InvitationState.NOT_INVITED);
    const [person] = first ? await this.people.findByIds([first.personId]) : [];
    const role = first?.role ?? MeetingRole.PARTICIPANT;
    const marker = new PersonalLink('');
    const text = notificationMailText(
      person ?? { honorific: null, name: 'colleague', sortName: 'colleague' },
      {
        body: '',
        path: '',
        mailText: letterText(letter, meeting, role, {
          ...(await this.sharedLinks(manager, meeting, letter)),
          rsvp: marker,
          account: null,
        }),
        signature: letter.signature.split(/\r?\n/),
      },
      this.config.publicUrl,
    );
    return {
      ...letter,
      previewSubject: letterSubject(letter, meeting, role),
      previewText: composeMailText(text).shown,
    };
  }

  /**
   * Edits the meeting's letter. Invitations already sent are not touched: the outbox keeps what
   * each person was sent, and the edited letter goes to those invited after.
   */
  async updateLetter(viewer: Viewer, meetingId: string, input: InvitationLetterInput): Promise<LetterWithPreview> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    const values = {
      subject: requiredText('subject', input.subject, limits.title),
      body: requiredText('body', input.body, limits.longText),
      logistics: (input.logistics ?? '').trim(),
      signature: requiredText('signature', input.signature, 1_000),
      linkAgenda: input.linkAgenda,
      linkConceptNote: input.linkConceptNote,
    };
    if (values.logistics.length > limits.longText) {
      throw invalid('logistics', `At most ${limits.longText} characters.`, 'TEXT_TOO_LONG');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw notFound('meeting');
      if (!(await this.repository.saveLetter(manager, meetingId, values, input.version))) {
        throw versionConflict('invitation letter');
      }
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'MEETING',
        objectId: meetingId,
        action: 'invitation_letter.updated',
      });
      return this.withPreview(manager, meetingId, await this.letterOf(manager, meetingId));
    });
    await this.events.publish({ topic: 'meeting', id: meetingId });
    return saved;
  }

  /**
   * Sends the invitations of those not yet invited: everyone, or the selection. Each gets the
   * letter addressed to them with a personal link to reply; organisers and the meeting's
   * secretariat are put down as attending instead of being asked. Refused, sending nothing, when
   * the selection names someone already invited (a reminder is the way to write again).
   */
  async send(viewer: Viewer, meetingId: string, participationIds: readonly string[] | null): Promise<SendResult> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    const result = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.openMeeting(manager, meetingId);
      const chosen = selection(await this.repository.lockOfMeeting(manager, meetingId), participationIds);
      const sentAlready = chosen.filter((p) => p.state !== InvitationState.NOT_INVITED);
      if (participationIds && sentAlready.length) {
        throw new DomainError(
          'INVITATION_ALREADY_SENT',
          `${sentAlready.length === 1 ? 'One person has' : `${sentAlready.length} people have`} already been sent the invitation; send them a reminder instead.`,
          { participationIds: sentAlready.map((p) => p.id) },
        );
      }
      const toSend = chosen.filter((p) => p.state === InvitationState.NOT_INVITED);
      if (toSend.length === 0) throw new DomainError('NOTHING_TO_SEND', 'Everyone on the list has been invited.');
      const managers = await this.repository.managerIds(manager, meetingId);
      const runsIt = (p: ParticipationEntity) => managers.has(p.personId) || p.role === MeetingRole.SECRETARIAT;
      const now = new Date();
      const notAsked = toSend.filter(runsIt);
      const asked = toSend.filter((p) => !runsIt(p));
      const contacts = new Map(
        (
          await this.repository.contacts(
            manager,
            asked.map((p) => p.personId),
          )
        ).map((c) => [c.id, c]),
      );
      const noAddress = asked.find((p) => !contacts.get(p.personId)?.email);
      if (noAddress) {
        throw invalid(
          'participationIds',
          `${contacts.get(noAddress.personId)?.name ?? 'Someone'} has no e-mail address to send the invitation to.`,
          'NO_EMAIL',
        );
      }
      const letter = await this.letterOf(manager, meetingId);
      const shared = await this.sharedLinks(manager, meeting, letter);
      const mail = new Map<string, ReturnType<typeof letterText>>();
      const updated: ParticipationEntity[] = [];
      for (const participation of asked) {
        const rsvp = newToken();
        const contact = contacts.get(participation.personId)!;
        const account = await this.accounts.accountLinkFor(manager, viewer, { id: contact.id, email: contact.email! });
        mail.set(
          participation.personId,
          letterText(letter, meeting, participation.role, {
            ...shared,
            rsvp: new PersonalLink(`${this.config.publicUrl}/rsvp/${rsvp.token}`),
            account,
          }),
        );
        const changes = { state: InvitationState.INVITED, rsvpTokenHash: rsvp.hash, invitedAt: now };
        await this.repository.update(manager, participation.id, changes);
        updated.push({ ...participation, ...changes });
      }
      const accepted: ParticipationEntity[] = [];
      for (const participation of notAsked) {
        const changes = { state: InvitationState.ACCEPTED, invitedAt: now, respondedAt: now };
        await this.repository.update(manager, participation.id, changes);
        accepted.push({ ...participation, ...changes });
      }
      for (const participation of toSend) await this.grantAccess(manager, participation);
      const roleOf = new Map(asked.map((p) => [p.personId, p.role]));
      await this.notifications.notify(manager, {
        personIds: asked.map((p) => p.personId),
        kind: NotificationKind.INVITATION_RECEIVED,
        mailKind: 'MEETING_INVITATION',
        objectId: meetingId,
        title: (personId) => letterSubject(letter, meeting, roleOf.get(personId)!),
        body: (personId) =>
          `You are invited as ${meetingRoleLabels[roleOf.get(personId)!].toLowerCase()}. Let the organisers know whether you will attend.`,
        path: `/meetings/${meetingId}`,
        mailText: (personId) => mail.get(personId)!,
        signature: letter.signature.split(/\r?\n/),
      });
      for (const participation of [...updated, ...accepted]) {
        await this.audit.record(manager, {
          actorUserId: viewer.userId,
          objectType: 'MEETING',
          objectId: meetingId,
          action: 'participant.invited',
          fromState: InvitationState.NOT_INVITED,
          toState: participation.state,
          data: { participationId: participation.id, personId: participation.personId },
        });
      }
      return { sent: updated, notAsked: accepted };
    });
    await this.events.publish({ topic: 'meeting', id: meetingId });
    return result;
  }

  /**
   * Reminds those invited who have not replied: everyone, or the selection, with a new personal
   * link that replaces the first. Someone reminded in the last day is not reminded again.
   */
  async remind(
    viewer: Viewer,
    meetingId: string,
    participationIds: readonly string[] | null,
  ): Promise<ParticipationEntity[]> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    const reminded = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.openMeeting(manager, meetingId);
      const chosen = selection(await this.repository.lockOfMeeting(manager, meetingId), participationIds);
      const notWaiting = chosen.filter((p) => p.state !== InvitationState.INVITED);
      if (participationIds && notWaiting.length) {
        throw new DomainError('NOT_AWAITING_REPLY', 'Only those invited who have not replied yet can be reminded.', {
          participationIds: notWaiting.map((p) => p.id),
        });
      }
      const now = new Date();
      const due = chosen.filter(
        (p) =>
          p.state === InvitationState.INVITED &&
          (!p.remindedAt || now.getTime() - p.remindedAt.getTime() >= REMINDER_INTERVAL_MS),
      );
      if (due.length === 0) {
        throw new DomainError(
          'NOTHING_TO_SEND',
          'Nobody is waiting for a reminder: everyone has replied or was reminded today.',
        );
      }
      const letter = await this.letterOf(manager, meetingId);
      const texts = new Map<string, ReturnType<typeof reminderText>>();
      const updated: ParticipationEntity[] = [];
      for (const participation of due) {
        const rsvp = newToken();
        texts.set(
          participation.personId,
          reminderText(
            meeting,
            participation.role,
            participation.invitedAt,
            new PersonalLink(`${this.config.publicUrl}/rsvp/${rsvp.token}`),
          ),
        );
        const changes = { rsvpTokenHash: rsvp.hash, remindedAt: now, respondedAt: null };
        await this.repository.update(manager, participation.id, changes);
        updated.push({ ...participation, ...changes });
      }
      await this.notifications.notify(manager, {
        personIds: due.map((p) => p.personId),
        kind: NotificationKind.INVITATION_RECEIVED,
        mailKind: 'INVITATION_REMINDER',
        objectId: meetingId,
        title: `Reminder: ${letterSubject(letter, meeting, due[0]!.role)}`,
        body: `The organisers of the ${meeting.title} are waiting for your reply.`,
        path: `/meetings/${meetingId}?tab=participants`,
        mailText: (personId) => texts.get(personId)!,
        signature: letter.signature.split(/\r?\n/),
      });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'MEETING',
        objectId: meetingId,
        action: 'participant.reminded',
        data: { participationIds: updated.map((p) => p.id) },
      });
      return updated;
    });
    await this.events.publish({ topic: 'meeting', id: meetingId });
    return reminded;
  }

  private async openMeeting(manager: EntityManager, meetingId: string): Promise<MeetingEntity> {
    const meeting = await this.meetings.lockById(manager, meetingId);
    if (!meeting) throw notFound('meeting');
    if (meeting.recordedAfterTheFact) {
      throw new DomainError(
        'INVITATIONS_CLOSED',
        'This meeting is recorded after the fact: nobody is sent an invitation; mark who attended instead.',
      );
    }
    if (closedStatuses.includes(meeting.status)) {
      throw new DomainError('INVITATIONS_CLOSED', 'The meeting has taken place; invitations can no longer be sent.');
    }
    return meeting;
  }

  private async letterOf(manager: EntityManager, meetingId: string): Promise<StoredLetter> {
    const stored = await this.repository.letterOf(manager, meetingId);
    if (stored) return stored;
    return { ...defaultLetter(await this.repository.firstOrganizerName(manager, meetingId)), version: 0 };
  }

  private async sharedLinks(manager: EntityManager, meeting: MeetingEntity, letter: LetterText) {
    const base = `${this.config.publicUrl}/meetings/${meeting.id}`;
    const conceptNote = letter.linkConceptNote ? await this.repository.conceptNoteOf(manager, meeting.id) : null;
    return {
      agenda: letter.linkAgenda ? { page: `${base}?tab=agenda`, pdf: `${base}/agenda.pdf` } : null,
      conceptNote: conceptNote ? `${this.config.publicUrl}/documents/${conceptNote}` : null,
    };
  }

  /** Invited, a person sees the meeting, in the role they are on the list with. */
  private grantAccess(manager: EntityManager, participation: ParticipationEntity): Promise<void> {
    return this.access.changeRole(
      manager,
      { personId: participation.personId, objectType: MembershipObjectType.MEETING, objectId: participation.meetingId },
      null,
      participation.role,
    );
  }
}

/** Everyone on the list, or the chosen ones, each of whom must be on it. */
function selection(all: ParticipationEntity[], ids: readonly string[] | null): ParticipationEntity[] {
  if (!ids) return all;
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalid('participationIds', 'Choose at least one person.');
  const byId = new Map(all.map((p) => [p.id, p]));
  const missing = unique.find((id) => !byId.has(id));
  if (missing) throw invalid('participationIds', 'Someone chosen is not on this meeting’s list.', 'UNKNOWN_REFERENCE');
  return unique.map((id) => byId.get(id)!);
}
