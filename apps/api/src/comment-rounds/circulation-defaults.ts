import { AttributionMode } from '@plenary/shared';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';

const HOUR_MS = 3_600_000;

/** What the next round starts from, before the drafters change anything. */
export interface CirculationDefaults {
  organizationIds: string[];
  personIds: string[];
  attribution: AttributionMode;
  /** A deadline as far from now as the last round's was from its opening, on the hour; null for a first round. */
  closesAt: Date | null;
  /** The round these follow; null when there is none yet. */
  followsRound: number | null;
}

/**
 * A round goes to those the last one went to, named in the same way and for as long; a first
 * round goes to the group's member committees.
 */
export function circulationDefaults(
  last: { round: CommentRoundEntity; recipients: readonly RoundRecipientEntity[] } | null,
  groupCommitteeIds: readonly string[],
  now: Date,
): CirculationDefaults {
  if (!last) {
    return {
      organizationIds: [...groupCommitteeIds],
      personIds: [],
      attribution: AttributionMode.ATTRIBUTED,
      closesAt: null,
      followsRound: null,
    };
  }
  const length = last.round.closesAt.getTime() - last.round.opensAt.getTime();
  return {
    organizationIds: last.recipients.flatMap((r) => r.organizationId ?? []),
    personIds: last.recipients.flatMap((r) => r.personId ?? []),
    attribution: last.round.attribution,
    closesAt: new Date(Math.ceil((now.getTime() + length) / HOUR_MS) * HOUR_MS),
    followsRound: last.round.number,
  };
}
