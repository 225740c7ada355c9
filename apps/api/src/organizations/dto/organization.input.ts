import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { OrganizationKind } from '@plenary/shared';

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput) {}
