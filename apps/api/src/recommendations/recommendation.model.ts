import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IssueArea, RecommendationStatus } from '@plenary/shared';
import { AddresseeModel } from '../documents/paragraph.model';
import { LocalDateScalar } from '../graphql/scalars';
import type { RecommendationEntity, RecommendationUpdateEntity } from './recommendation.entity';

registerEnumType(RecommendationStatus, { name: 'RecommendationStatus' });

@ObjectType('Recommendation', { description: 'A recommendation being followed up.' })
export class RecommendationModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Its number in the source ("Recommendation 7").' })
  number: number | null;

  @Field()
  text: string;

  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => [AddresseeModel])
  addressees: AddresseeModel[];

  @Field(() => [IssueArea])
  issueAreas: IssueArea[];

  @Field({ description: 'The output it comes from, as people cite it.' })
  sourceTitle: string;

  @Field(() => String, { nullable: true })
  sourceUrl: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The source paragraph’s identity, for a recommendation adopted in a document.',
  })
  paragraphId: string | null;

  @Field(() => LocalDateScalar)
  adoptedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  nextFollowUpOn: string | null;

  @Field({ description: 'Its follow-up date has passed while it is still open.' })
  overdue: boolean;

  documentId: string | null;
  studyGroupId: string | null;
  meetingId: string | null;
  responsibleId: string;
}

export function toRecommendationModel(entity: RecommendationEntity, overdue: boolean): RecommendationModel {
  return {
    id: entity.id,
    number: entity.number,
    text: entity.text,
    status: entity.status,
    addressees: entity.addressees,
    issueAreas: entity.issueAreas,
    sourceTitle: entity.sourceTitle,
    sourceUrl: entity.sourceUrl,
    paragraphId: entity.paragraphId,
    adoptedOn: entity.adoptedOn,
    nextFollowUpOn: entity.nextFollowUpOn,
    overdue,
    documentId: entity.documentId,
    studyGroupId: entity.studyGroupId,
    meetingId: entity.meetingId,
    responsibleId: entity.responsibleId,
  };
}

@ObjectType('RecommendationUpdate', { description: 'One dated step in a recommendation’s history.' })
export class RecommendationUpdateModel {
  @Field(() => ID)
  id: string;

  @Field(() => RecommendationStatus, { nullable: true, description: 'Null for the adoption itself.' })
  fromStatus: RecommendationStatus | null;

  @Field(() => RecommendationStatus)
  toStatus: RecommendationStatus;

  @Field(() => LocalDateScalar)
  occurredOn: string;

  @Field()
  note: string;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field()
  recordedAt: Date;

  evidenceFileId: string | null;
  recordedById: string | null;
}

export function toRecommendationUpdateModel(entity: RecommendationUpdateEntity): RecommendationUpdateModel {
  return {
    id: entity.id,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    occurredOn: entity.occurredOn,
    note: entity.note,
    evidenceUrl: entity.evidenceUrl,
    recordedAt: entity.createdAt,
    evidenceFileId: entity.evidenceFileId,
    recordedById: entity.recordedById,
  };
}

@ObjectType('StatusCount')
export class StatusCountModel {
  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('IssueAreaStatusCounts', { description: 'How the recommendations on one issue area stand.' })
export class IssueAreaStatusCountsModel {
  @Field(() => IssueArea)
  issueArea: IssueArea;

  @Field(() => Int)
  total: number;

  @Field(() => [StatusCountModel], { description: 'Every status, in the order of the follow-up.' })
  counts: StatusCountModel[];
}

@ObjectType('ProgressPoint', {
  description: 'How the recommendations adopted by then stood at the end of a year (or today, for this year).',
})
export class ProgressPointModel {
  @Field(() => Int)
  year: number;

  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => [StatusCountModel])
  counts: StatusCountModel[];
}

@ObjectType('RecommendationSource', { description: 'A document recommendations were adopted in.' })
export class RecommendationSourceModel {
  @Field(() => ID)
  documentId: string;

  @Field()
  title: string;
}

@ObjectType('RecommendationRegistry', {
  description: 'The recommendations the viewer may see, under the filters given.',
})
export class RecommendationRegistryModel {
  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  overdueCount: number;

  @Field(() => [StatusCountModel])
  statusCounts: StatusCountModel[];

  @Field(() => [IssueAreaStatusCountsModel], { description: 'Issue areas with at least one recommendation.' })
  byIssueArea: IssueAreaStatusCountsModel[];

  @Field(() => [ProgressPointModel], { description: 'From the first adoption’s year to this one.' })
  progress: ProgressPointModel[];

  @Field(() => [RecommendationModel], { description: 'The page asked for, newest adoption first.' })
  recommendations: RecommendationModel[];
}
