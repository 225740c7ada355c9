import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@plenary/shared';
import type { OrganizationEntity } from './organization.entity';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. KR.' })
  country: string | null;

  @Field({ description: 'Added by a meeting organiser on the spot; not yet reviewed by an administrator.' })
  needsReview: boolean;

  parentId: string | null;
}

export function toOrganizationModel(entity: OrganizationEntity): OrganizationModel {
  return {
    id: entity.id,
    name: entity.name,
    acronym: entity.acronym,
    kind: entity.kind,
    country: entity.country,
    needsReview: entity.needsReview,
    parentId: entity.parentId,
  };
}
