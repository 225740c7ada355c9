import { graphql } from '../../../__generated__';

/**
 * Everything the meeting page shows. The page's query and its live-update subscription both select
 * it, so a change anyone makes reaches every open page whole.
 */
export const meetingPageFragment = graphql(`
  fragment MeetingPage_meeting on Meeting {
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
`);
