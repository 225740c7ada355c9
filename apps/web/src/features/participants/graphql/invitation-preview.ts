import { graphql } from '../../../__generated__';

/** What the personal reply link shows, before and after the reply. */
export const invitationPreviewFragment = graphql(`
  fragment RsvpRoute_invitation on InvitationPreview {
    personName
    meetingTitle
    startDate
    endDate
    venue
    city
    timeZone
    role
    state
    open
    hasAccount
  }
`);

export const meetingInvitationQuery = graphql(`
  query MeetingInvitation($token: String!) {
    meetingInvitation(token: $token) {
      ...RsvpRoute_invitation
    }
  }
`);
