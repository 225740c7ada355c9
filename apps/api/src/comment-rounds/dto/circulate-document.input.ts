import { Field, ID, InputType } from '@nestjs/graphql';
import { AttributionMode } from '@plenary/shared';
import '../comment-round-enums';

@InputType()
export class CirculateDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => Date, { nullable: true, description: 'When comments may start; now if omitted.' })
  opensAt?: Date | null;

  @Field(() => Date)
  closesAt: Date;

  @Field(() => String, { nullable: true })
  instructions?: string | null;

  @Field(() => AttributionMode)
  attribution: AttributionMode;

  @Field(() => [ID], { description: 'Member committees and institutions.' })
  organizationIds: string[];

  @Field(() => [ID], { description: 'Experts named in person.' })
  personIds: string[];
}
