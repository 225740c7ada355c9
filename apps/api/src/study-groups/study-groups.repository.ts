import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { studyGroupManagerRoles } from '@plenary/shared';
import { MembershipEntity, MembershipObjectType } from '../access/membership.entity';
import { groupBy } from '../common/group-by';
import { MeetingPlanEntity } from './meeting-plan.entity';
import { StudyGroupCommitteeEntity } from './study-group-committee.entity';
import { StudyGroupEntity, type StudyGroupPrinciple } from './study-group.entity';
import { SubGroupEntity, SubGroupMemberEntity } from './sub-group.entity';

export type StudyGroupValues = Pick<
  StudyGroupEntity,
  'title' | 'councilId' | 'reportsToId' | 'background' | 'objectives' | 'anticipatedOutputs' | 'startDate' | 'endDate'
> & { principles: StudyGroupPrinciple[] };

/** Queries for study groups; every read for a page is set-based over many ids. */
@Injectable()
export class StudyGroupsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Groups on which the person holds any role, or whose reporting body they sit on; newest first. */
  findVisibleTo(personId: string): Promise<StudyGroupEntity[]> {
    return this.dataSource
      .getRepository(StudyGroupEntity)
      .createQueryBuilder('g')
      .where(
        `g.id IN (SELECT object_id FROM memberships WHERE person_id = :personId AND object_type = :type)
         OR g.reports_to_id IN (SELECT object_id FROM memberships WHERE person_id = :personId AND object_type = :orgType)`,
        { personId, type: MembershipObjectType.STUDY_GROUP, orgType: MembershipObjectType.ORGANIZATION },
      )
      .orderBy('g.start_date', 'DESC')
      .addOrderBy('g.title', 'ASC')
      .getMany();
  }

  findByIds(ids: readonly string[]): Promise<StudyGroupEntity[]> {
    return this.dataSource
      .getRepository(StudyGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = ANY(:ids)', { ids })
      .getMany();
  }

  findById(manager: EntityManager, id: string): Promise<StudyGroupEntity | null> {
    return manager.findOne(StudyGroupEntity, { where: { id } });
  }

  lockById(manager: EntityManager, id: string): Promise<StudyGroupEntity | null> {
    return manager.findOne(StudyGroupEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(manager: EntityManager, values: StudyGroupValues): Promise<StudyGroupEntity> {
    return manager.save(manager.create(StudyGroupEntity, values));
  }

  /** Writes the values only if the group is still at `version`; false when someone changed it first. */
  async update(
    manager: EntityManager,
    id: string,
    version: number,
    values: Partial<StudyGroupValues>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(StudyGroupEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return result.affected === 1;
  }

  async changeStatus(manager: EntityManager, id: string, status: string): Promise<void> {
    await manager.query(
      `UPDATE study_groups SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, status],
    );
  }

  async committeesOf(groupIds: readonly string[]): Promise<Map<string, StudyGroupCommitteeEntity[]>> {
    const rows = await this.dataSource
      .getRepository(StudyGroupCommitteeEntity)
      .createQueryBuilder('c')
      .where('c.study_group_id = ANY(:groupIds)', { groupIds })
      .orderBy('c.role', 'ASC')
      .addOrderBy('c.position', 'ASC')
      .getMany();
    return groupBy(rows, (row) => row.studyGroupId);
  }

  async committeesIn(manager: EntityManager, groupId: string): Promise<StudyGroupCommitteeEntity[]> {
    return manager.find(StudyGroupCommitteeEntity, { where: { studyGroupId: groupId }, order: { position: 'ASC' } });
  }

  async upsertCommittee(manager: EntityManager, groupId: string, organizationId: string, role: string): Promise<void> {
    await manager.query(
      `INSERT INTO study_group_committees (study_group_id, organization_id, role, position)
       VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM study_group_committees WHERE study_group_id = $1))
       ON CONFLICT (study_group_id, organization_id) DO UPDATE SET role = EXCLUDED.role`,
      [groupId, organizationId, role],
    );
  }

  async removeCommittee(manager: EntityManager, groupId: string, organizationId: string): Promise<boolean> {
    const [, affected] = await manager.query<[unknown, number]>(
      `DELETE FROM study_group_committees WHERE study_group_id = $1 AND organization_id = $2`,
      [groupId, organizationId],
    );
    return affected > 0;
  }

  /** People who speak for these member committees in general (their focal points on the organization). */
  async organizationFocalPoints(
    manager: EntityManager,
    organizationIds: readonly string[],
  ): Promise<MembershipEntity[]> {
    return manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where(`m.object_type = 'ORGANIZATION' AND m.role = 'FOCAL_POINT' AND m.object_id = ANY(:organizationIds)`, {
        organizationIds,
      })
      .getMany();
  }

  /** Everyone's roles on these groups, in one statement. */
  async membersOf(groupIds: readonly string[]): Promise<Map<string, MembershipEntity[]>> {
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('people', 'p', 'p.id = m.person_id')
      .where(`m.object_type = :type AND m.object_id = ANY(:groupIds)`, {
        type: MembershipObjectType.STUDY_GROUP,
        groupIds,
      })
      .orderBy('p.sort_name', 'ASC')
      .getMany();
    return groupBy(rows, (row) => row.objectId);
  }

  findMembership(manager: EntityManager, id: string): Promise<MembershipEntity | null> {
    return manager.findOne(MembershipEntity, { where: { id, objectType: MembershipObjectType.STUDY_GROUP } });
  }

  async membershipsOfPerson(manager: EntityManager, groupId: string, personId: string): Promise<MembershipEntity[]> {
    return manager.find(MembershipEntity, {
      where: { objectType: MembershipObjectType.STUDY_GROUP, objectId: groupId, personId },
    });
  }

  /** How many others run the group (co-chairs and secretariat), besides the membership named. */
  async otherManagerCount(manager: EntityManager, groupId: string, exceptMembershipId: string): Promise<number> {
    const [row] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM memberships
        WHERE object_type = 'STUDY_GROUP' AND object_id = $1 AND role = ANY($2::text[]) AND id <> $3`,
      [groupId, studyGroupManagerRoles, exceptMembershipId],
    );
    return row?.n ?? 0;
  }

  /** Which of the people hold any role on the group other than observer. */
  async memberIds(manager: EntityManager, groupId: string, personIds: readonly string[]): Promise<Set<string>> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT DISTINCT person_id FROM memberships
        WHERE object_type = 'STUDY_GROUP' AND object_id = $1 AND role <> 'OBSERVER' AND person_id = ANY($2::uuid[])`,
      [groupId, personIds],
    );
    return new Set(rows.map((row) => row.person_id));
  }

  async subGroupsOf(groupIds: readonly string[]): Promise<Map<string, SubGroupEntity[]>> {
    const rows = await this.dataSource
      .getRepository(SubGroupEntity)
      .createQueryBuilder('s')
      .where('s.study_group_id = ANY(:groupIds)', { groupIds })
      .orderBy('s.position', 'ASC')
      .getMany();
    return groupBy(rows, (row) => row.studyGroupId);
  }

  async subGroupMemberIds(subGroupIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { sub_group_id: string; person_id: string }[] = await this.dataSource.query(
      `SELECT m.sub_group_id, m.person_id FROM sub_group_members m JOIN people p ON p.id = m.person_id
        WHERE m.sub_group_id = ANY($1::uuid[]) ORDER BY p.sort_name`,
      [subGroupIds],
    );
    const bySubGroup = groupBy(rows, (row) => row.sub_group_id);
    return new Map([...bySubGroup].map(([id, members]) => [id, members.map((m) => m.person_id)]));
  }

  findSubGroup(manager: EntityManager, id: string): Promise<SubGroupEntity | null> {
    return manager.findOne(SubGroupEntity, { where: { id } });
  }

  async saveSubGroup(
    manager: EntityManager,
    values: { id?: string; studyGroupId: string; title: string; mandate: string | null },
    memberIds: readonly string[],
  ): Promise<SubGroupEntity> {
    let subGroup: SubGroupEntity;
    if (values.id) {
      await manager.update(SubGroupEntity, { id: values.id }, { title: values.title, mandate: values.mandate });
      subGroup = await manager.findOneOrFail(SubGroupEntity, { where: { id: values.id } });
    } else {
      const [row] = await manager.query<{ next: number }[]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM sub_groups WHERE study_group_id = $1`,
        [values.studyGroupId],
      );
      subGroup = await manager.save(
        manager.create(SubGroupEntity, {
          studyGroupId: values.studyGroupId,
          title: values.title,
          mandate: values.mandate,
          position: row?.next ?? 1,
        }),
      );
    }
    await manager.delete(SubGroupMemberEntity, { subGroupId: subGroup.id });
    if (memberIds.length > 0) {
      await manager.insert(
        SubGroupMemberEntity,
        memberIds.map((personId) => ({ subGroupId: subGroup.id, personId })),
      );
    }
    return subGroup;
  }

  async removeSubGroup(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SubGroupEntity, { id });
  }

  async plansOf(groupIds: readonly string[]): Promise<Map<string, MeetingPlanEntity[]>> {
    const rows = await this.dataSource
      .getRepository(MeetingPlanEntity)
      .createQueryBuilder('p')
      .where('p.study_group_id = ANY(:groupIds)', { groupIds })
      .orderBy('p.sequence', 'ASC')
      .getMany();
    return groupBy(rows, (row) => row.studyGroupId);
  }

  plansIn(manager: EntityManager, groupId: string): Promise<MeetingPlanEntity[]> {
    return manager.find(MeetingPlanEntity, { where: { studyGroupId: groupId }, order: { sequence: 'ASC' } });
  }

  findPlan(manager: EntityManager, id: string, lock = false): Promise<MeetingPlanEntity | null> {
    return manager.findOne(MeetingPlanEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
    });
  }

  async insertPlan(
    manager: EntityManager,
    values: Omit<MeetingPlanEntity, 'id' | 'meetingId'>,
  ): Promise<MeetingPlanEntity> {
    return manager.save(manager.create(MeetingPlanEntity, { ...values, meetingId: null }));
  }

  async updatePlan(manager: EntityManager, id: string, values: Partial<MeetingPlanEntity>): Promise<void> {
    await manager.update(MeetingPlanEntity, { id }, values);
  }

  /** Removes a plan and closes the gap in the series, renumbering later plans and their meetings. */
  async removePlan(manager: EntityManager, plan: MeetingPlanEntity): Promise<void> {
    await manager.delete(MeetingPlanEntity, { id: plan.id });
    // Two steps, so the unique (group, sequence) pair never sees two plans with one number.
    await manager.query(`UPDATE meeting_plans SET sequence = -sequence WHERE study_group_id = $1 AND sequence > $2`, [
      plan.studyGroupId,
      plan.sequence,
    ]);
    await manager.query(
      `UPDATE meeting_plans SET sequence = -sequence - 1 WHERE study_group_id = $1 AND sequence < 0`,
      [plan.studyGroupId],
    );
    await manager.query(
      `UPDATE meetings m SET sequence_number = p.sequence FROM meeting_plans p
        WHERE p.meeting_id = m.id AND p.study_group_id = $1`,
      [plan.studyGroupId],
    );
  }
}
