import { Injectable } from '@nestjs/common';
import { formatInstant, RoundStatus } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { DomainError, notFound } from '../common/domain-error';
import { type DocumentAccess, seesCirculation } from '../documents/document-visibility';
import { DocumentsService } from '../documents/documents.service';
import type { CommentRoundEntity } from './comment-round.entity';
import { CommentRoundsRepository } from './comment-rounds.repository';

/** A round as one viewer reaches it, with what they may do with its document. */
export interface ReachedRound {
  round: CommentRoundEntity;
  access: DocumentAccess;
}

/** Reaching a round (only by those who see its document's rounds) and holding it open for a change. */
@Injectable()
export class CommentRoundsService {
  constructor(
    private readonly repository: CommentRoundsRepository,
    private readonly documents: DocumentsService,
  ) {}

  /** The round, for a viewer who sees its document's rounds; NOT_FOUND otherwise, as for one that does not exist. */
  async reach(viewer: Viewer, roundId: string): Promise<ReachedRound> {
    const round = await this.repository.findRound(this.repository.manager, roundId);
    if (!round) throw notFound('comment round');
    const { access } = await this.documents.get(viewer, round.documentId).catch(() => {
      throw notFound('comment round');
    });
    if (!seesCirculation(access)) throw notFound('comment round');
    return { round, access };
  }

  /**
   * Share-locks a round that takes comments now, for the rest of the caller's transaction: a change
   * racing its close either commits before it or finds the round closed and is refused.
   */
  async lockOpen(manager: EntityManager, roundId: string): Promise<CommentRoundEntity> {
    const locked = await this.repository.findRound(manager, roundId, 'share');
    if (!locked) throw notFound('comment round');
    if (locked.status !== RoundStatus.OPEN) throw new DomainError('ROUND_CLOSED', 'The round is closed.');
    refuseUnlessOpenNow(locked, await this.repository.openNow(manager, roundId));
    return locked;
  }
}

/** Refuses a change to a round that is open but, by the database's clock, not yet or no longer taking comments. */
export function refuseUnlessOpenNow(round: CommentRoundEntity, now: { notYet: boolean; pastDeadline: boolean }): void {
  if (now.notYet) throw new DomainError('ROUND_NOT_OPEN', `The round opens on ${formatInstant(round.opensAt)}.`);
  if (now.pastDeadline) throw new DomainError('ROUND_CLOSED', 'The round’s deadline has passed.');
}
