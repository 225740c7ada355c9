import { Injectable } from '@nestjs/common';
import { invalid } from '../common/domain-error';
import { groupBy } from '../common/group-by';
import type { Viewer } from '../common/viewer';
import {
  commentAttributed,
  type DocumentAccess,
  roundAttributed,
  seesCirculation,
} from '../documents/document-visibility';
import type { CommentRoundEntity } from './comment-round.entity';
import { CommentReadsRepository, type CommentTableFilter, type PlacedCommentRow } from './comment-reads.repository';
import {
  type CommentModel,
  type CommentTablePageModel,
  type ParagraphCommentsModel,
  toCommentModel,
} from './comment.model';

/**
 * The comments a page loads as it shows them: those of a few paragraphs, a page of the comment
 * table. The database finds and counts them; who sees which names is decided by document-visibility.
 */
@Injectable()
export class CommentReadsService {
  /** Paragraphs whose comments one request may ask for: a screenful or two, never a whole memorandum. */
  static readonly MAX_PARAGRAPHS = 200;
  static readonly MAX_PAGE = 200;

  constructor(private readonly reads: CommentReadsRepository) {}

  async paragraphComments(
    access: DocumentAccess,
    viewer: Viewer | null,
    rounds: readonly CommentRoundEntity[],
    versionId: string,
    paragraphIds: readonly string[],
  ): Promise<ParagraphCommentsModel[]> {
    const asked = [...new Set(paragraphIds)];
    if (asked.length > CommentReadsService.MAX_PARAGRAPHS) {
      throw invalid(
        'paragraphIds',
        `Ask for the comments of at most ${CommentReadsService.MAX_PARAGRAPHS} paragraphs at once (${asked.length} asked).`,
      );
    }
    const rows = asked.length && seesCirculation(access) ? await this.reads.placedOn(versionId, asked) : [];
    const placed = groupBy(this.views(access, viewer, rounds, rows), (v) => v.placedOn);
    return asked.map((paragraphId) => ({
      paragraphId,
      comments: (placed.get(paragraphId) ?? []).map((v) => v.model),
    }));
  }

  async commentTable(
    access: DocumentAccess,
    viewer: Viewer | null,
    rounds: readonly CommentRoundEntity[],
    asked: { roundNumber?: number | null; filter: CommentTableFilter; offset: number; limit: number },
  ): Promise<CommentTablePageModel> {
    const { filter, offset, limit } = asked;
    const roundNumber = asked.roundNumber ?? null;
    if (!Number.isInteger(offset) || offset < 0) throw invalid('offset', 'The offset counts comments from 0.');
    if (!Number.isInteger(limit) || limit < 1 || limit > CommentReadsService.MAX_PAGE) {
      throw invalid('limit', `A page holds from 1 to ${CommentReadsService.MAX_PAGE} comments.`);
    }
    if (roundNumber !== null && roundNumber < 1) {
      throw invalid('roundNumber', 'Rounds are numbered from 1; leave the number out for the latest.');
    }
    const visible = seesCirculation(access) ? rounds : [];
    const round = roundNumber === null ? visible.at(-1) : visible.find((r) => r.number === roundNumber);
    if (!round) return { roundId: null, total: 0, offset, comments: [], committeeIds: [], personalCapacity: false };
    const page = await this.reads.commentTable({
      roundId: round.id,
      namesSeen: roundAttributed(access, round),
      viewerPersonId: viewer?.personId ?? null,
      filter,
      offset,
      limit,
    });
    return {
      roundId: round.id,
      total: page.total,
      offset,
      comments: this.views(access, viewer, [round], page.rows).map((v) => v.model),
      committeeIds: page.committees,
      personalCapacity: page.personalCapacity,
    };
  }

  private views(
    access: DocumentAccess,
    viewer: Viewer | null,
    rounds: readonly CommentRoundEntity[],
    rows: readonly PlacedCommentRow[],
  ): { placedOn: string; model: CommentModel }[] {
    const byId = new Map(rounds.map((r) => [r.id, r]));
    const viewerPersonId = viewer?.personId ?? null;
    return rows.flatMap((row) => {
      const round = byId.get(row.comment.roundId);
      if (!round) return [];
      const view = {
        comment: row.comment,
        round,
        attributed: commentAttributed(access, round, row.comment, viewerPersonId),
        paragraphThen: row.paragraphThen,
        changedSince: row.changedSince,
      };
      return [{ placedOn: row.placedOn, model: toCommentModel(view, viewerPersonId) }];
    });
  }
}
