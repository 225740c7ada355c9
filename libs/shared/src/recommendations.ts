import { defineStateMachine } from './state-machine';

/** What became of a recommendation once its memorandum or report was adopted (PRODUCT.md, "Recommendation follow-up"). */
export const RecommendationStatus = {
  ADOPTED: 'ADOPTED',
  TRANSMITTED: 'TRANSMITTED',
  UNDER_CONSIDERATION: 'UNDER_CONSIDERATION',
  ACCEPTED_BY_ADDRESSEE: 'ACCEPTED_BY_ADDRESSEE',
  IMPLEMENTED: 'IMPLEMENTED',
  NOT_TAKEN_UP: 'NOT_TAKEN_UP',
} as const;
export type RecommendationStatus = (typeof RecommendationStatus)[keyof typeof RecommendationStatus];

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  ADOPTED: 'Adopted',
  TRANSMITTED: 'Transmitted',
  UNDER_CONSIDERATION: 'Under consideration',
  ACCEPTED_BY_ADDRESSEE: 'Accepted by addressee',
  IMPLEMENTED: 'Implemented',
  NOT_TAKEN_UP: 'Not taken up',
};

/**
 * The moves a secretariat may record. A recommendation is transmitted before anyone can consider
 * it; an addressee may accept it outright on receipt; it can be declared not taken up at any
 * point before it is implemented, and one that was not taken up may be put back under
 * consideration when an addressee returns to it. Implemented is the end.
 */
export const recommendationStatusMachine = defineStateMachine<RecommendationStatus>(RecommendationStatus.ADOPTED, {
  ADOPTED: [RecommendationStatus.TRANSMITTED, RecommendationStatus.NOT_TAKEN_UP],
  TRANSMITTED: [
    RecommendationStatus.UNDER_CONSIDERATION,
    RecommendationStatus.ACCEPTED_BY_ADDRESSEE,
    RecommendationStatus.NOT_TAKEN_UP,
  ],
  UNDER_CONSIDERATION: [RecommendationStatus.ACCEPTED_BY_ADDRESSEE, RecommendationStatus.NOT_TAKEN_UP],
  ACCEPTED_BY_ADDRESSEE: [RecommendationStatus.IMPLEMENTED, RecommendationStatus.NOT_TAKEN_UP],
  IMPLEMENTED: [],
  NOT_TAKEN_UP: [RecommendationStatus.UNDER_CONSIDERATION],
});

/** Statuses in which a recommendation still needs following up; a follow-up date in the past is overdue only here. */
export const openRecommendationStatuses: readonly RecommendationStatus[] = [
  RecommendationStatus.ADOPTED,
  RecommendationStatus.TRANSMITTED,
  RecommendationStatus.UNDER_CONSIDERATION,
  RecommendationStatus.ACCEPTED_BY_ADDRESSEE,
];

/** Whether a follow-up date (YYYY-MM-DD) has passed on `today` (YYYY-MM-DD) for a recommendation in `status`. */
export function isFollowUpOverdue(status: RecommendationStatus, followUpOn: string | null, today: string): boolean {
  return followUpOn !== null && followUpOn < today && openRecommendationStatuses.includes(status);
}

/** Moves that claim something of an addressee need evidence: a link or an uploaded file. */
export const evidenceRequiredStatuses: readonly RecommendationStatus[] = [
  RecommendationStatus.ACCEPTED_BY_ADDRESSEE,
  RecommendationStatus.IMPLEMENTED,
];
