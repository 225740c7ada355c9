import { Field, ID, InputType } from '@nestjs/graphql';
import { InvitationState, MeetingRole } from '@plenary/shared';

@InputType({ description: 'Someone not yet in the directory.' })
export class NewPersonInput {
  @Field({ description: 'As the person writes it, in any script.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Family name first, in Latin script; defaults to the name.' })
  sortName?: string | null;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  honorific?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  affiliationId?: string | null;
}

@InputType()
export class InviteParticipantInput {
  @Field(() => ID, { nullable: true, description: 'Someone in the directory; or give newPerson.' })
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true })
  newPerson?: NewPersonInput | null;

  @Field(() => MeetingRole)
  role: MeetingRole;

  @Field(() => ID, { nullable: true, description: 'The organization or member committee they represent here.' })
  representingId?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the meeting’s participant categories.' })
  category?: string | null;

  @Field({ defaultValue: false })
  travelSupport: boolean;
}

@InputType()
export class UpdateParticipationInput {
  @Field(() => MeetingRole, { nullable: true })
  role?: MeetingRole | null;

  @Field(() => ID, { nullable: true })
  representingId?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Boolean, { nullable: true })
  travelSupport?: boolean | null;
}

@InputType()
export class RespondToInvitationInput {
  @Field()
  token: string;

  @Field(() => InvitationState, { description: 'ACCEPTED, TENTATIVE or DECLINED.' })
  response: InvitationState;
}
