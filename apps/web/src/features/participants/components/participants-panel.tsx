import { Button, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { invitationStateLabels, InvitationState, MeetingStatus } from '@plenary/shared';
import { useId, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { InviteParticipantInput, UpdateParticipationInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useOrganizationOptions } from '../../organizations/hooks/use-organization-options';
import { participantRowFragment } from '../graphql/participant-fragments';
import { useInviteParticipant } from '../hooks/use-invite-participant';
import { useMarkAttendance } from '../hooks/use-mark-attendance';
import { useRemoveParticipation } from '../hooks/use-remove-participation';
import { useUpdateParticipation } from '../hooks/use-update-participation';
import { EditParticipationForm } from './edit-participation-form';
import { ImportParticipantsDialog } from './import-participants-dialog';
import { InviteParticipantForm } from './invite-participant-form';
import { GroupBy, groupByLabels, groupParticipants, type ParticipantRow } from './participant-groups';
import { displayName } from '../../../lib/names';
import { ParticipantListDownloads } from './participant-list-downloads';
import { ParticipantsTable } from './participants-table';
import { YourReply } from './your-reply';

export const participantsPanelFragment = graphql(`
  fragment ParticipantsPanel_meeting on Meeting {
    id
    status
    viewerRoles
    viewerCanManage
    participantCategories
    participants {
      id
      ...ParticipantRow_participation
    }
  }
`);

/** Attendance is taken once the agenda is settled, and at the meeting itself. */
const attendanceStatuses: readonly MeetingStatus[] = [MeetingStatus.AGENDA_ADOPTED, MeetingStatus.HELD];

function isGroupBy(value: string): value is GroupBy {
  return Object.values(GroupBy).some((option) => option === value);
}

/** "12 invited: 8 accepted, 2 tentative, 1 declined, 1 not replied yet". */
function summary(rows: readonly ParticipantRow[]): string {
  const order: InvitationState[] = [
    InvitationState.ACCEPTED,
    InvitationState.TENTATIVE,
    InvitationState.DECLINED,
    InvitationState.INVITED,
    InvitationState.ATTENDED,
    InvitationState.NO_SHOW,
  ];
  const counts = order
    .map((state) => ({ state, count: rows.filter((row) => row.state === state).length }))
    .filter(({ count }) => count > 0)
    .map(({ state, count }) =>
      state === InvitationState.INVITED
        ? `${count} not replied yet`
        : `${count} ${invitationStateLabels[state].toLowerCase()}`,
    );
  return `${rows.length} invited: ${counts.join(', ')}`;
}

function peopleCount(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/** Loads the organizations a dialog's form chooses from. */
function WithOrganizations({
  children,
}: {
  children: (organizations: ReturnType<typeof useOrganizationOptions>['organizations']) => ReactNode;
}) {
  const { organizations, loading, error, refetch } = useOrganizationOptions();
  if (loading) return <LoadingState label="Loading organizations…" />;
  if (error) {
    return (
      <ErrorState
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  return <>{children(organizations)}</>;
}

export interface ParticipantsPanelProps {
  meeting: FragmentType<typeof participantsPanelFragment>;
}

/** Everyone invited to the meeting, with their replies; organisers invite, edit and take attendance here. */
export function ParticipantsPanel({ meeting: meetingRef }: ParticipantsPanelProps) {
  const meeting = getFragmentData(participantsPanelFragment, meetingRef);
  const rows = getFragmentData(participantRowFragment, meeting.participants);
  const { viewer } = useViewer();
  const manager = meeting.viewerCanManage;
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const [groupBy, setGroupBy] = useState<GroupBy>(GroupBy.NONE);
  const { message, announce } = useAnnouncement();
  const headingId = useId();
  const [inviting, setInviting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<ParticipantRow>();
  const [removing, setRemoving] = useState<ParticipantRow>();
  const [editOpened, setEditOpened] = useState(false);
  const [removeOpened, setRemoveOpened] = useState(false);

  const inviteParticipant = useInviteParticipant(meeting.id);
  const updateParticipation = useUpdateParticipation();
  const removeParticipation = useRemoveParticipation(meeting.id);
  const markAttendance = useMarkAttendance();

  const groups = groupParticipants(rows, groupBy);
  const own = viewer ? rows.find((row) => row.person.id === viewer.person.id) : undefined;
  const invited = new Set(rows.map((row) => row.person.id));
  const showAttendance = manager && attendanceStatuses.includes(meeting.status);

  async function handleInvite(input: InviteParticipantInput) {
    await inviteParticipant(input);
    notifications.show({
      color: 'green',
      title: 'Invitation sent',
      message: 'The invitation is in the outbox, with a personal link to reply.',
    });
    setInviting(false);
  }

  async function handleUpdate(input: UpdateParticipationInput) {
    if (!editing) return;
    if (Object.keys(input).length > 0) {
      await updateParticipation(editing.id, input);
      notifications.show({ color: 'green', title: 'Participation saved', message: displayName(editing.person) });
    }
    setEditOpened(false);
  }

  async function handleRemove() {
    if (!removing) return;
    await removeParticipation(removing.id);
    announce(`${displayName(removing.person)} removed from the meeting.`);
    // The menu that opened the dialog has gone with its row: the focus goes back to the list's heading.
    window.setTimeout(() => {
      document.getElementById(headingId)?.focus();
    }, 0);
  }

  function handleMarkAttendance(row: ParticipantRow, attended: boolean) {
    const name = displayName(row.person);
    markAttendance(row.id, attended).then(
      () => {
        announce(`${name}: ${attended ? 'attended' : 'no-show'}.`);
      },
      (error: unknown) => {
        notifications.show({ color: 'red', title: 'Attendance not saved', message: toApiError(error).message });
      },
    );
  }

  const actions = {
    onEdit: (row: ParticipantRow) => {
      setEditing(row);
      setEditOpened(true);
    },
    onRemove: (row: ParticipantRow) => {
      setRemoving(row);
      setRemoveOpened(true);
    },
    onMarkAttendance: handleMarkAttendance,
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2} fz="h3" id={headingId} tabIndex={-1}>
            Participants
          </Title>
          {rows.length > 0 && (
            <Text size="sm" c="dimmed">
              {summary(rows)}
            </Text>
          )}
        </Stack>
        {manager && (
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() => {
                setImporting(true);
              }}
            >
              Import from CSV
            </Button>
            <Button
              onClick={() => {
                setInviting(true);
              }}
            >
              Invite participant
            </Button>
          </Group>
        )}
      </Group>

      {rows.length > 0 && <ParticipantListDownloads meetingId={meeting.id} />}

      {own && <YourReply meetingId={meeting.id} status={meeting.status} participation={own} />}

      {rows.length === 0 ? (
        <EmptyState
          title="Nobody invited yet"
          description={
            manager
              ? 'Invite experts from the directory, or someone new: each gets an e-mail with a personal link to reply.'
              : 'The organisers have not invited anyone yet.'
          }
        />
      ) : (
        <>
          <Group gap="sm" align="center">
            <Text size="sm" fw={500} id="participants-group-by">
              Group by
            </Text>
            <SegmentedControl
              aria-labelledby="participants-group-by"
              size="sm"
              data={Object.values(GroupBy).map((value) => ({ value, label: groupByLabels[value] }))}
              value={groupBy}
              onChange={(value) => {
                if (!isGroupBy(value)) return;
                setGroupBy(value);
                const count = groupParticipants(rows, value).length;
                announce(
                  value === GroupBy.NONE
                    ? 'Participants listed by name.'
                    : `Grouped by ${groupByLabels[value].toLowerCase()}: ${count} ${count === 1 ? 'group' : 'groups'}.`,
                );
              }}
            />
          </Group>
          {groups.map((group) =>
            group.label === '' ? (
              <ParticipantsTable
                key={group.key}
                rows={group.rows}
                caption="Participants"
                manager={manager}
                showAttendance={showAttendance}
                {...actions}
              />
            ) : (
              <Stack gap="xs" key={group.key} component="section" aria-label={group.label}>
                <Title order={3} fz="h5">
                  {group.label}{' '}
                  <Text span c="dimmed" fw={400} fz="sm">
                    · {peopleCount(group.rows.length)}
                  </Text>
                </Title>
                <ParticipantsTable
                  rows={group.rows}
                  caption={group.label}
                  manager={manager}
                  showAttendance={showAttendance}
                  {...actions}
                />
              </Stack>
            ),
          )}
        </>
      )}
      <LiveRegion message={message} />

      {manager && (
        <>
          <ImportParticipantsDialog
            meetingId={meeting.id}
            opened={importing}
            onClose={() => {
              setImporting(false);
            }}
          />
          <Modal
            opened={inviting}
            onClose={() => {
              setInviting(false);
            }}
            title="Invite a participant"
            size="lg"
            fullScreen={phone}
          >
            {inviting && (
              <WithOrganizations>
                {(organizations) => (
                  <InviteParticipantForm
                    organizations={organizations}
                    categories={meeting.participantCategories}
                    invited={invited}
                    onSubmit={handleInvite}
                    onCancel={() => {
                      setInviting(false);
                    }}
                  />
                )}
              </WithOrganizations>
            )}
          </Modal>
          <Modal
            opened={editOpened}
            onClose={() => {
              setEditOpened(false);
            }}
            title="Edit participation"
            size="lg"
            fullScreen={phone}
          >
            {editOpened && editing && (
              <WithOrganizations>
                {(organizations) => (
                  <EditParticipationForm
                    participant={editing}
                    organizations={organizations}
                    categories={meeting.participantCategories}
                    onSubmit={handleUpdate}
                    onCancel={() => {
                      setEditOpened(false);
                    }}
                  />
                )}
              </WithOrganizations>
            )}
          </Modal>
          <ConfirmDialog
            opened={removeOpened}
            title="Remove from the meeting?"
            confirmLabel="Remove"
            confirmColor="red"
            onConfirm={handleRemove}
            onClose={() => {
              setRemoveOpened(false);
            }}
          >
            {removing && (
              <Text>
                {displayName(removing.person)} will be taken off the list of participants and will no longer see this
                meeting. Their reply is not kept.
              </Text>
            )}
          </ConfirmDialog>
        </>
      )}
    </Stack>
  );
}
