import { Alert, Button, Group, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { invitationStateLabels, MeetingStatus } from '@plenary/shared';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { AgendaItem_ItemFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { EmptyState } from '../../../ui/empty-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { timeZoneLabel, viewerTimeZone } from '../../../ui/time-zone';
import { agendaItemFragment } from '../graphql/agenda-fragments';
import { useAddAgendaDay } from '../hooks/use-add-agenda-day';
import { useDuplicateAgendaDay } from '../hooks/use-duplicate-agenda-day';
import { dayAfterMove, useMoveAgendaItem } from '../hooks/use-move-agenda-item';
import { useRemoveAgendaDay } from '../hooks/use-remove-agenda-day';
import { useRemoveAgendaItem } from '../hooks/use-remove-agenda-item';
import { usePeopleSearch } from '../../people/hooks/use-people-search';
import { AgendaChanges } from './agenda-changes';
import { AgendaNamedNotListed, CopyAgendaDialog } from './agenda-building-tools';
import { AgendaReading } from './agenda-reading';
import {
  AgendaContext,
  type AgendaContextValue,
  type AgendaDayRef,
  type AgendaItemMoveRequest,
} from './agenda-context';
import { AgendaDateDialog } from './agenda-date-dialog';
import { AgendaDaySection } from './agenda-day-section';
import { AgendaItemDialog, type AgendaItemDialogState } from './agenda-item-dialog';
import type { PersonOption } from './agenda-item-form';
import { formatAgendaDate, nextFreeDate } from './agenda-time';
import { AgendaWarnings } from './agenda-warnings';

export const agendaPanelFragment = graphql(`
  fragment AgendaPanel_meeting on Meeting {
    id
    status
    timeZone
    startDate
    endDate
    viewerCanManage
    studyGroup {
      id
    }
    agendaNamedNotListed {
      asChair
      person {
        id
        name
        honorific
      }
    }
    # A day's selection is spelled out rather than a fragment of its own: each fragment level counts
    # twice against the API's query depth limit. Mutations returning a day select the same.
    agendaDays {
      id
      date
      items {
        id
        ...AgendaItem_item
      }
    }
    agendaWarnings {
      kind
      message
      itemIds
      personId
    }
    agendaChanges {
      id
      at
      summary
      by {
        id
        name
        honorific
      }
    }
    participants {
      id
      state
      person {
        id
        name
        honorific
        sortName
      }
    }
  }
`);

const agendaHeadings: Record<MeetingStatus, string> = {
  PLANNED: 'Draft agenda',
  AGENDA_PROVISIONAL: 'Provisional agenda',
  AGENDA_ADOPTED: 'Agenda',
  HELD: 'Agenda',
  REPORT_PUBLISHED: 'Agenda',
};

/** After these the agenda is history: the server refuses every change. */
const closedStatuses: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

type DateDialogState = { mode: 'add' } | { mode: 'duplicate'; day: AgendaDayRef };
type ConfirmState =
  | { mode: 'remove-item'; day: AgendaDayRef; item: AgendaItem_ItemFragment }
  | { mode: 'remove-day'; day: AgendaDayRef & { itemCount: number } };

/** Moves the focus once the dialog that is closing has let go of it. */
function focusSoon(elementId: string) {
  window.setTimeout(() => {
    document.getElementById(elementId)?.focus();
  }, 0);
}

/** A dialog's content stays while it closes, so the closing animation shows what was there. */
function useDialog<T>() {
  const [state, setState] = useState<T>();
  const [opened, setOpened] = useState(false);
  const open = useCallback((next: T) => {
    setState(next);
    setOpened(true);
  }, []);
  const close = useCallback(() => {
    setOpened(false);
  }, []);
  return { state, opened, open, close };
}

export interface AgendaPanelProps {
  meeting: FragmentType<typeof agendaPanelFragment>;
}

/** The agenda day by day; for those who run the meeting, also the builder and the checks. */
export function AgendaPanel({ meeting: meetingRef }: AgendaPanelProps) {
  const meeting = getFragmentData(agendaPanelFragment, meetingRef);
  const manager = meeting.viewerCanManage;
  const canEdit = manager && !closedStatuses.includes(meeting.status);
  const viewerZone = viewerTimeZone();
  const reorderHelpId = useId();
  const headingId = useId();
  const { message, announce } = useAnnouncement();
  const focusRequest = useRef<string | null>(null);

  const itemDialog = useDialog<AgendaItemDialogState>();
  const dateDialog = useDialog<DateDialogState>();
  const confirm = useDialog<ConfirmState>();
  const { open: openItemDialog } = itemDialog;
  const { open: openDateDialog } = dateDialog;
  const { open: openConfirm } = confirm;

  const addDay = useAddAgendaDay(meeting.id);
  const duplicateDay = useDuplicateAgendaDay(meeting.id);
  const removeDay = useRemoveAgendaDay(meeting.id);
  const removeItem = useRemoveAgendaItem();
  const moveAgendaItem = useMoveAgendaItem();

  const days = useMemo(
    () =>
      meeting.agendaDays.map((day) => ({
        id: day.id,
        date: day.date,
        itemCount: day.items.length,
        items: day.items.map((item) => {
          const { id, startsAt, endsAt } = getFragmentData(agendaItemFragment, item);
          return { id, startsAt, endsAt };
        }),
      })),
    [meeting.agendaDays],
  );

  const warningsByItem = useMemo(() => {
    const byItem = new Map<string, string[]>();
    if (!manager) return byItem;
    for (const warning of meeting.agendaWarnings) {
      for (const itemId of warning.itemIds) byItem.set(itemId, [...(byItem.get(itemId) ?? []), warning.message]);
    }
    return byItem;
  }, [manager, meeting.agendaWarnings]);

  // Chairs and speakers come from the list of participants, or from the directory before they are invited.
  const { people: directory } = usePeopleSearch('');
  const people: PersonOption[] = useMemo(() => {
    const listed = new Set(meeting.participants.map(({ person }) => person.id));
    return [
      ...[...meeting.participants]
        .sort((a, b) => a.person.sortName.localeCompare(b.person.sortName))
        .map(({ person, state }) => {
          const name = person.honorific ? `${person.honorific} ${person.name}` : person.name;
          const note =
            state === 'DECLINED' || state === 'NOT_INVITED' ? ` (${invitationStateLabels[state].toLowerCase()})` : '';
          return { value: person.id, label: `${name}${note}` };
        }),
      ...directory
        .filter((person) => !listed.has(person.id))
        .map((person) => ({
          value: person.id,
          label: `${person.honorific ? `${person.honorific} ${person.name}` : person.name} (not on the list)`,
        })),
    ];
  }, [meeting.participants, directory]);
  const [view, setView] = useState<'build' | 'preview'>('build');
  const [copying, setCopying] = useState(false);
  const agendaEmpty = meeting.agendaDays.every((day) => day.items.length === 0);

  const moveItem = useCallback(
    ({ item, fromDay, toDay, position = 0 }: AgendaItemMoveRequest) => {
      const failed = (error: unknown) => {
        const reason = toApiError(error).message;
        announce(`${item.title} was not moved. ${reason}`);
        notifications.show({ color: 'red', title: 'The item was not moved', message: reason });
      };
      if (fromDay.id === toDay.id) {
        const dayItems = days.find((day) => day.id === fromDay.id)?.items ?? [];
        const expected = dayAfterMove(dayItems, item.id, position, meeting.timeZone);
        const moved = expected.find((other) => other.id === item.id);
        // The new order and times show at once, so they are said at once.
        if (moved) {
          announce(
            `${item.title} moved to position ${position + 1} of ${expected.length}, now ${moved.startTime}–${moved.endTime}; the items it passed are re-timed.`,
          );
        }
        moveAgendaItem({ itemId: item.id, dayId: fromDay.id, position, expected }).catch(failed);
        return;
      }
      moveAgendaItem({ itemId: item.id, fromDayId: fromDay.id, toDayId: toDay.id }).then((day) => {
        const items = day?.items ?? [];
        const index = items.findIndex((other) => other.id === item.id);
        const moved = items[index];
        if (moved) {
          announce(
            `${item.title} moved to ${formatAgendaDate(toDay.date)}, ${moved.startTime}–${moved.endTime}, position ${index + 1} of ${items.length}.`,
          );
        }
      }, failed);
    },
    [announce, days, meeting.timeZone, moveAgendaItem],
  );

  const context: AgendaContextValue = useMemo(
    () => ({
      meetingId: meeting.id,
      timeZone: meeting.timeZone,
      viewerZone,
      canEdit,
      warningsByItem,
      days,
      reorderHelpId,
      announce,
      moveItem,
      requestFocus: (itemId, dayId) => {
        focusRequest.current = `${dayId}/${itemId}`;
      },
      claimFocus: (itemId, dayId) => {
        if (focusRequest.current !== `${dayId}/${itemId}`) return false;
        focusRequest.current = null;
        return true;
      },
      addItem: (day, times) => {
        openItemDialog({ mode: 'add', day, times });
      },
      editItem: (day, item) => {
        openItemDialog({ mode: 'edit', day, item });
      },
      removeItem: (day, item) => {
        openConfirm({ mode: 'remove-item', day, item });
      },
      duplicateDay: (day) => {
        openDateDialog({ mode: 'duplicate', day });
      },
      removeDay: (day) => {
        openConfirm({ mode: 'remove-day', day });
      },
    }),
    [
      meeting.id,
      meeting.timeZone,
      viewerZone,
      canEdit,
      warningsByItem,
      days,
      reorderHelpId,
      announce,
      moveItem,
      openItemDialog,
      openConfirm,
      openDateDialog,
    ],
  );

  async function handleConfirm() {
    const state = confirm.state;
    if (!state) return;
    if (state.mode === 'remove-item') {
      await removeItem(state.day.id, state.item.id);
      announce(`${state.item.title} removed.`);
      // The button that opened the dialog has gone with its item: the focus goes to the item's day.
      focusSoon(`agenda-day-${state.day.id}`);
    } else {
      await removeDay(state.day.id);
      announce(`${formatAgendaDate(state.day.date)} removed from the agenda.`);
      focusSoon(headingId);
    }
  }

  async function handleDateSubmit(date: string) {
    const state = dateDialog.state;
    if (!state) return;
    if (state.mode === 'add') {
      await addDay(date);
      notifications.show({ color: 'green', title: 'Day added', message: formatAgendaDate(date) });
    } else {
      await duplicateDay(state.day.id, date);
      notifications.show({
        color: 'green',
        title: 'Day copied',
        message: `${formatAgendaDate(state.day.date)} was copied to ${formatAgendaDate(date)}.`,
      });
    }
  }

  const venueZone = timeZoneLabel(meeting.timeZone, new Date(`${meeting.startDate}T12:00:00Z`));
  const ownZone = timeZoneLabel(viewerZone, new Date(`${meeting.startDate}T12:00:00Z`));
  const dateDialogState = dateDialog.state;

  return (
    <AgendaContext.Provider value={context}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={2}>
            <Title order={2} fz="h3" id={headingId} tabIndex={-1}>
              {agendaHeadings[meeting.status]}
            </Title>
            <Text size="sm" c="dimmed">
              Times are on the venue’s clock: {venueZone}.
              {viewerZone !== meeting.timeZone && ` Your own time, ${ownZone}, is shown beside them where it differs.`}
            </Text>
          </Stack>
          <Group gap="sm">
            {manager && (
              <SegmentedControl
                aria-label="How to show the agenda"
                size="sm"
                value={view}
                onChange={(value) => {
                  if (value === 'build' || value === 'preview') setView(value);
                }}
                data={[
                  { value: 'build', label: canEdit ? 'Build' : 'Checks' },
                  { value: 'preview', label: 'Preview as participant' },
                ]}
              />
            )}
            {canEdit && view === 'build' && meeting.studyGroup && agendaEmpty && (
              <Button
                variant="default"
                onClick={() => {
                  setCopying(true);
                }}
              >
                Copy from an earlier meeting
              </Button>
            )}
            {canEdit && view === 'build' && (
              <Button
                onClick={() => {
                  dateDialog.open({ mode: 'add' });
                }}
              >
                Add day
              </Button>
            )}
          </Group>
        </Group>

        {manager && view === 'preview' ? (
          <>
            <Alert color="gray" variant="light" role="note" title="As participants see it">
              No checks and no edit controls: the agenda as those invited read it, and as it prints.
            </Alert>
            <AgendaReading meetingId={meeting.id} />
            <AgendaChanges changes={meeting.agendaChanges} timeZone={meeting.timeZone} viewerZone={viewerZone} />
          </>
        ) : (
          <>
            {canEdit && meeting.status === MeetingStatus.AGENDA_ADOPTED && (
              <Alert color="plenary" variant="light" role="note" title="This agenda has been adopted">
                You can still change it, but every change is now recorded, with your name and the time, and shown to all
                participants under “Changes since adoption”.
              </Alert>
            )}
            {manager && !canEdit && (
              <Alert color="gray" variant="light" role="note" title="The meeting has been held">
                Its agenda can no longer change.
              </Alert>
            )}
            {manager && <AgendaWarnings warnings={meeting.agendaWarnings} />}
            {canEdit && <AgendaNamedNotListed meetingId={meeting.id} named={meeting.agendaNamedNotListed} />}
            <AgendaChanges changes={meeting.agendaChanges} timeZone={meeting.timeZone} viewerZone={viewerZone} />

            {meeting.agendaDays.length === 0 ? (
              <EmptyState
                title="No agenda yet"
                description={
                  canEdit
                    ? 'Start with the first day of the meeting, then add its items.'
                    : 'The organisers have not put the agenda together yet. It will appear here.'
                }
                actions={
                  canEdit ? (
                    <Button
                      onClick={() => {
                        dateDialog.open({ mode: 'add' });
                      }}
                    >
                      Add the first day
                    </Button>
                  ) : undefined
                }
              />
            ) : (
              meeting.agendaDays.map((day, index) => <AgendaDaySection key={day.id} day={day} number={index + 1} />)
            )}
          </>
        )}
      </Stack>

      {canEdit && (
        <>
          <VisuallyHidden id={reorderHelpId}>
            Press the up or down arrow key to move the item within its day; Home and End move it to the start or the
            end.
          </VisuallyHidden>
          <LiveRegion message={message} />
          <AgendaItemDialog
            state={itemDialog.state}
            opened={itemDialog.opened}
            meetingId={meeting.id}
            timeZone={meeting.timeZone}
            people={people}
            onClose={itemDialog.close}
          />
          {meeting.studyGroup && (
            <CopyAgendaDialog
              meetingId={meeting.id}
              opened={copying}
              onClose={() => {
                setCopying(false);
              }}
            />
          )}
          <AgendaDateDialog
            opened={dateDialog.opened}
            title={
              dateDialogState?.mode === 'duplicate'
                ? `Copy ${formatAgendaDate(dateDialogState.day.date)}`
                : 'Add a day to the agenda'
            }
            description={
              dateDialogState?.mode === 'duplicate'
                ? 'Every item of the day is copied, at the same times on the venue’s clock, to the date you choose.'
                : undefined
            }
            initialDate={nextFreeDate(
              meeting,
              days.map((day) => day.date),
            )}
            submitLabel={dateDialogState?.mode === 'duplicate' ? 'Copy day' : 'Add day'}
            onSubmit={handleDateSubmit}
            onClose={dateDialog.close}
          />
          <ConfirmDialog
            opened={confirm.opened}
            title={confirm.state?.mode === 'remove-day' ? 'Remove this day?' : 'Remove this item?'}
            confirmLabel={confirm.state?.mode === 'remove-day' ? 'Remove day' : 'Remove item'}
            confirmColor="red"
            onConfirm={handleConfirm}
            onClose={confirm.close}
          >
            {confirm.state?.mode === 'remove-item' && (
              <Text>
                “{confirm.state.item.title}” will be removed from {formatAgendaDate(confirm.state.day.date)}.
              </Text>
            )}
            {confirm.state?.mode === 'remove-day' && (
              <Text>
                {formatAgendaDate(confirm.state.day.date)}
                {confirm.state.day.itemCount === 0
                  ? ' will be removed from the agenda.'
                  : ` and its ${confirm.state.day.itemCount === 1 ? 'item' : `${confirm.state.day.itemCount} items`} will be removed from the agenda.`}
              </Text>
            )}
            {meeting.status === MeetingStatus.AGENDA_ADOPTED && (
              <Text size="sm" c="dimmed">
                The agenda has been adopted: participants will see this change listed.
              </Text>
            )}
          </ConfirmDialog>
        </>
      )}
    </AgendaContext.Provider>
  );
}
