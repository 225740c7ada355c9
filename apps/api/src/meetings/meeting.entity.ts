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
  VersionColumn,
} from 'typeorm';
import { MeetingKind, MeetingStatus, Track } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity({ name: 'meetings' })
@Check('meetings_dates_in_order', `end_date >= start_date`)
@Check('meetings_country_format', `country IS NULL OR country ~ '^[A-Z]{2}$'`)
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
