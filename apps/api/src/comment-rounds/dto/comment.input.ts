import { Field, ID, InputType } from '@nestjs/graphql';
import { CommentKind } from '@plenary/shared';
import '../comment-round-enums';

@InputType({ description: 'Wording proposed for words of the paragraph: a replacement, an insertion or a deletion.' })
export class SuggestionInput {
  @Field({ description: 'The words to replace or delete, as they read in the circulated version; "" to insert.' })
  original: string;

  @Field({ description: 'The new words; "" to delete.' })
  replacement: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The words right before the change: for an insertion, where it goes (omit to insert at the start); ' +
      'for a replacement or deletion, what tells apart words that stand more than once.',
  })
  before?: string | null;
}

@InputType()
export class PostCommentInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID)
  paragraphId: string;

  @Field(() => String, { nullable: true, description: 'The words of the paragraph the comment is about.' })
  quote?: string | null;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field()
  body: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The committee you speak for; omit to comment in personal capacity.',
  })
  speaksForId?: string | null;

  @Field(() => SuggestionInput, {
    nullable: true,
    description: 'Required when kind is SUGGESTION; the quote is then the original words.',
  })
  suggestion?: SuggestionInput | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => CommentKind)
  kind: CommentKind;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  quote?: string | null;
}
