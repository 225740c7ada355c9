import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AgendaItemInput } from '../../../__generated__/graphql';

export const addAgendaItemMutation = graphql(`
  mutation AddAgendaItem($dayId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(dayId: $dayId, input: $input) {
      id
      ...AgendaItem_item
    }
  }
`);

/** Adds an item at the end of a day (the server keeps the order it is given, whatever the times); resolves to it. */
export function useAddAgendaItem() {
  const [mutate] = useMutation(addAgendaItemMutation);
  return async (dayId: string, input: AgendaItemInput) => {
    const { data } = await mutate({
      variables: { dayId, input },
      update(cache, { data: result }) {
        const added = result && cache.identify(result.addAgendaItem);
        if (!added) return;
        cache.modify({
          id: cache.identify({ __typename: 'AgendaDay', id: dayId }),
          fields: {
            items(existing: readonly Reference[], { toReference }) {
              // A live update may have brought the item first.
              if (existing.some((ref) => ref.__ref === added)) return existing;
              const ref = toReference(added);
              return ref ? [...existing, ref] : existing;
            },
          },
        });
      },
    });
    if (!data) throw new Error('The server did not return the new item.');
    return data.addAgendaItem;
  };
}
