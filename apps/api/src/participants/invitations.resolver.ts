import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { countByListStatus } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import type { Viewer } from '../common/viewer';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MeetingModel } from '../meetings/meeting.model';
import { InvitationLetterInput } from './dto/invitation.input';
import { InvitationsService } from './invitations.service';
import {
  InvitationLetterModel,
  ParticipantStatusCountModel,
  ParticipationModel,
  SendInvitationsResultModel,
  toParticipationModel,
} from './participation.model';

@Resolver(() => MeetingModel)
export class MeetingInvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @ResolveField(() => InvitationLetterModel, {
    nullable: true,
    description: 'The letter invitations are sent with; null for anyone but the meeting’s organisers.',
  })
  async invitationLetter(
    meeting: MeetingModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<InvitationLetterModel | null> {
    if (!ctx.viewer || !grants('MeetingManage', await ctx.loaders.meetingViewerRoles.load(meeting.id))) return null;
    return this.invitations.letter(ctx.viewer, meeting.id);
  }

  @ResolveField(() => [ParticipantStatusCountModel], {
    description: 'How many on the list of participants have each status, in the order the list offers them.',
  })
  async participantCounts(
    meeting: MeetingModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ParticipantStatusCountModel[]> {
    return countByListStatus((await ctx.loaders.participants.load(meeting.id)).map((p) => p.state));
  }
}

@Resolver(() => InvitationLetterModel)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @SignedIn()
  @Mutation(() => InvitationLetterModel, {
    description: 'Edits the meeting’s invitation letter; invitations already sent stay as they were sent.',
  })
  updateInvitationLetter(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: InvitationLetterInput,
  ): Promise<InvitationLetterModel> {
    return this.invitations.updateLetter(viewer, meetingId, input);
  }

  @SignedIn()
  @Mutation(() => SendInvitationsResultModel, {
    description:
      'Sends the invitations of those on the list not yet invited: all of them, or those chosen. ' +
      'Organisers and the secretariat are put down as attending instead of being asked to reply.',
  })
  async sendInvitations(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('participationIds', {
      type: () => [ID],
      nullable: true,
      description: 'Those chosen; everyone not yet invited if left out.',
    })
    participationIds: string[] | null,
  ): Promise<SendInvitationsResultModel> {
    const result = await this.invitations.send(viewer, meetingId, participationIds ?? null);
    return { sent: result.sent.map(toParticipationModel), notAsked: result.notAsked.map(toParticipationModel) };
  }

  @SignedIn()
  @Mutation(() => [ParticipationModel], {
    description:
      'Reminds those invited who have not replied (all, or those chosen) with a new link to reply; ' +
      'at most once a day each.',
  })
  async remindInvitees(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('participationIds', {
      type: () => [ID],
      nullable: true,
      description: 'Those chosen; everyone who has not replied if left out.',
    })
    participationIds: string[] | null,
  ): Promise<ParticipationModel[]> {
    return (await this.invitations.remind(viewer, meetingId, participationIds ?? null)).map(toParticipationModel);
  }
}
