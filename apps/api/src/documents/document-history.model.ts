import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Disposition, DocumentDecision } from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import './document-enums';

@ObjectType('VersionChanges', { description: 'How a version differs from the one before it.' })
export class VersionChangesModel {
  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  removed: number;
}

@ObjectType('DocumentHistoryEntry', {
  description: 'One audited step: who, when, from → to, and what it recorded, for the history to tell in words.',
})
export class DocumentHistoryEntryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. "round.opened", "comments.disposed", "document.status_changed".' })
  action: string;

  @Field(() => String, { nullable: true })
  fromState: string | null;

  @Field(() => String, { nullable: true })
  toState: string | null;

  @Field(() => Date)
  at: Date;

  actorPersonId: string | null;

  @Field(() => Int, { nullable: true, description: 'The round the step concerns.' })
  roundNumber: number | null;

  @Field(() => Int, { nullable: true, description: 'The version circulated, finalised or submitted.' })
  versionNumber: number | null;

  @Field(() => Date, { nullable: true, description: 'When the round opened in this step closes.' })
  closesAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Comments disposed of in the step.' })
  commentCount: number | null;

  @Field(() => Disposition, { nullable: true, description: 'The disposition they were given.' })
  disposition: Disposition | null;

  @Field(() => Int, { nullable: true, description: 'Drafters named in the step.' })
  drafterCount: number | null;

  @Field(() => DocumentDecision, { nullable: true })
  decision: DocumentDecision | null;

  @Field(() => String, { nullable: true, description: 'The body submitted to, or whose decision was recorded.' })
  bodyName: string | null;

  @Field(() => String, { nullable: true })
  guidance: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The meeting of the body that decided.' })
  meetingDate: string | null;

  @Field(() => String, { nullable: true })
  meetingReference: string | null;

  @Field(() => VersionChangesModel, {
    nullable: true,
    description: 'What changed in the version since the one before.',
  })
  changes: VersionChangesModel | null;

  @Field(() => Int, { nullable: true, description: 'Institutions a publication was sent to.' })
  sentToOrganizations: number | null;

  @Field(() => Int, { nullable: true, description: 'Experts a publication was sent to in person.' })
  sentToPeople: number | null;
}
