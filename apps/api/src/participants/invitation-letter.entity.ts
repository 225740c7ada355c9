import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';

/**
 * The e-mail a meeting's invitations are written from, as its organisers edited it. Each invitation
 * is written from the letter as it stands when it is sent; the outbox keeps what went out.
 */
@Entity({ name: 'invitation_letters' })
export class InvitationLetterEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'invitation_letters_pkey' })
  meetingId: string;

  @OneToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'invitation_letters_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  subject: string;

  /** The letter after the salutation; {meeting}, {dates}, {venue} and {role} are filled in for each person. */
  @Column({ type: 'text' })
  body: string;

  /** Travel, accommodation, visas: where and how, as the organisers write it. */
  @Column({ type: 'text', default: '' })
  logistics: string;

  /** The lines the letter is signed with: the office, or the officer and their title. */
  @Column({ type: 'text' })
  signature: string;

  @Column({ name: 'link_agenda', type: 'boolean', default: true })
  linkAgenda: boolean;

  @Column({ name: 'link_concept_note', type: 'boolean', default: true })
  linkConceptNote: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
