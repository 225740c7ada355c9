import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParagraphKind } from '@plenary/shared';
import { DiffSegmentModel } from '../reports/report.model';
import './document-enums';

export const ParagraphChange = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
  UNCHANGED: 'UNCHANGED',
  MOVED: 'MOVED',
  MOVED_AWAY: 'MOVED_AWAY',
} as const;
registerEnumType(ParagraphChange, {
  name: 'ParagraphChange',
  valuesMap: {
    MOVED: { description: 'The paragraph moved here (its wording compared as well).' },
    MOVED_AWAY: { description: 'Where a paragraph that moved stood in the older version.' },
  },
});

@ObjectType('ParagraphComparison')
export class ParagraphComparisonModel {
  @Field(() => ID)
  paragraphId: string;

  @Field(() => ParagraphKind)
  kind: ParagraphKind;

  @Field(() => Int, {
    nullable: true,
    description: 'The number in the newer version; for a removed paragraph, in the older one.',
  })
  number: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The number in the older version; null for an added paragraph or a heading.',
  })
  previousNumber: number | null;

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
