import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgendaItemKind } from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import type { AgendaLayout, AgendaLayoutDay, AgendaLayoutItem, AgendaLayoutPerson } from './agenda-layout';

@ObjectType('AgendaLayoutPerson')
export class AgendaLayoutPersonModel implements AgendaLayoutPerson {
  @Field({ description: '"Chair", "Presenter", "Speaker", "Discussant".' })
  role: string;

  @Field({ description: "The name as the meeting's agenda writes it, honorific first." })
  name: string;

  @Field(() => String, { nullable: true })
  affiliation: string | null;
}

@ObjectType('AgendaLayoutItem')
export class AgendaLayoutItemModel implements AgendaLayoutItem {
  @Field()
  id: string;

  @Field(() => AgendaItemKind)
  kind: AgendaItemKind;

  @Field(() => Int, { nullable: true, description: 'Sessions are numbered through the agenda; breaks are not.' })
  number: number | null;

  @Field({ description: '"09:00–09:30" on the venue’s clock.' })
  times: string;

  @Field()
  title: string;

  @Field({ description: 'A break or a meal, set plainly.' })
  plain: boolean;

  @Field(() => [String])
  subItems: string[];

  @Field(() => [AgendaLayoutPersonModel])
  people: AgendaLayoutPersonModel[];
}

@ObjectType('AgendaLayoutDay')
export class AgendaLayoutDayModel implements AgendaLayoutDay {
  @Field(() => LocalDateScalar)
  date: string;

  @Field()
  heading: string;

  @Field(() => [AgendaLayoutItemModel])
  items: AgendaLayoutItemModel[];
}

@ObjectType('AgendaLayout', {
  description: 'The agenda as it is printed: the same lines as its PDF and Word file.',
})
export class AgendaLayoutModel implements AgendaLayout {
  @Field(() => String, { nullable: true })
  symbol: string | null;

  @Field(() => String, { nullable: true })
  dateLine: string | null;

  @Field(() => [String])
  organizers: string[];

  @Field()
  title: string;

  @Field()
  placeAndDates: string;

  @Field({ description: '"Provisional agenda" until adopted, then "Agenda".' })
  heading: string;

  @Field()
  zoneNote: string;

  @Field(() => [AgendaLayoutDayModel])
  days: AgendaLayoutDayModel[];
}
