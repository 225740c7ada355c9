import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { MeetingRole } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { GraphQLContext } from '../graphql/graphql-context';
import { mapResolved, type Resolved } from '../graphql/loader';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import { EventsService } from '../realtime/events.service';
import { calendarFeedToken } from './calendar-feed';
import { ChangeMeetingStatusInput, CreateMeetingInput, UpdateMeetingInput } from './dto/meeting.input';
import { primeMeetingContents } from './meeting-contents';
import { MeetingModel, toMeetingModel } from './meeting.model';
import { MeetingsService } from './meetings.service';

const meetingRoles = new Set<string>(Object.values(MeetingRole));

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly events: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @SignedIn()
  @Query(() => [MeetingModel], { description: 'The meetings the signed-in user may see, most recent first.' })
  async meetings(@CurrentViewer() viewer: Viewer): Promise<MeetingModel[]> {
    return (await this.meetingsService.listVisible(viewer)).map(toMeetingModel);
  }

  @SignedIn()
  @Query(() => MeetingModel)
  async meeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<MeetingModel> {
    // Its page lists the agenda and the participants: read at once, they cost no statement per list.
    const { contents, roles } = await this.meetingsService.getWithContents(viewer, id);
    ctx.loaders.meetingViewerRoles.prime(id, roles);
    primeMeetingContents(ctx.loaders, contents);
    return toMeetingModel(contents.meeting);
  }

  @SignedIn()
  @Mutation(() => MeetingModel)
  async createMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateMeetingInput,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetingsService.create(viewer, input));
  }

  @SignedIn()
  @Mutation(() => MeetingModel)
  async updateMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeetingInput,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetingsService.update(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => MeetingModel, {
    description: 'Moves the meeting to its next status; adopting the agenda freezes it.',
  })
  async changeMeetingStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ChangeMeetingStatusInput,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetingsService.changeStatus(viewer, id, input));
  }

  @SignedIn()
  @Subscription(() => MeetingModel, {
    description: 'The meeting each time it changes, for as long as the subscriber may see it.',
    resolve: (meeting: MeetingModel) => meeting,
  })
  async meetingUpdated(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AsyncGenerator<MeetingModel>> {
    await this.meetingsService.get(viewer, id);
    return this.followMeeting(viewer, id, ctx);
  }

  private async *followMeeting(viewer: Viewer, id: string, ctx: GraphQLContext): AsyncGenerator<MeetingModel> {
    for await (const _event of this.events.watch('meeting', id)) {
      // The subscription keeps one context for its whole life; each event must see fresh rows.
      ctx.loaders.clearAll();
      try {
        yield toMeetingModel(await this.meetingsService.get(viewer, id));
      } catch (error) {
        // Access was withdrawn or the meeting removed: delivery stops.
        if (error instanceof DomainError) return;
        throw error;
      }
    }
  }

  @ResolveField(() => [OrganizationModel])
  organizers(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Resolved<OrganizationModel[]> {
    return mapResolved(ctx.loaders.meetingOrganizers.get(meeting.id), (list) => list.map(toOrganizationModel));
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  host(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Resolved<OrganizationModel | null> {
    if (!meeting.hostId) return null;
    return mapResolved(ctx.loaders.organization.get(meeting.hostId), (host) =>
      host ? toOrganizationModel(host) : null,
    );
  }

  @ResolveField(() => String, {
    description:
      "The signed-in user's own calendar feed of the meeting and its agenda, to subscribe to; it works while they may see the meeting. Keep it private.",
  })
  calendarFeedUrl(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): string {
    if (!ctx.viewer) throw new DomainError('SIGN_IN_REQUIRED', 'Sign in to see your calendar feed.');
    const token = calendarFeedToken(meeting.calendarToken, meeting.id, ctx.viewer.personId);
    return `${this.config.publicUrl}/calendar/${token}.ics`;
  }

  @ResolveField(() => [MeetingRole], { description: 'The roles the signed-in user holds on this meeting.' })
  viewerRoles(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Resolved<MeetingRole[]> {
    return mapResolved(ctx.loaders.meetingViewerRoles.get(meeting.id), (held) =>
      held.filter((role): role is MeetingRole => meetingRoles.has(role)),
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the signed-in user runs this meeting (edits it, its agenda and participants), as an organiser or through its study group.',
  })
  viewerCanManage(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Resolved<boolean> {
    return mapResolved(ctx.loaders.meetingViewerRoles.get(meeting.id), (roles) => grants('MeetingManage', roles));
  }
}
