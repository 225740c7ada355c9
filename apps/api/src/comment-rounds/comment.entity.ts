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
import type { CommentKind, Disposition } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { ParagraphEntity } from '../documents/paragraph.entity';
import { CommentRoundEntity } from './comment-round.entity';

/**
 * A comment made in a round, anchored to a paragraph's identity (so it follows the paragraph into
 * later versions), optionally to a quoted span of it, with the co-chairs' disposition and reply.
 */
@Entity({ name: 'comments' })
@Check(
  'comments_suggestion_check',
  `(kind = 'SUGGESTION') = (suggestion_original IS NOT NULL AND suggestion_replacement IS NOT NULL)`,
)
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('comments_round_id_idx')
  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => CommentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'comments_round_id_fkey' })
  round?: CommentRoundEntity;

  @Index('comments_paragraph_id_idx')
  @Column({ name: 'paragraph_id', type: 'uuid' })
  paragraphId: string;

  @ManyToOne(() => ParagraphEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paragraph_id', foreignKeyConstraintName: 'comments_paragraph_id_fkey' })
  paragraph?: ParagraphEntity;

  /** The span of the paragraph the comment is about, as it read in the round's version. */
  @Column({ type: 'text', nullable: true })
  quote: string | null;

  @Column({ type: 'text' })
  kind: CommentKind;

  @Column({ type: 'text' })
  body: string;

  /** Suggested wording: the words to replace or delete ("" for an insertion), as they read in the round's version. */
  @Column({ name: 'suggestion_original', type: 'text', nullable: true })
  suggestionOriginal: string | null;

  /** The words proposed instead ("" for a deletion). */
  @Column({ name: 'suggestion_replacement', type: 'text', nullable: true })
  suggestionReplacement: string | null;

  /** The words right before the change: the insertion point, or what tells two equal phrases apart. */
  @Column({ name: 'suggestion_before', type: 'text', nullable: true })
  suggestionBefore: string | null;

  /** When a co-chair applied the suggestion to the working version. */
  @Column({ name: 'suggestion_accepted_at', type: 'timestamptz', nullable: true })
  suggestionAcceptedAt: Date | null;

  @Index('comments_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comments_author_id_fkey' })
  author?: PersonEntity;

  /** The committee the comment speaks for; null when made in personal capacity. */
  @Column({ name: 'speaks_for_id', type: 'uuid', nullable: true })
  speaksForId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaks_for_id', foreignKeyConstraintName: 'comments_speaks_for_id_fkey' })
  speaksFor?: OrganizationEntity;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  disposition: Disposition | null;

  @Column({ type: 'text', default: '' })
  reply: string;

  /** The paragraph whose change answers the comment. */
  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById: string | null;

  @ManyToOne(() => ParagraphEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id', foreignKeyConstraintName: 'comments_answered_by_id_fkey' })
  answeredBy?: ParagraphEntity;

  @Column({ name: 'disposed_by_id', type: 'uuid', nullable: true })
  disposedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'disposed_by_id', foreignKeyConstraintName: 'comments_disposed_by_id_fkey' })
  disposedBy?: PersonEntity;

  @Column({ name: 'disposed_at', type: 'timestamptz', nullable: true })
  disposedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
