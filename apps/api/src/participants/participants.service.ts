import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  InvitationState,
  invitationStateMachine,
  isEmail,
  limits,
  meetingRoleLabels,
  MeetingStatus,
  participationRoles,
  rsvpStates,
  type MeetingRole,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { AuditService } from '../audit/audit.service';
import { AuthService, normalizeEmail } from '../auth/auth.service';
import { hashToken } from '../auth/secrets';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsRepository } from '../meetings/meetings.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeopleRepository } from '../people/people.repository';
import { PeopleService } from '../people/people.service';
import { EventsService } from '../realtime/events.service';
import type { InviteParticipantInput, UpdateParticipationInput } from './dto/participant.input';
import type { InvitationPreview } from './participation.model';
import type { ParticipationEntity } from './participation.entity';
import { ParticipantsRepository } from './participants.repository';
import { type ImportRow, parseParticipantCsv } from './participants-csv';

/** Attendance, once marked, is not a reply to change. */
const rsvpOpenStates: readonly InvitationState[] = [
  InvitationState.INVITED,
  InvitationState.ACCEPTED,
  InvitationState.TENTATIVE,
  InvitationState.DECLINED,
];

/** Once a meeting has been held, replies no longer change; only attendance is marked. */
const repliesClosed: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ParticipantsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly people: PeopleRepository,
    private readonly directory: PeopleService,
    private readonly organizations: OrganizationsRepository,
    private readonly accounts: AuthService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
  ) {}

  /**
   * Puts a person on the meeting's list of participants, not yet invited: nothing is sent until
   * the organisers send the invitations (InvitationsService), so the list can be prepared first.
   */
  async invite(viewer: Viewer, meetingId: string, input: InviteParticipantInput): Promise<ParticipationEntity> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    const participation = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw notFound('meeting');
      return this.addParticipant(manager, viewer, meeting, input);
    });
    await this.events.publish({ topic: 'meeting', id: meetingId });
    return participation;
  }

  /**
   * Checks a CSV of participants row by row without storing anything. Columns: name, email, role,
   * and optionally sort_name, honorific, title, affiliation, representing, category, travel_support.
   */
  async previewImport(viewer: Viewer, meetingId: string, csv: string): Promise<ImportRow[]> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    return this.checkImport(this.dataSource.manager, meetingId, csv);
  }

  /** Puts every row of the CSV on the list, or, if any row has an error, nobody. */
  async importCsv(viewer: Viewer, meetingId: string, csv: string): Promise<ParticipationEntity[]> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    const created = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.lockById(manager, meetingId);
      if (!meeting) throw notFound('meeting');
      const rows = await this.checkImport(manager, meetingId, csv);
      const bad = rows.filter((row) => row.errors.length > 0);
      if (bad.length) {
        throw new DomainError('IMPORT_HAS_ERRORS', `${bad.length} row(s) have errors; nothing was imported.`, {
          rows: bad.map((row) => ({ rowNumber: row.rowNumber, errors: row.errors })),
        });
      }
      const result: ParticipationEntity[] = [];
      for (const row of rows) result.push(await this.addParticipant(manager, viewer, meeting, row.input!));
      return result;
    });
    await this.events.publish({ topic: 'meeting', id: meetingId });
    return created;
  }

  private async checkImport(manager: EntityManager, meetingId: string, csv: string): Promise<ImportRow[]> {
    const rows = parseParticipantCsv(csv);
    const byName = new Map<string, string>();
    for (const o of await this.organizations.all(manager)) {
      byName.set(o.name.toLowerCase(), o.id);
      if (o.acronym) byName.set(o.acronym.toLowerCase(), o.id);
    }
    const emails = rows.map((r) => normalizeEmail(r.values.email ?? ''));
    const already = await this.repository.emailsOf(manager, meetingId);
    return rows.map((row, index) => {
      const v = row.values;
      const errors = [...row.errors];
      const email = emails[index]!;
      const role = (v.role ?? '')
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_') as MeetingRole;
      if (!v.name?.trim()) errors.push('name is missing');
      if ((v.name ?? '').length > limits.shortText) errors.push(`name is longer than ${limits.shortText} characters`);
      if (!isEmail(email)) errors.push(`"${(v.email ?? '').slice(0, 60)}" is not an e-mail address`);
      else if (emails.indexOf(email) !== index) errors.push(`${email} appears more than once`);
      else if (already.has(email)) errors.push(`${email} is already on the list of participants`);
      if (!participationRoles.includes(role))
        errors.push(
          `role "${(v.role ?? '').slice(0, 30)}" is not one of ${participationRoles.map((r) => meetingRoleLabels[r].toLowerCase()).join(', ')}`,
        );
      const lookup = (field: 'representing' | 'affiliation') => {
        const text = v[field]?.trim();
        if (!text) return null;
        const id = byName.get(text.toLowerCase());
        if (!id) errors.push(`${field} "${text.slice(0, 60)}" is not in the organization directory`);
        return id ?? null;
      };
      const representingId = lookup('representing');
      const affiliationId = lookup('affiliation');
      const travel = (v.travel_support ?? '').trim().toLowerCase();
      if (travel && !['yes', 'no', 'true', 'false'].includes(travel)) errors.push('travel_support must be yes or no');
      return {
        rowNumber: row.rowNumber,
        name: v.name?.trim() ?? '',
        email,
        role: participationRoles.includes(role) ? role : null,
        errors,
        input: errors.length
          ? null
          : {
              newPerson: {
                name: v.name!,
                sortName: v.sort_name || null,
                email,
                honorific: v.honorific || null,
                title: v.title || null,
                affiliationId,
              },
              role,
              representingId,
              category: v.category || null,
              travelSupport: travel === 'yes' || travel === 'true',
            },
      };
    });
  }

  private async addParticipant(
    manager: EntityManager,
    viewer: Viewer,
    meeting: MeetingEntity,
    input: InviteParticipantInput,
  ): Promise<ParticipationEntity> {
    const meetingId = meeting.id;
    const role = checkRole(input.role);
    const category = optionalText('category', input.category, 300);
    if (input.representingId) await this.requireOrganization(manager, input.representingId, 'representingId');
    const person = await this.resolvePerson(manager, input);
    if (await this.repository.findOfPerson(manager, meetingId, person.id)) {
      throw new DomainError('ALREADY_INVITED', `${person.name} is already on the list of participants.`, {
        field: 'personId',
      });
    }
    const created = await this.repository.insert(manager, {
      meetingId,
      personId: person.id,
      role,
      representingId: input.representingId ?? null,
      category,
      travelSupport: input.travelSupport,
      state: InvitationState.NOT_INVITED,
    });
    await this.audit.record(manager, {
      actorUserId: viewer.userId,
      objectType: 'MEETING',
      objectId: meetingId,
      action: 'participant.added',
      toState: InvitationState.NOT_INVITED,
      data: { personId: person.id, role },
    });
    return created;
  }

  async update(viewer: Viewer, id: string, input: UpdateParticipationInput): Promise<ParticipationEntity> {
    const current = await this.participationOrNotFound(viewer, id);
    await this.access.require(viewer, 'MeetingManage', [current.meetingId]);
    const updated = await this.dataSource.transaction(async (manager) => {
      const changes: Partial<ParticipationEntity> = {};
      if (input.role) changes.role = checkRole(input.role);
      if (input.category !== undefined) changes.category = optionalText('category', input.category, 300);
      if (input.travelSupport !== undefined && input.travelSupport !== null)
        changes.travelSupport = input.travelSupport;
      if (input.representingId !== undefined) {
        if (input.representingId) await this.requireOrganization(manager, input.representingId, 'representingId');
        changes.representingId = input.representingId;
      }
      await this.repository.update(manager, id, changes);
      if (changes.role && changes.role !== current.role && current.state !== InvitationState.NOT_INVITED) {
        await this.moveMeetingRole(manager, current.personId, current.meetingId, current.role, changes.role);
      }
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'MEETING',
        objectId: current.meetingId,
        action: 'participant.updated',
        data: { participationId: id, fields: Object.keys(changes) },
      });
      return { ...current, ...changes };
    });
    await this.events.publish({ topic: 'meeting', id: current.meetingId });
    return updated;
  }

  async remove(viewer: Viewer, id: string): Promise<void> {
    const current = await this.participationOrNotFound(viewer, id);
    await this.access.require(viewer, 'MeetingManage', [current.meetingId]);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.delete(manager, id);
      if (current.state !== InvitationState.NOT_INVITED) {
        await this.moveMeetingRole(manager, current.personId, current.meetingId, current.role, null);
      }
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'MEETING',
        objectId: current.meetingId,
        action: 'participant.removed',
        fromState: current.state,
        data: { personId: current.personId },
      });
    });
    await this.events.publish({ topic: 'meeting', id: current.meetingId });
  }

  /** Organisers mark who came, at the meeting. */
  async markAttendance(viewer: Viewer, id: string, attended: boolean): Promise<ParticipationEntity> {
    const current = await this.participationOrNotFound(viewer, id);
    await this.access.require(viewer, 'MeetingManage', [current.meetingId]);
    const to = attended ? InvitationState.ATTENDED : InvitationState.NO_SHOW;
    return this.dataSource.transaction(async (manager) => {
      const marked = await this.move(viewer.userId, current, to, 'participant.attendance', manager);
      if (current.state === InvitationState.NOT_INVITED) {
        // Recorded without an invitation (a meeting entered after the fact): they now see the meeting they came to.
        await this.moveMeetingRole(manager, current.personId, current.meetingId, null, current.role);
      }
      return marked;
    });
  }

  /** A signed-in participant changes their own reply. */
  async reply(viewer: Viewer, meetingId: string, response: InvitationState): Promise<ParticipationEntity> {
    await this.access.require(viewer, 'MeetingView', [meetingId]);
    const own = await this.repository.findOfPerson(this.dataSource.manager, meetingId, viewer.personId);
    if (!own) throw new DomainError('NOT_INVITED', 'You are not on the list of participants of this meeting.');
    return this.replyAs(viewer.userId, own, response);
  }

  async previewByToken(token: string): Promise<InvitationPreview> {
    const participation = await this.repository.findByToken(this.dataSource.manager, hashToken(token));
    if (!participation) throw invalidLink();
    const meeting = await this.meetings.findById(this.dataSource.manager, participation.meetingId);
    const [person] = await this.people.findByIds([participation.personId]);
    const hasAccount = await this.accounts.hasPassword(participation.personId);
    if (!meeting || !person) throw invalidLink();
    return {
      personName: person.name,
      meetingTitle: meeting.title,
      startDate: meeting.startDate,
      endDate: meeting.endDate,
      venue: meeting.venue,
      city: meeting.city,
      timeZone: meeting.timeZone,
      role: participation.role,
      state: participation.state,
      open:
        participation.respondedAt === null &&
        rsvpOpenStates.includes(participation.state) &&
        !repliesClosed.includes(meeting.status),
      hasAccount,
    };
  }

  /** The personal link in the invitation e-mail replies once; later changes are made signed in. */
  async respondByToken(token: string, response: InvitationState): Promise<ParticipationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const participation = await this.repository.findByToken(manager, hashToken(token), true);
      if (!participation) throw invalidLink();
      if (participation.respondedAt) {
        throw new DomainError(
          'INVITATION_USED',
          'You have already replied through this link. Sign in to change your reply.',
        );
      }
      return this.replyAs(null, participation, response, manager);
    });
  }

  async outbox(viewer: Viewer, meetingId: string) {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    return this.repository.outboxOf(meetingId, 200);
  }

  private async replyAs(
    actorUserId: string | null,
    participation: ParticipationEntity,
    response: InvitationState,
    manager?: EntityManager,
  ) {
    if (participation.state === InvitationState.NOT_INVITED) {
      throw new DomainError('NOT_INVITED', 'Your invitation has not been sent yet.');
    }
    if (!rsvpStates.includes(response)) {
      throw invalid('response', 'Reply with ACCEPTED, TENTATIVE or DECLINED.', 'INVALID_INPUT');
    }
    const meeting = await this.meetings.findById(manager ?? this.dataSource.manager, participation.meetingId);
    if (meeting && repliesClosed.includes(meeting.status)) {
      throw new DomainError('REPLIES_CLOSED', 'The meeting has taken place; replies can no longer change.');
    }
    return this.move(actorUserId, participation, response, 'participant.replied', manager);
  }

  private async move(
    actorUserId: string | null,
    participation: ParticipationEntity,
    to: InvitationState,
    action: string,
    outer?: EntityManager,
  ): Promise<ParticipationEntity> {
    const work = async (manager: EntityManager) => {
      if (participation.state !== to && !invitationStateMachine.canTransition(participation.state, to)) {
        throw new DomainError('INVALID_TRANSITION', `A participant cannot go from ${participation.state} to ${to}.`);
      }
      const changes = { state: to, ...(action === 'participant.replied' ? { respondedAt: new Date() } : {}) };
      await this.repository.update(manager, participation.id, changes);
      await this.audit.record(manager, {
        actorUserId,
        objectType: 'MEETING',
        objectId: participation.meetingId,
        action,
        fromState: participation.state,
        toState: to,
        data: { participationId: participation.id },
      });
      return { ...participation, ...changes };
    };
    const result = outer ? await work(outer) : await this.dataSource.transaction(work);
    await this.events.publish({ topic: 'meeting', id: participation.meetingId });
    return result;
  }

  private async participationOrNotFound(viewer: Viewer, id: string): Promise<ParticipationEntity> {
    const participation = await this.repository.find(this.dataSource.manager, id);
    if (!participation) throw notFound('participant');
    await this.access.require(viewer, 'MeetingView', [participation.meetingId]);
    return participation;
  }

  /** A participant's role on the list is the role their access to the meeting comes from. */
  private moveMeetingRole(
    manager: EntityManager,
    personId: string,
    meetingId: string,
    from: MeetingRole | null,
    to: MeetingRole | null,
  ): Promise<void> {
    return this.access.changeRole(
      manager,
      { personId, objectType: MembershipObjectType.MEETING, objectId: meetingId },
      from,
      to,
    );
  }

  private async requireOrganization(manager: EntityManager, id: string, field: string): Promise<void> {
    await this.organizations.requireIds(manager, [id], { field, message: 'That organization does not exist.' });
  }

  /** The directory person to invite, or a new one; either way with an e-mail to write to. */
  private async resolvePerson(
    manager: EntityManager,
    input: InviteParticipantInput,
  ): Promise<{ id: string; name: string; email: string }> {
    if (input.personId) {
      await this.people.requireIds(manager, [input.personId], {
        field: 'personId',
        message: 'That person is not in the directory.',
      });
      const person = (await this.people.contactOf(manager, input.personId))!;
      if (!person.email)
        throw invalid('personId', `${person.name} has no e-mail address to send the invitation to.`, 'NO_EMAIL');
      return { id: person.id, name: person.name, email: person.email };
    }
    const fresh = input.newPerson;
    if (!fresh) throw invalid('personId', 'Choose someone from the directory or enter a new person.');
    const email = normalizeEmail(fresh.email);
    if (!isEmail(email))
      throw invalid('newPerson.email', `"${fresh.email.slice(0, 60)}" is not an e-mail address.`, 'INVALID_EMAIL');
    const existing = await this.people.findByEmail(manager, email);
    if (existing) return { ...existing, email };
    const name = requiredText('newPerson.name', fresh.name, limits.shortText);
    const id = await this.directory.add(
      manager,
      {
        name,
        sortName: optionalText('newPerson.sortName', fresh.sortName, limits.shortText) ?? name,
        honorific: optionalText('newPerson.honorific', fresh.honorific, limits.honorific),
        title: optionalText('newPerson.title', fresh.title, limits.shortText),
        affiliationId: fresh.affiliationId ?? null,
        email,
      },
      'newPerson.affiliationId',
    );
    return { id, name, email };
  }
}

function checkRole(role: MeetingRole): MeetingRole {
  if (!participationRoles.includes(role)) throw invalid('role', 'Choose a participant role.', 'INVALID_INPUT');
  return role;
}

function invalidLink(): DomainError {
  return new DomainError('INVITATION_INVALID', 'This invitation link is not valid. Check that it was copied whole.');
}
