import { isFollowUpOverdue, IssueArea, RecommendationStatus, recommendationStatusMachine } from '@plenary/shared';
import { groupBy } from '../common/group-by';
import type { RecommendationEntity, RecommendationUpdateEntity } from './recommendation.entity';

type Counts = { status: RecommendationStatus; count: number }[];

function countStatuses(statuses: Iterable<RecommendationStatus>): Counts {
  const counts = new Map<RecommendationStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return recommendationStatusMachine.states.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** The dashboard's counts and charts, worked out from the rows already loaded: no further SQL. */
export function registryFigures(
  recommendations: readonly RecommendationEntity[],
  updates: readonly RecommendationUpdateEntity[],
  today: string,
) {
  const byIssueArea = Object.values(IssueArea)
    .map((issueArea) => {
      const tagged = recommendations.filter((r) => r.issueAreas.includes(issueArea));
      return { issueArea, total: tagged.length, counts: countStatuses(tagged.map((r) => r.status)) };
    })
    .filter((row) => row.total > 0);

  // Each recommendation's status at the end of each year, from its dated history.
  const history = groupBy(updates, (u) => u.recommendationId);
  const firstYear = Math.min(...recommendations.map((r) => Number(r.adoptedOn.slice(0, 4))));
  const thisYear = Number(today.slice(0, 4));
  const progress = [];
  for (let year = firstYear; recommendations.length > 0 && year <= thisYear; year++) {
    const asOf = year === thisYear ? today : `${year}-12-31`;
    const statuses: RecommendationStatus[] = [];
    for (const r of recommendations) {
      if (r.adoptedOn > asOf) continue;
      const steps = (history.get(r.id) ?? []).filter((u) => u.occurredOn <= asOf);
      statuses.push(steps.at(-1)?.toStatus ?? RecommendationStatus.ADOPTED);
    }
    progress.push({ year, asOf, counts: countStatuses(statuses) });
  }

  return {
    totalCount: recommendations.length,
    overdueCount: recommendations.filter((r) => isFollowUpOverdue(r.status, r.nextFollowUpOn, today)).length,
    statusCounts: countStatuses(recommendations.map((r) => r.status)),
    byIssueArea,
    progress,
  };
}
