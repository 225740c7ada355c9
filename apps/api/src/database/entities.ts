import { MembershipEntity } from '../access/membership.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountInvitationEntity } from '../auth/account-invitation.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { UserEntity } from '../auth/user.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { MeetingOrganizerEntity } from '../meetings/meeting-organizer.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { SeedRunEntity } from './seed-run.entity';

export const entities = [
  AccountInvitationEntity,
  AuditEventEntity,
  MeetingEntity,
  MeetingOrganizerEntity,
  MembershipEntity,
  OrganizationEntity,
  OutboxMessageEntity,
  PersonEntity,
  SeedRunEntity,
  SessionEntity,
  SignInAttemptEntity,
  UserEntity,
];
