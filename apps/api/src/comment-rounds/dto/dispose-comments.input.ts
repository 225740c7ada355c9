import { Field, ID, InputType } from '@nestjs/graphql';
import { Disposition } from '@plenary/shared';
import '../comment-round-enums';

@InputType()
export class DisposeCommentsInput {
  @Field(() => [ID])
  commentIds: string[];

  @Field(() => Disposition)
  disposition: Disposition;

  @Field(() => String, { nullable: true, description: 'The reply; omit to keep each comment’s current reply.' })
  reply?: string | null;

  @Field(() => ID, { nullable: true, description: 'The paragraph whose change answers the comments.' })
  answeredByParagraphId?: string | null;
}
