import { graphql } from '../../../__generated__';

/** An agenda item as the agenda shows it and as its form edits it. */
export const agendaItemFragment = graphql(`
  fragment AgendaItem_item on AgendaItem {
    id
    kind
    title
    startTime
    endTime
    startsAt
    endsAt
    subItems {
      id
      text
    }
    chair {
      id
      name
      honorific
    }
    chairName
    speakers {
      role
      name
      person {
        id
        name
        honorific
      }
    }
    papers {
      id
      filename
      url
    }
  }
`);
