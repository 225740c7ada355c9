import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AddresseeKind, IssueArea, numberParagraphs, ParagraphKind } from '@plenary/shared';
import './document-enums';
import type { VersionParagraphEntity } from './paragraph.entity';
import type { NumberedParagraph } from './paragraphs.repository';

@ObjectType('Addressee')
export class AddresseeModel {
  @Field(() => AddresseeKind)
  kind: AddresseeKind;

  organizationId: string | null;
}

@ObjectType('Paragraph', { description: 'A paragraph as it reads in one version.' })
export class ParagraphModel {
  @Field(() => ID, { description: 'The paragraph in this version (version and paragraph).' })
  id: string;

  @Field(() => ID, { description: 'The paragraph’s identity, the same in every version.' })
  paragraphId: string;

  documentId: string;
  versionId: string;

  @Field(() => ParagraphKind)
  kind: ParagraphKind;

  @Field(() => Int, { nullable: true, description: 'The printed number; headings have none.' })
  number: number | null;

  @Field(() => Int, { nullable: true, description: '"Recommendation 7": the running number among recommendations.' })
  recommendationNumber: number | null;

  @Field({ description: 'Sanitised HTML: emphasis, lists and links.' })
  html: string;

  @Field({ description: 'The text without markup.' })
  text: string;

  @Field(() => [AddresseeModel])
  addressees: AddresseeModel[];

  @Field(() => [IssueArea])
  issueAreas: IssueArea[];

  @Field(() => Int, { description: 'Counts saves in this version; send it back as baseRevision.' })
  revision: number;

  updatedById: string | null;

  @Field(() => Date)
  updatedAt: Date;
}

/** A paragraph of a version, with the numbers it is printed with there. */
export function toParagraphModel(documentId: string, p: NumberedParagraph): ParagraphModel {
  return {
    id: `${p.versionId}:${p.paragraphId}`,
    paragraphId: p.paragraphId,
    documentId,
    versionId: p.versionId,
    kind: p.kind,
    number: p.number,
    recommendationNumber: p.recommendationNumber,
    html: p.html,
    text: p.text,
    addressees: p.addressees.map((a) => ({ kind: a.kind, organizationId: a.organizationId })),
    issueAreas: p.issueAreas,
    revision: p.revision,
    updatedById: p.updatedById,
    updatedAt: p.updatedAt,
  };
}

/** A version's paragraphs, in order, numbered as printed. */
export function toParagraphModels(documentId: string, rows: VersionParagraphEntity[]): ParagraphModel[] {
  return numberParagraphs(rows).map((p) => toParagraphModel(documentId, p));
}
