import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InvitationState } from '@plenary/shared';
import { Public, SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import { mapResolved, type Resolved } from '../graphql/loader';
import { MeetingModel } from '../meetings/meeting.model';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import { PersonModel, toPersonModel } from '../people/person.model';
import { InviteParticipantInput, RespondToInvitationInput, UpdateParticipationInput } from './dto/participant.input';
import {
  InvitationPreview,
  OutboxMessageModel,
  ParticipantImportRowModel,
  ParticipationModel,
  toParticipationModel,
} from './participation.model';
import { ParticipantsService } from './participants.service';

@Resolver(() => MeetingModel)
export class MeetingParticipantsResolver {
  constructor(private readonly participantsService: ParticipantsService) {}

  @ResolveField(() => [ParticipationModel], { description: 'Everyone on the list, invited or not yet, by name.' })
  participants(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Resolved<ParticipationModel[]> {
    return mapResolved(ctx.loaders.participants.get(meeting.id), (list) => list.map(toParticipationModel));
  }

  @ResolveField(() => [OutboxMessageModel], {
    description: 'E-mails sent about this meeting, newest first. Organisers only.',
  })
  async outbox(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<OutboxMessageModel[]> {
    if (!ctx.viewer) return [];
    return this.participantsService.outbox(ctx.viewer, meeting.id);
  }
}

@Resolver(() => ParticipationModel)
export class ParticipantsResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @SignedIn()
  @Mutation(() => ParticipationModel, {
    description: 'Puts a person on the list of participants, not yet invited: sendInvitations sends the invitation.',
  })
  async inviteParticipant(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: InviteParticipantInput,
  ): Promise<ParticipationModel> {
    return toParticipationModel(await this.participants.invite(viewer, meetingId, input));
  }

  @SignedIn()
  @Mutation(() => ParticipationModel)
  async updateParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateParticipationInput,
  ): Promise<ParticipationModel> {
    return toParticipationModel(await this.participants.update(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async removeParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.participants.remove(viewer, id);
    return true;
  }

  @SignedIn()
  @Mutation(() => ParticipationModel, { description: 'Marks at the meeting whether the person came.' })
  async markAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('attended') attended: boolean,
  ): Promise<ParticipationModel> {
    return toParticipationModel(await this.participants.markAttendance(viewer, id, attended));
  }

  @SignedIn()
  @Mutation(() => ParticipationModel, { description: 'The signed-in participant changes their own reply.' })
  async replyToInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('response', { type: () => InvitationState }) response: InvitationState,
  ): Promise<ParticipationModel> {
    return toParticipationModel(await this.participants.reply(viewer, meetingId, response));
  }

  @SignedIn()
  @Mutation(() => [ParticipantImportRowModel], {
    description: 'Reads a CSV of participants and reports each row’s errors; stores nothing.',
  })
  async previewParticipantImport(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('csv') csv: string,
  ): Promise<ParticipantImportRowModel[]> {
    return (await this.participants.previewImport(viewer, meetingId, csv)).map(({ input: _input, ...row }) => row);
  }

  @SignedIn()
  @Mutation(() => [ParticipationModel], {
    description:
      'Puts everyone in the CSV on the list, not yet invited, or nobody if any row has an error (IMPORT_HAS_ERRORS lists them).',
  })
  async importParticipants(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('csv') csv: string,
  ): Promise<ParticipationModel[]> {
    return (await this.participants.importCsv(viewer, meetingId, csv)).map(toParticipationModel);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What a personal invitation link shows.' })
  meetingInvitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.participants.previewByToken(token);
  }

  @Public()
  @Mutation(() => InvitationPreview, {
    description: 'Replies through the personal link in the invitation; works once.',
  })
  async respondToInvitation(@Args('input') input: RespondToInvitationInput): Promise<InvitationPreview> {
    await this.participants.respondByToken(input.token, input.response);
    return this.participants.previewByToken(input.token);
  }

  @ResolveField(() => PersonModel)
  person(participation: ParticipationModel, _args: unknown, ctx: GraphQLContext): Resolved<PersonModel> {
    return mapResolved(ctx.loaders.person.get(participation.personId), (person) => {
      if (!person) throw new Error(`Participation ${participation.id} has no person`);
      return toPersonModel(person);
    });
  }

  @ResolveField(() => OrganizationModel, { nullable: true, description: 'Whom they speak for at this meeting.' })
  representing(
    participation: ParticipationModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Resolved<OrganizationModel | null> {
    if (!participation.representingId) return null;
    return mapResolved(ctx.loaders.organization.get(participation.representingId), (organization) =>
      organization ? toOrganizationModel(organization) : null,
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Contact e-mail; shown to the meeting’s organisers only.',
  })
  email(participation: ParticipationModel, _args: unknown, ctx: GraphQLContext): Resolved<string | null> {
    return mapResolved(ctx.loaders.meetingViewerRoles.get(participation.meetingId), (roles) =>
      grants('MeetingManage', roles)
        ? mapResolved(ctx.loaders.person.get(participation.personId), (person) => person?.email ?? null)
        : null,
    );
  }
}
