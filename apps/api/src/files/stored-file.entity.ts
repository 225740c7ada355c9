import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';

/**
 * A file kept by Plenary: a meeting's paper, or the evidence for a recommendation's follow-up.
 * Its owner is named by table, so that files depend on none of the features that keep them.
 */
@Entity({ name: 'files' })
@Check('files_one_owner_check', '(meeting_id IS NULL) <> (recommendation_id IS NULL)')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('files_meeting_id_idx')
  @ForeignKey('meetings', { name: 'files_meeting_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Index('files_recommendation_id_idx')
  @ForeignKey('recommendations', { name: 'files_recommendation_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'recommendation_id', type: 'uuid', nullable: true })
  recommendationId: string | null;

  @Column({ type: 'text' })
  filename: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Index('files_uploaded_by_idx')
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'files_uploaded_by_fkey' })
  uploader?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
