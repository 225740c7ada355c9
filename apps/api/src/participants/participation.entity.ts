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
import { InvitationState, type MeetingRole } from '@plenary/shared';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';

/** A person at a meeting: their role, whom they represent there, and where their invitation stands. */
@Entity({ name: 'participations' })
@Unique('participations_meeting_person_key', ['meetingId', 'personId'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'participations_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Index('participations_person_id_idx')
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'participations_person_id_fkey' })
  person?: PersonEntity;

  @Column({ type: 'text' })
  role: MeetingRole;

  /** The organization or member committee the person speaks for at this meeting. */
  @Index('participations_representing_id_idx')
  @Column({ name: 'representing_id', type: 'uuid', nullable: true })
  representingId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'representing_id', foreignKeyConstraintName: 'participations_representing_id_fkey' })
  representing?: OrganizationEntity;

  /** One of the meeting's invited participant categories. */
  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'text', default: InvitationState.NOT_INVITED })
  state: InvitationState;

  @Column({ name: 'travel_support', type: 'boolean', default: false })
  travelSupport: boolean;

  /**
   * Hash of the personal link in the invitation e-mail; a reminder replaces it. Only looked up by
   * the hash of a link someone opens, so it is never read into a participation.
   */
  @Column({ name: 'rsvp_token_hash', type: 'bytea', nullable: true, unique: true, select: false })
  rsvpTokenHash: Buffer | null;

  /** When the invitation was sent; null while the person is on the list but not yet invited. */
  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
