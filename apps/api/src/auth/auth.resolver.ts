import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../access/access-policy.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { GraphQLContext } from '../graphql/graphql-context';
import { AuthService } from './auth.service';
import { AcceptAccountInvitationInput, AccountInvitationPreview, SignInInput, SignInPayload } from './dto/auth.types';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';
import { toUserModel, UserModel } from './user.model';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async viewer(@Context() ctx: GraphQLContext): Promise<UserModel | null> {
    return ctx.viewer ? toUserModel(await this.auth.getUser(ctx.viewer.userId)) : null;
  }

  @Public()
  @Mutation(() => SignInPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext): Promise<SignInPayload> {
    const session = await this.auth.signIn(input.email, input.password, ctx.ip);
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.config.production);
    return { user: toUserModel(await this.auth.getUser(session.userId)) };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this browser’s session. Safe to call when signed out.' })
  async signOut(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.signOut(readSessionCookie(ctx.req?.cookies));
    clearSessionCookie(ctx.res, this.config.production);
    return true;
  }

  @Public()
  @Query(() => AccountInvitationPreview)
  accountInvitation(@Args('token') token: string): Promise<AccountInvitationPreview> {
    return this.auth.previewInvitation(token);
  }

  @Public()
  @Mutation(() => SignInPayload, { description: 'Sets a password through a one-time invitation link and signs in.' })
  async acceptAccountInvitation(
    @Args('input') input: AcceptAccountInvitationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<SignInPayload> {
    const session = await this.auth.acceptInvitation(input.token, input.password);
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.config.production);
    return { user: toUserModel(await this.auth.getUser(session.userId)) };
  }
}
