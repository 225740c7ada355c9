import { Button, Chip, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  invitationStateLabels,
  InvitationState,
  MeetingStatus,
  ParticipantListStatus,
  participantListStates,
  participantListStatusLabels,
} from '@plenary/shared';
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
import { useRemindInvitees, useSendInvitations } from '../hooks/use-invitations';
import { EditParticipationForm } from './edit-participation-form';
import { InvitationLetterDialog } from './invitation-letter-dialog';
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
    recordedAfterTheFact
    organizers {
      id
      name
    }
    participantCounts {
      status
      count
    }
    participants {
      id
      ...ParticipantRow_participation
    }
  }
`);

/** Once a meeting has been held, nobody is invited or reminded any more. */
const repliesClosed: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

/** Attendance is taken once the agenda is settled, and at the meeting itself. */
const attendanceStatuses: readonly MeetingStatus[] = [MeetingStatus.AGENDA_ADOPTED, MeetingStatus.HELD];

function isGroupBy(value: string): value is GroupBy {
  return Object.values(GroupBy).some((option) => option === value);
}

/** "12 invited: 8 accepted, 2 tentative, 1 declined, 1 not replied yet". */
function summary(rows: readonly ParticipantRow[]): string {
  const order: InvitationState[] = [
    InvitationState.NOT_INVITED,
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
  const prepared = rows.some((row) => row.state === InvitationState.NOT_INVITED);
  return `${rows.length} ${prepared ? 'on the list' : 'invited'}: ${counts.join(', ')}`;
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

/** The statuses the list filters by, everyone first. */
const filterStatuses: readonly ParticipantListStatus[] = [
  ParticipantListStatus.ALL,
  ParticipantListStatus.NOT_INVITED,
  ParticipantListStatus.INVITED,
  ParticipantListStatus.ACCEPTED,
  ParticipantListStatus.TENTATIVE,
  ParticipantListStatus.DECLINED,
  ParticipantListStatus.NO_REPLY,
  ParticipantListStatus.ATTENDED,
];

const filterLabels: Record<ParticipantListStatus, string> = {
  ...participantListStatusLabels,
  ALL: 'All',
  NO_REPLY: 'No reply',
};

function isListStatus(value: string): value is ParticipantListStatus {
  return Object.values(ParticipantListStatus).some((status) => status === value);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Everyone on the meeting's list, with their replies. Organisers prepare the list (people are not
 * yet invited when added), send the invitations when ready, remind, edit and take attendance here.
 */
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

  const [status, setStatus] = useState<ParticipantListStatus>(ParticipantListStatus.ALL);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [letterOpened, setLetterOpened] = useState(false);
  const [sendOpened, setSendOpened] = useState(false);
  const [remindOpened, setRemindOpened] = useState(false);
  const sendInvitations = useSendInvitations(meeting.id);
  const remindInvitees = useRemindInvitees(meeting.id);
  const inviteParticipant = useInviteParticipant(meeting.id);
  const updateParticipation = useUpdateParticipation();
  const removeParticipation = useRemoveParticipation(meeting.id);
  const markAttendance = useMarkAttendance();

  const shownStates = participantListStates[status];
  const shown = shownStates ? rows.filter((row) => shownStates.includes(row.state)) : rows;
  const groups = groupParticipants(shown, groupBy);
  const counts = new Map(meeting.participantCounts.map((c) => [c.status, c.count]));
  const own = viewer ? rows.find((row) => row.person.id === viewer.person.id) : undefined;
  const notInvited = rows.filter((row) => row.state === InvitationState.NOT_INVITED);
  const noReply = rows.filter((row) => row.state === InvitationState.INVITED);
  const chosenToSend = notInvited.filter((row) => selected.has(row.id));
  const chosenToRemind = noReply.filter((row) => selected.has(row.id));
  const canSend = manager && !meeting.recordedAfterTheFact && !repliesClosed.includes(meeting.status);
  const office = meeting.organizers[0]?.name ?? 'The organisers';
  const invited = new Set(rows.map((row) => row.person.id));
  const showAttendance = manager && attendanceStatuses.includes(meeting.status);

  async function handleInvite(input: InviteParticipantInput) {
    await inviteParticipant(input);
    notifications.show({
      color: 'green',
      title: 'Added to the list',
      message: 'Not yet invited: send the invitations when the list is ready.',
    });
    setInviting(false);
  }

  function handleToggleSelected(row: ParticipantRow) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(row.id)) next.delete(row.id);
      else next.add(row.id);
      return next;
    });
  }

  async function handleSend() {
    const ids = chosenToSend.length > 0 ? chosenToSend.map((row) => row.id) : null;
    const result = await sendInvitations(ids);
    setSelected(new Set());
    const message = [
      result.sent > 0 && `${count(result.sent, 'invitation', 'invitations')} sent, each with a personal link to reply.`,
      result.notAsked > 0 &&
        `${count(result.notAsked, 'organiser or secretariat member', 'organisers or secretariat members')} put down as attending, not asked to reply.`,
    ]
      .filter(Boolean)
      .join(' ');
    notifications.show({ color: 'green', title: 'Invitations sent', message });
    announce(message);
  }

  async function handleRemind() {
    const ids = chosenToRemind.length > 0 ? chosenToRemind.map((row) => row.id) : null;
    const reminded = await remindInvitees(ids);
    setSelected(new Set());
    const message = `${count(reminded, 'reminder', 'reminders')} sent, each with a new link to reply.`;
    notifications.show({ color: 'green', title: 'Reminders sent', message });
    announce(message);
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

  const selection = canSend ? { selected, onToggleSelected: handleToggleSelected } : {};
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
              Add participant
            </Button>
          </Group>
        )}
      </Group>

      {canSend && rows.length > 0 && (
        <Group gap="sm" component="nav" aria-label="Invitations">
          <Button
            disabled={notInvited.length === 0}
            onClick={() => {
              setSendOpened(true);
            }}
          >
            {chosenToSend.length > 0
              ? `Send invitations to ${count(chosenToSend.length, 'person', 'people')} chosen`
              : `Send invitations to all not yet invited (${notInvited.length})`}
          </Button>
          <Button
            variant="default"
            disabled={noReply.length === 0}
            onClick={() => {
              setRemindOpened(true);
            }}
          >
            {chosenToRemind.length > 0
              ? `Remind ${count(chosenToRemind.length, 'person', 'people')} chosen`
              : `Remind those who have not replied (${noReply.length})`}
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              setLetterOpened(true);
            }}
          >
            Edit the invitation e-mail
          </Button>
        </Group>
      )}

      {rows.length > 0 && <ParticipantListDownloads meetingId={meeting.id} />}

      {own && !manager && own.state !== InvitationState.NOT_INVITED && (
        <YourReply meetingId={meeting.id} status={meeting.status} participation={own} />
      )}

      {rows.length === 0 ? (
        <EmptyState
          title="Nobody on the list yet"
          description={
            manager
              ? 'Add experts from the directory, someone new or a CSV. Nothing is sent until you send the invitations.'
              : 'The organisers have not invited anyone yet.'
          }
        />
      ) : (
        <>
          <Chip.Group
            multiple={false}
            value={status}
            onChange={(value) => {
              if (!isListStatus(value)) return;
              setStatus(value);
              const n = counts.get(value) ?? 0;
              announce(`${filterLabels[value]}: ${count(n, 'person', 'people')}.`);
            }}
          >
            <Group gap="xs" role="radiogroup" aria-label="Show by status">
              {filterStatuses.map((value) => (
                <Chip key={value} value={value} size="sm" variant="outline">
                  {filterLabels[value]} · {counts.get(value) ?? 0}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
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
                const groupCount = groupParticipants(shown, value).length;
                announce(
                  value === GroupBy.NONE
                    ? 'Participants listed by name.'
                    : `Grouped by ${groupByLabels[value].toLowerCase()}: ${count(groupCount, 'group', 'groups')}.`,
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
                {...selection}
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
                  {...selection}
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
          <InvitationLetterDialog
            meetingId={meeting.id}
            office={office}
            opened={letterOpened}
            onClose={() => {
              setLetterOpened(false);
            }}
          />
          <ConfirmDialog
            opened={sendOpened}
            title="Send the invitations?"
            confirmLabel="Send invitations"
            onConfirm={handleSend}
            onClose={() => {
              setSendOpened(false);
            }}
          >
            <Text>
              {chosenToSend.length > 0
                ? `${count(chosenToSend.length, 'person', 'people')} chosen will each get the invitation e-mail with a personal link to reply.`
                : `Everyone not yet invited (${notInvited.length}) will get the invitation e-mail with a personal link to reply.`}{' '}
              Organisers and the secretariat are put down as attending instead.
            </Text>
          </ConfirmDialog>
          <ConfirmDialog
            opened={remindOpened}
            title="Send reminders?"
            confirmLabel="Send reminders"
            onConfirm={handleRemind}
            onClose={() => {
              setRemindOpened(false);
            }}
          >
            <Text>
              {chosenToRemind.length > 0
                ? `${count(chosenToRemind.length, 'person', 'people')} chosen`
                : `Everyone who has not replied (${noReply.length})`}{' '}
              will get a reminder with a new link to reply; the earlier link stops working. Nobody is reminded twice in
              a day.
            </Text>
          </ConfirmDialog>
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
            title="Add a participant"
            size="lg"
            fullScreen={phone}
          >
            {inviting && (
              <WithOrganizations>
                {(organizations) => (
                  <InviteParticipantForm
                    meetingId={meeting.id}
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
