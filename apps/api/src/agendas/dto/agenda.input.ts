import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AgendaItemKind, AgendaSpeakerRole } from '@plenary/shared';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType({
  description: 'Someone from the directory (personId), or a name written before anyone is invited (name, e.g. "TBC").',
})
export class AgendaSpeakerInput {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

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

  @Field(() => ID, { nullable: true, description: 'A person from the directory, invited yet or not.' })
  chairId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A chair named before anyone is invited: a name as the agenda prints it, or "TBC". Not with chairId.',
  })
  chairName?: string | null;

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

@InputType()
export class CopyAgendaInput {
  @Field(() => ID, { description: 'The meeting whose agenda is filled in.' })
  meetingId: string;

  @Field(() => ID, { description: 'An earlier meeting of the same study group, whose agenda is copied.' })
  fromMeetingId: string;
}
