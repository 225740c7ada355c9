import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActionItemStatus, ReportStatus } from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType()
export class ReportSectionInput {
  @Field(() => ID, { nullable: true, description: 'The agenda session it summarises; omit for a free section.' })
  agendaItemId?: string | null;

  @Field()
  heading: string;

  @Field({ description: 'Paragraphs separated by blank lines.' })
  text: string;
}

@InputType()
export class SaveMeetingReportInput {
  @Field(() => ID)
  reportId: string;

  @Field(() => Int, {
    description: 'The revision you edited; if someone saved since, the save is refused with VERSION_CONFLICT.',
  })
  baseRevision: number;

  @Field({ description: 'The opening summary; the participation sentence is added to it, computed.' })
  summary: string;

  @Field(() => [ReportSectionInput])
  sections: ReportSectionInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Allow the report to name participants; reports are unattributed by default.',
  })
  attributionAllowed?: boolean | null;
}

@InputType()
export class ChangeMeetingReportStatusInput {
  @Field(() => ReportStatus, { description: 'The status you saw; a different current one is refused.' })
  from: ReportStatus;

  @Field(() => ReportStatus)
  to: ReportStatus;
}

@InputType()
export class ActionItemInput {
  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The person responsible; name a person, a committee, or both.' })
  ownerPersonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The committee or institution responsible.' })
  ownerOrganizationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: string | null;
}

@InputType()
export class ChangeActionItemStatusInput {
  @Field(() => ActionItemStatus)
  from: ActionItemStatus;

  @Field(() => ActionItemStatus)
  to: ActionItemStatus;
}
