import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ActionItemStatus, ParticipationFigures } from '@plenary/shared';
import { groupBy } from '../common/group-by';
import { ActionItemEntity } from './action-item.entity';
import { MeetingReportEntity } from './meeting-report.entity';
import { type ReportSection, ReportRevisionEntity } from './report-revision.entity';

export interface MeetingParticipation extends ParticipationFigures {
  /** Whether the figures count marked attendance, or (before attendance is marked) acceptances. */
  attendanceMarked: boolean;
}

@Injectable()
export class ReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ofMeetings(meetingIds: readonly string[]): Promise<MeetingReportEntity[]> {
    return this.dataSource
      .getRepository(MeetingReportEntity)
      .createQueryBuilder('r')
      .where('r.meeting_id = ANY(:meetingIds)', { meetingIds })
      .getMany();
  }

  findById(manager: EntityManager, id: string, lock = false): Promise<MeetingReportEntity | null> {
    return manager.findOne(MeetingReportEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findByMeeting(manager: EntityManager, meetingId: string): Promise<MeetingReportEntity | null> {
    return manager.findOne(MeetingReportEntity, { where: { meetingId } });
  }

  async insert(manager: EntityManager, meetingId: string): Promise<MeetingReportEntity> {
    return manager.save(manager.create(MeetingReportEntity, { meetingId }));
  }

  async update(manager: EntityManager, id: string, values: Partial<MeetingReportEntity>): Promise<void> {
    await manager.update(MeetingReportEntity, { id }, values);
  }

  /** The current revision of each report, in one statement. */
  async currentRevisions(reportIds: readonly string[]): Promise<ReportRevisionEntity[]> {
    return this.dataSource
      .getRepository(ReportRevisionEntity)
      .createQueryBuilder('v')
      .innerJoin(MeetingReportEntity, 'r', 'r.id = v.report_id AND r.revision = v.number')
      .where('v.report_id = ANY(:reportIds)', { reportIds })
      .getMany();
  }

  /** Every revision of each report, newest first. */
  async revisionsOf(reportIds: readonly string[]): Promise<Map<string, ReportRevisionEntity[]>> {
    const rows = await this.dataSource
      .getRepository(ReportRevisionEntity)
      .createQueryBuilder('v')
      .where('v.report_id = ANY(:reportIds)', { reportIds })
      .orderBy('v.number', 'DESC')
      .getMany();
    return groupBy(rows, (row) => row.reportId);
  }

  revision(manager: EntityManager, reportId: string, number: number): Promise<ReportRevisionEntity | null> {
    return manager.findOne(ReportRevisionEntity, { where: { reportId, number } });
  }

  async insertRevision(
    manager: EntityManager,
    values: { reportId: string; number: number; summary: string; sections: ReportSection[]; authorId: string },
  ): Promise<void> {
    await manager.insert(ReportRevisionEntity, values);
  }

  async actionItemsOf(reportIds: readonly string[]): Promise<Map<string, ActionItemEntity[]>> {
    const rows = await this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .where('a.report_id = ANY(:reportIds)', { reportIds })
      .orderBy('a.position', 'ASC')
      .getMany();
    return groupBy(rows, (row) => row.reportId);
  }

  findActionItem(manager: EntityManager, id: string, lock = false): Promise<ActionItemEntity | null> {
    return manager.findOne(ActionItemEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async insertActionItem(
    manager: EntityManager,
    values: Pick<ActionItemEntity, 'reportId' | 'title' | 'ownerPersonId' | 'ownerOrganizationId' | 'dueDate'>,
  ): Promise<ActionItemEntity> {
    const [row] = await manager.query<{ next: number }[]>(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM action_items WHERE report_id = $1`,
      [values.reportId],
    );
    return manager.save(manager.create(ActionItemEntity, { ...values, position: row?.next ?? 0 }));
  }

  async updateActionItem(manager: EntityManager, id: string, values: Partial<ActionItemEntity>): Promise<void> {
    await manager.update(ActionItemEntity, { id }, values);
  }

  async deleteActionItem(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(ActionItemEntity, { id });
  }

  /** The latest published report of a meeting earlier in the study group's series than `sequence`. */
  async latestPublishedBefore(
    manager: EntityManager,
    studyGroupId: string,
    sequence: number,
  ): Promise<{ id: string; sequenceNumber: number } | null> {
    const [row] = await manager.query<{ id: string; sequenceNumber: number }[]>(
      `SELECT r.id, m.sequence_number AS "sequenceNumber" FROM meeting_reports r JOIN meetings m ON m.id = r.meeting_id
        WHERE m.study_group_id = $1 AND m.sequence_number < $2 AND r.status = 'PUBLISHED'
        ORDER BY m.sequence_number DESC LIMIT 1`,
      [studyGroupId, sequence],
    );
    return row ?? null;
  }

  /** The report's action items in order, each with its owner's name as the agenda prints it. */
  actionItemsWithOwners(
    manager: EntityManager,
    reportId: string,
  ): Promise<{ title: string; status: ActionItemStatus; dueDate: string | null; owner: string | null }[]> {
    return manager.query(
      `SELECT a.title, a.status, a.due_date::text AS "dueDate", coalesce(p.name, o.acronym, o.name) AS owner
         FROM action_items a
         LEFT JOIN people p ON p.id = a.owner_person_id
         LEFT JOIN organizations o ON o.id = a.owner_organization_id
        WHERE a.report_id = $1 ORDER BY a.position`,
      [reportId],
    );
  }

  /** The meeting that follows the report's meeting in its study group's series, if one is scheduled. */
  async nextMeetingInSeries(manager: EntityManager, reportId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      `SELECT n.id FROM meeting_reports r
         JOIN meetings m ON m.id = r.meeting_id
         JOIN meetings n ON n.study_group_id = m.study_group_id AND n.sequence_number > m.sequence_number
        WHERE r.id = $1 ORDER BY n.sequence_number LIMIT 1`,
      [reportId],
    );
    return row?.id ?? null;
  }

  /** Agenda sessions of a meeting in time order: the sections a new report starts with. */
  async sessionsOf(manager: EntityManager, meetingId: string): Promise<{ id: string; title: string }[]> {
    return manager.query(
      `SELECT id, title FROM agenda_items WHERE meeting_id = $1 AND kind = 'SESSION' AND carries_report_id IS NULL
        ORDER BY starts_at, position`,
      [meetingId],
    );
  }

  async agendaItemIds(manager: EntityManager, meetingId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM agenda_items WHERE meeting_id = $1 AND id = ANY($2::uuid[])`,
      [meetingId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Who took part in each meeting, counted from the participant list: those marked as attended,
   * or, until attendance is marked, those who accepted. Staff of the secretariat are not counted.
   * Each person counts for the organization they represent there, else their own affiliation.
   */
  async participationOf(meetingIds: readonly string[]): Promise<Map<string, MeetingParticipation>> {
    const rows: {
      meeting_id: string;
      attendance_marked: boolean;
      experts: number;
      member_committees: number;
      other_organizations: number;
    }[] = await this.dataSource.query(
      `WITH marked AS (
         SELECT meeting_id, bool_or(state = 'ATTENDED') AS attendance_marked
           FROM participations WHERE meeting_id = ANY($1::uuid[]) GROUP BY meeting_id
       ), counted AS (
         SELECT p.meeting_id, p.person_id, coalesce(p.representing_id, pe.affiliation_id) AS organization_id
           FROM participations p
           JOIN marked k ON k.meeting_id = p.meeting_id
           JOIN people pe ON pe.id = p.person_id
          WHERE p.role <> 'SECRETARIAT'
            AND p.state = CASE WHEN k.attendance_marked THEN 'ATTENDED' ELSE 'ACCEPTED' END
       )
       SELECT k.meeting_id, k.attendance_marked,
              count(DISTINCT c.person_id)::int AS experts,
              count(DISTINCT c.organization_id) FILTER (WHERE o.kind = 'MEMBER_COMMITTEE')::int AS member_committees,
              count(DISTINCT c.organization_id) FILTER (WHERE o.kind <> 'MEMBER_COMMITTEE')::int AS other_organizations
         FROM marked k
         LEFT JOIN counted c ON c.meeting_id = k.meeting_id
         LEFT JOIN organizations o ON o.id = c.organization_id
        GROUP BY k.meeting_id, k.attendance_marked`,
      [meetingIds],
    );
    return new Map(
      rows.map((row) => [
        row.meeting_id,
        {
          attendanceMarked: row.attendance_marked,
          experts: row.experts,
          memberCommittees: row.member_committees,
          otherOrganizations: row.other_organizations,
        },
      ]),
    );
  }

  /** Open action items of the published reports of each study group's meetings, in series order. */
  async openActionItemsOfGroups(groupIds: readonly string[]): Promise<Map<string, ActionItemEntity[]>> {
    const rows = await this.dataSource
      .getRepository(ActionItemEntity)
      .createQueryBuilder('a')
      .innerJoin(MeetingReportEntity, 'r', 'r.id = a.report_id')
      .innerJoin('meetings', 'm', 'm.id = r.meeting_id')
      .addSelect('m.study_group_id', 'study_group_id')
      .where(`m.study_group_id = ANY(:groupIds) AND r.status = 'PUBLISHED' AND a.status IN ('OPEN', 'IN_PROGRESS')`, {
        groupIds,
      })
      .orderBy('m.sequence_number', 'ASC')
      .addOrderBy('a.position', 'ASC')
      .getRawAndEntities();
    const groupOf = new Map(
      rows.entities.map((entity, i) => [entity.id, (rows.raw[i] as { study_group_id: string }).study_group_id]),
    );
    return groupBy(rows.entities, (entity) => groupOf.get(entity.id)!);
  }
}
