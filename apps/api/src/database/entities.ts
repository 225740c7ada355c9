import { MembershipEntity } from '../access/membership.entity';
import { AgendaChangeEntity } from '../agendas/agenda-change.entity';
import { AgendaDayEntity } from '../agendas/agenda-day.entity';
import { AgendaItemEntity } from '../agendas/agenda-item.entity';
import { AgendaPaperEntity } from '../agendas/agenda-paper.entity';
import { AgendaSpeakerEntity } from '../agendas/agenda-speaker.entity';
import { AgendaSubItemEntity } from '../agendas/agenda-sub-item.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AccountInvitationEntity } from '../auth/account-invitation.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { UserEntity } from '../auth/user.entity';
import { CommentEntity } from '../comment-rounds/comment.entity';
import { CommentRoundEntity, RoundRecipientEntity } from '../comment-rounds/comment-round.entity';
import { DocumentDecisionEntity, DocumentDisseminationEntity } from '../documents/document-decision.entity';
import { DocumentEntity } from '../documents/document.entity';
import { DocumentVersionEntity } from '../documents/document-version.entity';
import { ParagraphEntity, VersionParagraphEntity } from '../documents/paragraph.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { NotificationEntity, NotificationPreferenceEntity } from '../notifications/notification.entity';
import { MeetingOrganizerEntity } from '../meetings/meeting-organizer.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { InvitationLetterEntity } from '../participants/invitation-letter.entity';
import { ParticipationEntity } from '../participants/participation.entity';
import { PersonEntity } from '../people/person.entity';
import { ActionItemEntity } from '../reports/action-item.entity';
import { MeetingReportEntity } from '../reports/meeting-report.entity';
import { RecommendationEntity, RecommendationUpdateEntity } from '../recommendations/recommendation.entity';
import { ReportRevisionEntity } from '../reports/report-revision.entity';
import { MeetingPlanEntity } from '../study-groups/meeting-plan.entity';
import { StudyGroupCommitteeEntity } from '../study-groups/study-group-committee.entity';
import { StudyGroupEntity } from '../study-groups/study-group.entity';
import { SubGroupEntity, SubGroupMemberEntity } from '../study-groups/sub-group.entity';
import { SeedRunEntity } from './seed-run.entity';

export const entities = [
  AccountInvitationEntity,
  ActionItemEntity,
  AgendaChangeEntity,
  AgendaDayEntity,
  AgendaItemEntity,
  AgendaPaperEntity,
  AgendaSpeakerEntity,
  AgendaSubItemEntity,
  AuditEventEntity,
  CommentEntity,
  CommentRoundEntity,
  DocumentDecisionEntity,
  DocumentDisseminationEntity,
  DocumentEntity,
  DocumentVersionEntity,
  MeetingEntity,
  MeetingOrganizerEntity,
  MeetingPlanEntity,
  MeetingReportEntity,
  MembershipEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  OrganizationEntity,
  OutboxMessageEntity,
  ParagraphEntity,
  ParticipationEntity,
  InvitationLetterEntity,
  PersonEntity,
  RecommendationEntity,
  RecommendationUpdateEntity,
  ReportRevisionEntity,
  RoundRecipientEntity,
  SeedRunEntity,
  SessionEntity,
  SignInAttemptEntity,
  StoredFileEntity,
  StudyGroupCommitteeEntity,
  StudyGroupEntity,
  SubGroupEntity,
  SubGroupMemberEntity,
  UserEntity,
  VersionParagraphEntity,
];
