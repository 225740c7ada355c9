import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AgendaNameStyle,
  Confidentiality,
  isTimeZone,
  limits,
  MeetingKind,
  MeetingRole,
  MeetingStatus,
  meetingStatusMachine,
  ReportStatus,
  Track,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import { grants, permissions } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound, versionConflict } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { checkCountry } from '../organizations/organizations.service';
import { EventsService } from '../realtime/events.service';
import type { ChangeMeetingStatusInput, CreateMeetingInput, UpdateMeetingInput } from './dto/meeting.input';
import type { MeetingEntity } from './meeting.entity';
import { DomainEvents } from '../domain-events/domain-events.service';
import { type MeetingContents, MeetingContentsRepository } from './meeting-contents';
import { MeetingsRepository, type MeetingValues } from './meetings.repository';

/** A meeting was created, or its dates changed: its agenda's days follow them. */
export const MEETING_DATES_SET = 'meeting.dates_set';
/** A meeting moved along its life; those at the meeting are told what concerns them. */
export const MEETING_STATUS_CHANGED = 'meeting.status_changed';

declare module '../domain-events/domain-event-handler.decorator' {
  interface DomainEventPayloads {
    [MEETING_DATES_SET]: { meeting: MeetingEntity; previous: { startDate: string; endDate: string } | null };
    [MEETING_STATUS_CHANGED]: { meeting: MeetingEntity; from: MeetingStatus; actorUserId: string };
  }
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MeetingsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly domainEvents: DomainEvents,
    private readonly contents: MeetingContentsRepository,
  ) {}

  listVisible(viewer: Viewer): Promise<MeetingEntity[]> {
    return this.repository.findVisibleTo(viewer.personId);
  }

  async get(viewer: Viewer, id: string): Promise<MeetingEntity> {
    await this.access.require(viewer, 'MeetingView', [id]);
    const meeting = await this.repository.findById(this.dataSource.manager, id);
    if (!meeting) throw notFound('meeting');
    return meeting;
  }

  /**
   * The meeting with everything its page lists, and the viewer's roles on it, which decide whether
   * they see it at all: one statement, which reads the contents only for a viewer who may see them.
   */
  async getWithContents(viewer: Viewer, id: string): Promise<{ contents: MeetingContents; roles: string[] }> {
    const { roles, contents } = await this.contents.load(id, viewer.personId, permissions.MeetingView.roles);
    if (!grants('MeetingView', roles) || !contents) throw notFound('meeting');
    return { contents, roles };
  }

  /**
   * A meeting is convened by organizations; the creator must be secretariat of at least one of
   * them, and becomes the meeting's first organizer.
   */
  async create(viewer: Viewer, input: CreateMeetingInput): Promise<MeetingEntity> {
    const values = checkMeeting(input);
    const organizerIds = checkOrganizerIds(input.organizerIds);
    const convenable = await this.access.allowedIds(viewer, 'OrganizationConvene', organizerIds);
    if (convenable.size === 0) {
      throw new DomainError(
        'NOT_PERMITTED',
        'You can only convene a meeting on behalf of an organization whose secretariat you belong to.',
        { field: 'organizerIds' },
      );
    }
    const recordedAfterTheFact = input.recordedAfterTheFact ?? false;
    return this.dataSource.transaction((manager) =>
      this.insert(
        manager,
        viewer,
        values,
        organizerIds,
        null,
        recordedAfterTheFact ? { recordedAfterTheFact } : undefined,
        recordedAfterTheFact,
      ),
    );
  }

  /**
   * Creates a meeting of a study group's series, in the caller's transaction: convened by
   * `organizerIds`, run by the viewer, who scheduled it.
   */
  scheduleForStudyGroup(
    manager: EntityManager,
    viewer: Viewer,
    values: MeetingValues,
    series: { studyGroupId: string; organizerIds: readonly string[] },
  ): Promise<MeetingEntity> {
    return this.insert(manager, viewer, values, series.organizerIds, series.studyGroupId, {
      studyGroupId: series.studyGroupId,
      sequence: values.sequenceNumber,
    });
  }

  private async insert(
    manager: EntityManager,
    viewer: Viewer,
    values: MeetingValues,
    organizerIds: readonly string[],
    studyGroupId: string | null = null,
    auditData?: Record<string, unknown>,
    recordedAfterTheFact = false,
  ): Promise<MeetingEntity> {
    await this.organizations.requireIds(manager, [...organizerIds, ...(values.hostId ? [values.hostId] : [])]);
    const meeting = await this.repository.insert(manager, { ...values, studyGroupId, recordedAfterTheFact });
    await this.domainEvents.publish(manager, MEETING_DATES_SET, { meeting, previous: null });
    await this.repository.replaceOrganizers(manager, meeting.id, organizerIds);
    await this.access.grant(manager, {
      personId: viewer.personId,
      objectType: MembershipObjectType.MEETING,
      objectId: meeting.id,
      role: MeetingRole.ORGANIZER,
    });
    await this.audit.record(manager, {
      actorUserId: viewer.userId,
      objectType: 'MEETING',
      objectId: meeting.id,
      action: 'meeting.created',
      toState: meeting.status,
      ...(auditData ? { data: auditData } : {}),
    });
    return meeting;
  }

  async update(viewer: Viewer, id: string, input: UpdateMeetingInput): Promise<MeetingEntity> {
    await this.access.require(viewer, 'MeetingManage', [id]);
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.findById(manager, id);
      if (!current) throw notFound('meeting');
      if (input.version !== undefined && input.version !== null && input.version !== current.version) {
        throw versionConflict('meeting');
      }
      const merged = checkMeeting({
        title: input.title ?? current.title,
        kind: input.kind ?? current.kind,
        track: input.track ?? current.track,
        venue: input.venue ?? current.venue,
        city: input.city === undefined ? current.city : input.city,
        country: input.country === undefined ? current.country : input.country,
        timeZone: input.timeZone ?? current.timeZone,
        startDate: input.startDate ?? current.startDate,
        endDate: input.endDate ?? current.endDate,
        hostId: input.hostId === undefined ? current.hostId : input.hostId,
        background: input.background === undefined ? current.background : input.background,
        objectives: input.objectives ?? current.objectives,
        participantCategories: input.participantCategories ?? current.participantCategories,
        confidentiality: input.confidentiality ?? current.confidentiality,
        sequenceNumber: input.sequenceNumber === undefined ? current.sequenceNumber : input.sequenceNumber,
        agendaSymbol: input.agendaSymbol === undefined ? current.agendaSymbol : input.agendaSymbol,
        agendaDateLine: input.agendaDateLine === undefined ? current.agendaDateLine : input.agendaDateLine,
        agendaNameStyle: input.agendaNameStyle ?? current.agendaNameStyle,
        agendaAffiliations: input.agendaAffiliations ?? current.agendaAffiliations,
      });
      const organizerIds = input.organizerIds ? checkOrganizerIds(input.organizerIds) : null;
      await this.organizations.requireIds(manager, [
        ...(organizerIds ?? []),
        ...(merged.hostId ? [merged.hostId] : []),
      ]);
      if (!(await this.repository.update(manager, id, current.version, merged))) throw versionConflict('meeting');
      if (organizerIds) await this.repository.replaceOrganizers(manager, id, organizerIds);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'MEETING',
        objectId: id,
        action: 'meeting.updated',
        data: { fields: Object.keys(input).filter((key) => key !== 'version') },
      });
      const meeting = await this.repository.findById(manager, id);
      if (!meeting) throw notFound('meeting');
      if (meeting.startDate !== current.startDate || meeting.endDate !== current.endDate) {
        await this.domainEvents.publish(manager, MEETING_DATES_SET, {
          meeting,
          previous: { startDate: current.startDate, endDate: current.endDate },
        });
      }
      return meeting;
    });
    await this.events.publish({ topic: 'meeting', id });
    return updated;
  }

  /**
   * Moves the meeting along its life: planned → provisional agenda → adopted agenda → held →
   * report published. Adopting freezes the agenda: later edits are recorded as changes.
   */
  async changeStatus(viewer: Viewer, id: string, input: ChangeMeetingStatusInput): Promise<MeetingEntity> {
    await this.access.require(viewer, 'MeetingManage', [id]);
    const changed = await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lockById(manager, id);
      if (!current) throw notFound('meeting');
      if (current.status !== input.from) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `The meeting is now "${current.status}", not "${input.from}"; reload and try again.`,
          {
            current: current.status,
          },
        );
      }
      checkTransition(current.status, input.to);
      if (input.to === MeetingStatus.AGENDA_PROVISIONAL || input.to === MeetingStatus.AGENDA_ADOPTED) {
        if ((await this.repository.agendaItemCount(manager, id)) === 0) {
          throw new DomainError('AGENDA_EMPTY', 'Add at least one agenda item first.');
        }
      }
      if (input.to === MeetingStatus.REPORT_PUBLISHED) {
        const report = await this.repository.reportStatus(manager, id);
        if (report && report !== ReportStatus.PUBLISHED) {
          throw new DomainError(
            'INVALID_TRANSITION',
            'This meeting’s report is written here: publish it on the Report tab and the meeting follows.',
          );
        }
      }
      await this.move(manager, viewer, current, input.to);
      const meeting = await this.repository.findById(manager, id);
      if (!meeting) throw notFound('meeting');
      return meeting;
    });
    await this.events.publish({ topic: 'meeting', id });
    return changed;
  }

  /** Locks the meeting row for the rest of the caller's transaction: changes to what hangs on it take turns. */
  lock(manager: EntityManager, id: string): Promise<MeetingEntity | null> {
    return this.repository.lockById(manager, id);
  }

  /**
   * A meeting's report was published, in the caller's transaction: a meeting that was held now has
   * its report published. Refused for a meeting not yet held.
   */
  async markReportPublished(manager: EntityManager, viewer: Viewer, id: string): Promise<void> {
    const meeting = await this.repository.lockById(manager, id);
    if (meeting?.status === MeetingStatus.REPORT_PUBLISHED) return;
    if (meeting?.status !== MeetingStatus.HELD) {
      throw new DomainError('MEETING_NOT_HELD', 'A report is published once the meeting has been held.');
    }
    checkTransition(meeting.status, MeetingStatus.REPORT_PUBLISHED);
    await this.move(manager, viewer, meeting, MeetingStatus.REPORT_PUBLISHED);
  }

  /** One step along the meeting's life, with its audit event. */
  private async move(manager: EntityManager, viewer: Viewer, current: MeetingEntity, to: MeetingStatus): Promise<void> {
    await this.repository.changeStatus(manager, current.id, current.status, to);
    await this.domainEvents.publish(manager, MEETING_STATUS_CHANGED, {
      meeting: { ...current, status: to },
      from: current.status,
      actorUserId: viewer.userId,
    });
    await this.audit.record(manager, {
      actorUserId: viewer.userId,
      objectType: 'MEETING',
      objectId: current.id,
      action: 'meeting.status_changed',
      fromState: current.status,
      toState: to,
    });
  }
}

function checkTransition(from: MeetingStatus, to: MeetingStatus): void {
  if (!meetingStatusMachine.canTransition(from, to)) {
    throw new DomainError('INVALID_TRANSITION', `A meeting cannot move from ${from} to ${to}.`, {
      allowed: meetingStatusMachine.next(from),
    });
  }
}

function checkOrganizerIds(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0)
    throw invalid('organizerIds', 'Name at least one convening organization.', 'ORGANIZER_REQUIRED');
  if (unique.length > 20) throw invalid('organizerIds', 'Name at most 20 convening organizations.');
  return unique;
}

export type MeetingFields = Pick<
  MeetingValues,
  'title' | 'kind' | 'track' | 'venue' | 'timeZone' | 'startDate' | 'endDate'
> & {
  city?: string | null;
  country?: string | null;
  hostId?: string | null;
  background?: string | null;
  objectives?: readonly string[] | null;
  participantCategories?: readonly string[] | null;
  confidentiality?: Confidentiality | null;
  sequenceNumber?: number | null;
  agendaSymbol?: string | null;
  agendaDateLine?: string | null;
  agendaNameStyle?: AgendaNameStyle | null;
  agendaAffiliations?: boolean | null;
};

export function textList(
  field: string,
  values: readonly string[] | null | undefined,
  maxItems: number,
  maxLength: number,
): string[] {
  const list = (values ?? [])
    .map((value, i) => optionalText(`${field}[${i}]`, value, maxLength))
    .filter((v): v is string => !!v);
  if (list.length > maxItems) throw invalid(field, `At most ${maxItems} entries.`);
  const duplicate = list.find((value, i) => list.indexOf(value) !== i);
  if (duplicate) throw invalid(field, `"${duplicate.slice(0, 60)}" is listed twice.`);
  return list;
}

/** The rules every meeting obeys, whether new or edited. */
export function checkMeeting(input: MeetingFields): MeetingValues {
  if (!Object.values(MeetingKind).includes(input.kind)) throw invalid('kind', 'Unknown kind of meeting.');
  if (!Object.values(Track).includes(input.track)) throw invalid('track', 'Unknown track.');
  const timeZone = input.timeZone.trim();
  if (!isTimeZone(timeZone)) {
    throw invalid('timeZone', `"${timeZone.slice(0, 40)}" is not a time zone such as Asia/Seoul.`, 'INVALID_TIME_ZONE');
  }
  if (input.endDate < input.startDate) {
    throw invalid('endDate', 'The meeting cannot end before it starts.', 'DATES_OUT_OF_ORDER');
  }
  if (input.startDate < '1945-01-01' || input.endDate > '2100-12-31') {
    throw invalid('startDate', 'Dates must fall between 1945 and 2100.', 'INVALID_DATE');
  }
  return {
    title: requiredText('title', input.title, limits.title),
    kind: input.kind,
    track: input.track,
    venue: requiredText('venue', input.venue, limits.shortText),
    city: optionalText('city', input.city, limits.shortText),
    country: checkCountry(input.country),
    timeZone,
    startDate: input.startDate,
    endDate: input.endDate,
    hostId: input.hostId ?? null,
    background: optionalText('background', input.background, limits.longText),
    objectives: textList('objectives', input.objectives, 20, 1_000),
    participantCategories: textList('participantCategories', input.participantCategories, 20, 300),
    confidentiality: checkConfidentiality(input.confidentiality),
    sequenceNumber: checkSequence(input.sequenceNumber),
    agendaSymbol: optionalText('agendaSymbol', input.agendaSymbol, limits.shortText),
    agendaDateLine: optionalText('agendaDateLine', input.agendaDateLine, limits.shortText),
    agendaNameStyle: checkNameStyle(input.agendaNameStyle),
    agendaAffiliations: input.agendaAffiliations ?? true,
  };
}

function checkConfidentiality(value: Confidentiality | null | undefined): Confidentiality {
  if (value === null || value === undefined) return Confidentiality.OPEN;
  if (!Object.values(Confidentiality).includes(value)) throw invalid('confidentiality', 'Unknown confidentiality.');
  return value;
}

function checkNameStyle(value: AgendaNameStyle | null | undefined): AgendaNameStyle {
  if (value === null || value === undefined) return AgendaNameStyle.ROMANISED_WITH_NATIVE;
  if (!Object.values(AgendaNameStyle).includes(value))
    throw invalid('agendaNameStyle', 'Unknown way of writing names.');
  return value;
}

function checkSequence(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > 99)
    throw invalid('sequenceNumber', 'A meeting number runs from 1 to 99.');
  return value;
}
