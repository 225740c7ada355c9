import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AgendaItemKind, AgendaSpeakerRole } from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType()
export class AgendaSpeakerInput {
  @Field(() => ID)
  personId: string;

  @Field(() => AgendaSpeakerRole)
  role: AgendaSpeakerRole;
}

@InputType({ description: "An agenda item as the organiser enters it, with times on the venue's clock." })
export class AgendaItemInput {
  @Field(() => AgendaItemKind)
  kind: AgendaItemKind;

  @Field({ description: 'The numbered title as printed: "Session 1: Setting the Scene – …".' })
  title: string;

  @Field({ description: 'HH:MM in the meeting’s time zone.' })
  startTime: string;

  @Field({ description: 'HH:MM in the meeting’s time zone; after the start.' })
  endTime: string;

  @Field(() => [String], { defaultValue: [], description: 'The bullets under the item, in order.' })
  subItems: string[];

  @Field(() => ID, { nullable: true })
  chairId?: string | null;

  @Field(() => [AgendaSpeakerInput], { defaultValue: [] })
  speakers: AgendaSpeakerInput[];

  @Field(() => [ID], { defaultValue: [], description: 'Papers already uploaded to the meeting.' })
  paperIds: string[];
}

@InputType()
export class AddAgendaItemInput extends AgendaItemInput {
  @Field(() => ID)
  dayId: string;
}

@InputType()
export class MoveAgendaItemInput {
  @Field(() => ID, { description: 'Its own day, or another day, where it keeps its clock times.' })
  dayId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Its new place in its own day, from 0; left out for a move to another day, where its times place it.',
  })
  position?: number | null;
}

@InputType()
export class AddAgendaDayInput {
  @Field(() => ID)
  meetingId: string;

  @Field(() => LocalDateScalar)
  date: string;
}
