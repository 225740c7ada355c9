import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { toStoredFileModel, StoredFileModel } from '../files/stored-file.model';
import type { GraphQLContext } from '../graphql/graphql-context';
import { mapResolved, mapResolvedBoth, type Resolved } from '../graphql/loader';
import { LocalDateScalar } from '../graphql/scalars';
import { MeetingModel } from '../meetings/meeting.model';
import { PersonModel, toPersonModel } from '../people/person.model';
import {
  AgendaChangeModel,
  AgendaDayModel,
  AgendaItemModel,
  AgendaNamedPersonModel,
  AgendaSpeakerModel,
  AgendaSubItemModel,
  AgendaWarningModel,
  toAgendaDayModel,
  toAgendaItemModel,
} from './agenda.model';
import { AgendasService } from './agendas.service';
import { AddAgendaDayInput, AgendaItemInput, CopyAgendaInput, MoveAgendaItemInput } from './dto/agenda.input';
import { describeWarning } from './warnings';

@Resolver(() => MeetingModel)
export class MeetingAgendaResolver {
  @ResolveField(() => [AgendaDayModel], { description: 'The agenda, day by day.' })
  agendaDays(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Resolved<AgendaDayModel[]> {
    return mapResolved(ctx.loaders.agendaDays.get(meeting.id), (days) => days.map(toAgendaDayModel));
  }

  @ResolveField(() => [AgendaWarningModel], {
    description: 'What an organiser should check before sending the agenda.',
  })
  async agendaWarnings(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<AgendaWarningModel[]> {
    const warnings = await ctx.loaders.agendaWarnings.load(meeting.id);
    const titles = new Map((await ctx.loaders.agendaItemsOfMeeting.load(meeting.id)).map((i) => [i.id, i.title]));
    const people = await ctx.loaders.person.loadMany([
      ...new Set(warnings.flatMap((w) => (w.personId ? [w.personId] : []))),
    ]);
    const names = new Map(people.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p.name] as const] : [])));
    return warnings.map((w) => ({
      kind: w.kind,
      itemIds: w.itemIds,
      personId: w.personId ?? null,
      message: describeWarning(
        w,
        (id) => titles.get(id) ?? 'an item',
        (id) => names.get(id) ?? 'someone',
      ),
    }));
  }

  @ResolveField(() => [AgendaNamedPersonModel], {
    description:
      'People the agenda names as chairs or speakers who are not yet on the list of participants; organisers only.',
  })
  async agendaNamedNotListed(
    meeting: MeetingModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<AgendaNamedPersonModel[]> {
    if (!grants('MeetingManage', await ctx.loaders.meetingViewerRoles.load(meeting.id))) return [];
    return ctx.loaders.agendaNamedNotListed.load(meeting.id);
  }

  @ResolveField(() => [AgendaChangeModel], { description: 'Changes since the agenda was adopted, newest first.' })
  async agendaChanges(meeting: MeetingModel, _args: unknown, ctx: GraphQLContext): Promise<AgendaChangeModel[]> {
    return (await ctx.loaders.agendaChanges.load(meeting.id)).map((c) => ({
      id: c.id,
      at: c.at,
      summary: c.summary,
      actorUserId: c.actorUserId,
    }));
  }
}

@Resolver(() => AgendaDayModel)
export class AgendaDaysResolver {
  constructor(private readonly agendas: AgendasService) {}

  @ResolveField(() => [AgendaItemModel])
  items(day: AgendaDayModel, _args: unknown, ctx: GraphQLContext): Resolved<AgendaItemModel[]> {
    return mapResolvedBoth(
      ctx.loaders.meeting.get(day.meetingId),
      ctx.loaders.agendaItems.get(day.id),
      (meeting, items) => items.map((item) => toAgendaItemModel(item, meeting?.timeZone ?? 'UTC')),
    );
  }

  @SignedIn()
  @Mutation(() => AgendaDayModel)
  async addAgendaDay(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddAgendaDayInput,
  ): Promise<AgendaDayModel> {
    return toAgendaDayModel(await this.agendas.addDay(viewer, input));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Removes a day and every item on it.' })
  async removeAgendaDay(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.agendas.removeDay(viewer, id);
    return true;
  }

  @SignedIn()
  @Mutation(() => [AgendaDayModel], {
    description:
      'Fills an empty agenda with a copy of another meeting’s of the same study group: days in order from this ' +
      'meeting’s first date, items at the same clock times, chairs, speakers and points (not papers).',
  })
  async copyAgenda(@CurrentViewer() viewer: Viewer, @Args('input') input: CopyAgendaInput): Promise<AgendaDayModel[]> {
    return (await this.agendas.copyFrom(viewer, input)).map(toAgendaDayModel);
  }

  @SignedIn()
  @Mutation(() => AgendaDayModel, {
    description: 'Copies a day, with its items at the same clock times, to another date.',
  })
  async duplicateAgendaDay(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('date', { type: () => LocalDateScalar }) date: string,
  ): Promise<AgendaDayModel> {
    return toAgendaDayModel(await this.agendas.duplicateDay(viewer, id, date));
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemsResolver {
  constructor(private readonly agendas: AgendasService) {}

  @SignedIn()
  @Mutation(() => AgendaItemModel)
  async addAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('dayId', { type: () => ID }) dayId: string,
    @Args('input') input: AgendaItemInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AgendaItemModel> {
    return this.toModel(await this.agendas.addItem(viewer, dayId, input), ctx);
  }

  @SignedIn()
  @Mutation(() => AgendaItemModel)
  async updateAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AgendaItemInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AgendaItemModel> {
    return this.toModel(await this.agendas.updateItem(viewer, id, input), ctx);
  }

  @SignedIn()
  @Mutation(() => AgendaDayModel, {
    description:
      'Moves an item to a place in its day, re-timing it and the items it passes (each keeps its duration) so the ' +
      'day stays in time order; or to another day, where it keeps its clock times and takes its place by them. ' +
      'Answers with the day the item is now on.',
  })
  async moveAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MoveAgendaItemInput,
  ): Promise<AgendaDayModel> {
    return toAgendaDayModel(await this.agendas.moveItem(viewer, id, input));
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async removeAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.agendas.removeItem(viewer, id);
    return true;
  }

  @ResolveField(() => [AgendaSubItemModel])
  subItems(item: AgendaItemModel, _args: unknown, ctx: GraphQLContext): Resolved<AgendaSubItemModel[]> {
    return mapResolved(ctx.loaders.agendaSubItems.get(item.id), (list) =>
      list.map((s) => ({ id: s.id, text: s.text })),
    );
  }

  @ResolveField(() => PersonModel, { nullable: true })
  chair(item: AgendaItemModel, _args: unknown, ctx: GraphQLContext): Resolved<PersonModel | null> {
    if (!item.chairId) return null;
    return mapResolved(ctx.loaders.person.get(item.chairId), (person) => (person ? toPersonModel(person) : null));
  }

  @ResolveField(() => [AgendaSpeakerModel], { description: 'Speakers, presenters and discussants, in order.' })
  speakers(item: AgendaItemModel, _args: unknown, ctx: GraphQLContext): Resolved<AgendaSpeakerModel[]> {
    return mapResolved(ctx.loaders.agendaSpeakers.get(item.id), (list) =>
      list.map((s) => ({ role: s.role, name: s.name, personId: s.personId })),
    );
  }

  @ResolveField(() => [StoredFileModel])
  papers(item: AgendaItemModel, _args: unknown, ctx: GraphQLContext): Resolved<StoredFileModel[]> {
    return mapResolved(ctx.loaders.agendaPapers.get(item.id), (list) => list.map(toStoredFileModel));
  }

  private async toModel(item: Parameters<typeof toAgendaItemModel>[0], ctx: GraphQLContext): Promise<AgendaItemModel> {
    const meeting = await ctx.loaders.meeting.load(item.meetingId);
    return toAgendaItemModel(item, meeting?.timeZone ?? 'UTC');
  }
}

@Resolver(() => AgendaSpeakerModel)
export class AgendaSpeakersResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Null for a speaker named by a name alone.' })
  person(speaker: AgendaSpeakerModel, _args: unknown, ctx: GraphQLContext): Resolved<PersonModel | null> {
    if (!speaker.personId) return null;
    return mapResolved(ctx.loaders.person.get(speaker.personId), (person) => (person ? toPersonModel(person) : null));
  }
}

@Resolver(() => AgendaNamedPersonModel)
export class AgendaNamedPeopleResolver {
  @ResolveField(() => PersonModel)
  async person(named: AgendaNamedPersonModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel> {
    const person = await ctx.loaders.person.load(named.personId);
    if (!person) throw new Error(`Agenda names ${named.personId}, who is not in the directory`);
    return toPersonModel(person);
  }
}

@Resolver(() => AgendaChangeModel)
export class AgendaChangesResolver {
  @ResolveField(() => PersonModel, { nullable: true, description: 'Who made the change.' })
  async by(change: AgendaChangeModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!change.actorUserId) return null;
    const user = await ctx.loaders.user.load(change.actorUserId);
    const person = user ? await ctx.loaders.person.load(user.personId) : null;
    return person ? toPersonModel(person) : null;
  }
}
