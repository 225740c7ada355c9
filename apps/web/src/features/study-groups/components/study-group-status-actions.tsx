import { useApolloClient } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { studyGroupStatusLabels, StudyGroupStatus, type ErrorReason } from '@plenary/shared';
import { useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { studyGroupQuery } from '../graphql/study-group-page';
import { useChangeStudyGroupStatus } from '../hooks/use-change-study-group-status';

export const studyGroupStatusActionsFragment = graphql(`
  fragment StudyGroupStatusActions_studyGroup on StudyGroup {
    id
    status
    nextStatuses
    viewerCanManage
    reportsTo {
      id
      name
    }
  }
`);

/** What the button moving the group to each status says. */
export const studyGroupStatusActionLabels: Record<StudyGroupStatus, string> = {
  PROPOSED: 'Return to proposed',
  APPROVED: 'Record approval',
  ACTIVE: 'Mark active',
  CONCLUDED: 'Conclude',
};

function consequences(to: StudyGroupStatus, approver: string): ReactNode {
  switch (to) {
    case StudyGroupStatus.PROPOSED:
      return <Text>The group goes back to being a proposal.</Text>;
    case StudyGroupStatus.APPROVED:
      return <Text>Record that {approver} has approved the group. Its planned meetings can then be scheduled.</Text>;
    case StudyGroupStatus.ACTIVE:
      return <Text>The group is at work: its meetings and sub-groups are under way.</Text>;
    case StudyGroupStatus.CONCLUDED:
      return (
        <Text>
          The group has finished its work. This is the last step in its life: no further meetings can be scheduled.
        </Text>
      );
  }
}

const refusalMessages: Partial<Record<ErrorReason, string>> = {
  INVALID_TRANSITION:
    'Someone else changed the group’s status meanwhile. The page now shows its current status: close this dialog, check it, and try again if it is still needed.',
};

function describeRefusal(error: unknown): string {
  const apiError = toApiError(error);
  return (apiError.reason && refusalMessages[apiError.reason]) ?? apiError.message;
}

export interface StudyGroupStatusActionsProps {
  studyGroup: FragmentType<typeof studyGroupStatusActionsFragment>;
}

/** For those who run the group: one button per status it may move to next, each asking before it acts. */
export function StudyGroupStatusActions({ studyGroup: ref }: StudyGroupStatusActionsProps) {
  const group = getFragmentData(studyGroupStatusActionsFragment, ref);
  const client = useApolloClient();
  const changeStatus = useChangeStudyGroupStatus();
  // The status the group was in when the person clicked, so what they confirm is what they saw.
  const [pending, setPending] = useState<{ from: StudyGroupStatus; to: StudyGroupStatus }>();
  const [opened, setOpened] = useState(false);

  if (!group.viewerCanManage) return null;

  async function handleConfirm() {
    if (!pending) return;
    try {
      await changeStatus(group.id, pending.from, pending.to);
    } catch (error) {
      // The page has no live updates: a status someone else set is read now, so the page shows it.
      if (toApiError(error).reason === 'INVALID_TRANSITION') void client.refetchQueries({ include: [studyGroupQuery] });
      throw error;
    }
    notifications.show({
      color: 'green',
      title: 'Status changed',
      message: `The study group is now ${studyGroupStatusLabels[pending.to].toLowerCase()}.`,
    });
  }

  return (
    <>
      {group.nextStatuses.map((to, index) => (
        <Button
          key={to}
          variant={index === 0 ? 'filled' : 'default'}
          onClick={() => {
            setPending({ from: group.status, to });
            setOpened(true);
          }}
        >
          {studyGroupStatusActionLabels[to]}
        </Button>
      ))}
      <ConfirmDialog
        opened={opened}
        title={pending ? `${studyGroupStatusActionLabels[pending.to]}?` : ''}
        confirmLabel={pending ? studyGroupStatusActionLabels[pending.to] : ''}
        onConfirm={handleConfirm}
        onClose={() => {
          setOpened(false);
        }}
        describeError={describeRefusal}
      >
        {pending && consequences(pending.to, group.reportsTo?.name ?? 'the body the group reports to')}
      </ConfirmDialog>
    </>
  );
}
