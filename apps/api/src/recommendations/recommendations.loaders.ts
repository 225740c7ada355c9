import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { AccessRepository } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { byId, groupBy, groupsOf } from '../common/group-by';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { RecommendationEntity, RecommendationUpdateEntity } from './recommendation.entity';
import { RecommendationsRepository } from './recommendations.repository';

export interface RecommendationLoaders {
  recommendation: Loader<string, RecommendationEntity | null>;
  /** Each recommendation's history, oldest step first. */
  updates: Loader<string, RecommendationUpdateEntity[]>;
  /** The viewer's roles on each recommendation, derived ones included. */
  viewerRoles: Loader<string, string[]>;
  evidenceFile: Loader<string, Omit<StoredFileEntity, 'data'> | null>;
  clearAll(): void;
}

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    recommendations: RecommendationLoaders;
  }
}

@Injectable()
export class RecommendationsLoaders {
  constructor(
    private readonly repository: RecommendationsRepository,
    private readonly access: AccessRepository,
  ) {}

  create(viewer: Viewer | null): RecommendationLoaders {
    const loaders = {
      recommendation: new Loader<string, RecommendationEntity | null>(async (ids) =>
        byId(await this.repository.findByIds(ids), ids),
      ),
      updates: new Loader<string, RecommendationUpdateEntity[]>(async (ids) =>
        groupsOf(
          ids,
          groupBy(await this.repository.updatesOf(ids), (u) => u.recommendationId),
        ),
      ),
      viewerRoles: new Loader<string, string[]>(async (ids) => {
        if (!viewer) return ids.map((): string[] => []);
        return groupsOf(ids, await this.access.rolesOn(viewer.personId, MembershipObjectType.RECOMMENDATION, ids));
      }),
      evidenceFile: new Loader<string, Omit<StoredFileEntity, 'data'> | null>(async (ids) =>
        byId(await this.repository.evidenceFiles(ids), ids),
      ),
    };
    return {
      ...loaders,
      clearAll: () => {
        for (const loader of Object.values(loaders)) loader.clearAll();
      },
    };
  }
}
