import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AddresseeKind, IssueArea, ParagraphKind } from '@plenary/shared';
import { PersonEntity } from '../people/person.entity';
import { DocumentEntity } from './document.entity';
import { DocumentVersionEntity } from './document-version.entity';

/**
 * The identity of a paragraph, which lasts across versions: comments anchor to it. A paragraph
 * merged into another points at it, so its comments follow the merged text.
 */
@Entity({ name: 'paragraphs' })
export class ParagraphEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('paragraphs_document_id_idx')
  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'paragraphs_document_id_fkey' })
  document?: DocumentEntity;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => ParagraphEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'paragraphs_merged_into_id_fkey' })
  mergedInto?: ParagraphEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export interface Addressee {
  kind: AddresseeKind;
  /** The named body, for NAMED_BODY. */
  organizationId: string | null;
}

/** A paragraph as it reads in one version. Rows of frozen versions never change. */
@Entity({ name: 'version_paragraphs' })
@Index('version_paragraphs_paragraph_id_idx', ['paragraphId'])
export class VersionParagraphEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'version_paragraphs_version_id_fkey' })
  version?: DocumentVersionEntity;

  @PrimaryColumn({ name: 'paragraph_id', type: 'uuid' })
  paragraphId: string;

  @ManyToOne(() => ParagraphEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paragraph_id', foreignKeyConstraintName: 'version_paragraphs_paragraph_id_fkey' })
  paragraph?: ParagraphEntity;

  /** Order in the version, from 0; the printed number is derived from it (see numberParagraphs). */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: ParagraphKind;

  /** Sanitised HTML: emphasis, lists and links only. */
  @Column({ type: 'text', default: '' })
  html: string;

  /** The same text without markup, for comparison, quoting, search and plain exports. */
  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  addressees: Addressee[];

  @Column({ name: 'issue_areas', type: 'text', array: true, default: () => "'{}'" })
  issueAreas: IssueArea[];

  /** Counts saves of this paragraph in this version; a save from an older revision is a conflict. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'version_paragraphs_updated_by_id_fkey' })
  updatedBy?: PersonEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
