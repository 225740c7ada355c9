import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { byId } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import { AuthRepository } from './auth.repository';
import type { UserEntity } from './user.entity';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    user: Loader<string, UserEntity | null>;
  }
}

@Injectable()
export class UsersLoaders {
  constructor(private readonly auth: AuthRepository) {}

  create(): Pick<FeatureLoaders, 'user'> {
    return {
      user: new Loader(async (ids) => byId(await this.auth.findUsersByIds(ids), ids)),
    };
  }
}
