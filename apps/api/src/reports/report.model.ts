import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ActionItemStatus,
  actionItemStatusMachine,
  Confidentiality,
  participationSentence,
  ReportStatus,
  reportStatusMachine,
} from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { ActionItemEntity } from './action-item.entity';
import type { MeetingReportEntity } from './meeting-report.entity';
import type { ReportRevisionEntity } from './report-revision.entity';
import type { MeetingParticipation } from './reports.repository';
import type { DiffKind } from './reports.service';

registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
const DiffKindEnum = { SAME: 'SAME', ADDED: 'ADDED', REMOVED: 'REMOVED' } as const;
registerEnumType(DiffKindEnum, { name: 'DiffKind' });

@ObjectType('MeetingReport')
export class MeetingReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field(() => [ReportStatus], { description: 'The statuses the report may move to next.' })
  nextStatuses: ReportStatus[];

  @Field({ description: 'Whether the report may name participants; off by default (Chatham House rule).' })
  attributionAllowed: boolean;

  @Field(() => Int, { description: 'Number of the current revision; send it back as baseRevision when saving.' })
  revision: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;

  meetingId: string;
}

export function toMeetingReportModel(entity: MeetingReportEntity): MeetingReportModel {
  return {
    id: entity.id,
    status: entity.status,
    nextStatuses: [...reportStatusMachine.next(entity.status)],
    attributionAllowed: entity.attributionAllowed,
    revision: entity.revision,
    publishedAt: entity.publishedAt,
    updatedAt: entity.updatedAt,
    meetingId: entity.meetingId,
  };
}

@ObjectType('ReportedMeeting', {
  description:
    'What every reader of a report sees of its meeting: what it was, when and where. Its participants, agenda and papers are on the meeting itself, for those who may open it.',
})
export class ReportedMeetingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the venue, e.g. KR.' })
  country: string | null;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;
}

export function toReportedMeetingModel(meeting: MeetingEntity): ReportedMeetingModel {
  return {
    id: meeting.id,
    title: meeting.title,
    venue: meeting.venue,
    city: meeting.city,
    country: meeting.country,
    startDate: meeting.startDate,
    endDate: meeting.endDate,
    confidentiality: meeting.confidentiality,
  };
}

@ObjectType('ReportSection')
export class ReportSectionModel {
  @Field(() => ID, { nullable: true, description: 'The agenda session it summarises.' })
  agendaItemId: string | null;

  @Field()
  heading: string;

  @Field()
  text: string;
}

@ObjectType('ReportRevision')
export class ReportRevisionModel {
  @Field(() => Int)
  number: number;

  @Field()
  summary: string;

  @Field(() => [ReportSectionModel])
  sections: ReportSectionModel[];

  @Field()
  createdAt: Date;

  authorId: string | null;
}

export function toReportRevisionModel(entity: ReportRevisionEntity): ReportRevisionModel {
  return {
    number: entity.number,
    summary: entity.summary,
    sections: entity.sections,
    createdAt: entity.createdAt,
    authorId: entity.authorId,
  };
}

@ObjectType('ParticipationFigures', { description: 'Who took part, computed from the participant list.' })
export class ParticipationFiguresModel {
  @Field(() => Int)
  experts: number;

  @Field(() => Int)
  memberCommittees: number;

  @Field(() => Int)
  otherOrganizations: number;

  @Field({ description: 'True when counted from marked attendance; false when counted from acceptances.' })
  attendanceMarked: boolean;

  @Field({ description: 'As the report prints it: "More than 20 experts from 9 member committees …".' })
  sentence: string;
}

export function toParticipationFiguresModel(figures: MeetingParticipation | undefined): ParticipationFiguresModel {
  const counts = figures ?? { experts: 0, memberCommittees: 0, otherOrganizations: 0, attendanceMarked: false };
  return { ...counts, sentence: participationSentence(counts) };
}

@ObjectType('AttributionWarning', {
  description: 'A participant named in the report although it is written without attribution.',
})
export class AttributionWarningModel {
  @Field({ description: 'Where: "Summary" or the section heading.' })
  location: string;

  @Field()
  personName: string;

  @Field()
  excerpt: string;
}

@ObjectType('ActionItem', { description: 'A next task agreed at a meeting.' })
export class ActionItemModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field(() => [ActionItemStatus])
  nextStatuses: ActionItemStatus[];

  reportId: string;
  ownerPersonId: string | null;
  ownerOrganizationId: string | null;
}

export function toActionItemModel(entity: ActionItemEntity): ActionItemModel {
  return {
    id: entity.id,
    title: entity.title,
    dueDate: entity.dueDate,
    status: entity.status,
    nextStatuses: [...actionItemStatusMachine.next(entity.status)],
    reportId: entity.reportId,
    ownerPersonId: entity.ownerPersonId,
    ownerOrganizationId: entity.ownerOrganizationId,
  };
}

@ObjectType('DiffSegment')
export class DiffSegmentModel {
  @Field(() => DiffKindEnum)
  kind: DiffKind;

  @Field()
  text: string;
}

@ObjectType('SectionComparison')
export class SectionComparisonModel {
  @Field()
  heading: string;

  @Field(() => [DiffSegmentModel])
  segments: DiffSegmentModel[];
}

@ObjectType('ReportComparison', { description: 'A word-by-word comparison of two revisions of a report.' })
export class ReportComparisonModel {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => [DiffSegmentModel])
  summary: DiffSegmentModel[];

  @Field(() => [SectionComparisonModel])
  sections: SectionComparisonModel[];
}
