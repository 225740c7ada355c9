import type { DocumentChange } from '../realtime/events.service';
import type { CommentRoundEntity } from './comment-round.entity';
import type { CommentEntity } from './comment.entity';

/**
 * What readers reload after a change to these comments: the comments of their paragraphs, and the
 * comment itself when there is one.
 */
export function commentsChanged(
  changed: readonly {
    comment: Pick<CommentEntity, 'id' | 'paragraphId'>;
    round: Pick<CommentRoundEntity, 'id' | 'versionId'>;
  }[],
): DocumentChange {
  const one = <T>(values: T[]): T | undefined => (new Set(values).size === 1 ? values[0] : undefined);
  const versionId = one(changed.map((c) => c.round.versionId));
  const roundId = one(changed.map((c) => c.round.id));
  return {
    kind: 'COMMENT',
    ...(versionId ? { versionId } : {}),
    paragraphIds: [...new Set(changed.map((c) => c.comment.paragraphId))],
    ...(changed.length === 1 ? { commentId: changed[0]!.comment.id } : {}),
    ...(roundId ? { roundId } : {}),
  };
}
