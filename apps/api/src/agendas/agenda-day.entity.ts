import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';

/** One day of a meeting's agenda. */
@Entity({ name: 'agenda_days' })
@Unique('agenda_days_meeting_date_key', ['meetingId', 'date'])
export class AgendaDayEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_days_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'date' })
  date: string;
}
