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
import type { IssueArea, RecommendationStatus } from '@plenary/shared';
import { DocumentEntity } from '../documents/document.entity';
import { DocumentVersionEntity } from '../documents/document-version.entity';
import { type Addressee, ParagraphEntity } from '../documents/paragraph.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { StudyGroupEntity } from '../study-groups/study-group.entity';

/**
 * A recommendation being followed up. Most come from the recommendation paragraphs of an approved
 * or published document and keep a link to that paragraph; a secretariat adds the others by hand
 * for outputs produced elsewhere. The text is a copy: the registry tracks what was adopted.
 */
@Entity({ name: 'recommendations' })
@Index('recommendations_document_paragraph_key', ['documentId', 'paragraphId'], {
  unique: true,
  where: 'document_id IS NOT NULL',
})
@Check('recommendations_source_check', '(document_id IS NULL) = (paragraph_id IS NULL)')
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('recommendations_document_id_idx')
  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'recommendations_document_id_fkey' })
  document?: DocumentEntity;

  /** The source paragraph's identity, the same in every version of the document. */
  @Index('recommendations_paragraph_id_idx')
  @Column({ name: 'paragraph_id', type: 'uuid', nullable: true })
  paragraphId: string | null;

  @ManyToOne(() => ParagraphEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paragraph_id', foreignKeyConstraintName: 'recommendations_paragraph_id_fkey' })
  paragraph?: ParagraphEntity;

  /** The version that was adopted. */
  @Index('recommendations_version_id_idx')
  @Column({ name: 'version_id', type: 'uuid', nullable: true })
  versionId: string | null;

  @ManyToOne(() => DocumentVersionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'recommendations_version_id_fkey' })
  version?: DocumentVersionEntity;

  @Index('recommendations_study_group_id_idx')
  @Column({ name: 'study_group_id', type: 'uuid', nullable: true })
  studyGroupId: string | null;

  @ManyToOne(() => StudyGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'study_group_id', foreignKeyConstraintName: 'recommendations_study_group_id_fkey' })
  studyGroup?: StudyGroupEntity;

  @Index('recommendations_meeting_id_idx')
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'recommendations_meeting_id_fkey' })
  meeting?: MeetingEntity;

  /** The output it comes from, as people cite it: the document's title, or what a secretariat typed. */
  @Column({ name: 'source_title', type: 'text' })
  sourceTitle: string;

  /** Where a hand-added recommendation's source can be read. */
  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl: string | null;

  /** "Recommendation 7": its running number in the source. */
  @Column({ type: 'integer', nullable: true })
  number: number | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  addressees: Addressee[];

  @Column({ name: 'issue_areas', type: 'text', array: true, default: () => `'{}'` })
  issueAreas: IssueArea[];

  @Index('recommendations_status_idx')
  @Column({ type: 'text' })
  status: RecommendationStatus;

  /** The secretariat that follows it up; only its staff move its status. */
  @Index('recommendations_responsible_id_idx')
  @Column({ name: 'responsible_id', type: 'uuid' })
  responsibleId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_id', foreignKeyConstraintName: 'recommendations_responsible_id_fkey' })
  responsible?: OrganizationEntity;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn: string;

  @Index('recommendations_next_follow_up_on_idx')
  @Column({ name: 'next_follow_up_on', type: 'date', nullable: true })
  nextFollowUpOn: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'recommendations_created_by_id_fkey' })
  createdBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One dated step in a recommendation's history: the move, why, and the evidence for it. */
@Entity({ name: 'recommendation_updates' })
@Index('recommendation_updates_recommendation_idx', ['recommendationId', 'occurredOn'])
export class RecommendationUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'recommendation_updates_recommendation_id_fkey' })
  recommendation?: RecommendationEntity;

  /** Null for the entry that records the adoption. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: RecommendationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: RecommendationStatus;

  /** When it happened (a letter's date), which may be before it was recorded. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl: string | null;

  @Index('recommendation_updates_evidence_file_id_idx')
  @Column({ name: 'evidence_file_id', type: 'uuid', nullable: true })
  evidenceFileId: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'evidence_file_id', foreignKeyConstraintName: 'recommendation_updates_evidence_file_id_fkey' })
  evidenceFile?: StoredFileEntity;

  @Index('recommendation_updates_recorded_by_id_idx')
  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'recommendation_updates_recorded_by_id_fkey' })
  recordedBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
