import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CommitteeRole,
  Confidentiality,
  limits,
  MeetingKind,
  OrganizationKind,
  ordinal,
  StudyGroupRole,
  StudyGroupStatus,
  studyGroupManagerRoles,
  studyGroupStatusMachine,
  Track,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { type MembershipEntity, MembershipObjectType } from '../access/membership.entity';
import { grants } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound, versionConflict } from '../common/domain-error';
import { optionalText, requiredText, uniqueIds } from '../common/text';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { checkMeeting, MeetingsService, textList } from '../meetings/meetings.service';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { checkCountry } from '../organizations/organizations.service';
import { PeopleRepository } from '../people/people.repository';
import { EventsService } from '../realtime/events.service';
import { ActionItemCarrier } from '../reports/action-item-carrier';
import type {
  AddStudyGroupMemberInput,
  ChangeStudyGroupStatusInput,
  CreateStudyGroupInput,
  MeetingPlanInput,
  ScheduleMeetingInput,
  SetStudyGroupCommitteeInput,
  StudyGroupPrincipleInput,
  SubGroupInput,
  UpdateStudyGroupInput,
} from './dto/study-group.input';
import type { MeetingPlanEntity } from './meeting-plan.entity';
import type { StudyGroupEntity, StudyGroupPrinciple } from './study-group.entity';
import { StudyGroupsRepository, type StudyGroupValues } from './study-groups.repository';
import type { SubGroupEntity } from './sub-group.entity';

/** Statuses in which a group holds meetings. */
const runningStatuses: readonly StudyGroupStatus[] = [StudyGroupStatus.APPROVED, StudyGroupStatus.ACTIVE];

@Injectable()
export class StudyGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StudyGroupsRepository,
    private readonly meetings: MeetingsService,
    private readonly organizations: OrganizationsRepository,
    private readonly people: PeopleRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventsService,
    private readonly carrier: ActionItemCarrier,
  ) {}

  listVisible(viewer: Viewer): Promise<StudyGroupEntity[]> {
    return this.repository.findVisibleTo(viewer.personId);
  }

  async get(viewer: Viewer, id: string): Promise<StudyGroupEntity> {
    await this.access.require(viewer, 'StudyGroupView', [id]);
    const group = await this.repository.findById(this.dataSource.manager, id);
    if (!group) throw notFound('study group');
    return group;
  }

  /**
   * A study group is set up by the secretariat of the council that runs it. The creator becomes
   * the group's secretariat; each committee's focal points become the group's focal points.
   */
  async create(viewer: Viewer, input: CreateStudyGroupInput): Promise<StudyGroupEntity> {
    const values = checkStudyGroup(input);
    const coChairs = uniqueIds('coChairCommitteeIds', input.coChairCommitteeIds, 10);
    const participants = uniqueIds('participatingCommitteeIds', input.participatingCommitteeIds ?? [], 60).filter(
      (id) => !coChairs.includes(id),
    );
    if (coChairs.length === 0) throw invalid('coChairCommitteeIds', 'Name at least one co-chair committee.');
    const convenable = await this.access.allowedIds(viewer, 'OrganizationConvene', [values.councilId]);
    if (!convenable.has(values.councilId)) {
      throw new DomainError(
        'NOT_PERMITTED',
        'You can only set up a study group for a council whose secretariat you belong to.',
        { field: 'councilId' },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.organizations.requireIds(manager, [
        values.councilId,
        ...(values.reportsToId ? [values.reportsToId] : []),
      ]);
      await this.requireMemberCommittees(manager, [...coChairs, ...participants], 'coChairCommitteeIds');
      const group = await this.repository.insert(manager, values);
      await this.access.grant(manager, {
        personId: viewer.personId,
        objectType: MembershipObjectType.STUDY_GROUP,
        objectId: group.id,
        role: StudyGroupRole.SECRETARIAT,
        representingId: values.councilId,
      });
      for (const id of coChairs) await this.addCommittee(manager, group.id, id, CommitteeRole.CO_CHAIR);
      for (const id of participants) await this.addCommittee(manager, group.id, id, CommitteeRole.PARTICIPANT);
      await this.record(manager, viewer, group.id, 'study_group.created', { toState: group.status });
      return group;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateStudyGroupInput): Promise<StudyGroupEntity> {
    await this.access.require(viewer, 'StudyGroupManage', [id]);
    return this.change(id, async (manager) => {
      const current = await this.repository.findById(manager, id);
      if (!current) throw notFound('study group');
      if (input.version !== current.version) throw versionConflict('study group');
      const merged = checkStudyGroup({
        title: input.title ?? current.title,
        councilId: current.councilId,
        reportsToId: input.reportsToId === undefined ? current.reportsToId : input.reportsToId,
        background: input.background === undefined ? current.background : input.background,
        objectives: input.objectives ?? current.objectives,
        principles: input.principles ?? current.principles,
        anticipatedOutputs: input.anticipatedOutputs ?? current.anticipatedOutputs,
        startDate: input.startDate ?? current.startDate,
        endDate: input.endDate ?? current.endDate,
      });
      if (merged.reportsToId) await this.organizations.requireIds(manager, [merged.reportsToId]);
      if (!(await this.repository.update(manager, id, current.version, merged))) throw versionConflict('study group');
      await this.record(manager, viewer, id, 'study_group.updated', {
        data: { fields: Object.keys(input).filter((key) => key !== 'version') },
      });
    });
  }

  async changeStatus(viewer: Viewer, id: string, input: ChangeStudyGroupStatusInput): Promise<StudyGroupEntity> {
    await this.access.require(viewer, 'StudyGroupManage', [id]);
    return this.change(id, async (manager) => {
      const current = await this.repository.lockById(manager, id);
      if (!current) throw notFound('study group');
      if (current.status !== input.from) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `The study group is now "${current.status}", not "${input.from}"; reload and try again.`,
          { current: current.status },
        );
      }
      if (!studyGroupStatusMachine.canTransition(current.status, input.to)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `A study group cannot move from ${current.status} to ${input.to}.`,
          {
            allowed: studyGroupStatusMachine.next(current.status),
          },
        );
      }
      await this.repository.changeStatus(manager, id, input.to);
      await this.record(manager, viewer, id, 'study_group.status_changed', {
        fromState: current.status,
        toState: input.to,
      });
    });
  }

  async setCommittee(viewer: Viewer, input: SetStudyGroupCommitteeInput): Promise<StudyGroupEntity> {
    await this.access.require(viewer, 'StudyGroupManage', [input.studyGroupId]);
    if (!Object.values(CommitteeRole).includes(input.role)) throw invalid('role', 'Unknown committee role.');
    return this.change(input.studyGroupId, async (manager) => {
      await this.requireMemberCommittees(manager, [input.organizationId], 'organizationId');
      const before = await this.repository.committeesIn(manager, input.studyGroupId);
      if (input.role !== CommitteeRole.CO_CHAIR) this.keepCoChair(before, input.organizationId);
      await this.addCommittee(manager, input.studyGroupId, input.organizationId, input.role);
      await this.record(manager, viewer, input.studyGroupId, 'study_group.committee_set', {
        data: { organizationId: input.organizationId, role: input.role },
      });
    });
  }

  async removeCommittee(viewer: Viewer, studyGroupId: string, organizationId: string): Promise<StudyGroupEntity> {
    await this.access.require(viewer, 'StudyGroupManage', [studyGroupId]);
    return this.change(studyGroupId, async (manager) => {
      const before = await this.repository.committeesIn(manager, studyGroupId);
      if (!before.some((c) => c.organizationId === organizationId)) {
        throw invalid('organizationId', 'That committee is not in the study group.', 'COMMITTEE_NOT_IN_GROUP');
      }
      this.keepCoChair(before, organizationId);
      await this.repository.removeCommittee(manager, studyGroupId, organizationId);
      await this.record(manager, viewer, studyGroupId, 'study_group.committee_removed', { data: { organizationId } });
    });
  }

  /**
   * Names a person to the group. Co-chairs and the secretariat name anyone in any role; a focal
   * point names focal points and members for their own committee only.
   */
  async addMember(viewer: Viewer, input: AddStudyGroupMemberInput): Promise<StudyGroupEntity> {
    await this.access.require(viewer, 'StudyGroupNameMembers', [input.studyGroupId]);
    if (!Object.values(StudyGroupRole).includes(input.role)) throw invalid('role', 'Unknown study group role.');
    return this.change(input.studyGroupId, async (manager) => {
      const committees = await this.repository.committeesIn(manager, input.studyGroupId);
      const representingId = input.representingId ?? null;
      if (representingId && !committees.some((c) => c.organizationId === representingId)) {
        throw invalid('representingId', 'That committee is not in the study group.', 'COMMITTEE_NOT_IN_GROUP');
      }
      if (!representingId && (input.role === StudyGroupRole.FOCAL_POINT || input.role === StudyGroupRole.CO_CHAIR)) {
        throw invalid('representingId', 'Name the member committee this person speaks for.');
      }
      const own = await this.repository.membershipsOfPerson(manager, input.studyGroupId, viewer.personId);
      if (
        !grants(
          'StudyGroupManage',
          own.map((m) => m.role),
        )
      ) {
        const ownCommittees = own.filter((m) => m.role === StudyGroupRole.FOCAL_POINT).map((m) => m.representingId);
        const namable: readonly string[] = [StudyGroupRole.FOCAL_POINT, StudyGroupRole.MEMBER];
        if (!namable.includes(input.role) || !representingId || !ownCommittees.includes(representingId)) {
          throw new DomainError(
            'NOT_PERMITTED',
            'A focal point names focal points and members for their own committee only.',
          );
        }
      }
      await this.people.requireIds(manager, [input.personId], {
        field: 'personId',
        message: 'No person with that id.',
      });
      const existing = await this.repository.membershipsOfPerson(manager, input.studyGroupId, input.personId);
      if (existing.some((m) => m.role === input.role)) {
        throw new DomainError('ALREADY_MEMBER', 'This person already holds that role in the study group.');
      }
      await this.access.grant(manager, {
        personId: input.personId,
        objectType: MembershipObjectType.STUDY_GROUP,
        objectId: input.studyGroupId,
        role: input.role,
        representingId,
      });
      await this.record(manager, viewer, input.studyGroupId, 'study_group.member_added', {
        data: { personId: input.personId, role: input.role, representingId },
      });
    });
  }

  async removeMember(viewer: Viewer, membershipId: string): Promise<StudyGroupEntity> {
    const membership = await this.repository.findMembership(this.dataSource.manager, membershipId);
    if (!membership) throw notFound('study group member');
    await this.access.require(viewer, 'StudyGroupNameMembers', [membership.objectId]);
    return this.change(membership.objectId, async (manager) => {
      const own = await this.repository.membershipsOfPerson(manager, membership.objectId, viewer.personId);
      if (
        !grants(
          'StudyGroupManage',
          own.map((m) => m.role),
        )
      ) {
        const ownCommittees = own.filter((m) => m.role === StudyGroupRole.FOCAL_POINT).map((m) => m.representingId);
        if (membership.role !== StudyGroupRole.MEMBER || !ownCommittees.includes(membership.representingId)) {
          throw new DomainError('NOT_PERMITTED', 'A focal point removes members of their own committee only.');
        }
      }
      if ((studyGroupManagerRoles as readonly string[]).includes(membership.role)) {
        if ((await this.repository.otherManagerCount(manager, membership.objectId, membership.id)) === 0) {
          throw new DomainError('LAST_MANAGER', 'A study group needs at least one co-chair or secretariat member.');
        }
      }
      await this.access.revokeMembership(manager, membership.id);
      await this.record(manager, viewer, membership.objectId, 'study_group.member_removed', {
        data: { personId: membership.personId, role: membership.role },
      });
    });
  }

  async saveSubGroup(
    viewer: Viewer,
    target: { studyGroupId: string } | { subGroupId: string },
    input: SubGroupInput,
  ): Promise<SubGroupEntity> {
    const existing =
      'subGroupId' in target ? await this.repository.findSubGroup(this.dataSource.manager, target.subGroupId) : null;
    if ('subGroupId' in target && !existing) throw notFound('sub-group');
    const studyGroupId = existing?.studyGroupId ?? (target as { studyGroupId: string }).studyGroupId;
    await this.access.require(viewer, 'StudyGroupManage', [studyGroupId]);
    const title = requiredText('title', input.title, limits.title);
    const mandate = optionalText('mandate', input.mandate, limits.longText);
    const memberIds = uniqueIds('memberIds', input.memberIds, 200);
    const saved = await this.dataSource.transaction(async (manager) => {
      const members = await this.repository.memberIds(manager, studyGroupId, memberIds);
      const outsider = memberIds.find((id) => !members.has(id));
      if (outsider) {
        throw new DomainError('NOT_A_GROUP_MEMBER', 'Sub-group members must be members of the study group.', {
          field: 'memberIds',
          id: outsider,
        });
      }
      const subGroup = await this.repository.saveSubGroup(
        manager,
        { id: existing?.id, studyGroupId, title, mandate },
        memberIds,
      );
      await this.record(manager, viewer, studyGroupId, existing ? 'sub_group.updated' : 'sub_group.created', {
        data: { subGroupId: subGroup.id },
      });
      return subGroup;
    });
    await this.events.publish({ topic: 'studyGroup', id: studyGroupId });
    return saved;
  }

  async removeSubGroup(viewer: Viewer, subGroupId: string): Promise<StudyGroupEntity> {
    const subGroup = await this.repository.findSubGroup(this.dataSource.manager, subGroupId);
    if (!subGroup) throw notFound('sub-group');
    await this.access.require(viewer, 'StudyGroupManage', [subGroup.studyGroupId]);
    return this.change(subGroup.studyGroupId, async (manager) => {
      await this.repository.removeSubGroup(manager, subGroupId);
      await this.record(manager, viewer, subGroup.studyGroupId, 'sub_group.removed', {
        data: { title: subGroup.title },
      });
    });
  }

  /** Adds a meeting to the end of the series. */
  async planMeeting(viewer: Viewer, studyGroupId: string, input: MeetingPlanInput): Promise<MeetingPlanEntity> {
    await this.access.require(viewer, 'StudyGroupManage', [studyGroupId]);
    const plan = await this.dataSource.transaction(async (manager) => {
      const group = await this.repository.lockById(manager, studyGroupId);
      if (!group) throw notFound('study group');
      const values = await this.checkPlan(manager, group, input);
      const plans = await this.repository.plansIn(manager, studyGroupId);
      if (plans.length >= 20) throw invalid('expectedMonth', 'A series has at most 20 meetings.');
      const created = await this.repository.insertPlan(manager, {
        ...values,
        studyGroupId,
        sequence: plans.length + 1,
      });
      await this.record(manager, viewer, studyGroupId, 'meeting_plan.added', {
        data: { planId: created.id, sequence: created.sequence },
      });
      return created;
    });
    await this.events.publish({ topic: 'studyGroup', id: studyGroupId });
    return plan;
  }

  async updatePlan(viewer: Viewer, planId: string, input: MeetingPlanInput): Promise<MeetingPlanEntity> {
    const plan = await this.planOrNotFound(viewer, planId);
    await this.change(plan.studyGroupId, async (manager) => {
      const locked = await this.repository.findPlan(manager, planId, true);
      if (!locked) throw notFound('planned meeting');
      if (locked.meetingId) throw alreadyScheduled();
      const group = await this.repository.findById(manager, plan.studyGroupId);
      if (!group) throw notFound('study group');
      await this.repository.updatePlan(manager, planId, await this.checkPlan(manager, group, input));
      await this.record(manager, viewer, plan.studyGroupId, 'meeting_plan.updated', { data: { planId } });
    });
    const updated = await this.repository.findPlan(this.dataSource.manager, planId);
    if (!updated) throw notFound('planned meeting');
    return updated;
  }

  async removePlan(viewer: Viewer, planId: string): Promise<StudyGroupEntity> {
    const plan = await this.planOrNotFound(viewer, planId);
    return this.change(plan.studyGroupId, async (manager) => {
      await this.repository.lockById(manager, plan.studyGroupId);
      const locked = await this.repository.findPlan(manager, planId, true);
      if (!locked) throw notFound('planned meeting');
      if (locked.meetingId) throw alreadyScheduled();
      await this.repository.removePlan(manager, locked);
      await this.record(manager, viewer, plan.studyGroupId, 'meeting_plan.removed', {
        data: { sequence: locked.sequence },
      });
    });
  }

  /**
   * Turns a planned meeting into a real one: numbered in the series, convened by the council and
   * the host committee, held under the Chatham House rule as study-group meetings are. Open action
   * items from the previous meeting's published report are carried into its agenda.
   */
  async schedule(viewer: Viewer, input: ScheduleMeetingInput): Promise<MeetingEntity> {
    const plan = await this.planOrNotFound(viewer, input.planId);
    const meeting = await this.dataSource.transaction(async (manager) => {
      const group = await this.repository.lockById(manager, plan.studyGroupId);
      if (!group) throw notFound('study group');
      if (!runningStatuses.includes(group.status)) {
        throw new DomainError('GROUP_NOT_APPROVED', 'Meetings can be scheduled once the study group is approved.');
      }
      const locked = await this.repository.findPlan(manager, plan.id, true);
      if (!locked) throw notFound('planned meeting');
      if (locked.meetingId) throw alreadyScheduled();
      const values = checkMeeting({
        title: input.title?.trim() || `${capitalise(ordinal(locked.sequence))} Meeting of the ${group.title}`,
        kind: MeetingKind.STUDY_GROUP_MEETING,
        track: Track.TRACK_2,
        venue: input.venue,
        city: input.city === undefined || input.city === null ? locked.city : input.city,
        country: locked.country,
        timeZone: input.timeZone,
        startDate: input.startDate,
        endDate: input.endDate,
        hostId: locked.hostId,
        confidentiality: Confidentiality.CHATHAM_HOUSE,
        sequenceNumber: locked.sequence,
      });
      const created = await this.meetings.scheduleForStudyGroup(manager, viewer, values, {
        studyGroupId: group.id,
        organizerIds: [group.councilId, ...(locked.hostId && locked.hostId !== group.councilId ? [locked.hostId] : [])],
      });
      await this.repository.updatePlan(manager, locked.id, { meetingId: created.id });
      await this.record(manager, viewer, group.id, 'meeting_plan.scheduled', {
        data: { planId: locked.id, meetingId: created.id },
      });
      await this.carrier.carryInto(manager, created.id, viewer.userId);
      return created;
    });
    await this.events.publish({ topic: 'studyGroup', id: plan.studyGroupId });
    return meeting;
  }

  private async planOrNotFound(viewer: Viewer, planId: string): Promise<MeetingPlanEntity> {
    const plan = await this.repository.findPlan(this.dataSource.manager, planId);
    if (!plan) throw notFound('planned meeting');
    await this.access.require(viewer, 'StudyGroupManage', [plan.studyGroupId]);
    return plan;
  }

  private async checkPlan(
    manager: EntityManager,
    group: StudyGroupEntity,
    input: MeetingPlanInput,
  ): Promise<Pick<MeetingPlanEntity, 'hostId' | 'city' | 'country' | 'expectedMonth'>> {
    const expectedMonth = `${input.expectedMonth.slice(0, 7)}-01`;
    if (expectedMonth < `${group.startDate.slice(0, 7)}-01` || expectedMonth > group.endDate) {
      throw invalid('expectedMonth', 'A planned meeting must fall within the study group’s dates.', 'INVALID_DATE');
    }
    const hostId = input.hostId ?? null;
    if (hostId) {
      const committees = await this.repository.committeesIn(manager, group.id);
      if (!committees.some((c) => c.organizationId === hostId)) {
        throw invalid('hostId', 'The host must be one of the group’s member committees.', 'COMMITTEE_NOT_IN_GROUP');
      }
    }
    return {
      hostId,
      city: optionalText('city', input.city, limits.shortText),
      country: checkCountry(input.country),
      expectedMonth,
    };
  }

  /** Only member committees co-chair or take part in a study group. */
  private async requireMemberCommittees(manager: EntityManager, ids: readonly string[], field: string): Promise<void> {
    const organizations = await this.organizations.requireIds(manager, ids, { field });
    if (organizations.some((organization) => organization.kind !== OrganizationKind.MEMBER_COMMITTEE)) {
      throw invalid(field, 'Only member committees co-chair or take part in a study group.');
    }
  }

  private keepCoChair(committees: readonly { organizationId: string; role: string }[], changing: string): void {
    if (!committees.some((c) => c.role === CommitteeRole.CO_CHAIR && c.organizationId !== changing)) {
      throw invalid('organizationId', 'A study group needs at least one co-chair committee.');
    }
  }

  /** Adds the committee and makes its focal points the group's focal points for it. */
  private async addCommittee(manager: EntityManager, groupId: string, organizationId: string, role: CommitteeRole) {
    await this.repository.upsertCommittee(manager, groupId, organizationId, role);
    const focalPoints: MembershipEntity[] = await this.repository.organizationFocalPoints(manager, [organizationId]);
    for (const focalPoint of focalPoints) {
      await this.access.grant(manager, {
        personId: focalPoint.personId,
        objectType: MembershipObjectType.STUDY_GROUP,
        objectId: groupId,
        role: StudyGroupRole.FOCAL_POINT,
        representingId: organizationId,
      });
    }
  }

  /** Runs a change to the group in a transaction, tells live viewers, and returns the group as it now is. */
  private async change(id: string, work: (manager: EntityManager) => Promise<void>): Promise<StudyGroupEntity> {
    const group = await this.dataSource.transaction(async (manager) => {
      await work(manager);
      const updated = await this.repository.findById(manager, id);
      if (!updated) throw notFound('study group');
      return updated;
    });
    await this.events.publish({ topic: 'studyGroup', id });
    return group;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    action: string,
    extra: { fromState?: string; toState?: string; data?: Record<string, unknown> } = {},
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: viewer.userId,
      objectType: 'STUDY_GROUP',
      objectId: id,
      action,
      ...extra,
    });
  }
}

function alreadyScheduled(): DomainError {
  return new DomainError('ALREADY_SCHEDULED', 'This meeting has already been scheduled; edit the meeting instead.');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkPrinciples(principles: readonly StudyGroupPrincipleInput[] | null | undefined): StudyGroupPrinciple[] {
  const list = (principles ?? []).map((p, i) => ({
    name: requiredText(`principles[${i}].name`, p.name, limits.shortText),
    description: optionalText(`principles[${i}].description`, p.description, 2_000) ?? '',
  }));
  if (list.length > 20) throw invalid('principles', 'At most 20 principles.');
  return list;
}

type StudyGroupFields = Omit<
  StudyGroupValues,
  'principles' | 'objectives' | 'anticipatedOutputs' | 'background' | 'reportsToId'
> & {
  reportsToId?: string | null;
  background?: string | null;
  objectives?: readonly string[] | null;
  principles?: readonly StudyGroupPrincipleInput[] | null;
  anticipatedOutputs?: readonly string[] | null;
};

/** The rules every study group obeys, whether new or edited. */
function checkStudyGroup(input: StudyGroupFields): StudyGroupValues {
  if (input.endDate < input.startDate) {
    throw invalid('endDate', 'The study group cannot end before it starts.', 'DATES_OUT_OF_ORDER');
  }
  if (input.startDate < '1945-01-01' || input.endDate > '2100-12-31') {
    throw invalid('startDate', 'Dates must fall between 1945 and 2100.', 'INVALID_DATE');
  }
  return {
    title: requiredText('title', input.title, limits.title),
    councilId: input.councilId,
    reportsToId: input.reportsToId ?? null,
    background: optionalText('background', input.background, limits.longText),
    objectives: textList('objectives', input.objectives, 26, 1_000),
    principles: checkPrinciples(input.principles),
    anticipatedOutputs: textList('anticipatedOutputs', input.anticipatedOutputs, 20, 1_000),
    startDate: input.startDate,
    endDate: input.endDate,
  };
}
