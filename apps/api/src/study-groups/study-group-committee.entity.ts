import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommitteeRole } from '@plenary/shared';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StudyGroupEntity } from './study-group.entity';

/** A member committee in a study group: one of its co-chairs, or a participant. */
@Entity({ name: 'study_group_committees' })
export class StudyGroupCommitteeEntity {
  @PrimaryColumn({ name: 'study_group_id', type: 'uuid' })
  studyGroupId: string;

  @ManyToOne(() => StudyGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_group_id', foreignKeyConstraintName: 'study_group_committees_study_group_id_fkey' })
  studyGroup?: StudyGroupEntity;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  @Index('study_group_committees_organization_id_idx')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'study_group_committees_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  role: CommitteeRole;

  @Column({ type: 'smallint' })
  position: number;
}
