import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import { MeetingEntity } from './meeting.entity';

/** An organization convening a meeting, in the order the concept note lists them. */
@Entity({ name: 'meeting_organizers' })
export class MeetingOrganizerEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'meeting_organizers_meeting_id_fkey' })
  meeting?: MeetingEntity;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  @Index('meeting_organizers_organization_id_idx')
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'meeting_organizers_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'smallint' })
  position: number;
}
