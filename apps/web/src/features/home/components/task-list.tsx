import { Anchor, Button, Card, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  daysInclusive,
  documentKindLabels,
  excerpt,
  formatDateRange,
  meetingRoleLabels,
  MeetingStatus,
  RecipientResponse,
  recipientResponseLabels,
  reportStatusLabels,
  toZoned,
  type LocalDate,
} from '@plenary/shared';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { TaskList_HomeFragment } from '../../../__generated__/graphql';
import { EmptyState } from '../../../ui/empty-state';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import { formatDate, formatRelative, viewerTimeZone } from '../../../ui/time-zone';
import { meetingPlace } from '../../meetings/components/meeting-text';
import { recommendationTitle } from '../../recommendations/components/recommendation-text';
import { homeTasks, type HomeTask } from './home-tasks';

export const taskListFragment = graphql(`
  fragment TaskList_home on Home {
    roundsToAnswer {
      id
      number
      versionNumber
      closesAt
      ownCommentCount
      awaitingResponse
      path
      deadline
      document {
        id
        title
        kind
        ownerTitle
      }
      recipients {
        id
        name
        response
        isViewer
      }
    }
    roundsInProgress {
      id
      number
      versionNumber
      opensAt
      closesAt
      recipientCount
      viewerCanClose
      path
      deadline
      document {
        id
        title
        kind
        ownerTitle
      }
      notResponded {
        id
        name
      }
    }
    commentsToDispose {
      id
      roundNumber
      roundOpen
      undisposedCount
      commentCount
      waitingSince
      path
      deadline
      document {
        id
        title
        kind
        ownerTitle
      }
    }
    returnedDocuments {
      id
      returnedAt
      body
      guidance
      path
      deadline
      document {
        id
        title
        kind
        ownerTitle
      }
    }
    documentsToDecide {
      id
      submittedAt
      body
      path
      deadline
      document {
        id
        title
        kind
        ownerTitle
      }
    }
    followUps {
      id
      number
      text
      sourceTitle
      nextFollowUpOn
      overdue
      path
      deadline
    }
    invitations {
      id
      path
      deadline
      meeting {
        id
        title
        startDate
        endDate
        venue
        city
        country
        viewerRole
      }
    }
    unansweredInvitations {
      id
      noReplyCount
      invitedCount
      path
      deadline
      meeting {
        id
        title
        startDate
        endDate
        venue
        city
        country
      }
    }
    agendasToAdopt {
      id
      path
      deadline
      meeting {
        id
        title
        status
        startDate
        endDate
        venue
        city
        country
      }
    }
    reportsToPublish {
      id
      reportStatus
      path
      deadline
      meeting {
        id
        title
        status
        startDate
        endDate
        venue
        city
        country
      }
    }
  }
`);

type Home = TaskList_HomeFragment;

/** "in 3 days", "2 days ago": how far a moment is from when the page was shown. */
function useRelative(): (iso: string) => string {
  const [shownAt] = useState(Date.now);
  return (iso) => formatRelative(iso, shownAt, viewerTimeZone());
}

const relativeDays = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/** "today", "tomorrow", "in 10 days": a calendar date counted from the viewer's own today. */
function useRelativeDay(): (date: LocalDate) => string {
  const [today] = useState(() => toZoned(new Date(), viewerTimeZone()).date);
  return (date) => relativeDays.format(daysInclusive(today, date) - 1, 'day');
}

/** "CSCAP-Japan has not responded yet.", "You responded: endorsed." */
function responseSentence({ name, response, isViewer }: Home['roundsToAnswer'][number]['recipients'][number]) {
  const who = isViewer ? 'You' : name;
  if (response === RecipientResponse.NOT_YET) return `${who} ${isViewer ? 'have' : 'has'} not responded yet.`;
  return `${who} responded: ${recipientResponseLabels[response].toLowerCase()}.`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "CSCAP-Japan, CSCAP-Korea and 3 others". */
function names(list: readonly { name: string }[], shown = 4): string {
  // "and 1 other" would take as much room as the name.
  const first = list.slice(0, list.length === shown + 1 ? list.length : shown).map((item) => item.name);
  const rest = list.length - first.length;
  if (rest > 0) return `${first.join(', ')} and ${plural(rest, 'other')}`;
  if (first.length < 2) return first.join('');
  return `${first.slice(0, -1).join(', ')} and ${first.at(-1)!}`;
}

interface TaskCardProps {
  /** What kind of thing this is: "Comment round", "Follow-ups". */
  label: string;
  title: string;
  /** Where the title belongs: the study group or meeting. */
  context?: string;
  /** When it is due, in words: "Closes 27 Dec 2026, 00:00 CET (in 3 weeks)". */
  due?: ReactNode;
  /** Past its deadline: said in red. */
  late?: boolean;
  action: { label: string; to: string };
  children?: ReactNode;
}

/** One thing to do: what, where, by when, and the one button that leads to doing it. */
function TaskCard({ label, title, context, due, late = false, action, children }: TaskCardProps) {
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={4} style={{ flex: '1 1 22rem', minWidth: 0 }}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {label}
          </Text>
          <Title order={3} fz="md">
            <ScriptText>{title}</ScriptText>
          </Title>
          {context !== undefined && (
            <Text size="sm" c="dimmed">
              <ScriptText>{context}</ScriptText>
            </Text>
          )}
          {due !== undefined && (
            <Text size="sm" fw={500} c={late ? 'red.8' : undefined}>
              {due}
            </Text>
          )}
          {children}
        </Stack>
        <Button
          component={Link}
          to={action.to}
          aria-label={`${action.label}: ${title}`}
          style={{ flex: '0 0 auto' }}
          w={{ base: '100%', xs: 'auto' }}
        >
          {action.label}
        </Button>
      </Group>
    </Card>
  );
}

function documentContext(document: { kind: Home['roundsToAnswer'][number]['document']['kind']; ownerTitle: string }) {
  return `${documentKindLabels[document.kind]} · ${document.ownerTitle}`;
}

function meetingLine(meeting: {
  startDate: string;
  endDate: string;
  venue: string;
  city: string | null;
  country: string | null;
}) {
  return `${formatDateRange(meeting.startDate, meeting.endDate)} · ${meetingPlace(meeting)}`;
}

function Task({ task }: { task: HomeTask }) {
  const relative = useRelative();
  const relativeDay = useRelativeDay();
  const [shownAt] = useState(Date.now);
  const past = (iso: string) => Date.parse(iso) <= shownAt;
  switch (task.kind) {
    case 'respond': {
      const { round } = task;
      return (
        <TaskCard
          label={`Comment round ${round.number}`}
          title={round.document.title}
          context={documentContext(round.document)}
          due={
            <>
              Closes <Moment at={round.closesAt} /> ({relative(round.closesAt)})
            </>
          }
          action={{ label: 'Respond', to: round.path }}
        >
          {round.recipients.map((recipient) => (
            <Text size="sm" key={recipient.id}>
              <ScriptText>{responseSentence(recipient)}</ScriptText>
            </Text>
          ))}
          <Text size="sm" c="dimmed">
            {round.ownCommentCount === 0
              ? `You have made no comments on version ${round.versionNumber} yet.`
              : `You have made ${plural(round.ownCommentCount, 'comment')} on version ${round.versionNumber}.`}
          </Text>
        </TaskCard>
      );
    }
    case 'roundInProgress': {
      const { round } = task;
      const waiting = round.notResponded.length;
      const opened = past(round.opensAt);
      return (
        <TaskCard
          label={`Comment round ${round.number} in progress`}
          title={round.document.title}
          context={documentContext(round.document)}
          due={
            opened ? (
              <>
                Closes <Moment at={round.closesAt} /> ({relative(round.closesAt)})
              </>
            ) : (
              <>
                Opens <Moment at={round.opensAt} /> ({relative(round.opensAt)})
              </>
            )
          }
          action={{ label: 'See responses', to: round.path }}
        >
          <Text size="sm">
            {waiting === 0
              ? `All ${round.recipientCount} recipients have responded${round.viewerCanClose ? ': you may close the round.' : '.'}`
              : `${waiting} of ${round.recipientCount} recipients have not responded: ${names(round.notResponded)}.`}
          </Text>
        </TaskCard>
      );
    }
    case 'dispose': {
      const { comments } = task;
      return (
        <TaskCard
          label="Comments awaiting disposition"
          title={comments.document.title}
          context={documentContext(comments.document)}
          action={{ label: 'Dispose of comments', to: comments.path }}
        >
          <Text size="sm">
            {comments.undisposedCount === comments.commentCount
              ? `${plural(comments.commentCount, 'comment')} of round ${comments.roundNumber}, none with a disposition yet`
              : `${comments.undisposedCount} of ${plural(comments.commentCount, 'comment')} of round ${comments.roundNumber} still without a disposition`}
            {comments.roundOpen ? ' (the round is still open).' : '.'}
          </Text>
          <Text size="sm" c="dimmed">
            Waiting since <Moment at={comments.waitingSince} />.
          </Text>
        </TaskCard>
      );
    }
    case 'returned': {
      const { returned } = task;
      return (
        <TaskCard
          label="Returned with guidance"
          title={returned.document.title}
          context={documentContext(returned.document)}
          action={{ label: 'Revise', to: returned.path }}
        >
          <Text size="sm">
            {returned.body ?? 'The body'} returned it on <Moment at={returned.returnedAt} />
            {returned.guidance.trim() === '' ? '.' : ':'}
          </Text>
          {returned.guidance.trim() !== '' && (
            <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
              {excerpt(returned.guidance, 400)}
            </Text>
          )}
        </TaskCard>
      );
    }
    case 'decide': {
      const { decision } = task;
      return (
        <TaskCard
          label="Awaiting your body’s decision"
          title={decision.document.title}
          context={documentContext(decision.document)}
          action={{ label: 'Decide', to: decision.path }}
        >
          <Text size="sm">
            Submitted to {decision.body ?? 'your body'}
            {decision.submittedAt && (
              <>
                {' '}
                on <Moment at={decision.submittedAt} />
              </>
            )}
            : approve it, or return it with guidance.
          </Text>
        </TaskCard>
      );
    }
    case 'followUps':
      return <FollowUpsTask followUps={task.followUps} />;
    case 'invitation': {
      const { meeting } = task.invitation;
      return (
        <TaskCard
          label="Invitation"
          title={meeting.title}
          context={meetingLine(meeting)}
          due={<>Starts {relativeDay(meeting.startDate)}</>}
          action={{ label: 'Reply', to: task.invitation.path }}
        >
          <Text size="sm">
            You are invited
            {meeting.viewerRole ? ` as ${meetingRoleLabels[meeting.viewerRole].toLowerCase()}` : ''}: tell the
            organisers whether you will come.
          </Text>
        </TaskCard>
      );
    }
    case 'unanswered': {
      const { invitations } = task;
      return (
        <TaskCard
          label="Invitations without a reply"
          title={invitations.meeting.title}
          context={meetingLine(invitations.meeting)}
          due={<>Starts {relativeDay(invitations.meeting.startDate)}</>}
          action={{ label: 'See participants', to: invitations.path }}
        >
          <Text size="sm">
            {invitations.noReplyCount} of {plural(invitations.invitedCount, 'person', 'people')} invited{' '}
            {invitations.noReplyCount === 1 ? 'has' : 'have'} not replied.
          </Text>
        </TaskCard>
      );
    }
    case 'agenda': {
      const { meeting } = task.agenda;
      return (
        <TaskCard
          label="Agenda not adopted"
          title={meeting.title}
          context={meetingLine(meeting)}
          due={<>Starts {relativeDay(meeting.startDate)}</>}
          action={{ label: 'Open the agenda', to: task.agenda.path }}
        >
          <Text size="sm">
            {meeting.status === MeetingStatus.PLANNED
              ? 'The agenda is not yet drafted.'
              : 'The agenda is still provisional: adopt it before the meeting.'}
          </Text>
        </TaskCard>
      );
    }
    case 'report': {
      const { report } = task;
      const held = report.meeting.status === MeetingStatus.HELD;
      return (
        <TaskCard
          label="Report to publish"
          title={report.meeting.title}
          context={meetingLine(report.meeting)}
          action={{ label: 'Open the report', to: report.path }}
        >
          <Text size="sm">
            {!held
              ? 'The meeting is over: mark it held, then publish its report.'
              : report.reportStatus === null
                ? 'No report has been started.'
                : `The report is ${reportStatusLabels[report.reportStatus].toLowerCase()}, not yet published.`}
          </Text>
        </TaskCard>
      );
    }
  }
}

/** How many follow-ups the card lists before pointing at the registry for the rest. */
const FOLLOW_UPS_SHOWN = 5;

function FollowUpsTask({ followUps }: { followUps: Home['followUps'] }) {
  const overdue = followUps.filter((followUp) => followUp.overdue).length;
  const dueSoon = followUps.length - overdue;
  const title = [
    overdue > 0 ? `${plural(overdue, 'follow-up')} overdue` : null,
    dueSoon > 0 ? `${plural(dueSoon, 'follow-up')} due within a week` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
  const first = followUps[0]!;
  return (
    <TaskCard
      label="Recommendation follow-ups"
      title={title.charAt(0).toUpperCase() + title.slice(1)}
      due={first.overdue ? <>Overdue since {formatDate(first.nextFollowUpOn)}</> : undefined}
      late={first.overdue}
      action={
        overdue > 0
          ? { label: 'See overdue follow-ups', to: '/recommendations?overdue=1' }
          : { label: 'Record the next step', to: first.path }
      }
    >
      <List size="sm" spacing={4} listStyleType="none" m={0} p={0}>
        {followUps.slice(0, FOLLOW_UPS_SHOWN).map((followUp) => (
          <List.Item key={followUp.id}>
            <Anchor component={Link} to={followUp.path} size="sm" fw={500}>
              <ScriptText>{recommendationTitle(followUp)}</ScriptText>
            </Anchor>
            <Text span size="sm" c={followUp.overdue ? 'red.8' : 'dimmed'}>
              {' — '}
              {followUp.overdue ? 'was due' : 'due'} {formatDate(followUp.nextFollowUpOn)}
            </Text>
          </List.Item>
        ))}
      </List>
      {followUps.length > FOLLOW_UPS_SHOWN && (
        <Text size="sm" c="dimmed">
          and {followUps.length - FOLLOW_UPS_SHOWN} more in Recommendations.
        </Text>
      )}
    </TaskCard>
  );
}

/** Rounds the viewer has answered, still open: nothing needed, but comments are still welcome. */
function AnsweredRounds({ rounds }: { rounds: Home['roundsToAnswer'] }) {
  const relative = useRelative();
  const headingId = useId();
  if (rounds.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} fz="h4" id={headingId}>
        Answered, still open for comment
      </Title>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {rounds.map((round) => (
          <Text component="li" size="sm" key={round.id}>
            <Anchor component={Link} to={round.path} fw={500}>
              <ScriptText>{round.document.title}</ScriptText>
            </Anchor>
            {' — '}
            <ScriptText>{round.recipients.map(responseSentence).join(' ')}</ScriptText>
            {round.ownCommentCount > 0 && ` You made ${plural(round.ownCommentCount, 'comment')}.`} Round {round.number}{' '}
            closes {relative(round.closesAt)}.
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

export interface TaskListProps {
  home: FragmentType<typeof taskListFragment>;
}

/** What needs the viewer, soonest deadline first, each with the button that leads to doing it. */
export function TaskList({ home: ref }: TaskListProps) {
  const home = getFragmentData(taskListFragment, ref);
  const tasks = homeTasks(home);
  const answered = home.roundsToAnswer.filter((round) => !round.awaitingResponse);
  return (
    <Stack gap="lg">
      <VisuallyHidden component="h2">Things to do</VisuallyHidden>
      {tasks.length === 0 ? (
        <EmptyState
          title="Nothing needs you now"
          description="Comment rounds to answer, invitations, decisions and follow-ups appear here as soon as they are yours, soonest deadline first."
        />
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="What needs you">
          {tasks.map((task) => (
            <Task key={task.key} task={task} />
          ))}
        </Stack>
      )}
      <AnsweredRounds rounds={answered} />
    </Stack>
  );
}
