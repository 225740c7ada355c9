import { Field, ID, InputType } from '@nestjs/graphql';
import { CommentKind, Disposition } from '@plenary/shared';
import '../comment-round-enums';

@InputType({ description: 'Which comments the comment table shows; every filter given must match.' })
export class CommentTableFilterInput {
  @Field(() => CommentKind, { nullable: true })
  kind?: CommentKind | null;

  @Field(() => Disposition, { nullable: true })
  disposition?: Disposition | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the comments still without a disposition.' })
  undisposed?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only those speaking for this committee (among those whose names you see).',
  })
  committeeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those made in personal capacity (among those whose names you see).',
  })
  personalCapacity?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the comment, its quote, its reply, its paragraph or the names you see on it.',
  })
  text?: string | null;
}
