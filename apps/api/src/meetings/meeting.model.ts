import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AgendaNameStyle,
  Confidentiality,
  MeetingKind,
  MeetingRole,
  MeetingStatus,
  meetingStatusMachine,
  Track,
} from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { MeetingEntity } from './meeting.entity';

registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(Track, { name: 'Track' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(MeetingRole, { name: 'MeetingRole' });
registerEnumType(Confidentiality, { name: 'Confidentiality' });
registerEnumType(AgendaNameStyle, { name: 'AgendaNameStyle' });

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => Track)
  track: Track;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the venue, e.g. KR.' })
  country: string | null;

  @Field({ description: 'IANA time zone of the venue, e.g. Asia/Seoul.' })
  timeZone: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  background: string | null;

  @Field(() => [String], { description: 'The numbered objectives, in order.' })
  objectives: string[];

  @Field(() => [String], { description: 'Categories of institutions experts are invited from, in order.' })
  participantCategories: string[];

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => Int, { nullable: true, description: "Its place in a study group's series: 3 for the third meeting." })
  sequenceNumber: number | null;

  @Field({ description: 'Entered after it took place: nobody is sent an invitation; attendance is recorded.' })
  recordedAfterTheFact: boolean;

  @Field(() => String, { nullable: true, description: 'The document symbol of the agenda, e.g. ESCAP/EGM/2019/1.' })
  agendaSymbol: string | null;

  @Field(() => String, { nullable: true, description: 'The line under the symbol, usually the date of issue.' })
  agendaDateLine: string | null;

  @Field(() => AgendaNameStyle, { description: 'How the agenda writes the names of chairs and speakers.' })
  agendaNameStyle: AgendaNameStyle;

  @Field({ description: 'Whether the agenda prints affiliations after the names.' })
  agendaAffiliations: boolean;

  @Field(() => [MeetingStatus], { description: 'The statuses the meeting may move to next.' })
  nextStatuses: MeetingStatus[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, {
    description: 'Increases with every change; send it back to updateMeeting to avoid overwriting a newer edit.',
  })
  version: number;

  hostId: string | null;
  studyGroupId: string | null;
  calendarToken: string;
}

export function toMeetingModel(entity: MeetingEntity): MeetingModel {
  return {
    id: entity.id,
    title: entity.title,
    kind: entity.kind,
    track: entity.track,
    venue: entity.venue,
    city: entity.city,
    country: entity.country,
    timeZone: entity.timeZone,
    startDate: entity.startDate,
    endDate: entity.endDate,
    status: entity.status,
    background: entity.background,
    objectives: entity.objectives,
    participantCategories: entity.participantCategories,
    confidentiality: entity.confidentiality,
    sequenceNumber: entity.sequenceNumber,
    recordedAfterTheFact: entity.recordedAfterTheFact,
    agendaSymbol: entity.agendaSymbol,
    agendaDateLine: entity.agendaDateLine,
    agendaNameStyle: entity.agendaNameStyle,
    agendaAffiliations: entity.agendaAffiliations,
    nextStatuses: [...meetingStatusMachine.next(entity.status)],
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    version: entity.version,
    hostId: entity.hostId,
    studyGroupId: entity.studyGroupId,
    calendarToken: entity.calendarToken,
  };
}
