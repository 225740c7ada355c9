import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { removeFrom } from './agenda-cache';

export const removeAgendaDayMutation = graphql(`
  mutation RemoveAgendaDay($id: ID!) {
    removeAgendaDay(id: $id)
  }
`);

/** Removes a day and every item on it. */
export function useRemoveAgendaDay(meetingId: string) {
  const [mutate] = useMutation(removeAgendaDayMutation);
  return async (dayId: string): Promise<void> => {
    await mutate({
      variables: { id: dayId },
      update(cache, { data }) {
        if (!data?.removeAgendaDay) return;
        removeFrom(
          cache,
          cache.identify({ __typename: 'Meeting', id: meetingId }),
          'agendaDays',
          cache.identify({ __typename: 'AgendaDay', id: dayId }),
        );
      },
    });
  };
}
