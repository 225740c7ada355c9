import { Button, List, Text } from '@mantine/core';
import { meetingStatusLabels, MeetingStatus, type ErrorReason } from '@plenary/shared';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { useChangeMeetingStatus } from '../hooks/use-change-meeting-status';

export const meetingStatusActionsFragment = graphql(`
  fragment MeetingStatusActions_meeting on Meeting {
    id
    status
    nextStatuses
    viewerCanManage
    report {
      id
    }
    agendaWarnings {
      message
    }
  }
`);

/** What the button moving the meeting to each status says. */
export const statusActionLabels: Record<MeetingStatus, string> = {
  PLANNED: 'Return to planned',
  AGENDA_PROVISIONAL: 'Issue provisional agenda',
  AGENDA_ADOPTED: 'Adopt agenda',
  HELD: 'Mark as held',
  REPORT_PUBLISHED: 'Publish report',
};

function consequences(to: MeetingStatus, warnings: readonly string[]): ReactNode {
  switch (to) {
    case MeetingStatus.PLANNED:
      return <Text>The meeting goes back to being planned.</Text>;
    case MeetingStatus.AGENDA_PROVISIONAL:
      return (
        <Text>
          Participants will see the agenda marked as provisional. You can keep changing it freely until it is adopted.
        </Text>
      );
    case MeetingStatus.AGENDA_ADOPTED:
      return (
        <>
          <Text>
            Once adopted, the agenda is the one the meeting follows. You can still change it, but every later change is
            recorded and shown to all participants under “Changes since adoption”.
          </Text>
          {warnings.length > 0 && (
            <>
              <Text fw={500}>
                {warnings.length === 1 ? 'One thing on the agenda' : `${warnings.length} things on the agenda`} may need
                a look first:
              </Text>
              <List size="sm" spacing={4}>
                {warnings.slice(0, 5).map((warning) => (
                  <List.Item key={warning}>{warning}</List.Item>
                ))}
              </List>
            </>
          )}
        </>
      );
    case MeetingStatus.HELD:
      return (
        <Text>
          The agenda can no longer change, and participants can no longer change their replies. You can still mark who
          attended.
        </Text>
      );
    case MeetingStatus.REPORT_PUBLISHED:
      return <Text>The meeting’s report is marked as published. This is the last step in the meeting’s life.</Text>;
  }
}

const refusalMessages: Partial<Record<ErrorReason, string>> = {
  AGENDA_EMPTY: 'The agenda has no items yet. Add at least one on the Agenda tab, then try again.',
  INVALID_TRANSITION:
    'Someone else changed the meeting’s status meanwhile. The page now shows its current status: close this dialog, check it, and try again if it is still needed.',
};

function describeRefusal(error: unknown): string {
  const apiError = toApiError(error);
  return (apiError.reason && refusalMessages[apiError.reason]) ?? apiError.message;
}

export interface MeetingStatusActionsProps {
  meeting: FragmentType<typeof meetingStatusActionsFragment>;
}

/** For those who run the meeting: one button per status the meeting may move to next, each asking before it acts. */
export function MeetingStatusActions({ meeting: meetingRef }: MeetingStatusActionsProps) {
  const meeting = getFragmentData(meetingStatusActionsFragment, meetingRef);
  const changeStatus = useChangeMeetingStatus();
  // The status the meeting was in when the person clicked, so a change pushed meanwhile cannot alter their intent.
  const [pending, setPending] = useState<{ from: MeetingStatus; to: MeetingStatus }>();
  const [opened, setOpened] = useState(false);

  if (!meeting.viewerCanManage) return null;
  // A meeting with a report here is marked "report published" by publishing that report.
  const nextStatuses = meeting.nextStatuses.filter((to) => !(to === MeetingStatus.REPORT_PUBLISHED && meeting.report));

  async function handleConfirm() {
    if (!pending) return;
    await changeStatus(meeting.id, pending.from, pending.to);
    notifications.show({
      color: 'green',
      title: 'Status changed',
      message: `The meeting is now: ${meetingStatusLabels[pending.to].toLowerCase()}.`,
    });
  }

  return (
    <>
      {nextStatuses.map((to, index) => (
        <Button
          key={to}
          variant={index === 0 ? 'filled' : 'default'}
          onClick={() => {
            setPending({ from: meeting.status, to });
            setOpened(true);
          }}
        >
          {statusActionLabels[to]}
        </Button>
      ))}
      <ConfirmDialog
        opened={opened}
        title={pending ? `${statusActionLabels[pending.to]}?` : ''}
        confirmLabel={pending ? statusActionLabels[pending.to] : ''}
        onConfirm={handleConfirm}
        onClose={() => {
          setOpened(false);
        }}
        describeError={describeRefusal}
      >
        {pending &&
          consequences(
            pending.to,
            meeting.agendaWarnings.map((warning) => warning.message),
          )}
      </ConfirmDialog>
    </>
  );
}
