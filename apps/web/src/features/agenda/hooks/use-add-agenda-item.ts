import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AgendaItemInput } from '../../../__generated__/graphql';
import { keepInTimeOrder } from './agenda-cache';

export const addAgendaItemMutation = graphql(`
  mutation AddAgendaItem($dayId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(dayId: $dayId, input: $input) {
      id
      ...AgendaItem_item
    }
  }
`);

/** Adds an item to a day, where its start time places it (as the server lists it); resolves to it. */
export function useAddAgendaItem() {
  const [mutate] = useMutation(addAgendaItemMutation);
  return async (dayId: string, input: AgendaItemInput) => {
    const { data } = await mutate({
      variables: { dayId, input },
      update(cache, { data: result }) {
        const added = result && cache.identify(result.addAgendaItem);
        if (added) keepInTimeOrder(cache, dayId, { __ref: added });
      },
    });
    if (!data) throw new Error('The server did not return the new item.');
    return data.addAgendaItem;
  };
}
