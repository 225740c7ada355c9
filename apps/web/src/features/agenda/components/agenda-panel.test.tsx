import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AddAgendaItemMutationVariables, MoveAgendaItemMutationVariables } from '../../../__generated__/graphql';
import {
  agendaItemFixture,
  lunchItem,
  MEETING_ID,
  meetingPageMocks,
  meetingWithAgenda,
  noChairWarning,
  openingItem,
  sessionOneItem,
} from '../../../test/agenda';
import { apiError, viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { MeetingRoute } from '../../meetings/routes/meeting-route';
import { addAgendaItemMutation } from '../hooks/use-add-agenda-item';
import { moveAgendaItemMutation } from '../hooks/use-move-agenda-item';
import { ITEM_END_BEFORE_START_MESSAGE } from './agenda-item-form';

// The viewer reads the agenda from Berlin (UTC+1 in December); the meeting is in Seoul (UTC+9).
vi.mock('../../../ui/time-zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../ui/time-zone')>()),
  viewerTimeZone: () => 'Europe/Berlin',
}));

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

function renderAgenda(
  meeting: ReturnType<typeof meetingWithAgenda>,
  extraMocks: Parameters<typeof renderRoute>[0]['mocks'] = [],
) {
  return renderRoute({
    routes,
    initialEntry: `/meetings/${MEETING_ID}?tab=agenda`,
    mocks: [viewerMock(), ...meetingPageMocks(meeting), ...extraMocks],
  });
}

describe('agenda', () => {
  it('lists the days and their items on the venue’s clock, with the viewer’s own time beside them', async () => {
    renderAgenda(meetingWithAgenda({ viewerRoles: ['PARTICIPANT'] }));

    const dayOne = await screen.findByRole('region', { name: 'Wednesday 4 December 2019' });
    const dayTwo = screen.getByRole('region', { name: 'Thursday 5 December 2019' });
    const items = within(dayOne)
      .getAllByRole('listitem')
      .filter((item) => item.id.startsWith('agenda-item-'));
    expect(items.map((item) => within(item).getByRole('heading', { level: 4 }).textContent)).toEqual([
      'Opening Session',
      'Session 1: Setting the Scene',
      'Lunch',
    ]);

    const opening = items[0]!;
    expect(opening).toHaveTextContent('09:00–09:30');
    // 09:00 in Seoul is 01:00 in Berlin.
    expect(opening).toHaveTextContent('01:00–01:30 CET your time');
    expect(within(opening).getByText('Opening Remarks')).toBeInTheDocument();
    expect(opening).toHaveTextContent('Chair: Lee Soo-jin');
    expect(items[1]).toHaveTextContent('Presenter: Dr 김민준');
    expect(dayTwo).toHaveTextContent('09:00–12:00');
    expect(dayTwo).toHaveTextContent('01:00–04:00 CET your time');
    // Participants get no builder.
    expect(screen.queryByRole('button', { name: 'Add day' })).not.toBeInTheDocument();
  });

  it('shows the agenda’s warnings to organisers, marking the items concerned', async () => {
    renderAgenda(meetingWithAgenda());

    expect(await screen.findByRole('heading', { name: 'One thing to check' })).toBeInTheDocument();
    const item = document.getElementById(`agenda-item-${sessionOneItem.id}`);
    expect(item).toHaveTextContent(`Check: ${noChairWarning.message}`);
  });

  it('keeps the warnings and the builder from those who do not run the meeting', async () => {
    renderAgenda(meetingWithAgenda({ viewerRoles: ['PARTICIPANT'], viewerCanManage: false }));

    expect(await screen.findByRole('heading', { name: 'Session 1: Setting the Scene' })).toBeInTheDocument();
    expect(screen.queryByText(noChairWarning.message, { exact: false })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /to check/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add day' })).not.toBeInTheDocument();
  });

  it('gives the builder to a study group’s co-chair running its meeting without an organiser role', async () => {
    renderAgenda(meetingWithAgenda({ viewerRoles: ['PARTICIPANT'], viewerCanManage: true }));

    expect(await screen.findByRole('button', { name: 'Add day' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'One thing to check' })).toBeInTheDocument();
  });

  it('moves an item one place down when ArrowDown is pressed on its reorder control, and says where it went', async () => {
    const move = vi.fn((_: MoveAgendaItemMutationVariables) => ({
      data: {
        moveAgendaItem: {
          __typename: 'AgendaItem' as const,
          id: openingItem.id,
          startsAt: openingItem.startsAt,
          endsAt: openingItem.endsAt,
          startTime: openingItem.startTime,
          endTime: openingItem.endTime,
        },
      },
    }));
    const { user } = renderAgenda(meetingWithAgenda(), [
      { request: { query: moveAgendaItemMutation, variables: () => true }, result: move },
    ]);

    const handle = await screen.findByRole('button', { name: 'Reorder: Opening Session' });
    act(() => {
      handle.focus();
    });
    await user.keyboard('{ArrowDown}');

    expect(await screen.findByText('Opening Session moved to position 2 of 3.')).toBeInTheDocument();
    expect(move).toHaveBeenCalledOnce();
    expect(move.mock.calls[0]?.[0]).toEqual({ id: openingItem.id, input: { dayId: 'day-1', position: 1 } });
    const dayOne = screen.getByRole('region', { name: 'Wednesday 4 December 2019' });
    expect(
      within(dayOne)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Session 1: Setting the Scene', 'Opening Session', 'Lunch']);
    expect(handle).toHaveFocus();
  });
});

describe('agenda item form', { timeout: 20_000 }, () => {
  async function openAddItem(user: ReturnType<typeof renderRoute>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Add item: Thursday 5 December 2019' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an item to Thursday 5 December 2019' });
    await user.click(within(dialog).getByLabelText(/^Title/));
    await user.paste('Session 4: In support of new and inclusive multilateralism');
    return dialog;
  }

  it('refuses an item that ends before it starts without calling the server', async () => {
    const addItem = vi.fn((_: AddAgendaItemMutationVariables) => ({ data: null }));
    const { user } = renderAgenda(meetingWithAgenda(), [
      { request: { query: addAgendaItemMutation, variables: () => true }, result: addItem },
    ]);

    const dialog = await openAddItem(user);
    fireEvent.change(within(dialog).getByLabelText(/^Starts/), { target: { value: '13:30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), { target: { value: '12:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));

    const ends = within(dialog).getByLabelText(/^Ends/);
    expect(ends).toHaveAttribute('aria-invalid', 'true');
    expect(ends).toHaveAccessibleDescription(expect.stringContaining(ITEM_END_BEFORE_START_MESSAGE));
    expect(addItem).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal of a time the clocks skip next to that time', async () => {
    const message = '02:30 does not exist on 5 December 2019 in Asia/Seoul: the clocks skip it.';
    const { user } = renderAgenda(meetingWithAgenda(), [
      {
        request: { query: addAgendaItemMutation, variables: () => true },
        result: { errors: [apiError(message, 'BAD_USER_INPUT', 'NONEXISTENT_TIME', 'input.startTime')] },
      },
    ]);

    const dialog = await openAddItem(user);
    fireEvent.change(within(dialog).getByLabelText(/^Starts/), { target: { value: '02:30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), { target: { value: '03:30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));

    const starts = within(dialog).getByLabelText(/^Starts/);
    await vi.waitFor(() => {
      expect(starts).toHaveAttribute('aria-invalid', 'true');
    });
    expect(starts).toHaveAccessibleDescription(expect.stringContaining('the clocks skip it'));
    expect(screen.getByRole('dialog', { name: 'Add an item to Thursday 5 December 2019' })).toBeInTheDocument();
  });

  it('moves an item to the end of another day, and the focus follows it there', async () => {
    const move = vi.fn((_: MoveAgendaItemMutationVariables) => ({
      data: {
        moveAgendaItem: {
          __typename: 'AgendaItem' as const,
          id: lunchItem.id,
          startsAt: '2019-12-05T03:00:00.000Z',
          endsAt: '2019-12-05T04:30:00.000Z',
          startTime: lunchItem.startTime,
          endTime: lunchItem.endTime,
        },
      },
    }));
    const { user } = renderAgenda(meetingWithAgenda(), [
      { request: { query: moveAgendaItemMutation, variables: () => true }, result: move },
    ]);

    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Move to day: Lunch' }),
      'Thursday 5 December 2019',
    );

    const dayTwo = screen.getByRole('region', { name: 'Thursday 5 December 2019' });
    expect(await within(dayTwo).findByRole('heading', { name: 'Lunch' })).toBeInTheDocument();
    expect(move.mock.calls[0]?.[0]).toEqual({ id: lunchItem.id, input: { dayId: 'day-2', position: 1 } });
    expect(within(dayTwo).getByRole('button', { name: 'Reorder: Lunch' })).toHaveFocus();
    expect(screen.getByText('Lunch moved to Thursday 5 December 2019, position 2 of 2.')).toBeInTheDocument();
  });

  it('puts a new item where its start time belongs in the day', async () => {
    const added = agendaItemFixture('item-coffee', {
      kind: 'BREAK',
      title: 'Coffee break',
      startTime: '10:30',
      endTime: '10:45',
      startsAt: '2019-12-04T01:30:00.000Z',
      endsAt: '2019-12-04T01:45:00.000Z',
    });
    const move = vi.fn((_: MoveAgendaItemMutationVariables) => ({
      data: {
        moveAgendaItem: {
          __typename: 'AgendaItem' as const,
          id: added.id,
          startsAt: added.startsAt,
          endsAt: added.endsAt,
          startTime: added.startTime,
          endTime: added.endTime,
        },
      },
    }));
    const { user } = renderAgenda(meetingWithAgenda(), [
      { request: { query: addAgendaItemMutation, variables: () => true }, result: { data: { addAgendaItem: added } } },
      { request: { query: moveAgendaItemMutation, variables: () => true }, result: move },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add item: Wednesday 4 December 2019' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an item to Wednesday 4 December 2019' });
    await user.click(within(dialog).getByLabelText(/^Title/));
    await user.paste('Coffee break');
    fireEvent.change(within(dialog).getByLabelText(/^Starts/), { target: { value: '10:30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), { target: { value: '10:45' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));

    await vi.waitFor(() => {
      expect(move).toHaveBeenCalledOnce();
    });
    // After "Session 1" (09:30), before "Lunch" (12:00).
    expect(move.mock.calls[0]?.[0]).toEqual({ id: added.id, input: { dayId: 'day-1', position: 2 } });
    const dayOne = screen.getByRole('region', { name: 'Wednesday 4 December 2019' });
    await vi.waitFor(() => {
      expect(
        within(dayOne)
          .getAllByRole('heading', { level: 4 })
          .map((heading) => heading.textContent),
      ).toEqual(['Opening Session', 'Session 1: Setting the Scene', 'Coffee break', 'Lunch']);
    });
  });
});
