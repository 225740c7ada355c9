import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CommentKind, Disposition } from '@plenary/shared';
import './comment-round-enums';
import type { CommentView, RemovedParagraph } from './comment-placement';

@ObjectType('ParagraphThen', { description: 'A paragraph as it read in the version a comment was made on.' })
export class ParagraphThenModel {
  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field()
  text: string;
}

@ObjectType('Suggestion', { description: 'Wording a recipient proposes for the words the comment is about.' })
export class SuggestionModel {
  @Field({ description: 'The words to replace or delete; empty for an insertion.' })
  original: string;

  @Field({ description: 'The new words; empty for a deletion.' })
  replacement: string;

  @Field(() => String, {
    nullable: true,
    description: 'The words right before the change: for an insertion, the insertion point.',
  })
  before: string | null;

  @Field(() => Boolean, {
    description:
      'Whether the words (or the insertion point) still stand, once, in the paragraph of the working version; false once accepted.',
  })
  applicable: boolean;

  @Field(() => Date, { nullable: true, description: 'When a co-chair applied it to the working version.' })
  acceptedAt: Date | null;
}

/** A suggestion as stored, before the working text tells whether it still applies. */
export type SuggestionData = Omit<SuggestionModel, 'applicable'>;

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  roundId: string;
  documentId: string;
  /** Resolved with the working text, to say whether it still applies. */
  suggestionData: SuggestionData | null;

  @Field(() => Int)
  roundNumber: number;

  @Field(() => ID, { description: 'The paragraph it was made on (its identity).' })
  paragraphId: string;

  @Field(() => ParagraphThenModel)
  paragraphThen: ParagraphThenModel;

  @Field(() => Boolean, {
    description: 'Whether the paragraph reads differently in the version being viewed than when commented on.',
  })
  changedSince: boolean;

  @Field(() => String, { nullable: true })
  quote: string | null;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field()
  body: string;

  @Field(() => Boolean, { description: 'Whether you see who wrote it; false in a non-attributed round.' })
  attributed: boolean;

  /** Null when the viewer may not see names. */
  authorId: string | null;
  speaksForId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Made in personal capacity; null when not attributed.' })
  personalCapacity: boolean | null;

  @Field(() => Boolean)
  viewerIsAuthor: boolean;

  @Field(() => Disposition, { nullable: true })
  disposition: Disposition | null;

  @Field()
  reply: string;

  @Field(() => ID, { nullable: true, description: 'The paragraph whose change answers the comment.' })
  answeredByParagraphId: string | null;

  @Field(() => Date, { nullable: true })
  disposedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export function toCommentModel(view: CommentView, viewerPersonId: string | null): CommentModel {
  const { comment, round } = view;
  return {
    id: comment.id,
    roundId: round.id,
    documentId: round.documentId,
    suggestionData:
      comment.suggestionOriginal !== null && comment.suggestionReplacement !== null
        ? {
            original: comment.suggestionOriginal,
            replacement: comment.suggestionReplacement,
            before: comment.suggestionBefore,
            acceptedAt: comment.suggestionAcceptedAt,
          }
        : null,
    roundNumber: round.number,
    paragraphId: comment.paragraphId,
    paragraphThen: view.paragraphThen,
    changedSince: view.changedSince,
    quote: comment.quote,
    kind: comment.kind,
    body: comment.body,
    attributed: view.attributed,
    authorId: view.attributed ? comment.authorId : null,
    speaksForId: view.attributed ? comment.speaksForId : null,
    personalCapacity: view.attributed ? comment.speaksForId === null : null,
    viewerIsAuthor: comment.authorId === viewerPersonId,
    disposition: comment.disposition,
    reply: comment.reply,
    answeredByParagraphId: comment.answeredById,
    disposedAt: comment.disposedAt,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
  };
}

@ObjectType('RemovedParagraph', { description: 'Text no longer in this version that was commented on.' })
export class RemovedParagraphModel {
  @Field(() => ID)
  paragraphId: string;

  documentId: string;
  versionId: string;

  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field()
  text: string;

  @Field(() => Int, {
    description: 'The comments on it you may see; load them with DocumentVersion.paragraphComments.',
  })
  commentCount: number;
}

export function toRemovedParagraphModel(
  documentId: string,
  versionId: string,
  removed: Omit<RemovedParagraph, 'comments'> & { commentCount: number },
): RemovedParagraphModel {
  return {
    paragraphId: removed.paragraphId,
    documentId,
    versionId,
    number: removed.number,
    text: removed.text,
    commentCount: removed.commentCount,
  };
}

@ObjectType('ParagraphComments', { description: 'The comments on one paragraph (or removed text) of a version.' })
export class ParagraphCommentsModel {
  @Field(() => ID)
  paragraphId: string;

  @Field(() => [CommentModel])
  comments: CommentModel[];
}

@ObjectType('CommentTablePage', { description: 'A page of one round’s comments, in paragraph order, as filtered.' })
export class CommentTablePageModel {
  @Field(() => ID, { nullable: true, description: 'The round shown; null when the document has no round you may see.' })
  roundId: string | null;

  @Field(() => Int, { description: 'Comments matching the filter.' })
  total: number;

  @Field(() => Int)
  offset: number;

  @Field(() => [CommentModel])
  comments: CommentModel[];

  /** The committees named on the round's comments, for the committee filter. */
  committeeIds: string[];

  @Field(() => Boolean, {
    description: 'Some comment of the round you may see the names on was made in personal capacity.',
  })
  personalCapacity: boolean;
}
