import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AddresseeKind, IssueArea, ParagraphKind } from '@plenary/shared';
import '../document-enums';

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
