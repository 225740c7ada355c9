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

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  roundId: string;

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

  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field()
  text: string;

  @Field(() => [CommentModel])
  comments: CommentModel[];
}

export function toRemovedParagraphModel(
  removed: RemovedParagraph,
  viewerPersonId: string | null,
): RemovedParagraphModel {
  return {
    paragraphId: removed.paragraphId,
    number: removed.number,
    text: removed.text,
    comments: removed.comments.map((c) => toCommentModel(c, viewerPersonId)),
  };
}
