import { graphql } from '../../../__generated__';

/** What the whole app needs to know about the signed-in person. */
export const viewerFragment = graphql(`
  fragment Viewer_user on User {
    id
    email
    isPlatformAdmin
    person {
      id
      name
      honorific
    }
    canConveneFor {
      id
      name
      acronym
    }
  }
`);

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      ...Viewer_user
    }
  }
`);
