import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const copyAgendaMutation = graphql(`
  mutation CopyAgenda($input: CopyAgendaInput!) {
    copyAgenda(input: $input) {
      id
      date
      items {
        id
        ...AgendaItem_item
      }
    }
  }
`);

/** Fills an empty agenda with a copy of another meeting's of the series; the meeting's days reload with it. */
export function useCopyAgenda(meetingId: string) {
  const [mutate] = useMutation(copyAgendaMutation, {
    update(cache) {
      const meeting = cache.identify({ __typename: 'Meeting', id: meetingId });
      for (const fieldName of ['agendaDays', 'agendaWarnings', 'agendaNamedNotListed'])
        cache.evict({ id: meeting, fieldName });
    },
  });
  return async (fromMeetingId: string): Promise<void> => {
    await mutate({ variables: { input: { meetingId, fromMeetingId } } });
  };
}
