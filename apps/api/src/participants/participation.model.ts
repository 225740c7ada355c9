import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InvitationState, MeetingRole, type MeetingStatus, ParticipantListStatus } from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { ParticipationEntity } from './participation.entity';

registerEnumType(InvitationState, { name: 'InvitationState' });
registerEnumType(ParticipantListStatus, { name: 'ParticipantListStatus' });

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

@ObjectType('InvitationLetter', {
  description: 'The e-mail the meeting’s invitations are written from. Organisers only.',
})
export class InvitationLetterModel {
  @Field()
  subject: string;

  @Field({ description: 'What follows the salutation; {meeting}, {dates}, {venue} and {role} are filled in.' })
  body: string;

  @Field()
  logistics: string;

  @Field()
  signature: string;

  @Field()
  linkAgenda: boolean;

  @Field()
  linkConceptNote: boolean;

  @Field(() => Int, { description: '0 while it is the default letter, never saved.' })
  version: number;

  @Field({ description: 'The subject as the first person not yet invited will read it.' })
  previewSubject: string;

  @Field({
    description:
      'The whole e-mail as the first person not yet invited will read it, personal links replaced by a marker.',
  })
  previewText: string;
}

@ObjectType('SendInvitationsResult')
export class SendInvitationsResultModel {
  @Field(() => [ParticipationModel], { description: 'Sent an invitation with a personal link to reply.' })
  sent: ParticipationModel[];

  @Field(() => [ParticipationModel], {
    description: 'Organisers and secretariat of the meeting: put down as attending, not asked to reply.',
  })
  notAsked: ParticipationModel[];
}

@ObjectType('ParticipantStatusCount', { description: 'How many on the list of participants have a status.' })
export class ParticipantStatusCountModel {
  @Field(() => ParticipantListStatus)
  status: ParticipantListStatus;

  @Field(() => Int)
  count: number;
}
