import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParagraphKind } from '@plenary/shared';
import { DiffSegmentModel } from '../reports/report.model';
import './document-enums';

export const ParagraphChange = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
  UNCHANGED: 'UNCHANGED',
} as const;
registerEnumType(ParagraphChange, { name: 'ParagraphChange' });

@ObjectType('ParagraphComparison')
export class ParagraphComparisonModel {
  @Field(() => ID)
  paragraphId: string;

  @Field(() => ParagraphKind)
  kind: ParagraphKind;

  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field(() => ParagraphChange)
  change: keyof typeof ParagraphChange;

  @Field(() => [DiffSegmentModel])
  segments: DiffSegmentModel[];
}

@ObjectType('DocumentComparison')
export class DocumentComparisonModel {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => [ParagraphComparisonModel])
  paragraphs: ParagraphComparisonModel[];
}
