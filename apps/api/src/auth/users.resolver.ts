import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PlatformAdmin } from '../access/access-policy.decorator';
import type { GraphQLContext } from '../graphql/graphql-context';
import { OrganizationModel, toOrganizationModel } from '../organizations/organization.model';
import { PersonModel, toPersonModel } from '../people/person.model';
import { AuthService } from './auth.service';
import { CurrentViewer } from '../graphql/current-viewer.decorator';
import { InviteUserInput } from './dto/auth.types';
import { toUserModel, UserModel } from './user.model';
import type { Viewer } from '../common/viewer';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly auth: AuthService) {}

  @PlatformAdmin()
  @Query(() => [UserModel], { description: 'Every account, by name. Platform administrators only.' })
  async users(@CurrentViewer() viewer: Viewer): Promise<UserModel[]> {
    return (await this.auth.listUsers(viewer)).map(toUserModel);
  }

  @PlatformAdmin()
  @Mutation(() => UserModel, {
    description: 'Creates an account and e-mails its holder a one-time link to set a password.',
  })
  async inviteUser(@CurrentViewer() viewer: Viewer, @Args('input') input: InviteUserInput): Promise<UserModel> {
    const userId = await this.auth.inviteUser(viewer, input);
    return toUserModel(await this.auth.getUser(userId));
  }

  @PlatformAdmin()
  @Mutation(() => UserModel, { description: 'E-mails a new one-time link, replacing any unused one.' })
  async resendAccountInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<UserModel> {
    await this.auth.resendInvitation(viewer, userId);
    return toUserModel(await this.auth.getUser(userId));
  }

  @PlatformAdmin()
  @Mutation(() => UserModel)
  async setUserDisabled(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('disabled') disabled: boolean,
  ): Promise<UserModel> {
    await this.auth.setDisabled(viewer, userId, disabled);
    return toUserModel(await this.auth.getUser(userId));
  }

  @ResolveField(() => PersonModel)
  async person(user: UserModel, _args: unknown, ctx: GraphQLContext): Promise<PersonModel> {
    const person = await ctx.loaders.person.load(user.personId);
    if (!person) throw new Error(`Account ${user.id} has no person`);
    return toPersonModel(person);
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'Organizations on whose behalf this user may convene new meetings.',
  })
  async canConveneFor(user: UserModel, _args: unknown, ctx: GraphQLContext): Promise<OrganizationModel[]> {
    return (await ctx.loaders.convenableOrganizations.load(user.personId)).map(toOrganizationModel);
  }
}
