import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AcceptSuggestionInput {
  @Field(() => ID)
  commentId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The reply to the author; by default it says what changed in which paragraph.',
  })
  reply?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Accept with edits: the paragraph’s wording as edited (HTML, like a saved paragraph), used instead of applying the suggestion as proposed.',
  })
  text?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'With edited wording: the revision of the paragraph it was edited from (VERSION_CONFLICT if it changed since).',
  })
  baseRevision?: number | null;
}
