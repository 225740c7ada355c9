import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  actionItemStatusMachine,
  type DiffSegment,
  diffWords,
  limits,
  ReportStatus,
  reportStatusMachine,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import { MeetingsService } from '../meetings/meetings.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeopleRepository } from '../people/people.repository';
import { EventsService } from '../realtime/events.service';
import type { ActionItemEntity } from './action-item.entity';
import { ActionItemCarrier } from './action-item-carrier';
import type {
  ActionItemInput,
  ChangeActionItemStatusInput,
  ChangeMeetingReportStatusInput,
  ReportSectionInput,
  SaveMeetingReportInput,
} from './dto/report.input';
import type { MeetingReportEntity } from './meeting-report.entity';
import type { ReportSection } from './report-revision.entity';
import { ReportsRepository } from './reports.repository';

export type { DiffKind, DiffSegment } from '@plenary/shared';

export interface ReportComparison {
  from: number;
  to: number;
  summary: DiffSegment[];
  sections: { heading: string; segments: DiffSegment[] }[];
}

const MAX_SECTIONS = 40;

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReportsRepository,
    private readonly meetings: MeetingsService,
    private readonly people: PeopleRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly carrier: ActionItemCarrier,
  ) {}

  /** A report the viewer may read: published ones by anyone who may see the meeting's outputs, drafts by its writers and the group. */
  async get(viewer: Viewer, reportId: string): Promise<MeetingReportEntity> {
    const report = await this.repository.findById(this.dataSource.manager, reportId);
    if (!report) throw notFound('report');
    const permission = report.status === ReportStatus.PUBLISHED ? 'MeetingReportRead' : 'MeetingReportDraftRead';
    const allowed = await this.access.allowedIds(viewer, permission, [report.meetingId]);
    if (!allowed.has(report.meetingId)) throw notFound('report');
    return report;
  }

  /** Opens the meeting's report, with one section for each agenda session. */
  async start(viewer: Viewer, meetingId: string): Promise<MeetingReportEntity> {
    await this.access.require(viewer, 'MeetingReportWrite', [meetingId]);
    return this.change(meetingId, async (manager) => {
      await this.meetings.lock(manager, meetingId);
      if (await this.repository.findByMeeting(manager, meetingId)) {
        throw new DomainError('REPORT_EXISTS', 'This meeting already has a report.');
      }
      const report = await this.repository.insert(manager, meetingId);
      const sessions = await this.repository.sessionsOf(manager, meetingId);
      await this.repository.insertRevision(manager, {
        reportId: report.id,
        number: 1,
        summary: '',
        sections: sessions.map((s) => ({ agendaItemId: s.id, heading: s.title, text: '' })),
        authorId: viewer.personId,
      });
      await this.repository.update(manager, report.id, { revision: 1 });
      await this.record(manager, viewer, report.id, 'report.started', { toState: report.status });
      return report.id;
    });
  }

  /**
   * Saves the text as a new revision. Saves are serialised on the report: one made from an
   * older revision than the current is refused, so nobody overwrites a co-author's work unseen.
   */
  async save(viewer: Viewer, input: SaveMeetingReportInput): Promise<MeetingReportEntity> {
    const report = await this.writable(viewer, input.reportId);
    const summary = optionalText('summary', input.summary, limits.longText) ?? '';
    if (input.sections.length > MAX_SECTIONS) throw invalid('sections', `At most ${MAX_SECTIONS} sections.`);
    const sections = input.sections.map((section, i) => checkSection(section, i));
    return this.change(report.meetingId, async (manager) => {
      const current = await this.lockDraft(manager, report.id);
      if (input.baseRevision !== current.revision) {
        throw new DomainError(
          'VERSION_CONFLICT',
          `Someone saved revision ${current.revision} since you opened revision ${input.baseRevision}. Reload to see it.`,
          { currentRevision: current.revision },
        );
      }
      const sessionIds = sections.map((s) => s.agendaItemId).filter((id): id is string => !!id);
      const known = await this.repository.agendaItemIds(manager, report.meetingId, sessionIds);
      const unknown = sessionIds.findIndex((id) => !known.has(id));
      if (unknown >= 0) {
        throw invalid(
          `sections[${unknown}].agendaItemId`,
          'That session is not on this meeting’s agenda.',
          'UNKNOWN_SESSION',
        );
      }
      const attributionAllowed = input.attributionAllowed ?? current.attributionAllowed;
      const previous = await this.repository.revision(manager, report.id, current.revision);
      const unchanged =
        previous &&
        previous.summary === summary &&
        JSON.stringify(previous.sections) === JSON.stringify(sections) &&
        attributionAllowed === current.attributionAllowed;
      if (!unchanged) {
        await this.repository.insertRevision(manager, {
          reportId: report.id,
          number: current.revision + 1,
          summary,
          sections,
          authorId: viewer.personId,
        });
        await this.repository.update(manager, report.id, { revision: current.revision + 1, attributionAllowed });
        await this.record(manager, viewer, report.id, 'report.saved', { data: { revision: current.revision + 1 } });
      }
      return report.id;
    });
  }

  /**
   * Draft → final (locked) → published; a final report can be reopened as a draft. Publishing
   * needs the meeting to have been held, marks the meeting's report as published, and carries
   * the open action items into the next meeting of the series.
   */
  async changeStatus(
    viewer: Viewer,
    reportId: string,
    input: ChangeMeetingReportStatusInput,
  ): Promise<MeetingReportEntity> {
    const report = await this.writable(viewer, reportId);
    return this.change(report.meetingId, async (manager, notify) => {
      const current = await this.repository.findById(manager, reportId, true);
      if (!current) throw notFound('report');
      if (current.status !== input.from) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `The report is now "${current.status}", not "${input.from}"; reload.`,
          {
            current: current.status,
          },
        );
      }
      if (!reportStatusMachine.canTransition(current.status, input.to)) {
        throw new DomainError('INVALID_TRANSITION', `A report cannot move from ${current.status} to ${input.to}.`, {
          allowed: reportStatusMachine.next(current.status),
        });
      }
      if (input.to === ReportStatus.PUBLISHED) {
        await this.meetings.markReportPublished(manager, viewer, current.meetingId);
      }
      await this.repository.update(manager, reportId, {
        status: input.to,
        publishedAt: input.to === ReportStatus.PUBLISHED ? new Date() : current.publishedAt,
      });
      await this.record(manager, viewer, reportId, 'report.status_changed', {
        fromState: current.status,
        toState: input.to,
      });
      if (input.to === ReportStatus.PUBLISHED) {
        const next = await this.carrier.carryFromReport(manager, reportId, viewer.userId);
        if (next) notify(next);
      }
      return reportId;
    });
  }

  async addActionItem(viewer: Viewer, reportId: string, input: ActionItemInput): Promise<ActionItemEntity> {
    const report = await this.writable(viewer, reportId);
    const values = this.checkActionItem(input);
    let created: ActionItemEntity | undefined;
    await this.change(report.meetingId, async (manager) => {
      await this.lockDraft(manager, reportId);
      await this.requireOwners(manager, values);
      created = await this.repository.insertActionItem(manager, { reportId, ...values });
      await this.record(manager, viewer, reportId, 'action_item.added', { data: { actionItemId: created.id } });
      return reportId;
    });
    return created!;
  }

  async updateActionItem(viewer: Viewer, id: string, input: ActionItemInput): Promise<ActionItemEntity> {
    const item = await this.actionItemOrNotFound(id);
    const report = await this.writable(viewer, item.reportId);
    const values = this.checkActionItem(input);
    await this.change(report.meetingId, async (manager) => {
      await this.lockDraft(manager, report.id);
      await this.requireOwners(manager, values);
      await this.repository.updateActionItem(manager, id, values);
      await this.record(manager, viewer, report.id, 'action_item.updated', { data: { actionItemId: id } });
      return report.id;
    });
    return this.actionItemOrNotFound(id);
  }

  async removeActionItem(viewer: Viewer, id: string): Promise<MeetingReportEntity> {
    const item = await this.actionItemOrNotFound(id);
    const report = await this.writable(viewer, item.reportId);
    return this.change(report.meetingId, async (manager) => {
      await this.lockDraft(manager, report.id);
      await this.repository.deleteActionItem(manager, id);
      await this.record(manager, viewer, report.id, 'action_item.removed', { data: { title: item.title } });
      return report.id;
    });
  }

  /** Action items are followed up after publication: their status moves at any time. */
  async changeActionItemStatus(
    viewer: Viewer,
    id: string,
    input: ChangeActionItemStatusInput,
  ): Promise<ActionItemEntity> {
    const item = await this.actionItemOrNotFound(id);
    const report = await this.writable(viewer, item.reportId);
    await this.change(report.meetingId, async (manager, notify) => {
      const locked = await this.repository.findActionItem(manager, id, true);
      if (!locked) throw notFound('action item');
      if (locked.status !== input.from) {
        throw new DomainError('INVALID_TRANSITION', `The action item is now "${locked.status}"; reload.`, {
          current: locked.status,
        });
      }
      if (!actionItemStatusMachine.canTransition(locked.status, input.to)) {
        throw new DomainError('INVALID_TRANSITION', `An action item cannot move from ${locked.status} to ${input.to}.`);
      }
      await this.repository.updateActionItem(manager, id, { status: input.to });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'ACTION_ITEM',
        objectId: id,
        action: 'action_item.status_changed',
        fromState: locked.status,
        toState: input.to,
      });
      if (report.status === ReportStatus.PUBLISHED) {
        const next = await this.carrier.carryFromReport(manager, report.id, viewer.userId);
        if (next) notify(next);
      }
      return report.id;
    });
    return this.actionItemOrNotFound(id);
  }

  /**
   * A word-by-word comparison of two revisions; sections are matched by their session, else by
   * heading. Earlier revisions are drafts: a reader of the published report only does not compare them.
   */
  async compare(viewer: Viewer, reportId: string, from: number, to: number): Promise<ReportComparison> {
    const report = await this.get(viewer, reportId);
    const drafts = await this.access.allowedIds(viewer, 'MeetingReportDraftRead', [report.meetingId]);
    if (!drafts.has(report.meetingId)) {
      throw new DomainError('NOT_PERMITTED', 'The revisions of a report are read by its writers and the study group.');
    }
    const manager = this.dataSource.manager;
    const [older, newer] = await Promise.all([
      this.repository.revision(manager, report.id, from),
      this.repository.revision(manager, report.id, to),
    ]);
    if (!older) throw invalid('from', `The report has no revision ${from}.`, 'UNKNOWN_REVISION');
    if (!newer) throw invalid('to', `The report has no revision ${to}.`, 'UNKNOWN_REVISION');
    const keyOf = (s: ReportSection) => s.agendaItemId ?? `heading:${s.heading}`;
    const before = new Map(older.sections.map((s) => [keyOf(s), s]));
    const sections = newer.sections.map((section) => {
      const match = before.get(keyOf(section));
      before.delete(keyOf(section));
      return {
        heading: section.heading,
        segments: diffWords(match?.text ?? '', section.text),
      };
    });
    for (const removed of before.values()) {
      sections.push({ heading: removed.heading, segments: diffWords(removed.text, '') });
    }
    return { from, to, summary: diffWords(older.summary, newer.summary), sections };
  }

  private async writable(viewer: Viewer, reportId: string): Promise<MeetingReportEntity> {
    const report = await this.get(viewer, reportId);
    await this.access.require(viewer, 'MeetingReportWrite', [report.meetingId]);
    return report;
  }

  private async lockDraft(manager: EntityManager, reportId: string): Promise<MeetingReportEntity> {
    const report = await this.repository.findById(manager, reportId, true);
    if (!report) throw notFound('report');
    if (report.status !== ReportStatus.DRAFT) {
      throw new DomainError('REPORT_LOCKED', 'The report is final; reopen it as a draft to change it.');
    }
    return report;
  }

  private async actionItemOrNotFound(id: string): Promise<ActionItemEntity> {
    const item = await this.repository.findActionItem(this.dataSource.manager, id);
    if (!item) throw notFound('action item');
    return item;
  }

  private checkActionItem(
    input: ActionItemInput,
  ): Pick<ActionItemEntity, 'title' | 'ownerPersonId' | 'ownerOrganizationId' | 'dueDate'> {
    const ownerPersonId = input.ownerPersonId ?? null;
    const ownerOrganizationId = input.ownerOrganizationId ?? null;
    if (!ownerPersonId && !ownerOrganizationId) {
      throw invalid('ownerPersonId', 'Name who owns the action item: a person, a committee, or both.');
    }
    return {
      title: requiredText('title', input.title, 1_000),
      ownerPersonId,
      ownerOrganizationId,
      dueDate: input.dueDate ?? null,
    };
  }

  private async requireOwners(
    manager: EntityManager,
    values: { ownerPersonId: string | null; ownerOrganizationId: string | null },
  ): Promise<void> {
    if (values.ownerPersonId) {
      await this.people.requireIds(manager, [values.ownerPersonId], {
        field: 'ownerPersonId',
        message: 'No person with that id.',
      });
    }
    if (values.ownerOrganizationId) {
      await this.organizations.requireIds(manager, [values.ownerOrganizationId], {
        field: 'ownerOrganizationId',
        message: 'No organization with that id.',
      });
    }
  }

  /** Runs a change in a transaction, tells those looking at the meeting, and returns the report as it now is. */
  private async change(
    meetingId: string,
    work: (manager: EntityManager, notify: (meetingId: string) => void) => Promise<string>,
  ): Promise<MeetingReportEntity> {
    const changed = new Set([meetingId]);
    const report = await this.dataSource.transaction(async (manager) => {
      const reportId = await work(manager, (id) => changed.add(id));
      const updated = await this.repository.findById(manager, reportId);
      if (!updated) throw notFound('report');
      return updated;
    });
    for (const id of changed) await this.events.publish({ topic: 'meeting', id });
    return report;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    reportId: string,
    action: string,
    extra: { fromState?: string; toState?: string; data?: Record<string, unknown> } = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: viewer.userId,
      objectType: 'MEETING_REPORT',
      objectId: reportId,
      action,
      ...extra,
    });
  }
}

function checkSection(section: ReportSectionInput, i: number): ReportSection {
  return {
    agendaItemId: section.agendaItemId ?? null,
    heading: requiredText(`sections[${i}].heading`, section.heading, limits.title),
    text: optionalText(`sections[${i}].text`, section.text, limits.longText) ?? '',
  };
}
