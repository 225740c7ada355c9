import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { CreateMeetingInput } from '../../../__generated__/graphql';

export const createMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      ...MeetingDetails_meeting
    }
  }
`);

/** Creates a meeting; resolves to its id. */
export function useCreateMeeting() {
  const [mutate] = useMutation(createMeetingMutation, {
    update(cache) {
      // The list is ordered by the server ("soonest first"); it reloads on its next visit rather than
      // guessing where the new meeting belongs.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
      cache.gc();
    },
  });
  return async (input: CreateMeetingInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the new meeting.');
    return data.createMeeting.id;
  };
}
