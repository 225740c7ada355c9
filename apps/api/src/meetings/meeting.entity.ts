import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AgendaNameStyle, Confidentiality, MeetingKind, MeetingStatus, Track } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity({ name: 'meetings' })
@Check('meetings_dates_in_order', `end_date >= start_date`)
@Check('meetings_country_format', `country IS NULL OR country ~ '^[A-Z]{2}$'`)
@Check('meetings_agenda_name_style', `agenda_name_style IN ('ROMANISED_WITH_NATIVE', 'ROMANISED', 'AS_WRITTEN')`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: MeetingKind;

  @Column({ type: 'text' })
  track: Track;

  @Column({ type: 'text' })
  venue: string;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** IANA zone of the venue; agenda times are entered and shown in it. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  @Index('meetings_host_id_idx')
  @Column({ name: 'host_id', type: 'uuid', nullable: true })
  hostId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'meetings_host_id_fkey' })
  host?: OrganizationEntity;

  @Column({ type: 'text', nullable: true })
  background: string | null;

  /** The numbered objectives, in order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  objectives: string[];

  /** The kinds of institution experts are invited from, in order. */
  @Column({ name: 'participant_categories', type: 'text', array: true, default: () => "'{}'" })
  participantCategories: string[];

  @Column({ type: 'text', default: Confidentiality.OPEN })
  confidentiality: Confidentiality;

  /** The study group whose series the meeting belongs to. */
  @Index('meetings_study_group_id_idx')
  // Named by table: study groups are built on meetings, not the other way round.
  @ForeignKey('study_groups', { name: 'meetings_study_group_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'study_group_id', type: 'uuid', nullable: true })
  studyGroupId: string | null;

  /** Its place in a study group's series: 3 for the "third and final meeting". */
  @Column({ name: 'sequence_number', type: 'smallint', nullable: true })
  sequenceNumber: number | null;

  /** Entered after it took place: nobody is sent an invitation; attendance is recorded. */
  @Column({ name: 'recorded_after_the_fact', type: 'boolean', default: false })
  recordedAfterTheFact: boolean;

  /** The document symbol the agenda is issued under, e.g. "ESCAP/EGM/2019/1". */
  @Column({ name: 'agenda_symbol', type: 'text', nullable: true })
  agendaSymbol: string | null;

  /** The line under the symbol, usually the date of issue: "28 November 2019". */
  @Column({ name: 'agenda_date_line', type: 'text', nullable: true })
  agendaDateLine: string | null;

  @Column({ name: 'agenda_name_style', type: 'text', default: AgendaNameStyle.ROMANISED_WITH_NATIVE })
  agendaNameStyle: AgendaNameStyle;

  /** Whether the agenda prints each chair's and speaker's affiliation after the name. */
  @Column({ name: 'agenda_affiliations', type: 'boolean', default: true })
  agendaAffiliations: boolean;

  /** The key each person's calendar feed address of this meeting is signed with; it never leaves the server. */
  @Column({ name: 'calendar_token', type: 'text', unique: true })
  calendarToken: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
