import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from './user.entity';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  isPlatformAdmin: boolean;

  @Field()
  disabled: boolean;

  @Field(() => Date, { nullable: true })
  lastSignInAt: Date | null;

  personId: string;
}

export function toUserModel(
  entity: Pick<UserEntity, 'id' | 'email' | 'isPlatformAdmin' | 'disabledAt' | 'lastSignInAt' | 'personId'>,
): UserModel {
  return {
    id: entity.id,
    email: entity.email,
    isPlatformAdmin: entity.isPlatformAdmin,
    disabled: entity.disabledAt !== null,
    lastSignInAt: entity.lastSignInAt,
    personId: entity.personId,
  };
}
