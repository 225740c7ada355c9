import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { placeItem } from './agenda-cache';

export const moveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: ID!, $input: MoveAgendaItemInput!) {
    moveAgendaItem(id: $id, input: $input) {
      id
      startsAt
      endsAt
      startTime
      endTime
    }
  }
`);

export interface AgendaItemMove {
  itemId: string;
  /** The day the item is on now. */
  fromDayId: string;
  /** The day to put it on: the same day to reorder it. */
  toDayId: string;
  /** Its place in that day, from 0. */
  position: number;
  /** Its times as they are now, for the instant answer while the server confirms. */
  current: { startsAt: string; endsAt: string; startTime: string; endTime: string };
}

/**
 * Puts an item at a place in a day. Within a day the new order shows at once, so a person moving an
 * item several places with the arrow keys is never kept waiting; a move to another day, whose times
 * the server recomputes, shows when it answers.
 */
export function useMoveAgendaItem() {
  const [mutate] = useMutation(moveAgendaItemMutation);
  return async ({ itemId, fromDayId, toDayId, position, current }: AgendaItemMove): Promise<void> => {
    await mutate({
      variables: { id: itemId, input: { dayId: toDayId, position } },
      optimisticResponse:
        fromDayId === toDayId
          ? { moveAgendaItem: { __typename: 'AgendaItem' as const, id: itemId, ...current } }
          : undefined,
      update(cache, { data }) {
        const moved = data && cache.identify(data.moveAgendaItem);
        if (!moved) return;
        if (fromDayId !== toDayId) placeItem(cache, fromDayId, moved, null);
        placeItem(cache, toDayId, moved, position);
      },
    });
  };
}
