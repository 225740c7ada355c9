import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AgendaItemInput } from '../../../__generated__/graphql';
import { keepInTimeOrder } from './agenda-cache';

export const updateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {
    updateAgendaItem(id: $id, input: $input) {
      id
      ...AgendaItem_item
    }
  }
`);

/** Saves an item whole; the normalized cache shows the result wherever the item appears, its day in time order. */
export function useUpdateAgendaItem() {
  const [mutate] = useMutation(updateAgendaItemMutation);
  return async (dayId: string, id: string, input: AgendaItemInput): Promise<void> => {
    await mutate({
      variables: { id, input },
      update(cache) {
        keepInTimeOrder(cache, dayId);
      },
    });
  };
}
