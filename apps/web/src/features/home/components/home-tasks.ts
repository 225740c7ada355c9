import type { TaskList_HomeFragment } from '../../../__generated__/graphql';

type Home = TaskList_HomeFragment;

/** One thing the viewer has to do, with the moment to do it by (null: no deadline). */
export type HomeTask =
  | { kind: 'respond'; key: string; deadline: string | null; round: Home['roundsToAnswer'][number] }
  | { kind: 'roundInProgress'; key: string; deadline: string | null; round: Home['roundsInProgress'][number] }
  | { kind: 'dispose'; key: string; deadline: string | null; comments: Home['commentsToDispose'][number] }
  | { kind: 'returned'; key: string; deadline: string | null; returned: Home['returnedDocuments'][number] }
  | { kind: 'decide'; key: string; deadline: string | null; decision: Home['documentsToDecide'][number] }
  | { kind: 'followUps'; key: string; deadline: string | null; followUps: Home['followUps'] }
  | { kind: 'invitation'; key: string; deadline: string | null; invitation: Home['invitations'][number] }
  | {
      kind: 'unanswered';
      key: string;
      deadline: string | null;
      invitations: Home['unansweredInvitations'][number];
    }
  | { kind: 'agenda'; key: string; deadline: string | null; agenda: Home['agendasToAdopt'][number] }
  | { kind: 'report'; key: string; deadline: string | null; report: Home['reportsToPublish'][number] };

/** Among tasks due at the same moment, or without a deadline, the order the page lists them in. */
const kindOrder: readonly HomeTask['kind'][] = [
  'decide',
  'respond',
  'invitation',
  'roundInProgress',
  'dispose',
  'returned',
  'followUps',
  'agenda',
  'unanswered',
  'report',
];

function deadlineTime(task: HomeTask): number {
  return task.deadline === null ? Number.POSITIVE_INFINITY : Date.parse(task.deadline);
}

/**
 * Everything the viewer has to do, soonest deadline first; what has no deadline comes after. A
 * round the viewer has answered for everyone they speak for is no longer theirs to do; the
 * follow-ups of a secretariat make one task, however many come due.
 */
export function homeTasks(home: Home): HomeTask[] {
  const tasks: HomeTask[] = [
    ...home.roundsToAnswer
      .filter((round) => round.awaitingResponse)
      .map((round) => ({ kind: 'respond' as const, key: `respond:${round.id}`, deadline: round.deadline, round })),
    ...home.roundsInProgress.map((round) => ({
      kind: 'roundInProgress' as const,
      key: `round:${round.id}`,
      deadline: round.deadline,
      round,
    })),
    ...home.commentsToDispose.map((comments) => ({
      kind: 'dispose' as const,
      key: `dispose:${comments.id}`,
      deadline: comments.deadline,
      comments,
    })),
    ...home.returnedDocuments.map((returned) => ({
      kind: 'returned' as const,
      key: `returned:${returned.id}`,
      deadline: returned.deadline,
      returned,
    })),
    ...home.documentsToDecide.map((decision) => ({
      kind: 'decide' as const,
      key: `decide:${decision.id}`,
      deadline: decision.deadline,
      decision,
    })),
    ...(home.followUps.length > 0
      ? [
          {
            kind: 'followUps' as const,
            key: 'followUps',
            deadline: home.followUps[0]!.deadline,
            followUps: home.followUps,
          },
        ]
      : []),
    ...home.invitations.map((invitation) => ({
      kind: 'invitation' as const,
      key: `invitation:${invitation.id}`,
      deadline: invitation.deadline,
      invitation,
    })),
    ...home.unansweredInvitations.map((invitations) => ({
      kind: 'unanswered' as const,
      key: `unanswered:${invitations.id}`,
      deadline: invitations.deadline,
      invitations,
    })),
    ...home.agendasToAdopt.map((agenda) => ({
      kind: 'agenda' as const,
      key: `agenda:${agenda.id}`,
      deadline: agenda.deadline,
      agenda,
    })),
    ...home.reportsToPublish.map((report) => ({
      kind: 'report' as const,
      key: `report:${report.id}`,
      deadline: report.deadline,
      report,
    })),
  ];
  // Stable: within a kind, the server's order (oldest waiting first) holds.
  return tasks.sort(
    (a, b) => deadlineTime(a) - deadlineTime(b) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  );
}
