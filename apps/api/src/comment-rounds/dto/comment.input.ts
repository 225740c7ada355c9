import { Field, ID, InputType } from '@nestjs/graphql';
import { CommentKind } from '@plenary/shared';
import '../comment-round-enums';

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
