import { Foundation1795400776062 } from './1795400776062-Foundation';
import { MeetingsAgendasParticipants1795402840798 } from './1795402840798-MeetingsAgendasParticipants';
import { StudyGroupsAndReports1795411083676 } from './1795411083676-StudyGroupsAndReports';
import { MemorandaAndCommentRounds1795420512141 } from './1795420512141-MemorandaAndCommentRounds';
import { RecommendationsNotificationsSearch1795433028144 } from './1795433028144-RecommendationsNotificationsSearch';
import { OutboxShownCopy1796595653567 } from './1796595653567-OutboxShownCopy';
import { NoticesAndDecisionMeetings1796599397890 } from './1796599397890-NoticesAndDecisionMeetings';
import { SuggestedWording1796607368792 } from './1796607368792-SuggestedWording';
import { InvitationsPreparedAgendaNames1796607487632 } from './1796607487632-InvitationsPreparedAgendaNames';
import { AgendaLayout1796607547765 } from './1796607547765-AgendaLayout';

/** Every migration, oldest first. Listed explicitly so the built API and the tests load the same set. */
export const migrations = [
  Foundation1795400776062,
  MeetingsAgendasParticipants1795402840798,
  StudyGroupsAndReports1795411083676,
  MemorandaAndCommentRounds1795420512141,
  RecommendationsNotificationsSearch1795433028144,
  OutboxShownCopy1796595653567,
  NoticesAndDecisionMeetings1796599397890,
  SuggestedWording1796607368792,
  InvitationsPreparedAgendaNames1796607487632,
  AgendaLayout1796607547765,
];
