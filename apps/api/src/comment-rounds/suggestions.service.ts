import { Injectable } from '@nestjs/common';
import { Disposition, limits, suggestionDone } from '@plenary/shared';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { sanitizeRichText } from '../common/rich-text';
import { optionalText } from '../common/text';
import { DocumentChanges } from '../documents/document-changes';
import { DocumentsRepository } from '../documents/documents.repository';
import { DocumentsService } from '../documents/documents.service';
import { DraftingService } from '../documents/drafting.service';
import { paragraphConflict } from '../documents/paragraph-errors';
import { commentsChanged } from './comment-events';
import type { CommentView } from './comment-placement';
import { CommentRoundsRepository } from './comment-rounds.repository';
import { CommentsRepository } from './comments.repository';
import { DispositionsService } from './dispositions.service';
import type { AcceptSuggestionInput } from './dto/accept-suggestion.input';
import { applySuggestionToHtml } from './suggestion-html';
import { suggestedChange } from './suggestion-input';

const COMMENT_TEXT = 10_000;

/**
 * Suggested wording taken into the text: a co-chair accepts it as proposed, or as edited, and the
 * working version's paragraph changes as a drafting change would change it, while the comment is
 * disposed of as accepted with a reply saying what changed where.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly repository: CommentsRepository,
    private readonly rounds: CommentRoundsRepository,
    private readonly documents: DocumentsService,
    private readonly documentsRepository: DocumentsRepository,
    private readonly drafting: DraftingService,
    private readonly dispositions: DispositionsService,
    private readonly changes: DocumentChanges,
  ) {}

  async accept(viewer: Viewer, input: AcceptSuggestionInput): Promise<CommentView> {
    const reply = optionalText('reply', input.reply, COMMENT_TEXT);
    const edited = input.text == null ? null : sanitizeRichText('text', input.text, limits.longText);
    if (edited && edited.text === '') throw invalid('text', 'Give the paragraph’s wording as edited.');
    const [comment] = await this.repository.findComments(this.rounds.manager, [input.commentId]);
    if (!comment) throw notFound('comment');
    const [round] = await this.rounds.roundsByIds([comment.roundId]);
    if (!round) throw notFound('comment');
    const { access } = await this.documents.get(viewer, round.documentId);
    if (!access.edit) throw new DomainError('NOT_PERMITTED', 'Only the document’s drafters accept suggested wording.');
    const change = suggestedChange(comment);
    if (!change) throw invalid('commentId', 'That comment suggests no wording.');
    if (comment.withdrawnAt) throw invalid('commentId', 'The suggestion was withdrawn.');

    let view: CommentView | undefined;
    await this.drafting.reviseParagraph(
      viewer,
      round.documentId,
      comment.paragraphId,
      async (manager, current) => {
        const [locked] = await this.repository.findComments(manager, [comment.id], true);
        if (locked?.withdrawnAt) throw invalid('commentId', 'The suggestion was withdrawn.');
        if (locked?.suggestionAcceptedAt) {
          throw new DomainError('SUGGESTION_NOT_APPLICABLE', 'The suggestion has already been accepted.');
        }
        if (!current) {
          throw new DomainError(
            'SUGGESTION_NOT_APPLICABLE',
            'The paragraph is no longer in the working text; take the suggestion in by hand.',
          );
        }
        if (edited) {
          if (input.baseRevision != null && input.baseRevision !== current.revision) throw paragraphConflict(current);
          return edited.html;
        }
        const html = applySuggestionToHtml(current.html, change);
        if (html === null) {
          throw new DomainError(
            'SUGGESTION_NOT_APPLICABLE',
            'The words of the suggestion have changed since it was made; accept it with edits instead.',
          );
        }
        return html;
      },
      async (manager, saved) => {
        const where = saved.number === null ? 'the heading' : `paragraph ${saved.number}`;
        const said = edited
          ? `Accepted with edits: ${where} now reads “${saved.text}”.`
          : `Accepted: ${suggestionDone(change)} in ${where}.`;
        await this.repository.updateComments(manager, [comment.id], { suggestionAcceptedAt: new Date() });
        const document = (await this.documentsRepository.findById(manager, round.documentId))!;
        [view] = await this.dispositions.disposeIn(
          manager,
          viewer,
          document,
          access,
          [round],
          [comment.id],
          { disposition: Disposition.ACCEPTED, reply: reply ?? said, answeredByParagraphId: comment.paragraphId },
          'suggestion.accepted',
        );
      },
    );
    // Readers were told the paragraph changed; the suggestion's disposition changed with it.
    await this.changes.announce(round.documentId, commentsChanged([view!]));
    return view!;
  }
}
