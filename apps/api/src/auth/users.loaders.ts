import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byId } from '../common/group-by';
import type { FeatureLoaders } from '../graphql/graphql-context';
import { AuthRepository } from './auth.repository';
import type { UserEntity } from './user.entity';

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    user: DataLoader<string, UserEntity | null>;
  }
}

@Injectable()
export class UsersLoaders {
  constructor(private readonly auth: AuthRepository) {}

  create(): Pick<FeatureLoaders, 'user'> {
    return {
      user: new DataLoader(async (ids) => byId(await this.auth.findUsersByIds(ids), ids)),
    };
  }
}
