import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationState, MeetingRole, type MeetingStatus } from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { ParticipationEntity } from './participation.entity';

registerEnumType(InvitationState, { name: 'InvitationState' });

@ObjectType('Participation', { description: 'A person at a meeting.' })
export class ParticipationModel {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingRole)
  role: MeetingRole;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => InvitationState)
  state: InvitationState;

  @Field()
  travelSupport: boolean;

  @Field(() => Date, { nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  meetingId: string;
  personId: string;
  representingId: string | null;
}

export function toParticipationModel(entity: ParticipationEntity): ParticipationModel {
  return {
    id: entity.id,
    role: entity.role,
    category: entity.category,
    state: entity.state,
    travelSupport: entity.travelSupport,
    invitedAt: entity.invitedAt,
    respondedAt: entity.respondedAt,
    meetingId: entity.meetingId,
    personId: entity.personId,
    representingId: entity.representingId,
  };
}

@ObjectType({ description: 'What the personal invitation link shows, without signing in.' })
export class InvitationPreview {
  @Field()
  personName: string;

  @Field()
  meetingTitle: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field()
  venue: string;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field()
  timeZone: string;

  @Field(() => MeetingRole)
  role: MeetingRole;

  @Field(() => InvitationState)
  state: InvitationState;

  @Field({ description: 'Whether the person can still change their reply.' })
  open: boolean;

  @Field({ description: 'Whether the person has a Plenary account with a password.' })
  hasAccount: boolean;

  meetingStatus?: MeetingStatus;
}

@ObjectType('OutboxMessage', {
  description: 'An e-mail as Plenary sent it, or will send it, with personal links shown only to their recipient.',
})
export class OutboxMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  to: string;

  @Field(() => String, { nullable: true })
  toName: string | null;

  @Field()
  subject: string;

  @Field({ description: 'The text, each personal link (to reply, to set a password) replaced by a marker.' })
  body: string;

  @Field()
  kind: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

@ObjectType('ParticipantImportRow', { description: 'One row of a participant CSV as Plenary read it.' })
export class ParticipantImportRowModel {
  @Field(() => Int, { description: 'As a spreadsheet numbers it: the header is row 1.' })
  rowNumber: number;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => MeetingRole, { nullable: true })
  role: MeetingRole | null;

  @Field(() => [String], { description: 'Empty when the row can be imported.' })
  errors: string[];
}
