import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { DocumentKind, DocumentStatus } from '@plenary/shared';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { StudyGroupEntity } from '../study-groups/study-group.entity';

/** A memorandum, report, concept note or study: a sequence of versions of numbered paragraphs. */
@Entity({ name: 'documents' })
@Check('documents_one_owner_check', '(study_group_id IS NULL) <> (meeting_id IS NULL)')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: DocumentStatus.DRAFTING })
  status: DocumentStatus;

  @Index('documents_study_group_id_idx')
  @Column({ name: 'study_group_id', type: 'uuid', nullable: true })
  studyGroupId: string | null;

  @ManyToOne(() => StudyGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_group_id', foreignKeyConstraintName: 'documents_study_group_id_fkey' })
  studyGroup?: StudyGroupEntity;

  @Index('documents_meeting_id_idx')
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'documents_meeting_id_fkey' })
  meeting?: MeetingEntity;

  /** The body the final version was submitted to. */
  @Column({ name: 'submitted_to_id', type: 'uuid', nullable: true })
  submittedToId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_to_id', foreignKeyConstraintName: 'documents_submitted_to_id_fkey' })
  submittedTo?: OrganizationEntity;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'documents_created_by_id_fkey' })
  createdBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
