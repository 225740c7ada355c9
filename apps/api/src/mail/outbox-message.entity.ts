import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An e-mail as it leaves Plenary. Written in the same transaction as the change that causes it. */
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

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

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
