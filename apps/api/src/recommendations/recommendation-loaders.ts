import DataLoader from 'dataloader';
import type { AccessRepository } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../auth/viewer';
import { groupBy } from '../common/group-by';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { RecommendationEntity, RecommendationUpdateEntity } from './recommendation.entity';
import type { RecommendationsRepository } from './recommendations.repository';

export interface RecommendationLoaders {
  recommendation: DataLoader<string, RecommendationEntity | null>;
  /** Each recommendation's history, oldest step first. */
  updates: DataLoader<string, RecommendationUpdateEntity[]>;
  /** The viewer's roles on each recommendation, derived ones included. */
  viewerRoles: DataLoader<string, string[]>;
  evidenceFile: DataLoader<string, Omit<StoredFileEntity, 'data'> | null>;
  clearAll(): void;
}

export function createRecommendationLoaders(
  repository: RecommendationsRepository,
  access: AccessRepository,
  viewer: Viewer | null,
): RecommendationLoaders {
  const loaders = {
    recommendation: new DataLoader<string, RecommendationEntity | null>(async (ids) => {
      const rows = new Map((await repository.findByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    updates: new DataLoader<string, RecommendationUpdateEntity[]>(async (ids) => {
      const byRecommendation = groupBy(await repository.updatesOf(ids), (u) => u.recommendationId);
      return ids.map((id) => byRecommendation.get(id) ?? []);
    }),
    viewerRoles: new DataLoader<string, string[]>(async (ids) => {
      if (!viewer) return ids.map((): string[] => []);
      const roles = await access.rolesOn(viewer.personId, MembershipObjectType.RECOMMENDATION, ids);
      return ids.map((id) => roles.get(id) ?? []);
    }),
    evidenceFile: new DataLoader<string, Omit<StoredFileEntity, 'data'> | null>(async (ids) => {
      const rows = new Map((await repository.evidenceFiles(ids)).map((f) => [f.id, f]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
  return {
    ...loaders,
    clearAll: () => {
      for (const loader of Object.values(loaders)) loader.clearAll();
    },
  };
}
