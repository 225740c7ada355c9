import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AddAgendaItemMutationVariables, MoveAgendaItemMutationVariables } from '../../../__generated__/graphql';
import {
  agendaItemFixture,
  lee,
  lunchItem,
  MEETING_ID,
  meetingPageMocks,
  meetingWithAgenda,
  noChairWarning,
  openingItem,
  sessionOneItem,
  sessionThreeItem,
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

  it('dates each change since adoption on the venue’s clock, with the viewer’s own time beside it', async () => {
    renderAgenda(
      meetingWithAgenda({
        status: 'AGENDA_ADOPTED',
        viewerRoles: ['PARTICIPANT'],
        viewerCanManage: false,
        agendaChanges: [
          {
            __typename: 'AgendaChange',
            id: 'change-1',
            at: '2019-12-03T05:05:00.000Z',
            summary: '"Lunch": now 12:30–14:00',
            by: { __typename: 'Person', id: lee.id, name: lee.name, honorific: null },
          },
        ],
      }),
    );

    const changes = await screen.findByRole('region', { name: 'Changes since adoption' });
    expect(changes).toHaveTextContent('"Lunch": now 12:30–14:00');
    expect(changes).toHaveTextContent('3 Dec 2019, 14:05 GMT+9 (06:05 CET your time) · Lee Soo-jin');
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

  it('moves an item down with ArrowDown and up with ArrowUp, re-timing the items it passes so the day stays in time order', async () => {
    const times = (item: typeof openingItem, startsAt: string, endsAt: string, startTime: string, endTime: string) => ({
      __typename: 'AgendaItem' as const,
      id: item.id,
      startsAt,
      endsAt,
      startTime,
      endTime,
    });
    const lunch = times(lunchItem, lunchItem.startsAt, lunchItem.endsAt, '12:00', '13:30');
    // What the server answers: Session 1 now starts at 09:00, the opening follows it and ends when Session 1 ended.
    const movedDown = [
      times(sessionOneItem, '2019-12-04T00:00:00.000Z', '2019-12-04T02:30:00.000Z', '09:00', '11:30'),
      times(openingItem, '2019-12-04T02:30:00.000Z', '2019-12-04T03:00:00.000Z', '11:30', '12:00'),
      lunch,
    ];
    const movedBack = [
      times(openingItem, openingItem.startsAt, openingItem.endsAt, '09:00', '09:30'),
      times(sessionOneItem, sessionOneItem.startsAt, sessionOneItem.endsAt, '09:30', '12:00'),
      lunch,
    ];
    const move = vi.fn((variables: MoveAgendaItemMutationVariables) => ({
      data: {
        moveAgendaItem: {
          __typename: 'AgendaDay' as const,
          id: 'day-1',
          items: variables.input.position === 1 ? movedDown : movedBack,
        },
      },
    }));
    const { user } = renderAgenda(meetingWithAgenda(), [
      { request: { query: moveAgendaItemMutation, variables: () => true }, result: move, delay: 200 },
      { request: { query: moveAgendaItemMutation, variables: () => true }, result: move, delay: 200 },
    ]);
    const dayOne = await screen.findByRole('region', { name: 'Wednesday 4 December 2019' });
    const shown = () =>
      within(dayOne)
        .getAllByRole('listitem')
        .filter((item) => item.id.startsWith('agenda-item-'))
        .map((item) => {
          // The first times in the item are the venue's; the viewer's own follow.
          const venue = /\d\d:\d\d–\d\d:\d\d/.exec(item.textContent ?? '')?.[0];
          return `${venue} ${within(item).getByRole('heading', { level: 4 }).textContent}`;
        });

    const handle = screen.getByRole('button', { name: 'Reorder: Opening Session' });
    act(() => {
      handle.focus();
    });
    await user.keyboard('{ArrowDown}');

    // At once, before the server answers: the new order with the new times.
    const afterDown = ['09:00–11:30 Session 1: Setting the Scene', '11:30–12:00 Opening Session', '12:00–13:30 Lunch'];
    expect(shown()).toEqual(afterDown);
    expect(
      screen.getByText('Opening Session moved to position 2 of 3, now 11:30–12:00; the items it passed are re-timed.'),
    ).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(move).toHaveBeenCalledOnce();
    });
    expect(move.mock.calls[0]?.[0]).toEqual({ id: openingItem.id, input: { dayId: 'day-1', position: 1 } });
    expect(shown()).toEqual(afterDown);
    // 11:30 in Seoul is 03:30 in Berlin.
    expect(document.getElementById(`agenda-item-${openingItem.id}`)).toHaveTextContent('03:30–04:00 CET your time');
    expect(handle).toHaveFocus();

    await user.keyboard('{ArrowUp}');
    const afterUp = ['09:00–09:30 Opening Session', '09:30–12:00 Session 1: Setting the Scene', '12:00–13:30 Lunch'];
    expect(shown()).toEqual(afterUp);
    await vi.waitFor(() => {
      expect(move).toHaveBeenCalledTimes(2);
    });
    expect(move.mock.calls[1]?.[0]).toEqual({ id: openingItem.id, input: { dayId: 'day-1', position: 0 } });
    expect(shown()).toEqual(afterUp);
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

  it('moves an item to another day at its own times, and the focus follows it there', async () => {
    const lunchOnDayTwo = {
      __typename: 'AgendaItem' as const,
      id: lunchItem.id,
      startsAt: '2019-12-05T03:00:00.000Z',
      endsAt: '2019-12-05T04:30:00.000Z',
      startTime: '12:00',
      endTime: '13:30',
    };
    const move = vi.fn((_: MoveAgendaItemMutationVariables) => ({
      data: {
        moveAgendaItem: {
          __typename: 'AgendaDay' as const,
          id: 'day-2',
          items: [
            {
              __typename: 'AgendaItem' as const,
              id: sessionThreeItem.id,
              startsAt: sessionThreeItem.startsAt,
              endsAt: sessionThreeItem.endsAt,
              startTime: sessionThreeItem.startTime,
              endTime: sessionThreeItem.endTime,
            },
            lunchOnDayTwo,
          ],
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
    expect(move.mock.calls[0]?.[0]).toEqual({ id: lunchItem.id, input: { dayId: 'day-2' } });
    const dayOne = screen.getByRole('region', { name: 'Wednesday 4 December 2019' });
    expect(within(dayOne).queryByRole('heading', { name: 'Lunch' })).not.toBeInTheDocument();
    expect(within(dayTwo).getByRole('button', { name: 'Reorder: Lunch' })).toHaveFocus();
    // Said once the server has answered with the day's times, which may be a render after the item shows there.
    expect(
      await screen.findByText('Lunch moved to Thursday 5 December 2019, 12:00–13:30, position 2 of 2.'),
    ).toBeInTheDocument();
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
    const { user } = renderAgenda(meetingWithAgenda(), [
      { request: { query: addAgendaItemMutation, variables: () => true }, result: { data: { addAgendaItem: added } } },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add item: Wednesday 4 December 2019' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an item to Wednesday 4 December 2019' });
    await user.click(within(dialog).getByLabelText(/^Title/));
    await user.paste('Coffee break');
    fireEvent.change(within(dialog).getByLabelText(/^Starts/), { target: { value: '10:30' } });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), { target: { value: '10:45' } });
    await user.click(within(dialog).getByRole('button', { name: 'Add item' }));

    const dayOne = screen.getByRole('region', { name: 'Wednesday 4 December 2019' });
    // Session 1 (09:30) started before it, Lunch (12:00) starts after it.
    await vi.waitFor(() => {
      expect(
        within(dayOne)
          .getAllByRole('heading', { level: 4 })
          .map((heading) => heading.textContent),
      ).toEqual(['Opening Session', 'Session 1: Setting the Scene', 'Coffee break', 'Lunch']);
    });
  });
});
