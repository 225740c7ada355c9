import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const meetingUpdatedSubscription = graphql(`
  subscription MeetingUpdated($id: ID!) {
    meetingUpdated(id: $id) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/**
 * Keeps a meeting current while its page is open: each change the server pushes (to its details,
 * status, agenda or participants) lands in the normalized cache, and every component showing the
 * meeting re-renders from there.
 */
export function useMeetingUpdates(meetingId: string, { skip }: { skip: boolean }) {
  useSubscription(meetingUpdatedSubscription, { variables: { id: meetingId }, skip });
}
