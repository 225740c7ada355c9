import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { AgendaNameStyle, Confidentiality, MeetingKind, MeetingStatus, Track } from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType()
export class CreateMeetingInput {
  @Field()
  title: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => Track)
  track: Track;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field()
  timeZone: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => [ID], {
    description: 'Convening organizations, in the order to list them. You must convene for at least one.',
  })
  organizerIds: string[];

  @Field(() => ID, { nullable: true })
  hostId?: string | null;
  @Field(() => String, { nullable: true })
  background?: string | null;

  @Field(() => [String], { nullable: true, description: 'The numbered objectives, in order.' })
  objectives?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Categories of institutions experts are invited from.' })
  participantCategories?: string[] | null;

  @Field(() => Confidentiality, { nullable: true })
  confidentiality?: Confidentiality | null;

  @Field(() => Int, { nullable: true, description: "Its place in a study group's series of meetings." })
  sequenceNumber?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Entered after it took place: nobody is sent an invitation; attendance is recorded instead.',
  })
  recordedAfterTheFact?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The document symbol of the agenda, e.g. ESCAP/EGM/2019/1.' })
  agendaSymbol?: string | null;

  @Field(() => String, { nullable: true, description: 'The line under the symbol, usually the date of issue.' })
  agendaDateLine?: string | null;

  @Field(() => AgendaNameStyle, {
    nullable: true,
    description: 'How the agenda writes names; romanised with native by default.',
  })
  agendaNameStyle?: AgendaNameStyle | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the agenda prints affiliations after the names.' })
  agendaAffiliations?: boolean | null;
}

@InputType()
export class UpdateMeetingInput extends PartialType(OmitType(CreateMeetingInput, ['recordedAfterTheFact'] as const)) {
  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; a newer one on the server refuses the change.',
  })
  version?: number | null;
}

@InputType()
export class ChangeMeetingStatusInput {
  @Field(() => MeetingStatus, { description: 'The status the meeting is in now, as the caller saw it.' })
  from: MeetingStatus;

  @Field(() => MeetingStatus)
  to: MeetingStatus;
}
