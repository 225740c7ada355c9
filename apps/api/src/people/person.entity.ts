import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';

@Entity({ name: 'people' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The name as the person writes it, in any script: 김태훈, 佐藤遥, Анна Соколова. */
  @Column({ type: 'text' })
  name: string;

  /** How lists order this person, usually family name first in Latin script ("Kim Tae-hoon"). */
  @Column({ name: 'sort_name', type: 'text' })
  sortName: string;

  @Column({ type: 'text', nullable: true })
  honorific: string | null;

  /** Position, e.g. "Senior Research Fellow". */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Index('people_affiliation_id_idx')
  @Column({ name: 'affiliation_id', type: 'uuid', nullable: true })
  affiliationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'affiliation_id', foreignKeyConstraintName: 'people_affiliation_id_fkey' })
  affiliation?: OrganizationEntity;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
