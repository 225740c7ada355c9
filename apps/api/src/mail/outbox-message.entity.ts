import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An e-mail as it leaves Plenary. Written in the same transaction as the change that causes it.
 * Two copies of its text: as sent, with the recipient's personal links, and as shown to anyone else.
 */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_unsent_idx', ['createdAt'], { where: 'sent_at IS NULL' })
@Index('outbox_messages_object_idx', ['objectId'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ name: 'to_name', type: 'text', nullable: true })
  toName: string | null;

  @Column({ type: 'text' })
  subject: string;

  /** As sent: only the mail dispatcher reads it, since personal links act for whoever holds them. */
  @Column({ name: 'body_text', type: 'text', select: false })
  bodyText: string;

  /** As organisers and anyone else but the recipient see it: each personal link replaced by a marker. */
  @Column({ name: 'body_shown', type: 'text' })
  bodyShown: string;

  /** What kind of message: ACCOUNT_INVITATION, … */
  @Column({ type: 'text' })
  kind: string;

  /** The meeting, study group or account the message is about. */
  @Column({ name: 'object_id', type: 'uuid', nullable: true })
  objectId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
