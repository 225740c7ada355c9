import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { insertDay } from './agenda-cache';

export const duplicateAgendaDayMutation = graphql(`
  mutation DuplicateAgendaDay($id: ID!, $date: LocalDate!) {
    duplicateAgendaDay(id: $id, date: $date) {
      id
      date
      items {
        id
        ...AgendaItem_item
      }
    }
  }
`);

/** Copies a day with its items, at the same clock times, to another date. */
export function useDuplicateAgendaDay(meetingId: string) {
  const [mutate] = useMutation(duplicateAgendaDayMutation, {
    update(cache, { data }) {
      const ref = data && cache.identify(data.duplicateAgendaDay);
      if (ref) insertDay(cache, meetingId, { __ref: ref });
    },
  });
  return async (dayId: string, date: string): Promise<void> => {
    await mutate({ variables: { id: dayId, date } });
  };
}
