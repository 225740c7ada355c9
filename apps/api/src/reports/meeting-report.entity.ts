import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ReportStatus } from '@plenary/shared';
import { MeetingEntity } from '../meetings/meeting.entity';

/** The report of one meeting. Its text lives in numbered revisions; the last one is current. */
@Entity({ name: 'meeting_reports' })
export class MeetingReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid', unique: true })
  meetingId: string;

  @OneToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_reports_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'text', default: ReportStatus.DRAFT })
  status: ReportStatus;

  /** Reports are written without attribution unless the co-chairs decide otherwise. */
  @Column({ name: 'attribution_allowed', type: 'boolean', default: false })
  attributionAllowed: boolean;

  /** Number of the current revision; 0 before the first save. */
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
