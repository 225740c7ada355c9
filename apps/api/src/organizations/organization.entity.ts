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
import { OrganizationKind } from '@plenary/shared';

@Entity({ name: 'organizations' })
@Check('organizations_country_format', `country IS NULL OR country ~ '^[A-Z]{2}$'`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** A member committee's council, an office's parent body. */
  @Index('organizations_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organizations_parent_id_fkey' })
  parent?: OrganizationEntity;

  /** Added by a meeting's organiser on the spot, until a platform administrator has looked at it. */
  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
