import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { CommitteeRole, StudyGroupRole, StudyGroupStatus } from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType()
export class StudyGroupPrincipleInput {
  @Field()
  name: string;

  @Field()
  description: string;
}

@InputType()
export class CreateStudyGroupInput {
  @Field()
  title: string;

  @Field(() => ID, { description: 'The council that runs the group; you must be on its secretariat.' })
  councilId: string;

  @Field(() => ID, { nullable: true, description: 'The body the group reports to, e.g. the Steering Committee.' })
  reportsToId?: string | null;

  @Field(() => String, { nullable: true })
  background?: string | null;

  @Field(() => [String], { nullable: true, description: 'The objectives in order, without their (a), (b) labels.' })
  objectives?: string[] | null;

  @Field(() => [StudyGroupPrincipleInput], { nullable: true })
  principles?: StudyGroupPrincipleInput[] | null;

  @Field(() => [String], { nullable: true })
  anticipatedOutputs?: string[] | null;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => [ID], { description: 'The member committees that co-chair the group, in order.' })
  coChairCommitteeIds: string[];

  @Field(() => [ID], { nullable: true, description: 'The other participating member committees, in order.' })
  participatingCommitteeIds?: string[] | null;
}

/** The council and committees are changed by their own mutations, not by an edit of the details. */
@InputType()
export class UpdateStudyGroupInput extends PartialType(
  OmitType(CreateStudyGroupInput, ['councilId', 'coChairCommitteeIds', 'participatingCommitteeIds'] as const),
) {
  @Field(() => Int, { description: 'The version you edited; a newer one refuses with VERSION_CONFLICT.' })
  version: number;
}

@InputType()
export class ChangeStudyGroupStatusInput {
  @Field(() => StudyGroupStatus, { description: 'The status you saw; a different current one is refused.' })
  from: StudyGroupStatus;

  @Field(() => StudyGroupStatus)
  to: StudyGroupStatus;
}

@InputType()
export class SetStudyGroupCommitteeInput {
  @Field(() => ID)
  studyGroupId: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => CommitteeRole)
  role: CommitteeRole;
}

@InputType()
export class AddStudyGroupMemberInput {
  @Field(() => ID)
  studyGroupId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => StudyGroupRole)
  role: StudyGroupRole;

  @Field(() => ID, {
    nullable: true,
    description: 'The member committee the person speaks for; required for focal points.',
  })
  representingId?: string | null;
}

@InputType()
export class SubGroupInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  mandate?: string | null;

  @Field(() => [ID], { description: 'Its members, who must be members of the study group.' })
  memberIds: string[];
}

@InputType()
export class MeetingPlanInput {
  @Field(() => ID, { nullable: true, description: 'The member committee hosting it.' })
  hostId?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => LocalDateScalar, { description: 'Any day of the month it is expected in.' })
  expectedMonth: string;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  planId: string;

  @Field(() => String, { nullable: true, description: 'Defaults to "Third Meeting of the <study group>".' })
  title?: string | null;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the planned city.' })
  city?: string | null;

  @Field()
  timeZone: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;
}
