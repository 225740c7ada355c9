import { Field, ID, InputType } from '@nestjs/graphql';
import { DocumentDecision } from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';
import '../document-enums';

@InputType()
export class DecideDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => DocumentDecision)
  decision: DocumentDecision;

  @Field(() => LocalDateScalar, { description: 'The day the body met and took the decision.' })
  meetingDate: string;

  @Field(() => String, {
    nullable: true,
    description: 'How the body’s papers name that meeting or its minute, e.g. "SC 35, item 4".',
  })
  meetingReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when returning the document: what to revise.' })
  guidance?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else the body said with its decision.' })
  note?: string | null;
}

@InputType()
export class PublishDocumentInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => [ID], { description: 'Institutions the published text is sent to.' })
  organizationIds: string[];

  @Field(() => [ID], { description: 'Experts it is sent to.' })
  personIds: string[];
}
