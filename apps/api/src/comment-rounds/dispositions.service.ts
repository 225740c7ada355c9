import { Inject, Injectable } from '@nestjs/common';
import { type Disposition, DocumentStatus, NotificationKind, numberParagraphs } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { groupBy } from '../common/group-by';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, uniqueIds } from '../common/text';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OnDomainEvent } from '../domain-events/domain-event-handler.decorator';
import { DocumentChanges } from '../documents/document-changes';
import { DOCUMENT_FINALISING, type DocumentStep } from '../documents/document-events';
import { DocumentNoticesService, perPerson } from '../documents/document-notices.service';
import { DocumentsRepository } from '../documents/documents.repository';
import { DocumentsService } from '../documents/documents.service';
import { unknownParagraph } from '../documents/paragraph-errors';
import { ParagraphsRepository } from '../documents/paragraphs.repository';
import type { DocumentAccess } from '../documents/document-visibility';
import type { DocumentEntity } from '../documents/document.entity';
import { commentsChanged } from './comment-events';
import type { CommentView } from './comment-placement';
import type { CommentRoundEntity } from './comment-round.entity';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import type { DisposeCommentsInput } from './dto/dispose-comments.input';
import { dispositionNotice } from './round-notices';

const COMMENT_TEXT = 10_000;

/**
 * The co-chairs' answer to each comment (accepted, accepted in part, not accepted, noted) with a
 * reply, told to the comment's author; and the rule that a text is final only once every comment
 * of its last round has one.
 */
@Injectable()
export class DispositionsService {
  constructor(
    private readonly repository: CommentsRepository,
    private readonly rounds: CommentRoundsRepository,
    private readonly comments: CommentsService,
    private readonly documents: DocumentsService,
    private readonly documentsRepository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
    private readonly changes: DocumentChanges,
    private readonly notices: DocumentNoticesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The co-chairs' answer to one or many comments of the same document; answers with the comments as they now read. */
  async dispose(viewer: Viewer, input: DisposeCommentsInput): Promise<CommentView[]> {
    const ids = uniqueIds('commentIds', input.commentIds, 1_000);
    if (ids.length === 0) throw invalid('commentIds', 'Choose at least one comment.');
    const reply = optionalText('reply', input.reply, COMMENT_TEXT);
    const comments = await this.repository.findComments(this.rounds.manager, ids);
    if (comments.length !== ids.length) throw notFound('comment');
    const rounds = await this.rounds.roundsByIds([...new Set(comments.map((c) => c.roundId))]);
    const documentIds = new Set(rounds.map((r) => r.documentId));
    if (documentIds.size !== 1) throw invalid('commentIds', 'Dispose of comments on one document at a time.');
    const documentId = [...documentIds][0]!;
    const { access } = await this.documents.get(viewer, documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters dispose of comments.');
    return this.changes.run(
      documentId,
      async (manager) => {
        const document = await this.documentsRepository.findById(manager, documentId, 'share');
        if (document?.status !== DocumentStatus.IN_COMMENT_ROUND && document?.status !== DocumentStatus.REVISING) {
          throw new DomainError('DOCUMENT_NOT_EDITABLE', 'Dispositions are given while the document is being revised.');
        }
        return this.disposeIn(manager, viewer, document, access, rounds, ids, {
          disposition: input.disposition,
          reply,
          answeredByParagraphId: input.answeredByParagraphId,
        });
      },
      commentsChanged,
    );
  }

  /**
   * Gives the disposition inside a change already under way (the document's state checked), tells
   * each author, and records it (as `action` in the document's history); answers with the comments
   * as they now read.
   */
  async disposeIn(
    manager: EntityManager,
    viewer: Viewer,
    document: DocumentEntity,
    access: DocumentAccess,
    rounds: readonly CommentRoundEntity[],
    ids: readonly string[],
    input: { disposition: Disposition; reply: string | null; answeredByParagraphId?: string | null },
    action = 'comments.disposed',
  ): Promise<CommentView[]> {
    const documentId = document.id;
    const { reply } = input;
    const locked = await this.repository.findComments(manager, ids, true);
    if (locked.some((c) => c.withdrawnAt)) {
      throw invalid('commentIds', 'A withdrawn comment needs no disposition.');
    }
    if (input.answeredByParagraphId) {
      const known = await this.paragraphs.paragraphIdsOf(manager, documentId, [input.answeredByParagraphId]);
      if (!known.size) throw unknownParagraph('answeredByParagraphId');
    }
    await this.repository.updateComments(manager, ids, {
      disposition: input.disposition,
      ...(reply !== null ? { reply } : {}),
      ...(input.answeredByParagraphId !== undefined ? { answeredById: input.answeredByParagraphId } : {}),
      disposedById: viewer.personId,
      disposedAt: new Date(),
    });
    const texts = groupBy(
      await this.paragraphs.paragraphsOf(
        rounds.map((r) => r.versionId),
        manager,
      ),
      (p) => p.versionId,
    );
    const numberIn = new Map(
      rounds.map((round) => [
        round.id,
        new Map(numberParagraphs(texts.get(round.versionId) ?? []).map((p) => [p.paragraphId, p.number])),
      ]),
    );
    const roundOf = new Map(rounds.map((round) => [round.id, round]));
    const facts = await this.notices.facts(manager, document);
    const actor = await this.notices.nameOf(manager, viewer.personId);
    const byAuthor = groupBy(
      locked.filter((c) => c.authorId !== viewer.personId),
      (c) => c.authorId,
    );
    await this.notices.send(manager, {
      kind: NotificationKind.DISPOSITION_PUBLISHED,
      objectId: documentId,
      signature: await this.notices.draftersSignature(manager, facts, viewer.personId),
      notices: perPerson(byAuthor, (theirs) =>
        dispositionNotice(
          facts,
          actor,
          theirs
            .map((c) => ({
              paragraphId: c.paragraphId,
              paragraphNumber: numberIn.get(c.roundId)?.get(c.paragraphId) ?? null,
              roundNumber: roundOf.get(c.roundId)!.number,
            }))
            .sort((a, b) => a.roundNumber - b.roundNumber || (a.paragraphNumber ?? 0) - (b.paragraphNumber ?? 0)),
          input.disposition,
          reply,
          this.config.publicUrl,
        ),
      ),
    });
    await this.changes.record(manager, viewer, documentId, action, {
      data: {
        count: locked.length,
        disposition: input.disposition,
        round: new Set(rounds.map((r) => r.number)).size === 1 ? rounds[0]!.number : null,
      },
    });
    const disposed = await this.repository.findComments(manager, ids);
    return this.comments.views(manager, access, viewer, disposed, rounds);
  }

  /** Finalising requires a disposition for every comment of the last round. */
  @OnDomainEvent(DOCUMENT_FINALISING)
  async requireDispositions({ documentId }: DocumentStep, manager: EntityManager): Promise<void> {
    const last = (await this.rounds.roundsOf([documentId], manager)).at(-1);
    if (!last) return;
    const undisposed = await this.repository.undisposedCount(manager, last.id);
    if (undisposed > 0) {
      throw new DomainError(
        'UNDISPOSED_COMMENTS',
        `${undisposed} comment${undisposed === 1 ? '' : 's'} of round ${last.number} still need${undisposed === 1 ? 's' : ''} a disposition.`,
        { count: undisposed },
      );
    }
  }
}
