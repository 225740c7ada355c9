import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PlatformAdmin, SignedIn } from '../access/access-policy.decorator';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import type { Viewer } from '../common/viewer';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.input';
import { OrganizationModel, toOrganizationModel } from './organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @SignedIn()
  @Query(() => [OrganizationModel], { description: 'The directory of organizations, by name.' })
  async organizations(
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<OrganizationModel[]> {
    return (await this.organizationsService.list(search)).map(toOrganizationModel);
  }

  @SignedIn()
  @Query(() => OrganizationModel)
  async organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizationsService.get(id));
  }

  @SignedIn()
  @Mutation(() => OrganizationModel, {
    description:
      'A meeting organiser adds an organization the directory lacks, on the spot; administrators review it later.',
  })
  async addOrganizationForMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizationsService.addForMeeting(viewer, meetingId, input));
  }

  @PlatformAdmin()
  @Mutation(() => OrganizationModel, { description: 'Keeps an organization added on the spot as it is, reviewed.' })
  async confirmOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizationsService.confirm(viewer, id));
  }

  @PlatformAdmin()
  @Mutation(() => OrganizationModel)
  async createOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizationsService.create(viewer, input));
  }

  @PlatformAdmin()
  @Mutation(() => OrganizationModel)
  async updateOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(await this.organizationsService.update(viewer, id, input));
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: "A member committee's council, an office's parent body.",
  })
  async parent(
    organization: OrganizationModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<OrganizationModel | null> {
    if (!organization.parentId) return null;
    const parent = await ctx.loaders.organization.load(organization.parentId);
    return parent ? toOrganizationModel(parent) : null;
  }
}
