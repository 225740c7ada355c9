import type { MantineColor } from '@mantine/core';
import type { RecommendationStatus } from '@plenary/shared';

/** The colour of each status, the same in badges, counts and charts. */
export const statusColors: Record<RecommendationStatus, MantineColor> = {
  ADOPTED: 'gray',
  TRANSMITTED: 'plenary',
  UNDER_CONSIDERATION: 'yellow',
  ACCEPTED_BY_ADDRESSEE: 'teal',
  IMPLEMENTED: 'green',
  NOT_TAKEN_UP: 'red',
};

export interface RecommendationNameFields {
  number: number | null;
  sourceTitle: string;
}

/** "Recommendation 7 of Memorandum No. 1"; "Recommendation of …" when the source does not number them. */
export function recommendationTitle({ number, sourceTitle }: RecommendationNameFields): string {
  return number === null ? `Recommendation of ${sourceTitle}` : `Recommendation ${number} of ${sourceTitle}`;
}

function localDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The latest date a step can carry, as YYYY-MM-DD. The server counts days in UTC and refuses a date
 * after its today; the viewer should not date a step after their own today either, so the earlier
 * of the two holds.
 */
export function latestStepDate(now: Date = new Date()): string {
  const local = localDate(now);
  const utc = now.toISOString().slice(0, 10);
  return local < utc ? local : utc;
}
