import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { findNamedParticipants, ReportStatus } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MeetingModel, toMeetingModel } from '../meetings/meeting.model';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import type { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import {
  ActionItemInput,
  ChangeActionItemStatusInput,
  ChangeMeetingReportStatusInput,
  SaveMeetingReportInput,
} from './dto/report.input';
import {
  ActionItemModel,
  AttributionWarningModel,
  MeetingReportModel,
  ParticipationFiguresModel,
  ReportComparisonModel,
  ReportedMeetingModel,
  ReportRevisionModel,
  toActionItemModel,
  toMeetingReportModel,
  toParticipationFiguresModel,
  toReportedMeetingModel,
  toReportRevisionModel,
} from './report.model';
import { ReportsService } from './reports.service';

/** Whether the viewer's roles on the meeting let them read a report in this status. */
export function canReadReport(status: ReportStatus, meetingRoles: readonly string[]): boolean {
  return grants(status === ReportStatus.PUBLISHED ? 'MeetingReportRead' : 'MeetingReportDraftRead', meetingRoles);
}

@Resolver(() => MeetingReportModel)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @SignedIn()
  @Query(() => MeetingReportModel)
  async meetingReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingReportModel> {
    return toMeetingReportModel(await this.reports.get(viewer, id));
  }

  @SignedIn()
  @Query(() => ReportComparisonModel, { description: 'What changed between two revisions of a report, word by word.' })
  async reportComparison(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ): Promise<ReportComparisonModel> {
    return this.reports.compare(viewer, reportId, from, to);
  }

  @SignedIn()
  @Mutation(() => MeetingReportModel, { description: 'Opens the meeting’s report with a section for each session.' })
  async startMeetingReport(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingReportModel> {
    return toMeetingReportModel(await this.reports.start(viewer, meetingId));
  }

  @SignedIn()
  @Mutation(() => MeetingReportModel, { description: 'Saves the report’s text as a new revision.' })
  async saveMeetingReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveMeetingReportInput,
  ): Promise<MeetingReportModel> {
    return toMeetingReportModel(await this.reports.save(viewer, input));
  }

  @SignedIn()
  @Mutation(() => MeetingReportModel)
  async changeMeetingReportStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChangeMeetingReportStatusInput,
  ): Promise<MeetingReportModel> {
    return toMeetingReportModel(await this.reports.changeStatus(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => ActionItemModel)
  async addActionItem(
    @CurrentViewer() viewer: Viewer,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('input') input: ActionItemInput,
  ): Promise<ActionItemModel> {
    return toActionItemModel(await this.reports.addActionItem(viewer, reportId, input));
  }

  @SignedIn()
  @Mutation(() => ActionItemModel)
  async updateActionItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ActionItemInput,
  ): Promise<ActionItemModel> {
    return toActionItemModel(await this.reports.updateActionItem(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => MeetingReportModel)
  async removeActionItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingReportModel> {
    return toMeetingReportModel(await this.reports.removeActionItem(viewer, id));
  }

  @SignedIn()
  @Mutation(() => ActionItemModel)
  async changeActionItemStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChangeActionItemStatusInput,
  ): Promise<ActionItemModel> {
    return toActionItemModel(await this.reports.changeActionItemStatus(viewer, id, input));
  }

  @ResolveField(() => MeetingModel, {
    nullable: true,
    description:
      'The meeting itself, when you may open it. Readers of a published report who may not (the body the group reports to, its observers) have `reportedMeeting`.',
  })
  async meeting(report: MeetingReportModel, _args: unknown, ctx: GraphQLContext): Promise<MeetingModel | null> {
    const [meeting, roles] = await Promise.all([
      ctx.loaders.meeting.load(report.meetingId),
      ctx.loaders.meetingViewerRoles.load(report.meetingId),
    ]);
    return meeting && grants('MeetingView', roles) ? toMeetingModel(meeting) : null;
  }

  @ResolveField(() => ReportedMeetingModel, { description: 'What the report is of: the meeting, when and where.' })
  async reportedMeeting(
    report: MeetingReportModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ReportedMeetingModel> {
    return toReportedMeetingModel((await ctx.loaders.meeting.load(report.meetingId))!);
  }

  @ResolveField(() => ReportRevisionModel, { description: 'The text as last saved.' })
  async current(report: MeetingReportModel, _args: unknown, ctx: GraphQLContext): Promise<ReportRevisionModel> {
    const revision = await ctx.loaders.currentRevision.load(report.id);
    return revision
      ? toReportRevisionModel(revision)
      : { number: 0, summary: '', sections: [], createdAt: report.updatedAt, authorId: null };
  }

  @ResolveField(() => [ReportRevisionModel], {
    description: 'Every saved revision, newest first; for those who may read its drafts (empty for anyone else).',
  })
  async revisions(report: MeetingReportModel, _args: unknown, ctx: GraphQLContext): Promise<ReportRevisionModel[]> {
    if (!grants('MeetingReportDraftRead', await ctx.loaders.meetingViewerRoles.load(report.meetingId))) return [];
    return (await ctx.loaders.reportRevisions.load(report.id)).map(toReportRevisionModel);
  }

  @ResolveField(() => ParticipationFiguresModel)
  async participation(
    report: MeetingReportModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ParticipationFiguresModel> {
    return toParticipationFiguresModel(await ctx.loaders.participation.load(report.meetingId));
  }

  @ResolveField(() => [AttributionWarningModel], {
    description: 'Participants the text names although the report is unattributed; shown to its writers.',
  })
  async attributionWarnings(
    report: MeetingReportModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<AttributionWarningModel[]> {
    if (report.attributionAllowed) return [];
    if (!grants('MeetingReportWrite', await ctx.loaders.meetingViewerRoles.load(report.meetingId))) return [];
    const [revision, participations] = await Promise.all([
      ctx.loaders.currentRevision.load(report.id),
      ctx.loaders.participants.load(report.meetingId),
    ]);
    if (!revision) return [];
    const people = (await ctx.loaders.person.loadMany(participations.map((p) => p.personId))).filter(
      (p): p is PersonEntity => !!p && !(p instanceof Error),
    );
    const named = people.map((p) => ({ id: p.id, name: p.name, sortName: p.sortName }));
    const parts = [
      { location: 'Summary', text: revision.summary },
      ...revision.sections.map((s) => ({ location: s.heading, text: s.text })),
    ];
    return parts.flatMap((part) =>
      findNamedParticipants(part.text, named).map((match) => ({
        location: part.location,
        personName: match.name,
        excerpt: match.excerpt,
      })),
    );
  }

  @ResolveField(() => [ActionItemModel], { description: 'The next tasks agreed at the meeting.' })
  async actionItems(report: MeetingReportModel, _args: unknown, ctx: GraphQLContext): Promise<ActionItemModel[]> {
    return (await ctx.loaders.actionItems.load(report.id)).map(toActionItemModel);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may write this report.' })
  async viewerCanEdit(report: MeetingReportModel, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return grants('MeetingReportWrite', await ctx.loaders.meetingViewerRoles.load(report.meetingId));
  }
}

@Resolver(() => ReportRevisionModel)
export class ReportRevisionsResolver {
  @ResolveField(() => PersonModel, { nullable: true })
  async author(revision: ReportRevisionModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!revision.authorId) return null;
    const person = await ctx.loaders.person.load(revision.authorId);
    return person ? toPersonModel(person) : null;
  }
}

@Resolver(() => ActionItemModel)
export class ActionItemsResolver {
  @ResolveField(() => PersonModel, { nullable: true })
  async ownerPerson(item: ActionItemModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!item.ownerPersonId) return null;
    const person = await ctx.loaders.person.load(item.ownerPersonId);
    return person ? toPersonModel(person) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async ownerOrganization(
    item: ActionItemModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<OrganizationModel | null> {
    if (!item.ownerOrganizationId) return null;
    const organization = await ctx.loaders.organization.load(item.ownerOrganizationId);
    return organization ? toOrganizationModel(organization) : null;
  }
}

/** The report as a field of its meeting. */
@Resolver(() => MeetingModel)
export class MeetingReportFieldsResolver {
  @ResolveField(() => MeetingReportModel, {
    nullable: true,
    description: 'The meeting’s report, if there is one the signed-in user may read.',
  })
  async report(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<MeetingReportModel | null> {
    const [report, roles] = await Promise.all([
      ctx.loaders.reportOfMeeting.load(meeting.id),
      ctx.loaders.meetingViewerRoles.load(meeting.id),
    ]);
    return report && canReadReport(report.status, roles) ? toMeetingReportModel(report) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may write the meeting’s report.' })
  async viewerCanWriteReport(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return grants('MeetingReportWrite', await ctx.loaders.meetingViewerRoles.load(meeting.id));
  }
}
