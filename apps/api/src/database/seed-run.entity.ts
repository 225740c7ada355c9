import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Each demo data set is loaded once; a later start skips what is recorded here. */
@Entity({ name: 'seed_runs' })
export class SeedRunEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
