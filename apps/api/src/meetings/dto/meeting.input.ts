import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MeetingKind, Track } from '@plenary/shared';
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
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; a newer one on the server refuses the change.',
  })
  version?: number | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind | null;

  @Field(() => Track, { nullable: true })
  track?: Track | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => [ID], { nullable: true })
  organizerIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  hostId?: string | null;
}
