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
import { StudyGroupStatus } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';

/** A principle the group works by, such as "Open" or "Plus". */
export interface StudyGroupPrinciple {
  name: string;
  description: string;
}

/** A council's study group: co-chaired by member committees, meeting in a series, reporting to a body. */
@Entity({ name: 'study_groups' })
@Check('study_groups_dates_in_order', `end_date >= start_date`)
export class StudyGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** The council that runs the group (CSCAP). */
  @Index('study_groups_council_id_idx')
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id', foreignKeyConstraintName: 'study_groups_council_id_fkey' })
  council?: OrganizationEntity;

  /** The body the group reports to (the CSCAP Steering Committee). */
  @Index('study_groups_reports_to_id_idx')
  @Column({ name: 'reports_to_id', type: 'uuid', nullable: true })
  reportsToId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reports_to_id', foreignKeyConstraintName: 'study_groups_reports_to_id_fkey' })
  reportsTo?: OrganizationEntity;

  /** Why the group exists: the proposal's introduction. */
  @Column({ type: 'text', nullable: true })
  background: string | null;

  /** The lettered objectives, (a) to (d), in order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  objectives: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  principles: StudyGroupPrinciple[];

  @Column({ name: 'anticipated_outputs', type: 'text', array: true, default: () => "'{}'" })
  anticipatedOutputs: string[];

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', default: StudyGroupStatus.PROPOSED })
  status: StudyGroupStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
