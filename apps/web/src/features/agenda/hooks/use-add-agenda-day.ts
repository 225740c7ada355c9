import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { insertDay } from './agenda-cache';

export const addAgendaDayMutation = graphql(`
  mutation AddAgendaDay($input: AddAgendaDayInput!) {
    addAgendaDay(input: $input) {
      id
      date
      items {
        id
        ...AgendaItem_item
      }
    }
  }
`);

/**
 * Adds a day to a meeting's agenda, in date order. Warnings and the record of changes are the server's
 * to compute; they arrive with the meeting update every agenda edit publishes.
 */
export function useAddAgendaDay(meetingId: string) {
  const [mutate] = useMutation(addAgendaDayMutation, {
    update(cache, { data }) {
      const ref = data && cache.identify(data.addAgendaDay);
      if (ref) insertDay(cache, meetingId, { __ref: ref });
    },
  });
  return async (date: string): Promise<void> => {
    await mutate({ variables: { input: { meetingId, date } } });
  };
}
