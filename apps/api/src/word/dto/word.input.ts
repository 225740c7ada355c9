import { Field, ID, InputType } from '@nestjs/graphql';
import { CommentKind } from '@plenary/shared';
import '../../comment-rounds/comment-round-enums';
import { SuggestionInput } from '../../comment-rounds/dto/comment.input';
import { ParagraphContentInput } from '../../documents/dto/paragraph.input';

@InputType({ description: 'The paragraphs of a Word draft, as previewed and confirmed.' })
export class ImportWordDraftInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => [ParagraphContentInput], { description: 'Added at the end of the working version, in this order.' })
  paragraphs: ParagraphContentInput[];
}

@InputType({ description: 'One comment taken from a returned Word file, as reviewed.' })
export class ReturnedCommentInput {
  @Field(() => ID)
  paragraphId: string;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  quote?: string | null;

  @Field(() => SuggestionInput, { nullable: true, description: 'Required when kind is SUGGESTION.' })
  suggestion?: SuggestionInput | null;
}

@InputType()
export class PostReturnedCommentsInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The committee the comments speak for; omit to comment in personal capacity. The co-chairs and the secretariat name the committee whose file they enter.',
  })
  speaksForId?: string | null;

  @Field(() => [ReturnedCommentInput])
  comments: ReturnedCommentInput[];
}
