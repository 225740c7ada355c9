import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { removeFrom } from './agenda-cache';

export const removeAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id)
  }
`);

export function useRemoveAgendaItem() {
  const [mutate] = useMutation(removeAgendaItemMutation);
  return async (dayId: string, itemId: string): Promise<void> => {
    await mutate({
      variables: { id: itemId },
      update(cache, { data }) {
        if (!data?.removeAgendaItem) return;
        removeFrom(
          cache,
          cache.identify({ __typename: 'AgendaDay', id: dayId }),
          'items',
          cache.identify({ __typename: 'AgendaItem', id: itemId }),
        );
      },
    });
  };
}
