import { graphql } from '../../../__generated__';

/** A comment as the text shows it under its paragraph. */
export const documentCommentFragment = graphql(`
  fragment DocumentComment_comment on Comment {
    id
    kind
    body
    quote
    attributed
    author {
      id
      name
    }
    speaksFor {
      id
      name
      acronym
    }
    personalCapacity
    roundNumber
    changedSince
    disposition
    reply
    viewerIsAuthor
    createdAt
    suggestion {
      original
      replacement
      before
      applicable
      acceptedAt
    }
  }
`);

/** One paragraph as it reads in one version, with how many comments on it the viewer may see (they load when shown). */
export const documentParagraphFragment = graphql(`
  fragment DocumentParagraph_paragraph on Paragraph {
    id
    paragraphId
    kind
    number
    recommendationNumber
    html
    text
    revision
    updatedAt
    updatedBy {
      id
      name
    }
    addressees {
      kind
      organization {
        id
        name
        acronym
      }
    }
    issueAreas
    commentCount
  }
`);

/** The text of one version: its paragraphs in order and the commented text it no longer has. */
export const documentVersionTextFragment = graphql(`
  fragment DocumentVersionText_version on DocumentVersion {
    id
    number
    isWorking
    isFinal
    frozenAt
    round {
      id
      number
    }
    paragraphs {
      id
      ...DocumentParagraph_paragraph
    }
    removedParagraphs {
      paragraphId
      number
      text
      commentCount
    }
  }
`);

/** Everything the document page shows around the text: who may do what, which versions, the open round. */
export const documentPageFragment = graphql(`
  fragment DocumentPage_document on Document {
    id
    title
    kind
    status
    viewerCanEdit
    viewerCanSeeDraft
    viewerCommittees {
      id
      name
      acronym
    }
    studyGroup {
      id
      title
    }
    meeting {
      id
      title
    }
    versions {
      id
      number
      isWorking
      isFinal
      frozenAt
    }
    rounds {
      id
      number
      recipients {
        id
        organization {
          id
          name
          acronym
        }
      }
    }
    openRound {
      id
      ...DocumentOpenRound_round
    }
  }
`);
