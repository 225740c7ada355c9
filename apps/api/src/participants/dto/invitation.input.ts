import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({
  description: 'The letter invitations are written from; {meeting}, {dates}, {venue} and {role} are filled in.',
})
export class InvitationLetterInput {
  @Field()
  subject: string;

  @Field({ description: 'What follows "Dear …," (the salutation is written for each person).' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Travel, accommodation, visas.' })
  logistics?: string | null;

  @Field({ description: 'The lines it is signed with: the office, or the officer and their title.' })
  signature: string;

  @Field({ description: 'Link the agenda, in Plenary and as a PDF.' })
  linkAgenda: boolean;

  @Field({ description: 'Link the meeting’s concept note, when it has one.' })
  linkConceptNote: boolean;

  @Field(() => Int, { description: 'The version edited (0 for the default letter); a newer one refuses the save.' })
  version: number;
}
