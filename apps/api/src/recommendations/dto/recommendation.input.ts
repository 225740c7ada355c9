import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AddresseeKind, IssueArea, RecommendationStatus } from '@plenary/shared';
import { AddresseeInput } from '../../documents/dto/paragraph.input';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType({ description: 'The dashboard’s filters; each is optional and they combine.' })
export class RecommendationFilterInput {
  @Field(() => ID, { nullable: true, description: 'From the group’s documents and its meetings’.' })
  studyGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  documentId?: string | null;

  @Field(() => AddresseeKind, { nullable: true })
  addressee?: AddresseeKind | null;

  @Field(() => ID, { nullable: true, description: 'A named body addressed.' })
  addresseeOrganizationId?: string | null;

  @Field(() => IssueArea, { nullable: true })
  issueArea?: IssueArea | null;

  @Field(() => RecommendationStatus, { nullable: true })
  status?: RecommendationStatus | null;

  @Field(() => Int, { nullable: true, description: 'The year it was adopted.' })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open recommendations whose follow-up date has passed.' })
  overdue?: boolean | null;
}

@InputType()
export class AddRecommendationInput {
  @Field(() => ID, { description: 'The secretariat that follows it up; you must be on its staff.' })
  responsibleId: string;

  @Field({ description: 'The output it comes from, as people cite it.' })
  sourceTitle: string;

  @Field(() => String, { nullable: true, description: 'Where that output can be read.' })
  sourceUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its number in the source ("Recommendation 7").' })
  number?: number | null;

  @Field()
  text: string;

  @Field(() => [AddresseeInput], { nullable: true })
  addressees?: AddresseeInput[] | null;

  @Field(() => [IssueArea], { nullable: true })
  issueAreas?: IssueArea[] | null;

  @Field(() => LocalDateScalar)
  adoptedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  nextFollowUpOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The study group it came out of, if any.' })
  studyGroupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it came out of, if any.' })
  meetingId?: string | null;
}

@InputType()
export class ChangeRecommendationStatusInput {
  @Field(() => ID)
  recommendationId: string;

  @Field(() => RecommendationStatus)
  status: RecommendationStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it happened; today if not given.' })
  occurredOn?: string | null;

  @Field({ description: 'What happened, in a sentence or two.' })
  note: string;

  @Field(() => String, { nullable: true, description: 'A link to the evidence.' })
  evidenceUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'A file uploaded to POST /recommendations/:id/files.' })
  evidenceFileId?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The next follow-up date; null clears it; left out, it stays (and is cleared when the move ends the follow-up).',
  })
  nextFollowUpOn?: string | null;
}
