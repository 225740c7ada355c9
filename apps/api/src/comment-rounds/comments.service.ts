import { Injectable } from '@nestjs/common';
import { RecipientResponse } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import { DocumentChanges } from '../documents/document-changes';
import type { DocumentAccess } from '../documents/document-visibility';
import { unknownParagraph } from '../documents/paragraph-errors';
import { ParagraphsRepository } from '../documents/paragraphs.repository';
import { type CommentView, commentOnItsVersion } from './comment-placement';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentRoundsService, type ReachedRound } from './comment-rounds.service';
import type { CommentEntity } from './comment.entity';
import { CommentsRepository } from './comments.repository';
import type { EditCommentInput, PostCommentInput } from './dto/comment.input';
import type { RespondToRoundInput } from './dto/respond-to-round.input';

const COMMENT_TEXT = 10_000;

/**
 * What a round's recipients do while it is open: comment on a paragraph (for a committee they
 * belong to, or in person), change or withdraw their own comments, and give their response.
 * A change to a comment answers with the comment as its author now sees it on its round's version.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly repository: CommentsRepository,
    private readonly rounds: CommentRoundsRepository,
    private readonly roundAccess: CommentRoundsService,
    private readonly paragraphs: ParagraphsRepository,
    private readonly changes: DocumentChanges,
  ) {}

  /**
   * A recipient comments on a paragraph of the circulated version. The round row is share-locked
   * for the whole insert, so a comment racing the close either commits before it or sees the round
   * closed and is refused.
   */
  async postComment(viewer: Viewer, input: PostCommentInput): Promise<CommentView> {
    const body = requiredText('body', input.body, COMMENT_TEXT);
    const quote = optionalText('quote', input.quote, 2_000);
    const { round, access } = await this.roundAccess.reach(viewer, input.roundId);
    return this.changes.run(round.documentId, async (manager) => {
      const locked = await this.roundAccess.lockOpen(manager, round.id);
      const recipients = await this.rounds.recipientsFor(manager, round.id, viewer.personId);
      if (recipients.length === 0) {
        throw new DomainError('NOT_A_RECIPIENT', 'This round was not sent to you or to a committee you belong to.');
      }
      if (input.speaksForId) {
        const committees = await this.rounds.committeesOf(manager, viewer.personId);
        if (!committees.has(input.speaksForId)) {
          throw new DomainError('NOT_YOUR_COMMITTEE', 'You can only speak for a committee you belong to.', {
            field: 'speaksForId',
          });
        }
      }
      const [paragraph] = await this.paragraphs.numbered(manager, [
        { versionId: locked.versionId, paragraphId: input.paragraphId },
      ]);
      if (!paragraph) throw unknownParagraph('paragraphId');
      if (quote && !quotes(paragraph.text, quote)) {
        throw invalid('quote', 'The quoted words are not in that paragraph.', 'QUOTE_NOT_IN_PARAGRAPH');
      }
      const created = await this.repository.insertComment(manager, {
        roundId: round.id,
        paragraphId: input.paragraphId,
        quote,
        kind: input.kind,
        body,
        authorId: viewer.personId,
        speaksForId: input.speaksForId ?? null,
      });
      // The recipient the comment speaks for has now commented, unless it already answered otherwise.
      const answering = recipients.find((r) =>
        input.speaksForId ? r.organizationId === input.speaksForId : r.personId === viewer.personId,
      );
      if (answering?.response === RecipientResponse.NOT_YET) {
        await this.rounds.respond(manager, answering.id, RecipientResponse.COMMENTED, '', viewer.personId);
      }
      return commentOnItsVersion(access, viewer.personId, created, locked, paragraph);
    });
  }

  async editComment(viewer: Viewer, id: string, input: EditCommentInput): Promise<CommentView> {
    const body = requiredText('body', input.body, COMMENT_TEXT);
    const quote = optionalText('quote', input.quote, 2_000);
    const { comment, round, access } = await this.changeOwnComment(viewer, id, async (manager, current, round) => {
      if (quote) {
        const paragraph = await this.paragraphs.paragraph(manager, round.versionId, current.paragraphId);
        if (!paragraph || !quotes(paragraph.text, quote)) {
          throw invalid('quote', 'The quoted words are not in that paragraph.', 'QUOTE_NOT_IN_PARAGRAPH');
        }
      }
      await this.repository.updateComments(manager, [id], { kind: input.kind, body, quote });
    });
    const [view] = await this.views(this.rounds.manager, access, viewer, [comment], [round]);
    return view!;
  }

  async withdrawComment(viewer: Viewer, id: string): Promise<CommentEntity> {
    const { comment } = await this.changeOwnComment(viewer, id, async (manager) => {
      await this.repository.updateComments(manager, [id], { withdrawnAt: new Date() });
    });
    return comment;
  }

  /** A recipient's answer to the round: for themselves, or for a committee they belong to. */
  async respond(viewer: Viewer, input: RespondToRoundInput): Promise<RoundRecipientEntity> {
    const note = optionalText('note', input.note, 2_000) ?? '';
    if (input.response === RecipientResponse.NOT_YET) {
      throw invalid('response', 'Choose a response.');
    }
    const recipient = await this.rounds.findRecipient(this.rounds.manager, input.recipientId);
    if (!recipient) throw notFound('recipient');
    const { round } = await this.roundAccess.reach(viewer, recipient.roundId);
    await this.changes.run(round.documentId, async (manager) => {
      await this.roundAccess.lockOpen(manager, round.id);
      const mine = await this.rounds.recipientsFor(manager, round.id, viewer.personId);
      if (!mine.some((r) => r.id === recipient.id)) {
        throw new DomainError('NOT_YOUR_COMMITTEE', 'You can answer only for yourself or a committee you belong to.', {
          field: 'recipientId',
        });
      }
      await this.rounds.respond(manager, recipient.id, input.response, note, viewer.personId);
    });
    return (await this.rounds.findRecipient(this.rounds.manager, recipient.id))!;
  }

  /** Comments as the viewer sees them, each on its own round's version: one statement for their paragraphs. */
  async views(
    manager: EntityManager,
    access: DocumentAccess,
    viewer: Viewer,
    comments: readonly CommentEntity[],
    rounds: readonly CommentRoundEntity[],
  ): Promise<CommentView[]> {
    const roundOf = new Map(rounds.map((round) => [round.id, round]));
    const anchors = comments.map((c) => ({ versionId: roundOf.get(c.roundId)!.versionId, paragraphId: c.paragraphId }));
    const paragraphs = new Map(
      (await this.paragraphs.numbered(manager, anchors)).map((p) => [`${p.versionId}:${p.paragraphId}`, p]),
    );
    return comments.map((comment, i) => {
      const { versionId, paragraphId } = anchors[i]!;
      const round = roundOf.get(comment.roundId)!;
      return commentOnItsVersion(
        access,
        viewer.personId,
        comment,
        round,
        paragraphs.get(`${versionId}:${paragraphId}`),
      );
    });
  }

  /** A change the author makes to their own comment while its round is open; answers with the comment changed. */
  private async changeOwnComment(
    viewer: Viewer,
    id: string,
    work: (manager: EntityManager, comment: CommentEntity, round: CommentRoundEntity) => Promise<void>,
  ): Promise<{ comment: CommentEntity } & ReachedRound> {
    const [comment] = await this.repository.findComments(this.rounds.manager, [id]);
    if (!comment) throw notFound('comment');
    const { round, access } = await this.roundAccess.reach(viewer, comment.roundId);
    if (comment.authorId !== viewer.personId) {
      throw new DomainError('NOT_YOUR_COMMENT', 'Only its author may change or withdraw a comment.');
    }
    if (comment.withdrawnAt) throw new DomainError('ROUND_CLOSED', 'The comment was withdrawn.');
    const changed = await this.changes.run(round.documentId, async (manager) => {
      await this.roundAccess.lockOpen(manager, round.id);
      await work(manager, comment, round);
      const [updated] = await this.repository.findComments(manager, [id]);
      return updated!;
    });
    return { comment: changed, round, access };
  }
}

/** Whether the words quoted are in the text, however the selection broke lines or list bullets. */
function quotes(text: string, quote: string): boolean {
  const words = (value: string) => value.replace(/•/g, ' ').replace(/\s+/g, ' ').trim();
  return words(text).includes(words(quote));
}
