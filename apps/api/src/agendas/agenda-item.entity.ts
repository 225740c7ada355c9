import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaItemKind } from '@plenary/shared';
import { MeetingEntity } from '../meetings/meeting.entity';
import { PersonEntity } from '../people/person.entity';
import { AgendaDayEntity } from './agenda-day.entity';

@Entity({ name: 'agenda_items' })
@Check('agenda_items_times_in_order', `ends_at > starts_at`)
@Check('agenda_items_one_chair', `chair_id IS NULL OR chair_name IS NULL`)
@Index('agenda_items_day_position_idx', ['dayId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('agenda_items_meeting_id_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_items_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ name: 'day_id', type: 'uuid' })
  dayId: string;

  @ManyToOne(() => AgendaDayEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'day_id', foreignKeyConstraintName: 'agenda_items_day_id_fkey' })
  day?: AgendaDayEntity;

  /** Order within the day as the organiser arranged it. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: AgendaItemKind;

  /** The numbered title as printed: "Session 2: The State of Play – …". */
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Index('agenda_items_chair_id_idx')
  @Column({ name: 'chair_id', type: 'uuid', nullable: true })
  chairId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chair_id', foreignKeyConstraintName: 'agenda_items_chair_id_fkey' })
  chair?: PersonEntity;

  /** A chair named before anyone is invited: a name as the agenda prints it, or "TBC". */
  @Column({ name: 'chair_name', type: 'text', nullable: true })
  chairName: string | null;

  /**
   * Set on the item that reviews the open action items of an earlier meeting's report. The report
   * is named by table: reports are written from agendas, not the other way round.
   */
  @Index('agenda_items_carries_report_id_idx')
  @ForeignKey('meeting_reports', { name: 'agenda_items_carries_report_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'carries_report_id', type: 'uuid', nullable: true })
  carriesReportId: string | null;
}
