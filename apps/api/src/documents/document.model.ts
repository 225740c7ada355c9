import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AddresseeKind,
  AttributionMode,
  CommentKind,
  Disposition,
  DocumentDecision,
  DocumentKind,
  DocumentStatus,
  IssueArea,
  ParagraphKind,
  RecipientResponse,
  RoundStatus,
} from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import { DiffSegmentModel } from '../reports/report.model';
import { VersionChangesModel } from './circulation.model';
import './document-enums';
import type { CommentView, RemovedParagraph } from './document-loaders';
import type { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import type { DocumentDecisionEntity } from './document-decision.entity';
import type { DocumentEntity } from './document.entity';
import type { DocumentVersionEntity } from './document-version.entity';
import type { VersionParagraphEntity } from './paragraph.entity';

export const ParagraphChange = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
  UNCHANGED: 'UNCHANGED',
} as const;
export const DocumentEventKind = { CHANGED: 'CHANGED', PRESENCE: 'PRESENCE' } as const;
registerEnumType(ParagraphChange, { name: 'ParagraphChange' });
registerEnumType(DocumentEventKind, { name: 'DocumentEventKind' });

@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field()
  title: string;

  @Field(() => DocumentStatus)
  status: DocumentStatus;

  studyGroupId: string | null;
  meetingId: string | null;
  submittedToId: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export function toDocumentModel(entity: DocumentEntity): DocumentModel {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    status: entity.status,
    studyGroupId: entity.studyGroupId,
    meetingId: entity.meetingId,
    submittedToId: entity.submittedToId,
    submittedAt: entity.submittedAt,
    publishedAt: entity.publishedAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

@ObjectType('DocumentVersion')
export class DocumentVersionModel {
  @Field(() => ID)
  id: string;

  documentId: string;

  @Field(() => Int)
  number: number;

  @Field(() => Boolean, { description: 'The version the co-chairs are editing; the others are frozen.' })
  isWorking: boolean;

  @Field(() => Boolean, { description: 'The final text, as finalised.' })
  isFinal: boolean;

  @Field(() => Date, { nullable: true })
  frozenAt: Date | null;
}

export function toDocumentVersionModel(entity: DocumentVersionEntity): DocumentVersionModel {
  return {
    id: entity.id,
    documentId: entity.documentId,
    number: entity.number,
    isWorking: !entity.frozenAt,
    isFinal: entity.isFinal,
    frozenAt: entity.frozenAt,
  };
}

@ObjectType('Addressee')
export class AddresseeModel {
  @Field(() => AddresseeKind)
  kind: AddresseeKind;

  organizationId: string | null;
}

@ObjectType('Paragraph', { description: 'A paragraph as it reads in one version.' })
export class ParagraphModel {
  @Field(() => ID, { description: 'The paragraph in this version (version and paragraph).' })
  id: string;

  @Field(() => ID, { description: 'The paragraph’s identity, the same in every version.' })
  paragraphId: string;

  documentId: string;
  versionId: string;

  @Field(() => ParagraphKind)
  kind: ParagraphKind;

  @Field(() => Int, { nullable: true, description: 'The printed number; headings have none.' })
  number: number | null;

  @Field(() => Int, { nullable: true, description: '"Recommendation 7": the running number among recommendations.' })
  recommendationNumber: number | null;

  @Field({ description: 'Sanitised HTML: emphasis, lists and links.' })
  html: string;

  @Field({ description: 'The text without markup.' })
  text: string;

  @Field(() => [AddresseeModel])
  addressees: AddresseeModel[];

  @Field(() => [IssueArea])
  issueAreas: IssueArea[];

  @Field(() => Int, { description: 'Counts saves in this version; send it back as baseRevision.' })
  revision: number;

  updatedById: string | null;

  @Field(() => Date)
  updatedAt: Date;
}

export function toParagraphModels(documentId: string, rows: VersionParagraphEntity[]): ParagraphModel[] {
  let number = 0;
  let recommendation = 0;
  return rows.map((p) => ({
    id: `${p.versionId}:${p.paragraphId}`,
    paragraphId: p.paragraphId,
    documentId,
    versionId: p.versionId,
    kind: p.kind,
    number: p.kind === ParagraphKind.HEADING ? null : ++number,
    recommendationNumber: p.kind === ParagraphKind.RECOMMENDATION ? ++recommendation : null,
    html: p.html,
    text: p.text,
    addressees: p.addressees.map((a) => ({ kind: a.kind, organizationId: a.organizationId })),
    issueAreas: p.issueAreas,
    revision: p.revision,
    updatedById: p.updatedById,
    updatedAt: p.updatedAt,
  }));
}

@ObjectType('ParagraphThen', { description: 'A paragraph as it read in the version a comment was made on.' })
export class ParagraphThenModel {
  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field()
  text: string;
}

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  roundId: string;

  @Field(() => Int)
  roundNumber: number;

  @Field(() => ID, { description: 'The paragraph it was made on (its identity).' })
  paragraphId: string;

  @Field(() => ParagraphThenModel)
  paragraphThen: ParagraphThenModel;

  @Field(() => Boolean, {
    description: 'Whether the paragraph reads differently in the version being viewed than when commented on.',
  })
  changedSince: boolean;

  @Field(() => String, { nullable: true })
  quote: string | null;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field()
  body: string;

  @Field(() => Boolean, { description: 'Whether you see who wrote it; false in a non-attributed round.' })
  attributed: boolean;

  /** Null when the viewer may not see names. */
  authorId: string | null;
  speaksForId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Made in personal capacity; null when not attributed.' })
  personalCapacity: boolean | null;

  @Field(() => Boolean)
  viewerIsAuthor: boolean;

  @Field(() => Disposition, { nullable: true })
  disposition: Disposition | null;

  @Field()
  reply: string;

  @Field(() => ID, { nullable: true, description: 'The paragraph whose change answers the comment.' })
  answeredByParagraphId: string | null;

  @Field(() => Date, { nullable: true })
  disposedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export function toCommentModel(view: CommentView, viewerPersonId: string | null): CommentModel {
  const { comment, round } = view;
  return {
    id: comment.id,
    roundId: round.id,
    roundNumber: round.number,
    paragraphId: comment.paragraphId,
    paragraphThen: view.paragraphThen,
    changedSince: view.changedSince,
    quote: comment.quote,
    kind: comment.kind,
    body: comment.body,
    attributed: view.attributed,
    authorId: view.attributed ? comment.authorId : null,
    speaksForId: view.attributed ? comment.speaksForId : null,
    personalCapacity: view.attributed ? comment.speaksForId === null : null,
    viewerIsAuthor: comment.authorId === viewerPersonId,
    disposition: comment.disposition,
    reply: comment.reply,
    answeredByParagraphId: comment.answeredById,
    disposedAt: comment.disposedAt,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
  };
}

@ObjectType('RemovedParagraph', { description: 'Text no longer in this version that was commented on.' })
export class RemovedParagraphModel {
  @Field(() => ID)
  paragraphId: string;

  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field()
  text: string;

  @Field(() => [CommentModel])
  comments: CommentModel[];
}

export function toRemovedParagraphModel(
  removed: RemovedParagraph,
  viewerPersonId: string | null,
): RemovedParagraphModel {
  return {
    paragraphId: removed.paragraphId,
    number: removed.number,
    text: removed.text,
    comments: removed.comments.map((c) => toCommentModel(c, viewerPersonId)),
  };
}

@ObjectType('RoundRecipient')
export class RoundRecipientModel {
  @Field(() => ID)
  id: string;

  roundId: string;
  organizationId: string | null;
  personId: string | null;
  respondedById: string | null;

  @Field(() => RecipientResponse)
  response: RecipientResponse;

  @Field()
  responseNote: string;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}

export function toRoundRecipientModel(entity: RoundRecipientEntity): RoundRecipientModel {
  return {
    id: entity.id,
    roundId: entity.roundId,
    organizationId: entity.organizationId,
    personId: entity.personId,
    respondedById: entity.respondedById,
    response: entity.response,
    responseNote: entity.responseNote,
    respondedAt: entity.respondedAt,
  };
}

@ObjectType('CommentRound')
export class CommentRoundModel {
  @Field(() => ID)
  id: string;

  documentId: string;
  versionId: string;
  closedById: string | null;

  @Field(() => Int)
  number: number;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;

  @Field()
  instructions: string;

  @Field(() => AttributionMode)
  attribution: AttributionMode;

  @Field(() => RoundStatus)
  status: RoundStatus;

  @Field(() => Boolean, { description: 'Accepting comments now: open, and between its opening and closing times.' })
  acceptingComments: boolean;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Boolean, { description: 'Closed by itself at the deadline rather than by a co-chair.' })
  closedAtDeadline: boolean;
}

export function toCommentRoundModel(entity: CommentRoundEntity): CommentRoundModel {
  const now = Date.now();
  return {
    id: entity.id,
    documentId: entity.documentId,
    versionId: entity.versionId,
    closedById: entity.closedById,
    number: entity.number,
    opensAt: entity.opensAt,
    closesAt: entity.closesAt,
    instructions: entity.instructions,
    attribution: entity.attribution,
    status: entity.status,
    acceptingComments:
      entity.status === RoundStatus.OPEN && entity.opensAt.getTime() <= now && entity.closesAt.getTime() > now,
    closedAt: entity.closedAt,
    closedAtDeadline: entity.status === RoundStatus.CLOSED && !entity.closedById,
  };
}

@ObjectType('DocumentDecisionRecord', { description: 'What the body decided about a final version, at which meeting.' })
export class DocumentDecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentDecision)
  decision: DocumentDecision;

  @Field({ description: 'What to revise, when the text was returned.' })
  guidance: string;

  @Field({ description: 'Anything else the body said with its decision.' })
  note: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the body met and decided; null for decisions recorded before Plenary asked.',
  })
  meetingDate: string | null;

  @Field({ description: 'How the body’s papers name that meeting or its minute.' })
  meetingReference: string;

  @Field(() => Date, { description: 'When the decision was recorded in Plenary.' })
  decidedAt: Date;

  decidedById: string | null;
  versionId: string;
}

export function toDocumentDecisionModel(entity: DocumentDecisionEntity): DocumentDecisionModel {
  return {
    id: entity.id,
    decision: entity.decision,
    guidance: entity.guidance,
    note: entity.note,
    meetingDate: entity.meetingDate,
    meetingReference: entity.meetingReference,
    decidedAt: entity.decidedAt,
    decidedById: entity.decidedById,
    versionId: entity.versionId,
  };
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

@ObjectType('ParagraphComparison')
export class ParagraphComparisonModel {
  @Field(() => ID)
  paragraphId: string;

  @Field(() => ParagraphKind)
  kind: ParagraphKind;

  @Field(() => Int, { nullable: true })
  number: number | null;

  @Field(() => ParagraphChange)
  change: keyof typeof ParagraphChange;

  @Field(() => [DiffSegmentModel])
  segments: DiffSegmentModel[];
}

@ObjectType('DocumentComparison')
export class DocumentComparisonModel {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;

  @Field(() => [ParagraphComparisonModel])
  paragraphs: ParagraphComparisonModel[];
}

@ObjectType('DocumentPresence')
export class DocumentPresenceModel {
  personId: string;

  @Field(() => ID, { nullable: true, description: 'The paragraph being edited; null when they stopped.' })
  paragraphId: string | null;
}

@ObjectType('DocumentEvent')
export class DocumentEventModel {
  @Field(() => ID)
  documentId: string;

  @Field(() => DocumentEventKind)
  kind: keyof typeof DocumentEventKind;

  @Field(() => DocumentPresenceModel, { nullable: true })
  presence: DocumentPresenceModel | null;
}
