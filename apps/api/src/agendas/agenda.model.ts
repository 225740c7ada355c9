import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgendaItemKind, AgendaSpeakerRole, AgendaWarningKind, toZoned } from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { AgendaDayEntity } from './agenda-day.entity';
import type { AgendaItemEntity } from './agenda-item.entity';

registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });
registerEnumType(AgendaSpeakerRole, { name: 'AgendaSpeakerRole' });
registerEnumType(AgendaWarningKind, { name: 'AgendaWarningKind' });

@ObjectType('AgendaDay')
export class AgendaDayModel {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateScalar)
  date: string;

  meetingId: string;
}

@ObjectType('AgendaSubItem')
export class AgendaSubItemModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => AgendaItemKind)
  kind: AgendaItemKind;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Order within the day, from 0.' })
  position: number;

  @Field({ description: 'When it starts, as an instant.' })
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: "HH:MM on the venue's clock." })
  startTime: string;

  @Field({ description: "HH:MM on the venue's clock." })
  endTime: string;

  @Field(() => String, {
    nullable: true,
    description: 'A chair named before anyone is invited (a name, or "TBC"), when no person from the directory is.',
  })
  chairName: string | null;

  dayId: string;
  chairId: string | null;
}

@ObjectType('AgendaSpeaker', {
  description:
    'A speaker, presenter or discussant: a person from the directory, or a name written before anyone is invited.',
})
export class AgendaSpeakerModel {
  @Field(() => AgendaSpeakerRole)
  role: AgendaSpeakerRole;

  @Field(() => String, {
    nullable: true,
    description: 'The name as written, when no person from the directory is named.',
  })
  name: string | null;

  personId: string | null;
}

@ObjectType('AgendaNamedPerson', {
  description: 'Someone the agenda names who is not yet on the list of participants.',
})
export class AgendaNamedPersonModel {
  @Field({ description: 'Named as a chair somewhere on the agenda (else only as a speaker).' })
  asChair: boolean;

  personId: string;
}

@ObjectType('AgendaWarning', { description: 'Something an organiser should look at; it does not stop a save.' })
export class AgendaWarningModel {
  @Field(() => AgendaWarningKind)
  kind: AgendaWarningKind;

  @Field(() => [ID], { description: 'The items concerned, in agenda order.' })
  itemIds: string[];

  @Field(() => ID, { nullable: true, description: 'Who is in two places at once.' })
  personId: string | null;

  @Field()
  message: string;
}

@ObjectType('AgendaChange', { description: 'A change made after the agenda was adopted.' })
export class AgendaChangeModel {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field()
  summary: string;

  actorUserId: string | null;
}

export function toAgendaDayModel(entity: AgendaDayEntity): AgendaDayModel {
  return { id: entity.id, date: entity.date, meetingId: entity.meetingId };
}

export function toAgendaItemModel(entity: AgendaItemEntity, timeZone: string): AgendaItemModel {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    position: entity.position,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    startTime: toZoned(entity.startsAt, timeZone).time,
    endTime: toZoned(entity.endsAt, timeZone).time,
    chairName: entity.chairName,
    dayId: entity.dayId,
    chairId: entity.chairId,
  };
}
