import { Field, ID, InputType } from '@nestjs/graphql';
import { DocumentKind } from '@plenary/shared';
import '../document-enums';

@InputType()
export class CreateDocumentInput {
  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The study group it belongs to; name a study group or a meeting.' })
  studyGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;
}

@InputType({ description: 'Who drafts a meeting’s document besides its organisers and secretariat.' })
export class SetDocumentDraftersInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => [ID], { description: 'Participants of the meeting; replaces those named before (none: no one else).' })
  personIds: string[];
}
