import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { MeetingReportEntity } from './meeting-report.entity';

/** The summary of one agenda session, or a section the co-chairs added. */
export interface ReportSection {
  /** The agenda session it summarises; null for a free section. */
  agendaItemId: string | null;
  heading: string;
  text: string;
}

/** One saved state of a report's text. Never changed after it is written. */
@Entity({ name: 'report_revisions' })
@Unique('report_revisions_report_number_key', ['reportId', 'number'])
export class ReportRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => MeetingReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'report_revisions_report_id_fkey' })
  report?: MeetingReportEntity;

  @Column({ type: 'integer' })
  number: number;

  /** The opening summary, after the computed participation sentence. */
  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections: ReportSection[];

  @Index('report_revisions_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'report_revisions_author_id_fkey' })
  author?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
