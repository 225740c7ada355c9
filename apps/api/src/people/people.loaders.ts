import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { byId } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import { PeopleRepository } from './people.repository';
import type { PersonEntity } from './person.entity';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    person: Loader<string, PersonEntity | null>;
  }
}

@Injectable()
export class PeopleLoaders {
  constructor(private readonly people: PeopleRepository) {}

  create(): Pick<FeatureLoaders, 'person'> {
    return {
      person: new Loader(async (ids) => byId(await this.people.findByIds(ids), ids)),
    };
  }
}
