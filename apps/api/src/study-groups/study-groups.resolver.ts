import { Args, Context, ID, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { seriesLabel, StudyGroupRole } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { DomainError } from '../common/domain-error';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MeetingModel, toMeetingModel } from '../meetings/meeting.model';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import type { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import { ActionItemModel, MeetingReportModel, toActionItemModel, toMeetingReportModel } from '../reports/report.model';
import { canReadReport } from '../reports/reports.resolver';
import { EventsService } from '../realtime/events.service';
import {
  AddStudyGroupMemberInput,
  ChangeStudyGroupStatusInput,
  CreateStudyGroupInput,
  MeetingPlanInput,
  ScheduleMeetingInput,
  SetStudyGroupCommitteeInput,
  SubGroupInput,
  UpdateStudyGroupInput,
} from './dto/study-group.input';
import {
  MeetingPlanModel,
  ScheduledMeetingSummaryModel,
  StudyGroupCommitteeModel,
  StudyGroupMemberModel,
  StudyGroupModel,
  SubGroupModel,
  toMeetingPlanModel,
  toStudyGroupCommitteeModel,
  toStudyGroupMemberModel,
  toStudyGroupModel,
  toSubGroupModel,
} from './study-group.model';
import { StudyGroupsService } from './study-groups.service';

const studyGroupRoles = new Set<string>(Object.values(StudyGroupRole));

async function organizationOrNull(ctx: GraphQLContext, id: string | null): Promise<OrganizationModel | null> {
  if (!id) return null;
  const organization = await ctx.loaders.organization.load(id);
  return organization ? toOrganizationModel(organization) : null;
}

@Resolver(() => StudyGroupModel)
export class StudyGroupsResolver {
  constructor(
    private readonly service: StudyGroupsService,
    private readonly events: EventsService,
  ) {}

  @SignedIn()
  @Subscription(() => StudyGroupModel, {
    description: 'The study group each time it changes, for as long as the subscriber may see it.',
    resolve: (group: StudyGroupModel) => group,
  })
  async studyGroupUpdated(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AsyncGenerator<StudyGroupModel>> {
    await this.service.get(viewer, id);
    return this.follow(viewer, id, ctx);
  }

  private async *follow(viewer: Viewer, id: string, ctx: GraphQLContext): AsyncGenerator<StudyGroupModel> {
    for await (const _event of this.events.watch('studyGroup', id)) {
      // One context serves the whole subscription; each event must see fresh rows.
      ctx.loaders.clearAll();
      try {
        yield toStudyGroupModel(await this.service.get(viewer, id));
      } catch (error) {
        // Access was withdrawn: delivery stops.
        if (error instanceof DomainError) return;
        throw error;
      }
    }
  }

  @SignedIn()
  @Query(() => [StudyGroupModel], { description: 'The study groups the signed-in user may see, newest first.' })
  async studyGroups(@CurrentViewer() viewer: Viewer): Promise<StudyGroupModel[]> {
    return (await this.service.listVisible(viewer)).map(toStudyGroupModel);
  }

  @SignedIn()
  @Query(() => StudyGroupModel)
  async studyGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.get(viewer, id));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel, { description: 'Sets up a study group; you become its secretariat.' })
  async createStudyGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateStudyGroupInput,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.create(viewer, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel)
  async updateStudyGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateStudyGroupInput,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.update(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel)
  async changeStudyGroupStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChangeStudyGroupStatusInput,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.changeStatus(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel, { description: 'Adds a member committee, or changes its part in the group.' })
  async setStudyGroupCommittee(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetStudyGroupCommitteeInput,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.setCommittee(viewer, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel)
  async removeStudyGroupCommittee(
    @CurrentViewer() viewer: Viewer,
    @Args('studyGroupId', { type: () => ID }) studyGroupId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.removeCommittee(viewer, studyGroupId, organizationId));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel, {
    description: 'Names a person to the group. Focal points name members of their own committee.',
  })
  async addStudyGroupMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddStudyGroupMemberInput,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.addMember(viewer, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel)
  async removeStudyGroupMember(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.removeMember(viewer, id));
  }

  @SignedIn()
  @Mutation(() => SubGroupModel)
  async createSubGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('studyGroupId', { type: () => ID }) studyGroupId: string,
    @Args('input') input: SubGroupInput,
  ): Promise<SubGroupModel> {
    return toSubGroupModel(await this.service.saveSubGroup(viewer, { studyGroupId }, input));
  }

  @SignedIn()
  @Mutation(() => SubGroupModel)
  async updateSubGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SubGroupInput,
  ): Promise<SubGroupModel> {
    return toSubGroupModel(await this.service.saveSubGroup(viewer, { subGroupId: id }, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel)
  async removeSubGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.removeSubGroup(viewer, id));
  }

  @SignedIn()
  @Mutation(() => MeetingPlanModel, { description: 'Adds a meeting to the end of the group’s series.' })
  async planStudyGroupMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('studyGroupId', { type: () => ID }) studyGroupId: string,
    @Args('input') input: MeetingPlanInput,
  ): Promise<MeetingPlanModel> {
    return toMeetingPlanModel(await this.service.planMeeting(viewer, studyGroupId, input));
  }

  @SignedIn()
  @Mutation(() => MeetingPlanModel)
  async updateMeetingPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingPlanInput,
  ): Promise<MeetingPlanModel> {
    return toMeetingPlanModel(await this.service.updatePlan(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => StudyGroupModel, { description: 'Removes a planned meeting not yet scheduled; later ones move up.' })
  async removeMeetingPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<StudyGroupModel> {
    return toStudyGroupModel(await this.service.removePlan(viewer, id));
  }

  @SignedIn()
  @Mutation(() => MeetingModel, {
    description:
      'Schedules a planned meeting: creates the meeting, numbered in the series, with open action items of the last report on its agenda.',
  })
  async scheduleStudyGroupMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ScheduleMeetingInput,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.service.schedule(viewer, input));
  }

  @ResolveField(() => OrganizationModel)
  async council(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<OrganizationModel> {
    return (await organizationOrNull(ctx, group.councilId))!;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async reportsTo(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return organizationOrNull(ctx, group.reportsToId);
  }

  @ResolveField(() => [StudyGroupCommitteeModel], { description: 'Co-chair committees first, then participants.' })
  async committees(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<StudyGroupCommitteeModel[]> {
    return (await ctx.loaders.studyGroupCommittees.load(group.id)).map(toStudyGroupCommitteeModel);
  }

  @ResolveField(() => [StudyGroupMemberModel], { description: 'Everyone with a role in the group, by name.' })
  async members(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<StudyGroupMemberModel[]> {
    return (await ctx.loaders.studyGroupMembers.load(group.id)).map(toStudyGroupMemberModel);
  }

  @ResolveField(() => [SubGroupModel])
  async subGroups(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<SubGroupModel[]> {
    return (await ctx.loaders.subGroups.load(group.id)).map(toSubGroupModel);
  }

  @ResolveField(() => [MeetingPlanModel], { description: 'The series of meetings in order, planned or scheduled.' })
  async meetingPlans(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<MeetingPlanModel[]> {
    return (await ctx.loaders.meetingPlans.load(group.id)).map(toMeetingPlanModel);
  }

  @ResolveField(() => [MeetingReportModel], {
    description: 'Reports of the group’s meetings the signed-in user may read, in series order.',
  })
  async reports(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<MeetingReportModel[]> {
    const meetingIds = (await ctx.loaders.meetingPlans.load(group.id))
      .map((plan) => plan.meetingId)
      .filter((id): id is string => !!id);
    const [reports, roles] = await Promise.all([
      ctx.loaders.reportOfMeeting.loadMany(meetingIds),
      ctx.loaders.meetingViewerRoles.loadMany(meetingIds),
    ]);
    return reports.flatMap((report, i) => {
      const held = roles[i];
      if (!report || report instanceof Error || !Array.isArray(held)) return [];
      return canReadReport(report.status, held) ? [toMeetingReportModel(report)] : [];
    });
  }

  @ResolveField(() => [ActionItemModel], { description: 'Action items of published reports still open.' })
  async openActionItems(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<ActionItemModel[]> {
    return (await ctx.loaders.openActionItemsOfGroup.load(group.id)).map(toActionItemModel);
  }

  @ResolveField(() => [StudyGroupRole], { description: 'The roles the signed-in user holds in the group.' })
  async viewerRoles(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<StudyGroupRole[]> {
    const held = await ctx.loaders.studyGroupViewerRoles.load(group.id);
    return held.filter((role): role is StudyGroupRole => studyGroupRoles.has(role));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in user manages the group (co-chair or secretariat).',
  })
  async viewerCanManage(group: StudyGroupModel, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return grants('StudyGroupManage', await ctx.loaders.studyGroupViewerRoles.load(group.id));
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'Committees for which the signed-in user may name members (all of them for managers).',
  })
  async viewerNamesMembersFor(
    group: StudyGroupModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<OrganizationModel[]> {
    const [held, committees, members] = await Promise.all([
      ctx.loaders.studyGroupViewerRoles.load(group.id),
      ctx.loaders.studyGroupCommittees.load(group.id),
      ctx.loaders.studyGroupMembers.load(group.id),
    ]);
    const manager = grants('StudyGroupManage', held);
    const own = new Set(
      members
        .filter((m) => m.personId === ctx.viewer?.personId && m.role === StudyGroupRole.FOCAL_POINT)
        .map((m) => m.representingId),
    );
    const ids = committees.map((c) => c.organizationId).filter((id) => manager || own.has(id));
    const organizations = await Promise.all(ids.map((id) => organizationOrNull(ctx, id)));
    return organizations.filter((o): o is OrganizationModel => !!o);
  }
}

@Resolver(() => StudyGroupCommitteeModel)
export class StudyGroupCommitteesResolver {
  @ResolveField(() => OrganizationModel)
  async organization(
    committee: StudyGroupCommitteeModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<OrganizationModel> {
    return (await organizationOrNull(ctx, committee.organizationId))!;
  }

  @ResolveField(() => [PersonModel], { description: 'Who speaks for the committee in this group.' })
  async focalPoints(committee: StudyGroupCommitteeModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel[]> {
    const members = await ctx.loaders.studyGroupMembers.load(committee.studyGroupId);
    const ids = members
      .filter((m) => m.role === StudyGroupRole.FOCAL_POINT && m.representingId === committee.organizationId)
      .map((m) => m.personId);
    const people = await ctx.loaders.person.loadMany(ids);
    return people.filter((p): p is PersonEntity => !!p && !(p instanceof Error)).map(toPersonModel);
  }
}

@Resolver(() => StudyGroupMemberModel)
export class StudyGroupMembersResolver {
  @ResolveField(() => PersonModel)
  async person(member: StudyGroupMemberModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel> {
    return toPersonModel((await ctx.loaders.person.load(member.personId))!);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The member committee they speak for.' })
  async representing(
    member: StudyGroupMemberModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<OrganizationModel | null> {
    return organizationOrNull(ctx, member.representingId);
  }
}

@Resolver(() => SubGroupModel)
export class SubGroupsResolver {
  @ResolveField(() => [PersonModel])
  async members(subGroup: SubGroupModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel[]> {
    const people = await ctx.loaders.person.loadMany(await ctx.loaders.subGroupMemberIds.load(subGroup.id));
    return people.filter((p): p is PersonEntity => !!p && !(p instanceof Error)).map(toPersonModel);
  }
}

@Resolver(() => MeetingPlanModel)
export class MeetingPlansResolver {
  @ResolveField(() => String, { description: '"First meeting", …, "Fourth and final meeting".' })
  async label(plan: MeetingPlanModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return seriesLabel(plan.sequence, (await ctx.loaders.meetingPlans.load(plan.studyGroupId)).length);
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'The member committee hosting it.' })
  async host(plan: MeetingPlanModel, _args: unknown, ctx: GraphQLContext): Promise<OrganizationModel | null> {
    return organizationOrNull(ctx, plan.hostId);
  }

  @ResolveField(() => ScheduledMeetingSummaryModel, { nullable: true })
  async schedule(
    plan: MeetingPlanModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ScheduledMeetingSummaryModel | null> {
    if (!plan.meetingId) return null;
    const meeting = await ctx.loaders.meeting.load(plan.meetingId);
    return meeting
      ? {
          title: meeting.title,
          venue: meeting.venue,
          startDate: meeting.startDate,
          endDate: meeting.endDate,
          status: meeting.status,
        }
      : null;
  }

  @ResolveField(() => MeetingModel, {
    nullable: true,
    description: 'The meeting itself, when scheduled and the signed-in user may open it.',
  })
  async meeting(plan: MeetingPlanModel, _args: unknown, ctx: GraphQLContext): Promise<MeetingModel | null> {
    if (!plan.meetingId) return null;
    const [meeting, roles] = await Promise.all([
      ctx.loaders.meeting.load(plan.meetingId),
      ctx.loaders.meetingViewerRoles.load(plan.meetingId),
    ]);
    return meeting && grants('MeetingView', roles) ? toMeetingModel(meeting) : null;
  }

  @ResolveField(() => MeetingReportModel, { nullable: true, description: 'Its report, if the user may read it.' })
  async report(plan: MeetingPlanModel, _args: unknown, ctx: GraphQLContext): Promise<MeetingReportModel | null> {
    if (!plan.meetingId) return null;
    const [report, roles] = await Promise.all([
      ctx.loaders.reportOfMeeting.load(plan.meetingId),
      ctx.loaders.meetingViewerRoles.load(plan.meetingId),
    ]);
    return report && canReadReport(report.status, roles) ? toMeetingReportModel(report) : null;
  }
}

/** A meeting's place in its study group's series. */
@Resolver(() => MeetingModel)
export class MeetingStudyGroupResolver {
  @ResolveField(() => StudyGroupModel, { nullable: true, description: 'The study group whose series it belongs to.' })
  async studyGroup(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<StudyGroupModel | null> {
    return meeting.studyGroupId ? visibleGroup(ctx, meeting.studyGroupId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: '"Third and final meeting" of its study group.' })
  async seriesLabel(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    if (!meeting.studyGroupId || !meeting.sequenceNumber) return null;
    const plans = await ctx.loaders.meetingPlans.load(meeting.studyGroupId);
    return seriesLabel(meeting.sequenceNumber, plans.length);
  }
}

@Resolver(() => MeetingReportModel)
export class MeetingReportStudyGroupResolver {
  @ResolveField(() => StudyGroupModel, {
    nullable: true,
    description: 'The study group whose meeting it reports on, when you may see the group.',
  })
  async studyGroup(report: MeetingReportModel, _args: unknown, ctx: GraphQLContext): Promise<StudyGroupModel | null> {
    const meeting = await ctx.loaders.meeting.load(report.meetingId);
    return meeting?.studyGroupId ? visibleGroup(ctx, meeting.studyGroupId) : null;
  }
}

/** The group, for someone who may see it; null for anyone else. */
async function visibleGroup(ctx: GraphQLContext, id: string): Promise<StudyGroupModel | null> {
  const [group, roles] = await Promise.all([
    ctx.loaders.studyGroup.load(id),
    ctx.loaders.studyGroupViewerRoles.load(id),
  ]);
  return group && grants('StudyGroupView', roles) ? toStudyGroupModel(group) : null;
}
