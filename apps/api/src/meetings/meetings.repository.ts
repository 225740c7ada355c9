import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type ReportStatus, studyGroupMemberRoles } from '@plenary/shared';
import { MembershipObjectType } from '../access/membership.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { MeetingEntity } from './meeting.entity';

export type MeetingValues = Pick<
  MeetingEntity,
  | 'title'
  | 'kind'
  | 'track'
  | 'venue'
  | 'city'
  | 'country'
  | 'timeZone'
  | 'startDate'
  | 'endDate'
  | 'hostId'
  | 'background'
  | 'objectives'
  | 'participantCategories'
  | 'confidentiality'
  | 'sequenceNumber'
  | 'agendaSymbol'
  | 'agendaDateLine'
  | 'agendaNameStyle'
  | 'agendaAffiliations'
>;

@Injectable()
export class MeetingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Meetings the person may open, most recent first: those they hold a role on, and those of the
   * study groups they are a member of (the same rule as the MeetingView permission).
   */
  findVisibleTo(personId: string): Promise<MeetingEntity[]> {
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(
        `m.id IN (SELECT object_id FROM memberships WHERE person_id = :personId AND object_type = :type)
         OR m.study_group_id IN (SELECT object_id FROM memberships
                                  WHERE person_id = :personId AND object_type = :groupType AND role = ANY(:groupRoles))`,
        {
          personId,
          type: MembershipObjectType.MEETING,
          groupType: MembershipObjectType.STUDY_GROUP,
          groupRoles: studyGroupMemberRoles,
        },
      )
      .orderBy('m.start_date', 'DESC')
      .addOrderBy('m.title', 'ASC')
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.id = ANY(:ids)', { ids })
      .getMany();
  }

  findById(manager: EntityManager, id: string): Promise<MeetingEntity | null> {
    return manager.findOne(MeetingEntity, { where: { id } });
  }

  /** Organizers of each meeting in their listed order, for many meetings in one statement. */
  async organizersOf(meetingIds: readonly string[]): Promise<Map<string, OrganizationEntity[]>> {
    const rows: { meeting_id: string; organization_id: string }[] = await this.dataSource.query(
      `SELECT meeting_id, organization_id FROM meeting_organizers
        WHERE meeting_id = ANY($1::uuid[]) ORDER BY meeting_id, position`,
      [meetingIds],
    );
    const organizations = rows.length
      ? await this.dataSource
          .getRepository(OrganizationEntity)
          .createQueryBuilder('o')
          .where('o.id = ANY(:ids)', { ids: [...new Set(rows.map((row) => row.organization_id))] })
          .getMany()
      : [];
    const byId = new Map(organizations.map((o) => [o.id, o]));
    const result = new Map<string, OrganizationEntity[]>();
    for (const row of rows) {
      const organization = byId.get(row.organization_id);
      if (!organization) continue;
      result.set(row.meeting_id, [...(result.get(row.meeting_id) ?? []), organization]);
    }
    return result;
  }

  async insert(
    manager: EntityManager,
    values: MeetingValues & Pick<MeetingEntity, 'studyGroupId' | 'recordedAfterTheFact'>,
  ): Promise<MeetingEntity> {
    return manager.save(
      manager.create(MeetingEntity, { ...values, calendarToken: randomBytes(24).toString('base64url') }),
    );
  }

  async agendaItemCount(manager: EntityManager, meetingId: string): Promise<number> {
    const [row] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM agenda_items WHERE meeting_id = $1`,
      [meetingId],
    );
    return row?.n ?? 0;
  }

  /** Where the meeting's report stands, if it has one written here. */
  async reportStatus(manager: EntityManager, meetingId: string): Promise<ReportStatus | null> {
    const [row] = await manager.query<{ status: ReportStatus }[]>(
      `SELECT status FROM meeting_reports WHERE meeting_id = $1`,
      [meetingId],
    );
    return row?.status ?? null;
  }

  /** Moves the status on only from the state the caller saw; false when it had already moved. */
  async changeStatus(manager: EntityManager, id: string, from: string, to: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MeetingEntity)
      .set({ status: to as MeetingEntity['status'], version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Locks the meeting row for the rest of the transaction: agenda edits and adoption take turns. */
  lockById(manager: EntityManager, id: string): Promise<MeetingEntity | null> {
    return manager
      .createQueryBuilder(MeetingEntity, 'm')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
  }

  /** Writes only when the stored version is the one the editor saw; false when it was not. */
  async update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    values: Partial<MeetingValues>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MeetingEntity)
      .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async replaceOrganizers(
    manager: EntityManager,
    meetingId: string,
    organizationIds: readonly string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM meeting_organizers WHERE meeting_id = $1`, [meetingId]);
    await manager.query(
      `INSERT INTO meeting_organizers (meeting_id, organization_id, position)
       SELECT $1, id, ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [meetingId, organizationIds],
    );
  }
}
