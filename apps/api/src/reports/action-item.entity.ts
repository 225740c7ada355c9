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
} from 'typeorm';
import { ActionItemStatus } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { MeetingReportEntity } from './meeting-report.entity';

/** A next task agreed at a meeting: who does what by when. Tracked after the report is published. */
@Entity({ name: 'action_items' })
@Check('action_items_has_owner', `owner_person_id IS NOT NULL OR owner_organization_id IS NOT NULL`)
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('action_items_report_id_idx')
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => MeetingReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'action_items_report_id_fkey' })
  report?: MeetingReportEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Index('action_items_owner_person_id_idx')
  @Column({ name: 'owner_person_id', type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_person_id', foreignKeyConstraintName: 'action_items_owner_person_id_fkey' })
  ownerPerson?: PersonEntity;

  @Index('action_items_owner_organization_id_idx')
  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_organization_id', foreignKeyConstraintName: 'action_items_owner_organization_id_fkey' })
  ownerOrganization?: OrganizationEntity;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'text', default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
