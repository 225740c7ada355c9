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
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

export const MembershipObjectType = {
  ORGANIZATION: 'ORGANIZATION',
  MEETING: 'MEETING',
  STUDY_GROUP: 'STUDY_GROUP',
  DOCUMENT: 'DOCUMENT',
  /** No one holds a role on a recommendation itself; theirs come from its secretariat and its source. */
  RECOMMENDATION: 'RECOMMENDATION',
} as const;
export type MembershipObjectType = (typeof MembershipObjectType)[keyof typeof MembershipObjectType];

/**
 * A role a person holds on one object. Roles are never global: the same person is co-chair of
 * one study group and an ordinary expert in another.
 */
@Entity({ name: 'memberships' })
@Unique('memberships_person_object_role_key', ['personId', 'objectType', 'objectId', 'role'])
@Index('memberships_object_idx', ['objectType', 'objectId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'memberships_person_id_fkey' })
  person?: PersonEntity;

  @Column({ name: 'object_type', type: 'text' })
  objectType: MembershipObjectType;

  /** Not a foreign key: it points into the table that objectType names. */
  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Column({ type: 'text' })
  role: string;

  /** The committee the person speaks for in this role (a focal point's member committee). */
  @Index('memberships_representing_id_idx')
  @Column({ name: 'representing_id', type: 'uuid', nullable: true })
  representingId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'representing_id', foreignKeyConstraintName: 'memberships_representing_id_fkey' })
  representing?: OrganizationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
