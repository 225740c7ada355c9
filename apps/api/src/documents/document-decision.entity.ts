import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentDecision } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DocumentEntity } from './document.entity';
import { DocumentVersionEntity } from './document-version.entity';

/** What the body a document was submitted to decided about one final version. */
@Entity({ name: 'document_decisions' })
export class DocumentDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('document_decisions_document_id_idx')
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_decisions_document_id_fkey' })
  document?: DocumentEntity;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'document_decisions_version_id_fkey' })
  version?: DocumentVersionEntity;

  @Column({ type: 'text' })
  decision: DocumentDecision;

  /** The body's guidance when it returns a document for revision. */
  @Column({ type: 'text', default: '' })
  guidance: string;

  /** What else the body said with its decision, as its minutes record it. */
  @Column({ type: 'text', default: '' })
  note: string;

  /** The day the body met and decided; null for decisions recorded before it was asked. */
  @Column({ name: 'meeting_date', type: 'date', nullable: true })
  meetingDate: string | null;

  /** How the body's papers name that meeting or its minute: "SC 35, item 4". */
  @Column({ name: 'meeting_reference', type: 'text', default: '' })
  meetingReference: string;

  /** Who recorded the decision in Plenary, for the body. */
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'document_decisions_decided_by_id_fkey' })
  decidedBy?: PersonEntity;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;
}

/** An institution or expert a published document is sent to. */
@Entity({ name: 'document_disseminations' })
@Check('document_disseminations_one_recipient_check', '(organization_id IS NULL) <> (person_id IS NULL)')
export class DocumentDisseminationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('document_disseminations_document_id_idx')
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_disseminations_document_id_fkey' })
  document?: DocumentEntity;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'document_disseminations_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'document_disseminations_person_id_fkey' })
  person?: PersonEntity;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
