import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonEntity } from './person.entity';

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name as the person writes it, in any script.' })
  name: string;

  @Field({ description: 'How lists order this person, usually family name first in Latin script.' })
  sortName: string;

  @Field(() => String, { nullable: true })
  honorific: string | null;

  @Field(() => String, { nullable: true, description: 'Position, e.g. "Senior Research Fellow".' })
  title: string | null;

  affiliationId: string | null;
}

export function toPersonModel(entity: PersonEntity): PersonModel {
  return {
    id: entity.id,
    name: entity.name,
    sortName: entity.sortName,
    honorific: entity.honorific,
    title: entity.title,
    affiliationId: entity.affiliationId,
  };
}
