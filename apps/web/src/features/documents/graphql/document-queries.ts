import { graphql } from '../../../__generated__';

export const documentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id
      ...DocumentPage_document
    }
  }
`);

/** The text of one version (the newest the viewer may read when `number` is null), apart from the page's own query. */
export const documentVersionTextQuery = graphql(`
  query DocumentVersionText($id: ID!, $number: Int) {
    document(id: $id) {
      id
      version(number: $number) {
        id
        ...DocumentVersionText_version
      }
    }
  }
`);
