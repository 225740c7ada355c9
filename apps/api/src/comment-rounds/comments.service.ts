import { Injectable } from '@nestjs/common';
import { CommentKind, RecipientResponse, RoundStatus } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import type { Loaders } from '../graphql/graphql-context';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import { DocumentChanges } from '../documents/document-changes';
import { type DocumentAccess, documentAccess, seesCirculation } from '../documents/document-visibility';
import { unknownParagraph } from '../documents/paragraph-errors';
import { ParagraphsRepository } from '../documents/paragraphs.repository';
import { commentsChanged } from './comment-events';
import { type CommentView, commentOnItsVersion } from './comment-placement';
import { CommentPostingRepository } from './comment-posting.repository';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentRoundsService, type ReachedRound, refuseUnlessOpenNow } from './comment-rounds.service';
import type { CommentEntity } from './comment.entity';
import { CommentsRepository } from './comments.repository';
import type { EditCommentInput, PostCommentInput } from './dto/comment.input';
import type { RespondToRoundInput } from './dto/respond-to-round.input';
import { checkSuggestion, keepKind } from './suggestion-input';

const COMMENT_TEXT = 10_000;
/** As many as a returned file may hold, and no more than one request should write. */
const MAX_POSTED_TOGETHER = 500;

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
    private readonly posting: CommentPostingRepository,
  ) {}

  /**
   * A recipient comments on a paragraph of the circulated version. Everything the post checks is
   * read in one statement that share-locks the round for the whole insert, so a comment racing the
   * close either commits before it or sees the round closed and is refused. Readers are told once
   * it has committed; their deliveries do not hold up the answer. `loaders` are the request's, given
   * the author and committee the answer names.
   */
  async postComment(viewer: Viewer, input: PostCommentInput, loaders?: Loaders): Promise<CommentView> {
    const body = commentBody(input.kind, input.body);
    const quote = optionalText('quote', input.quote, 2_000);
    return this.changes.runFound(
      async (manager) => {
        const posting = await this.posting.read(
          manager,
          input.roundId,
          viewer.personId,
          input.paragraphId,
          input.speaksForId ?? null,
        );
        if (!posting) throw notFound('comment round');
        const { round, recipients, paragraph } = posting;
        const access = documentAccess(posting.documentStatus, posting.roles);
        if (!seesCirculation(access)) throw notFound('comment round');
        if (round.status !== RoundStatus.OPEN) throw new DomainError('ROUND_CLOSED', 'The round is closed.');
        refuseUnlessOpenNow(round, posting);
        if (recipients.length === 0) {
          throw new DomainError('NOT_A_RECIPIENT', 'This round was not sent to you or to a committee you belong to.');
        }
        if (input.speaksForId && !posting.committees.has(input.speaksForId)) {
          throw new DomainError('NOT_YOUR_COMMITTEE', 'You can only speak for a committee you belong to.', {
            field: 'speaksForId',
          });
        }
        if (!paragraph) throw unknownParagraph('paragraphId');
        const created = await this.repository.insertComment(
          manager,
          newComment(round.id, input, paragraph.text, { body, quote, authorId: viewer.personId }),
        );
        // The recipient the comment speaks for has now commented, unless it already answered otherwise.
        const answering = recipients.find((r) =>
          input.speaksForId ? r.organizationId === input.speaksForId : r.personId === viewer.personId,
        );
        if (answering?.response === RecipientResponse.NOT_YET) {
          await this.rounds.respond(manager, answering.id, RecipientResponse.COMMENTED, '', viewer.personId);
        }
        // The answer names its author and committee from what was just read.
        if (posting.poster) loaders?.person.prime(posting.poster.id, posting.poster);
        if (posting.speaksFor) loaders?.organization.prime(posting.speaksFor.id, posting.speaksFor);
        return commentOnItsVersion(access, viewer.personId, created, round, paragraph);
      },
      (view) => ({ documentId: view.round.documentId, change: commentsChanged([view]) }),
    );
  }

  /**
   * Comments posted together, all or none: those taken from a Word file a committee returned. A
   * recipient posts them for themselves or a committee they belong to; the co-chairs and the
   * secretariat may enter them on behalf of a committee the round was sent to, naming it. The
   * round's rules hold as for one comment: it must be open, and each quote stand in its paragraph.
   */
  async postComments(
    viewer: Viewer,
    roundId: string,
    speaksForId: string | null,
    inputs: readonly Omit<PostCommentInput, 'roundId' | 'speaksForId'>[],
  ): Promise<CommentView[]> {
    if (inputs.length === 0) throw invalid('comments', 'Keep at least one comment to post.');
    if (inputs.length > MAX_POSTED_TOGETHER) {
      throw invalid('comments', `At most ${MAX_POSTED_TOGETHER} comments can be posted together.`);
    }
    const values = inputs.map((input) => ({
      input,
      body: requiredText('body', input.body, COMMENT_TEXT),
      quote: optionalText('quote', input.quote, 2_000),
    }));
    const { round, access } = await this.roundAccess.reach(viewer, roundId);
    return this.changes.run(
      round.documentId,
      async (manager) => {
        const locked = await this.roundAccess.lockOpen(manager, round.id);
        const answering = await this.answeringRecipient(manager, viewer, access, round.id, speaksForId);
        const paragraphs = new Map(
          (
            await this.paragraphs.numbered(
              manager,
              inputs.map((input) => ({ versionId: locked.versionId, paragraphId: input.paragraphId })),
            )
          ).map((p) => [p.paragraphId, p]),
        );
        const views: CommentView[] = [];
        for (const { input, body, quote } of values) {
          const paragraph = paragraphs.get(input.paragraphId);
          if (!paragraph) throw unknownParagraph('paragraphId');
          const created = await this.repository.insertComment(
            manager,
            newComment(round.id, { ...input, speaksForId }, paragraph.text, {
              body,
              quote,
              authorId: viewer.personId,
            }),
          );
          views.push(commentOnItsVersion(access, viewer.personId, created, locked, paragraph));
        }
        if (answering?.response === RecipientResponse.NOT_YET) {
          await this.rounds.respond(manager, answering.id, RecipientResponse.COMMENTED, '', viewer.personId);
        }
        return views;
      },
      commentsChanged,
    );
  }

  /**
   * The recipient comments speak for: the viewer in person or a committee of theirs, or, for the
   * co-chairs and the secretariat, the committee they enter comments for.
   */
  private async answeringRecipient(
    manager: EntityManager,
    viewer: Viewer,
    access: DocumentAccess,
    roundId: string,
    speaksForId: string | null,
  ): Promise<RoundRecipientEntity | null> {
    const mine = await this.rounds.recipientsFor(manager, roundId, viewer.personId);
    if (mine.length > 0 && !speaksForId) return mine.find((r) => r.personId === viewer.personId) ?? null;
    const own = mine.find((r) => r.organizationId === speaksForId);
    if (own) return own;
    if (access.draft && speaksForId) {
      const sent = (await this.rounds.recipientsOf([roundId], manager)).find((r) => r.organizationId === speaksForId);
      if (sent) return sent;
      throw new DomainError('NOT_A_RECIPIENT', 'This round was not sent to that committee.', { field: 'speaksForId' });
    }
    if (mine.length > 0) {
      throw new DomainError(
        'NOT_YOUR_COMMITTEE',
        'You can speak only for a committee you belong to that the round was sent to.',
        { field: 'speaksForId' },
      );
    }
    throw new DomainError(
      'NOT_A_RECIPIENT',
      access.draft
        ? 'Name the committee whose comments you enter.'
        : 'This round was not sent to you or to a committee you belong to.',
    );
  }

  async editComment(viewer: Viewer, id: string, input: EditCommentInput): Promise<CommentView> {
    const body = commentBody(input.kind, input.body);
    const quote = optionalText('quote', input.quote, 2_000);
    const { comment, round, access } = await this.changeOwnComment(viewer, id, async (manager, current, round) => {
      keepKind(current, input.kind);
      if (quote && current.kind !== CommentKind.SUGGESTION) {
        const paragraph = await this.paragraphs.paragraph(manager, round.versionId, current.paragraphId);
        if (!paragraph || !quotes(paragraph.text, quote)) {
          throw invalid('quote', 'The quoted words are not in that paragraph.', 'QUOTE_NOT_IN_PARAGRAPH');
        }
      }
      // A suggestion's quote is its original words, fixed when it was posted.
      await this.repository.updateComments(manager, [id], {
        kind: input.kind,
        body,
        ...(current.kind === CommentKind.SUGGESTION ? {} : { quote }),
      });
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
    await this.changes.run(
      round.documentId,
      async (manager) => {
        await this.roundAccess.lockOpen(manager, round.id);
        const mine = await this.rounds.recipientsFor(manager, round.id, viewer.personId);
        if (!mine.some((r) => r.id === recipient.id)) {
          throw new DomainError(
            'NOT_YOUR_COMMITTEE',
            'You can answer only for yourself or a committee you belong to.',
            {
              field: 'recipientId',
            },
          );
        }
        await this.rounds.respond(manager, recipient.id, input.response, note, viewer.personId);
      },
      () => ({ kind: 'ROUND', roundId: round.id }),
    );
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
    const changed = await this.changes.run(
      round.documentId,
      async (manager) => {
        await this.roundAccess.lockOpen(manager, round.id);
        await work(manager, comment, round);
        const [updated] = await this.repository.findComments(manager, [id]);
        return updated!;
      },
      (updated) => commentsChanged([{ comment: updated, round }]),
    );
    return { comment: changed, round, access };
  }
}

/**
 * The row of a new comment on a paragraph whose text is `text`: its quote must be in the text, and
 * suggested wording must apply to it.
 */
function newComment(
  roundId: string,
  input: Pick<PostCommentInput, 'paragraphId' | 'kind' | 'suggestion' | 'speaksForId'>,
  text: string,
  written: { body: string; quote: string | null; authorId: string },
): Partial<CommentEntity> {
  const suggestion = checkSuggestion(input.kind, input.suggestion, text);
  if (written.quote && !suggestion && !quotes(text, written.quote)) {
    throw invalid('quote', 'The quoted words are not in that paragraph.', 'QUOTE_NOT_IN_PARAGRAPH');
  }
  return {
    roundId,
    paragraphId: input.paragraphId,
    ...written,
    ...suggestion,
    kind: input.kind,
    speaksForId: input.speaksForId ?? null,
  };
}

/** Whether the words quoted are in the text, however the selection broke lines or list bullets. */
function quotes(text: string, quote: string): boolean {
  const words = (value: string) => value.replace(/•/g, ' ').replace(/\s+/g, ' ').trim();
  return words(text).includes(words(quote));
}

/** What the comment says; suggested wording speaks for itself, so its reasons may be left out. */
function commentBody(kind: CommentKind, body: string): string {
  return kind === CommentKind.SUGGESTION
    ? (optionalText('body', body, COMMENT_TEXT) ?? '')
    : requiredText('body', body, COMMENT_TEXT);
}
