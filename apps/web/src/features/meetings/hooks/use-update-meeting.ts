import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { UpdateMeetingInput } from '../../../__generated__/graphql';

export const updateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      ...MeetingDetails_meeting
      ...MeetingOverview_meeting
      ...EditMeetingButton_meeting
      ...MeetingList_meeting
    }
  }
`);

/** Saves changed details; the normalized cache refreshes every page that shows the meeting. */
export function useUpdateMeeting() {
  const [mutate] = useMutation(updateMeetingMutation, {
    update(cache, { data }) {
      // New dates can move the meeting within the list, whose order only the server knows.
      if (data) cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
    },
  });
  return async (id: string, input: UpdateMeetingInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}
