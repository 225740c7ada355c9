import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/** A change made to an agenda after it was adopted, shown to everyone at the meeting. */
@Entity({ name: 'agenda_changes' })
@Index('agenda_changes_meeting_at_idx', ['meetingId', 'at'])
@Index('agenda_changes_pending_idx', ['meetingId'], { where: 'notified_at IS NULL' })
export class AgendaChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_changes_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Index('agenda_changes_actor_idx')
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'agenda_changes_actor_user_id_fkey' })
  actor?: UserEntity;

  /** "Session 2 moved from 13:30 to 14:00". */
  @Column({ type: 'text' })
  summary: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** When participants were told of it, in the day's digest of the agenda's changes; null until then. */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;
}
