import { useMutation } from '@apollo/client/react';
import { moveInTimeOrder, toZoned } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import { dropItem } from './agenda-cache';

export const moveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: ID!, $input: MoveAgendaItemInput!) {
    moveAgendaItem(id: $id, input: $input) {
      id
      items {
        id
        startsAt
        endsAt
        startTime
        endTime
      }
    }
  }
`);

export interface AgendaItemTimes {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** An item's times as the agenda shows them: instants, and clock times at the venue. */
export interface AgendaItemClock extends AgendaItemTimes {
  startTime: string;
  endTime: string;
}

/**
 * The day once the item is moved to `position`, re-timed as the server will (the rule lives in
 * @plenary/shared), with clock times read in the venue's zone.
 */
export function dayAfterMove(
  dayItems: readonly AgendaItemTimes[],
  itemId: string,
  position: number,
  timeZone: string,
): AgendaItemClock[] {
  return moveInTimeOrder(
    dayItems.map((item) => ({ id: item.id, startsAt: new Date(item.startsAt), endsAt: new Date(item.endsAt) })),
    itemId,
    position,
  ).map((item) => ({
    id: item.id,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
    startTime: toZoned(item.startsAt, timeZone).time,
    endTime: toZoned(item.endsAt, timeZone).time,
  }));
}

export type AgendaItemMove =
  | {
      itemId: string;
      dayId: string;
      /** Its new place in its day, from 0. */
      position: number;
      /** The day as dayAfterMove gives it, shown while the server confirms. */
      expected: readonly AgendaItemClock[];
    }
  | { itemId: string; fromDayId: string; toDayId: string };

/**
 * Moves an item and answers with the day it is now on, in time order. Within a day the item and those
 * it passes are re-timed, and the new order and times show at once, so a person moving an item
 * several places with the arrow keys is never kept waiting; a move to another day, where the item's
 * own times place it, shows when the server answers.
 */
export function useMoveAgendaItem() {
  const [mutate] = useMutation(moveAgendaItemMutation);
  return async (move: AgendaItemMove) => {
    if ('expected' in move) {
      const { itemId, dayId, position, expected } = move;
      const { data } = await mutate({
        variables: { id: itemId, input: { dayId, position } },
        optimisticResponse: {
          moveAgendaItem: {
            __typename: 'AgendaDay' as const,
            id: dayId,
            items: expected.map((item) => ({ __typename: 'AgendaItem' as const, ...item })),
          },
        },
      });
      return data?.moveAgendaItem;
    }
    const { itemId, fromDayId, toDayId } = move;
    const { data } = await mutate({
      variables: { id: itemId, input: { dayId: toDayId } },
      update(cache, { data: result }) {
        if (result) dropItem(cache, fromDayId, cache.identify({ __typename: 'AgendaItem', id: itemId }));
      },
    });
    return data?.moveAgendaItem;
  };
}
