import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { StudyGroupEntity } from './study-group.entity';

/** A sub-group formed to develop one specific idea or agenda of the study group. */
@Entity({ name: 'sub_groups' })
export class SubGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('sub_groups_study_group_id_idx')
  @Column({ name: 'study_group_id', type: 'uuid' })
  studyGroupId: string;

  @ManyToOne(() => StudyGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_group_id', foreignKeyConstraintName: 'sub_groups_study_group_id_fkey' })
  studyGroup?: StudyGroupEntity;

  @Column({ type: 'text' })
  title: string;

  /** The specific agenda the sub-group works on. */
  @Column({ type: 'text', nullable: true })
  mandate: string | null;

  @Column({ type: 'smallint' })
  position: number;
}

@Entity({ name: 'sub_group_members' })
export class SubGroupMemberEntity {
  @PrimaryColumn({ name: 'sub_group_id', type: 'uuid' })
  subGroupId: string;

  @ManyToOne(() => SubGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sub_group_id', foreignKeyConstraintName: 'sub_group_members_sub_group_id_fkey' })
  subGroup?: SubGroupEntity;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  @Index('sub_group_members_person_id_idx')
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'sub_group_members_person_id_fkey' })
  person?: PersonEntity;
}
