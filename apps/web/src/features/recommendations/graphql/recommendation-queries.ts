import { graphql } from '../../../__generated__';

/** A step of the follow-up, as the timeline shows it. */
export const recommendationHistoryFragment = graphql(`
  fragment RecommendationHistory_recommendation on Recommendation {
    id
    history {
      id
      fromStatus
      toStatus
      occurredOn
      note
      evidenceUrl
      evidenceFile {
        id
        filename
        url
      }
      recordedAt
      recordedBy {
        id
        name
        honorific
      }
    }
  }
`);

/** What the "Record a step" form needs to offer only the moves allowed now and check the dates. */
export const recordStepFragment = graphql(`
  fragment RecordStepForm_recommendation on Recommendation {
    id
    status
    adoptedOn
    nextFollowUpOn
    allowedNextStatuses
    history {
      id
      occurredOn
    }
  }
`);

export const followUpControlFragment = graphql(`
  fragment FollowUpControl_recommendation on Recommendation {
    id
    status
    adoptedOn
    nextFollowUpOn
    overdue
  }
`);

/**
 * Everything the recommendation page shows. Mutations that answer with the recommendation select
 * the same, so recording a step refreshes the header, the timeline and the form at once.
 */
export const recommendationPageFragment = graphql(`
  fragment RecommendationPage_recommendation on Recommendation {
    id
    number
    sourceTitle
    sourceUrl
    text
    status
    issueAreas
    adoptedOn
    nextFollowUpOn
    overdue
    paragraphId
    viewerCanTrack
    addressees {
      kind
      organization {
        id
        name
        acronym
      }
    }
    responsible {
      id
      name
      acronym
    }
    document {
      id
      title
    }
    studyGroup {
      id
      title
    }
    meeting {
      id
      title
    }
    ...RecommendationHistory_recommendation
    ...RecordStepForm_recommendation
    ...FollowUpControl_recommendation
  }
`);

export const recommendationPageQuery = graphql(`
  query RecommendationPage($id: ID!) {
    recommendation(id: $id) {
      id
      ...RecommendationPage_recommendation
    }
  }
`);
