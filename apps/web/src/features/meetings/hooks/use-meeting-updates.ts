import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const meetingUpdatedSubscription = graphql(`
  subscription MeetingUpdated($id: ID!) {
    meetingUpdated(id: $id) {
      id
      title
      kind
      status
      startDate
      endDate
      viewerRoles
      viewerCanManage
      confidentiality
      seriesLabel
      studyGroup {
        id
        title
      }
      viewerCanWriteReport
      report {
        id
      }
      documents {
        ...DocumentsSection_document
      }
      participants {
        id
        state
        person {
          id
        }
      }
      ...MeetingDetails_meeting
      ...MeetingOverview_meeting
      ...CalendarSubscription_meeting
      ...EditMeetingButton_meeting
      ...MeetingStatusActions_meeting
      ...AgendaPanel_meeting
      ...ParticipantsPanel_meeting
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
