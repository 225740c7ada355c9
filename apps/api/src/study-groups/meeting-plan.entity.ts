import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StudyGroupEntity } from './study-group.entity';

/**
 * One meeting of a study group's series as planned ("Seoul, October 2019, hosted by CSCAP-Korea"),
 * before it has a venue and dates. Scheduling it creates the meeting itself.
 */
@Entity({ name: 'meeting_plans' })
@Unique('meeting_plans_study_group_sequence_key', ['studyGroupId', 'sequence'])
@Check('meeting_plans_expected_month_first_day', `extract(day from expected_month) = 1`)
export class MeetingPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('meeting_plans_study_group_id_idx')
  @Column({ name: 'study_group_id', type: 'uuid' })
  studyGroupId: string;

  @ManyToOne(() => StudyGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_group_id', foreignKeyConstraintName: 'meeting_plans_study_group_id_fkey' })
  studyGroup?: StudyGroupEntity;

  /** Its place in the series: 1 for the first meeting. */
  @Column({ type: 'smallint' })
  sequence: number;

  @Index('meeting_plans_host_id_idx')
  @Column({ name: 'host_id', type: 'uuid', nullable: true })
  hostId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'host_id', foreignKeyConstraintName: 'meeting_plans_host_id_fkey' })
  host?: OrganizationEntity;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** The month it is expected in, stored as that month's first day. */
  @Column({ name: 'expected_month', type: 'date' })
  expectedMonth: string;

  /** The meeting, once scheduled. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true, unique: true })
  meetingId: string | null;

  @OneToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_plans_meeting_id_fkey' })
  meeting?: MeetingEntity;
}
