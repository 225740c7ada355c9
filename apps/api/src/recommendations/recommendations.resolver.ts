import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RecommendationStatus, recommendationStatusMachine } from '@plenary/shared';
import { SignedIn } from '../access/access-policy.decorator';
import { grants } from '../access/permissions';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import { invalid } from '../common/domain-error';
import { groupBy } from '../common/group-by';
import { DocumentModel, toDocumentModel } from '../documents/document.model';
import { StoredFileModel, toStoredFileModel } from '../files/stored-file.model';
import type { GraphQLContext } from '../graphql/graphql-context';
import { LocalDateScalar } from '../graphql/scalars';
import { MeetingModel, toMeetingModel } from '../meetings/meeting.model';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import { PersonModel, toPersonModel } from '../people/person.model';
import { StudyGroupModel, toStudyGroupModel } from '../study-groups/study-group.model';
import {
  AddRecommendationInput,
  ChangeRecommendationStatusInput,
  RecommendationFilterInput,
} from './dto/recommendation.input';
import {
  RecommendationModel,
  RecommendationRegistryModel,
  RecommendationSourceModel,
  RecommendationUpdateModel,
  toRecommendationModel,
  toRecommendationUpdateModel,
} from './recommendation.model';
import { RecommendationsService } from './recommendations.service';
import { registryFigures } from './registry-figures';

const MAX_PAGE = 500;

@Resolver(() => RecommendationModel)
export class RecommendationsResolver {
  constructor(private readonly service: RecommendationsService) {}

  @SignedIn()
  @Query(() => RecommendationRegistryModel, {
    description: 'The registry as the viewer may see it: counts and charts over every match, and one page of them.',
  })
  async recommendationRegistry(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => RecommendationFilterInput, nullable: true }) filter: RecommendationFilterInput | null,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<RecommendationRegistryModel> {
    if (limit < 1 || limit > MAX_PAGE) throw invalid('limit', `Ask for 1 to ${MAX_PAGE} recommendations.`);
    if (offset < 0) throw invalid('offset', 'The offset cannot be negative.');
    const registry = await this.service.registry(viewer, filter ?? {});
    // What the field resolvers would otherwise ask for again, one recommendation at a time.
    const loaders = ctx.loaders.recommendations;
    const history = groupBy(registry.updates, (u) => u.recommendationId);
    for (const r of registry.recommendations) {
      loaders.recommendation.prime(r.id, r);
      loaders.updates.prime(r.id, history.get(r.id) ?? []);
      loaders.viewerRoles.prime(r.id, registry.roles.get(r.id) ?? []);
    }
    return {
      ...registryFigures(registry.recommendations, registry.updates, registry.today),
      recommendations: registry.recommendations
        .slice(offset, offset + limit)
        .map((r) => toRecommendationModel(r, this.service.overdue(r, registry.today))),
    };
  }

  @SignedIn()
  @Query(() => RecommendationModel)
  async recommendation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    const recommendation = await this.service.get(viewer, id);
    return toRecommendationModel(recommendation, this.service.overdue(recommendation));
  }

  @SignedIn()
  @Query(() => [RecommendationSourceModel], { description: 'The documents the viewer’s recommendations come from.' })
  recommendationSources(@CurrentViewer() viewer: Viewer) {
    return this.service.documentSources(viewer);
  }

  @SignedIn()
  @Mutation(() => RecommendationModel, {
    description: 'A secretariat enters a recommendation of an output produced elsewhere.',
  })
  async addRecommendation(@CurrentViewer() viewer: Viewer, @Args('input') input: AddRecommendationInput) {
    const recommendation = await this.service.add(viewer, input);
    return toRecommendationModel(recommendation, this.service.overdue(recommendation));
  }

  @SignedIn()
  @Mutation(() => RecommendationModel, {
    description: 'The responsible secretariat records a dated move along the follow-up, with a note and evidence.',
  })
  async changeRecommendationStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeRecommendationStatusInput,
  ) {
    const recommendation = await this.service.changeStatus(viewer, input);
    return toRecommendationModel(recommendation, this.service.overdue(recommendation));
  }

  @SignedIn()
  @Mutation(() => RecommendationModel, { description: 'Sets or clears the next follow-up date.' })
  async setRecommendationFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('nextFollowUpOn', { type: () => LocalDateScalar, nullable: true }) nextFollowUpOn: string | null,
  ) {
    const recommendation = await this.service.setFollowUp(viewer, id, nextFollowUpOn ?? null);
    return toRecommendationModel(recommendation, this.service.overdue(recommendation));
  }

  @ResolveField(() => OrganizationModel, { description: 'The secretariat that follows it up.' })
  async responsible(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    const organization = await ctx.loaders.organization.load(r.responsibleId);
    return toOrganizationModel(organization!);
  }

  @ResolveField(() => DocumentModel, {
    nullable: true,
    description: 'The source document, when the viewer may open it.',
  })
  async document(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    if (!r.documentId) return null;
    const [document, access] = await Promise.all([
      ctx.loaders.documents.document.load(r.documentId),
      ctx.loaders.documents.access.load(r.documentId),
    ]);
    return document && access.visible ? toDocumentModel(document) : null;
  }

  @ResolveField(() => StudyGroupModel, { nullable: true, description: 'When the viewer may open it.' })
  async studyGroup(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    const id = r.studyGroupId ?? (r.meetingId ? (await ctx.loaders.meeting.load(r.meetingId))?.studyGroupId : null);
    if (!id) return null;
    const [group, roles] = await Promise.all([
      ctx.loaders.studyGroup.load(id),
      ctx.loaders.studyGroupViewerRoles.load(id),
    ]);
    return group && grants('StudyGroupView', roles) ? toStudyGroupModel(group) : null;
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'When the viewer may open it.' })
  async meeting(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    if (!r.meetingId) return null;
    const [meeting, roles] = await Promise.all([
      ctx.loaders.meeting.load(r.meetingId),
      ctx.loaders.meetingViewerRoles.load(r.meetingId),
    ]);
    return meeting && grants('MeetingView', roles) ? toMeetingModel(meeting) : null;
  }

  @ResolveField(() => [RecommendationUpdateModel], { description: 'Its history, oldest step first.' })
  async history(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    return (await ctx.loaders.recommendations.updates.load(r.id)).map(toRecommendationUpdateModel);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is on the staff of the responsible secretariat.' })
  async viewerCanTrack(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    return grants('RecommendationTrack', await ctx.loaders.recommendations.viewerRoles.load(r.id));
  }

  @ResolveField(() => [RecommendationStatus], { description: 'The moves the viewer may record now.' })
  async allowedNextStatuses(r: RecommendationModel, _args: unknown, ctx: GraphQLContext) {
    const roles = await ctx.loaders.recommendations.viewerRoles.load(r.id);
    return grants('RecommendationTrack', roles) ? recommendationStatusMachine.next(r.status) : [];
  }
}

@Resolver(() => RecommendationUpdateModel)
export class RecommendationUpdatesResolver {
  @ResolveField(() => StoredFileModel, { nullable: true })
  async evidenceFile(update: RecommendationUpdateModel, _args: unknown, ctx: GraphQLContext) {
    if (!update.evidenceFileId) return null;
    const file = await ctx.loaders.recommendations.evidenceFile.load(update.evidenceFileId);
    return file ? toStoredFileModel(file) : null;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async recordedBy(update: RecommendationUpdateModel, _args: unknown, ctx: GraphQLContext) {
    if (!update.recordedById) return null;
    const person = await ctx.loaders.person.load(update.recordedById);
    return person ? toPersonModel(person) : null;
  }
}
