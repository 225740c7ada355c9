import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentDecision, DocumentKind, DocumentStatus } from '@plenary/shared';
import { LocalDateScalar } from '../graphql/scalars';
import './document-enums';
import type { DocumentDecisionEntity } from './document-decision.entity';
import type { DocumentEntity } from './document.entity';
import type { DocumentVersionEntity } from './document-version.entity';

export const DocumentEventKind = {
  CHANGED: 'CHANGED',
  PRESENCE: 'PRESENCE',
  PARAGRAPH: 'PARAGRAPH',
  COMMENT: 'COMMENT',
  ROUND: 'ROUND',
  VERSION: 'VERSION',
} as const;
registerEnumType(DocumentEventKind, {
  name: 'DocumentEventKind',
  valuesMap: {
    CHANGED: { description: 'Anything may have changed: reload the document.' },
    PRESENCE: { description: 'Where a co-chair is editing.' },
    PARAGRAPH: { description: 'The text, kind or order of paragraphs of a version changed.' },
    COMMENT: { description: 'A comment or its disposition changed: reload those paragraphs’ comments and counts.' },
    ROUND: { description: 'A recipient responded to a round.' },
    VERSION: {
      description:
        'A step of the workflow: a version circulated, a round opened or closed, the text finalised, submitted, decided or published.',
    },
  },
});

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

  @Field(() => ID, { nullable: true, description: 'The version whose text or comments changed.' })
  versionId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The paragraphs (stable ids) whose text, kind or comments changed; absent when paragraphs were added, removed or moved (reload the version’s paragraphs).',
  })
  paragraphIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The comment posted, changed, withdrawn or disposed of.' })
  commentId?: string | null;

  @Field(() => ID, { nullable: true })
  roundId?: string | null;
}
