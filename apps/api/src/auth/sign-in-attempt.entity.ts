import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every sign-in try, kept so that repeated failures can be refused across API replicas. */
@Entity({ name: 'sign_in_attempts' })
@Index('sign_in_attempts_email_at_idx', ['email', 'attemptedAt'])
@Index('sign_in_attempts_ip_at_idx', ['ip', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
