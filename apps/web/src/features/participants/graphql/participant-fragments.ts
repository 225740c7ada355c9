import { graphql } from '../../../__generated__';

/** A participant as the list shows them; every participant mutation returns this, so rows update in place. */
export const participantRowFragment = graphql(`
  fragment ParticipantRow_participation on Participation {
    id
    role
    state
    category
    travelSupport
    email
    respondedAt
    person {
      id
      name
      sortName
      honorific
      title
      affiliation {
        id
        name
        acronym
        country
      }
    }
    representing {
      id
      name
      acronym
      country
    }
  }
`);
