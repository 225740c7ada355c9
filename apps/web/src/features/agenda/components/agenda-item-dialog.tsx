import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { AgendaItem_ItemFragment, AgendaItemInput } from '../../../__generated__/graphql';
import { useAddAgendaItem } from '../hooks/use-add-agenda-item';
import { useUpdateAgendaItem } from '../hooks/use-update-agenda-item';
import type { AgendaDayRef } from './agenda-context';
import { AgendaItemForm, emptyAgendaItem, type AgendaItemFormValues, type PersonOption } from './agenda-item-form';
import { formatAgendaDate } from './agenda-time';

export type AgendaItemDialogState =
  | { mode: 'add'; day: AgendaDayRef; times: readonly { startTime: string; endTime: string }[] }
  | { mode: 'edit'; day: AgendaDayRef; item: AgendaItem_ItemFragment };

function initialValues(state: AgendaItemDialogState): AgendaItemFormValues {
  // A new item most often follows the last one.
  if (state.mode === 'add') return { ...emptyAgendaItem, startTime: state.times.at(-1)?.endTime ?? '' };
  const { item } = state;
  return {
    kind: item.kind,
    title: item.title,
    startTime: item.startTime,
    endTime: item.endTime,
    subItems: item.subItems.map((subItem) => subItem.text),
    chairId: item.chair?.id ?? '',
    chairName: item.chairName ?? '',
    speakers: item.speakers.map((speaker) => ({
      personId: speaker.person?.id ?? '',
      name: speaker.person ? '' : (speaker.name ?? ''),
      role: speaker.role,
    })),
    papers: item.papers.map(({ id, filename, url }) => ({ id, filename, url })),
  };
}

export interface AgendaItemDialogProps {
  /** What the dialog is for; kept while it closes so its content does not change under the closing animation. */
  state: AgendaItemDialogState | undefined;
  opened: boolean;
  meetingId: string;
  timeZone: string;
  people: readonly PersonOption[];
  onClose: () => void;
}

/** Adds an item to a day, or edits one, in a dialog (full screen on a phone). */
export function AgendaItemDialog({ state, opened, meetingId, timeZone, people, onClose }: AgendaItemDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const addItem = useAddAgendaItem();
  const updateItem = useUpdateAgendaItem();

  async function handleSubmit(input: AgendaItemInput) {
    if (!state) return;
    if (state.mode === 'add') {
      // The server puts it where its start time belongs in the day.
      await addItem(state.day.id, input);
      notifications.show({ color: 'green', title: 'Item added', message: input.title });
    } else {
      await updateItem(state.day.id, state.item.id, input);
      notifications.show({ color: 'green', title: 'Item saved', message: input.title });
    }
    onClose();
  }

  const title = state
    ? state.mode === 'add'
      ? `Add an item to ${formatAgendaDate(state.day.date)}`
      : 'Edit agenda item'
    : '';

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={phone}>
      {opened && state && (
        <AgendaItemForm
          initialValues={initialValues(state)}
          date={state.day.date}
          meetingId={meetingId}
          timeZone={timeZone}
          people={people}
          submitLabel={state.mode === 'add' ? 'Add item' : 'Save item'}
          onSubmit={handleSubmit}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
