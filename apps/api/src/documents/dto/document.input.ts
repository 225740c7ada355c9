import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  AddresseeKind,
  AttributionMode,
  CommentKind,
  Disposition,
  DocumentDecision,
  DocumentKind,
  IssueArea,
  ParagraphKind,
  RecipientResponse,
} from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';
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

@InputType()
export class AddresseeInput {
  @Field(() => AddresseeKind)
  kind: AddresseeKind;

  @Field(() => ID, { nullable: true, description: 'The body addressed, for NAMED_BODY.' })
  organizationId?: string | null;
}

@InputType()
export class ParagraphContentInput {
  @Field(() => ParagraphKind)
  kind: ParagraphKind;

  @Field({ description: 'HTML with emphasis, lists and links; anything else is removed.' })
  html: string;

  @Field(() => [AddresseeInput], { nullable: true, description: 'For recommendations.' })
  addressees?: AddresseeInput[] | null;

  @Field(() => [IssueArea], { nullable: true, description: 'For recommendations.' })
  issueAreas?: IssueArea[] | null;
}

@InputType()
export class AddParagraphInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID, { nullable: true, description: 'Insert after this paragraph; omit to insert at the top.' })
  afterParagraphId?: string | null;

  @Field(() => ParagraphContentInput)
  content: ParagraphContentInput;
}

@InputType()
export class SaveParagraphInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID)
  paragraphId: string;

  @Field(() => Int, {
    description: 'The revision you edited; if a co-chair saved since, the save is refused with VERSION_CONFLICT.',
  })
  baseRevision: number;

  @Field(() => ParagraphContentInput)
  content: ParagraphContentInput;
}

@InputType()
export class SplitParagraphInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID)
  paragraphId: string;

  @Field(() => Int)
  baseRevision: number;

  @Field({ description: 'What stays in the paragraph (HTML).' })
  beforeHtml: string;

  @Field({ description: 'What becomes the new paragraph after it (HTML).' })
  afterHtml: string;
}

@InputType()
export class MergeParagraphsInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID, { description: 'The paragraph that stays.' })
  paragraphId: string;

  @Field(() => Int)
  baseRevision: number;

  @Field(() => ID, { description: 'The paragraph right after it, whose text is appended.' })
  nextParagraphId: string;

  @Field(() => Int)
  nextBaseRevision: number;
}

@InputType()
export class MoveParagraphInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID)
  paragraphId: string;

  @Field(() => ID, { nullable: true, description: 'Move after this paragraph; omit to move to the top.' })
  afterParagraphId?: string | null;
}

@InputType()
export class DeleteParagraphInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID)
  paragraphId: string;

  @Field(() => Int)
  baseRevision: number;
}

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

@InputType()
export class RespondToRoundInput {
  @Field(() => ID, { description: 'The recipient you answer for: yourself or your committee.' })
  recipientId: string;

  @Field(() => RecipientResponse)
  response: RecipientResponse;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

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

@InputType({ description: 'Who drafts a meeting’s document besides its organisers and secretariat.' })
export class SetDocumentDraftersInput {
  @Field(() => ID)
  documentId: string;

  @Field(() => [ID], { description: 'Participants of the meeting; replaces those named before (none: no one else).' })
  personIds: string[];
}
