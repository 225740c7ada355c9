import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CommitteeRole,
  MeetingStatus,
  StudyGroupRole,
  StudyGroupStatus,
  studyGroupStatusMachine,
} from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { MembershipEntity } from '../access/membership.entity';
import type { MeetingPlanEntity } from './meeting-plan.entity';
import type { StudyGroupCommitteeEntity } from './study-group-committee.entity';
import type { StudyGroupEntity } from './study-group.entity';
import type { SubGroupEntity } from './sub-group.entity';

registerEnumType(StudyGroupStatus, { name: 'StudyGroupStatus' });
registerEnumType(StudyGroupRole, { name: 'StudyGroupRole' });
registerEnumType(CommitteeRole, { name: 'CommitteeRole' });

@ObjectType('StudyGroupPrinciple')
export class StudyGroupPrincipleModel {
  @Field({ description: 'Its short name, e.g. "Open" or "Plus".' })
  name: string;

  @Field()
  description: string;
}

@ObjectType('StudyGroup')
export class StudyGroupModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Why the group exists: the proposal’s introduction.' })
  background: string | null;

  @Field(() => [String], { description: 'The objectives in order; they are shown lettered (a), (b), ….' })
  objectives: string[];

  @Field(() => [StudyGroupPrincipleModel])
  principles: StudyGroupPrincipleModel[];

  @Field(() => [String])
  anticipatedOutputs: string[];

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => StudyGroupStatus)
  status: StudyGroupStatus;

  @Field(() => [StudyGroupStatus], { description: 'The statuses the group may move to next.' })
  nextStatuses: StudyGroupStatus[];

  @Field(() => Int, { description: 'Send it back to updateStudyGroup to avoid overwriting a newer edit.' })
  version: number;

  councilId: string;
  reportsToId: string | null;
}

export function toStudyGroupModel(entity: StudyGroupEntity): StudyGroupModel {
  return {
    id: entity.id,
    title: entity.title,
    background: entity.background,
    objectives: entity.objectives,
    principles: entity.principles,
    anticipatedOutputs: entity.anticipatedOutputs,
    startDate: entity.startDate,
    endDate: entity.endDate,
    status: entity.status,
    nextStatuses: [...studyGroupStatusMachine.next(entity.status)],
    version: entity.version,
    councilId: entity.councilId,
    reportsToId: entity.reportsToId,
  };
}

@ObjectType('StudyGroupCommittee', { description: 'A member committee in the group.' })
export class StudyGroupCommitteeModel {
  @Field(() => CommitteeRole)
  role: CommitteeRole;

  studyGroupId: string;
  organizationId: string;
}

export function toStudyGroupCommitteeModel(entity: StudyGroupCommitteeEntity): StudyGroupCommitteeModel {
  return { role: entity.role, studyGroupId: entity.studyGroupId, organizationId: entity.organizationId };
}

@ObjectType('StudyGroupMember', { description: 'A person’s role in the group.' })
export class StudyGroupMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => StudyGroupRole)
  role: StudyGroupRole;

  personId: string;
  representingId: string | null;
}

export function toStudyGroupMemberModel(entity: MembershipEntity): StudyGroupMemberModel {
  return {
    id: entity.id,
    role: entity.role as StudyGroupRole,
    personId: entity.personId,
    representingId: entity.representingId,
  };
}

@ObjectType('SubGroup')
export class SubGroupModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'The specific agenda it develops.' })
  mandate: string | null;
}

export function toSubGroupModel(entity: SubGroupEntity): SubGroupModel {
  return { id: entity.id, title: entity.title, mandate: entity.mandate };
}

@ObjectType('MeetingPlan', { description: 'One meeting of the group’s series, planned or scheduled.' })
export class MeetingPlanModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Its place in the series, from 1.' })
  sequence: number;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. KR.' })
  country: string | null;

  @Field(() => LocalDateScalar, { description: 'The first day of the month it is expected in.' })
  expectedMonth: string;

  @Field({ description: 'Whether the meeting has been scheduled (it then has a venue and dates).' })
  scheduled: boolean;

  studyGroupId: string;
  hostId: string | null;
  meetingId: string | null;
}

export function toMeetingPlanModel(entity: MeetingPlanEntity): MeetingPlanModel {
  return {
    id: entity.id,
    sequence: entity.sequence,
    city: entity.city,
    country: entity.country,
    expectedMonth: entity.expectedMonth,
    scheduled: entity.meetingId !== null,
    studyGroupId: entity.studyGroupId,
    hostId: entity.hostId,
    meetingId: entity.meetingId,
  };
}

@ObjectType('ScheduledMeetingSummary', {
  description: 'What the whole group may know of a scheduled meeting, even without access to the meeting itself.',
})
export class ScheduledMeetingSummaryModel {
  @Field()
  title: string;

  @Field()
  venue: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => MeetingStatus)
  status: MeetingStatus;
}
