import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@plenary/shared';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { PersonEntity } from '../people/person.entity';

/**
 * Something a person is told about, shown in their notification centre and e-mailed at once or in
 * the day's digest, as they chose for its kind. Written in the transaction of the change it reports.
 */
@Entity({ name: 'notifications' })
@Index('notifications_person_created_idx', ['personId', 'createdAt'])
@Index('notifications_unread_idx', ['personId'], { where: 'read_at IS NULL' })
@Index('notifications_digest_due_idx', ['personId'], { where: `delivery = 'DAILY_DIGEST' AND mailed_at IS NULL` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'notifications_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  /** Where in the app it leads: "/documents/…". */
  @Column({ type: 'text' })
  path: string;

  /** The round, document or meeting it is about, by which those who sent it see whom it reached. */
  @Index('notifications_object_id_idx')
  @Column({ name: 'object_id', type: 'uuid', nullable: true })
  objectId: string | null;

  /** The e-mail that carried it: its own, or the digest it went out in; null until one is written. */
  @Index('notifications_outbox_message_id_idx')
  @Column({ name: 'outbox_message_id', type: 'uuid', nullable: true })
  outboxMessageId: string | null;

  @ManyToOne(() => OutboxMessageEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'outbox_message_id', foreignKeyConstraintName: 'notifications_outbox_message_id_fkey' })
  outboxMessage?: OutboxMessageEntity;

  /** Identifies a reminder, so that it is sent once however many workers try, and however often. */
  @Index('notifications_dedupe_key_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  /** How it is e-mailed: the person's choice for its kind when it was made. */
  @Column({ type: 'text' })
  delivery: NotificationDelivery;

  /** When it left in an e-mail of its own or in a digest; null while a digest is pending, or with no address. */
  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A person's choice of delivery for one kind; without a row, it is immediate. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'notification_preferences_person_id_fkey' })
  person?: PersonEntity;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  delivery: NotificationDelivery;
}
