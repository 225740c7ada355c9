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

/** The comments of the paragraphs on screen, in the version shown (at most 200 paragraphs at once). */
export const paragraphCommentsQuery = graphql(`
  query ParagraphComments($id: ID!, $number: Int, $paragraphIds: [ID!]!) {
    document(id: $id) {
      id
      version(number: $number) {
        id
        paragraphComments(paragraphIds: $paragraphIds) {
          paragraphId
          comments {
            id
            ...DocumentComment_comment
          }
        }
      }
    }
  }
`);

/** What changed between two versions, paragraph by paragraph, in phrases. */
export const documentComparisonQuery = graphql(`
  query DocumentComparison($documentId: ID!, $from: Int!, $to: Int!) {
    documentComparison(documentId: $documentId, from: $from, to: $to) {
      from
      to
      paragraphs {
        paragraphId
        number
        previousNumber
        kind
        change
        segments {
          kind
          text
        }
      }
    }
  }
`);
