import {
  AgendaChangesResolver,
  AgendaDaysResolver,
  AgendaItemsResolver,
  AgendaNamedPeopleResolver,
  AgendaSpeakersResolver,
  MeetingAgendaResolver,
} from '../agendas/agendas.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { UsersResolver } from '../auth/users.resolver';
import { commentRoundResolvers } from '../comment-rounds/comment-rounds.module';
import { documentResolvers } from '../documents/documents.module';
import { AgendaLayoutResolver } from '../exports/agenda-layout.resolver';
import { HomeResolver } from '../home/home.resolver';
import { MeetingsResolver } from '../meetings/meetings.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { OrganizationsResolver } from '../organizations/organizations.resolver';
import { InvitationsResolver, MeetingInvitationsResolver } from '../participants/invitations.resolver';
import { MeetingParticipantsResolver, ParticipantsResolver } from '../participants/participants.resolver';
import { PeopleResolver } from '../people/people.resolver';
import { recommendationResolvers } from '../recommendations/recommendations.module';
import {
  ActionItemsResolver,
  MeetingReportFieldsResolver,
  ReportRevisionsResolver,
  ReportsResolver,
} from '../reports/reports.resolver';
import { SearchResolver } from '../search/search.resolver';
import {
  MeetingPlansResolver,
  MeetingReportStudyGroupResolver,
  MeetingStudyGroupResolver,
  StudyGroupCommitteesResolver,
  StudyGroupMembersResolver,
  StudyGroupsResolver,
  SubGroupsResolver,
} from '../study-groups/study-groups.resolver';
import { WordResolver } from '../word/word.resolver';

/** Every resolver class: what schema.gql is printed from. A test checks the running app agrees. */
export const resolverClasses = [
  AgendaChangesResolver,
  AgendaDaysResolver,
  AgendaItemsResolver,
  AgendaSpeakersResolver,
  AgendaNamedPeopleResolver,
  MeetingAgendaResolver,
  AgendaLayoutResolver,
  MeetingParticipantsResolver,
  ParticipantsResolver,
  InvitationsResolver,
  MeetingInvitationsResolver,
  AuthResolver,
  UsersResolver,
  MeetingsResolver,
  OrganizationsResolver,
  PeopleResolver,
  ReportsResolver,
  ReportRevisionsResolver,
  ActionItemsResolver,
  MeetingReportFieldsResolver,
  StudyGroupsResolver,
  StudyGroupCommitteesResolver,
  StudyGroupMembersResolver,
  SubGroupsResolver,
  MeetingPlansResolver,
  MeetingReportStudyGroupResolver,
  MeetingStudyGroupResolver,
  MeetingReportStudyGroupResolver,
  ...documentResolvers,
  ...commentRoundResolvers,
  ...recommendationResolvers,
  NotificationsResolver,
  SearchResolver,
  HomeResolver,
  WordResolver,
];
