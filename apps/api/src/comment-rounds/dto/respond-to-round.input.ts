import { Field, ID, InputType } from '@nestjs/graphql';
import { RecipientResponse } from '@plenary/shared';
import '../comment-round-enums';

@InputType()
export class RespondToRoundInput {
  @Field(() => ID, { description: 'The recipient you answer for: yourself or your committee.' })
  recipientId: string;

  @Field(() => RecipientResponse)
  response: RecipientResponse;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
