import { graphql } from '../../../__generated__';

/** One row of the registry's list. */
export const registryRowFragment = graphql(`
  fragment RegistryList_recommendation on Recommendation {
    id
    number
    sourceTitle
    text
    status
    issueAreas
    nextFollowUpOn
    overdue
    addressees {
      kind
      organization {
        id
        name
        acronym
      }
    }
  }
`);

/** The counts over every match, whatever page is shown. */
export const registryCountsFragment = graphql(`
  fragment RegistryCounts_registry on RecommendationRegistry {
    totalCount
    overdueCount
    statusCounts {
      status
      count
    }
  }
`);

/** The figures behind the two charts. */
export const registryChartsFragment = graphql(`
  fragment RegistryCharts_registry on RecommendationRegistry {
    byIssueArea {
      issueArea
      total
      counts {
        status
        count
      }
    }
    progress {
      year
      asOf
      counts {
        status
        count
      }
    }
  }
`);

export const recommendationRegistryQuery = graphql(`
  query RecommendationRegistry($filter: RecommendationFilterInput, $limit: Int!, $offset: Int!) {
    recommendationRegistry(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      ...RegistryCounts_registry
      ...RegistryCharts_registry
      recommendations {
        id
        ...RegistryList_recommendation
      }
    }
  }
`);

/** What the study group, meeting and document filters offer: only what the viewer may open. */
export const registryFilterOptionsQuery = graphql(`
  query RegistryFilterOptions {
    studyGroups {
      id
      title
    }
    meetings {
      id
      title
      startDate
    }
    recommendationSources {
      documentId
      title
    }
  }
`);
