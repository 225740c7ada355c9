import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../user.model';

@InputType()
export class SignInInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class AcceptAccountInvitationInput {
  @Field()
  token: string;

  @Field()
  password: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the name.' })
  sortName?: string | null;

  @Field(() => String, { nullable: true })
  honorific?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field()
  email: string;

  @Field(() => ID, { nullable: true })
  affiliationId?: string | null;

  @Field({ defaultValue: false })
  isPlatformAdmin: boolean;
}

@ObjectType()
export class SignInPayload {
  @Field(() => UserModel)
  user: UserModel;
}

export const AccountInvitationState = { PENDING: 'PENDING', USED: 'USED', EXPIRED: 'EXPIRED' } as const;
export type AccountInvitationState = (typeof AccountInvitationState)[keyof typeof AccountInvitationState];
registerEnumType(AccountInvitationState, { name: 'AccountInvitationState' });

@ObjectType({ description: 'What the set-password page shows about an invitation before it is used.' })
export class AccountInvitationPreview {
  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => AccountInvitationState)
  state: AccountInvitationState;

  @Field()
  expiresAt: Date;
}
