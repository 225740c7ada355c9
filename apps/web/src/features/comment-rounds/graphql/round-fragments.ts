import { graphql } from '../../../__generated__';

/** The round open for comment, as the round's line and the response form show it. */
export const documentOpenRoundFragment = graphql(`
  fragment DocumentOpenRound_round on CommentRound {
    id
    number
    versionNumber
    status
    opensAt
    closesAt
    acceptingComments
    attribution
    instructions
    viewerCanRespond
    recipients {
      id
      response
      organization {
        id
      }
    }
    viewerRecipients {
      id
      response
      responseNote
      respondedAt
      organization {
        id
        name
        acronym
      }
      person {
        id
        name
      }
    }
  }
`);
