import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AttributionMode, RecipientResponse, RoundStatus } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { DocumentEntity } from '../documents/document.entity';
import { DocumentVersionEntity } from '../documents/document-version.entity';

/** One circulated version, open for comment by its recipients between two times. */
@Entity({ name: 'comment_rounds' })
@Unique('comment_rounds_document_number_key', ['documentId', 'number'])
@Check('comment_rounds_dates_check', 'closes_at > opens_at')
export class CommentRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'comment_rounds_document_id_fkey' })
  document?: DocumentEntity;

  @Column({ name: 'version_id', type: 'uuid', unique: true })
  versionId: string;

  @OneToOne(() => DocumentVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'comment_rounds_version_id_fkey' })
  version?: DocumentVersionEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'text', default: '' })
  instructions: string;

  @Column({ type: 'text', default: AttributionMode.ATTRIBUTED })
  attribution: AttributionMode;

  @Column({ type: 'text', default: RoundStatus.OPEN })
  status: RoundStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Who closed it; null when it closed by itself at the deadline. */
  @Column({ name: 'closed_by_id', type: 'uuid', nullable: true })
  closedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'closed_by_id', foreignKeyConstraintName: 'comment_rounds_closed_by_id_fkey' })
  closedBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member committee, institution or named expert a round is sent to, and their response. */
@Entity({ name: 'round_recipients' })
@Unique('round_recipients_round_organization_key', ['roundId', 'organizationId'])
@Unique('round_recipients_round_person_key', ['roundId', 'personId'])
@Check('round_recipients_one_recipient_check', '(organization_id IS NULL) <> (person_id IS NULL)')
export class RoundRecipientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => CommentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'round_recipients_round_id_fkey' })
  round?: CommentRoundEntity;

  @Index('round_recipients_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'round_recipients_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Index('round_recipients_person_id_idx')
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'round_recipients_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'text', default: RecipientResponse.NOT_YET })
  response: RecipientResponse;

  @Column({ name: 'response_note', type: 'text', default: '' })
  responseNote: string;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responded_by_id', foreignKeyConstraintName: 'round_recipients_responded_by_id_fkey' })
  respondedBy?: PersonEntity;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
