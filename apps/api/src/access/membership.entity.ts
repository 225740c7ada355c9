import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

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
 * one study group and an ordinary expert in another. People and organizations are named by table:
 * every feature asks access, so access depends on none of them.
 */
@Entity({ name: 'memberships' })
@Unique('memberships_person_object_role_key', ['personId', 'objectType', 'objectId', 'role'])
@Index('memberships_object_idx', ['objectType', 'objectId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('people', { name: 'memberships_person_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'object_type', type: 'text' })
  objectType: MembershipObjectType;

  /** Not a foreign key: it points into the table that objectType names. */
  @Column({ name: 'object_id', type: 'uuid' })
  objectId: string;

  @Column({ type: 'text' })
  role: string;

  /** The committee the person speaks for in this role (a focal point's member committee). */
  @Index('memberships_representing_id_idx')
  @ForeignKey('organizations', { name: 'memberships_representing_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'representing_id', type: 'uuid', nullable: true })
  representingId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
