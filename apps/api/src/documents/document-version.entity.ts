import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { DocumentEntity } from './document.entity';

/**
 * One version of a document. The working version (frozen_at null) is the one the co-chairs edit;
 * circulating or finalising freezes it for good, and the next edits go into a new working version.
 */
@Entity({ name: 'document_versions' })
@Unique('document_versions_document_number_key', ['documentId', 'number'])
@Index('document_versions_one_working_idx', ['documentId'], { unique: true, where: 'frozen_at IS NULL' })
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_versions_document_id_fkey' })
  document?: DocumentEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'frozen_at', type: 'timestamptz', nullable: true })
  frozenAt: Date | null;

  /** Whether freezing made it the final text (rather than a version circulated for comment). */
  @Column({ name: 'is_final', type: 'boolean', default: false })
  isFinal: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
