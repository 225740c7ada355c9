import { graphql } from '../../../__generated__';

/** One next task as the list shows it; every action item mutation returns this, so rows update in place. */
export const actionItemFragment = graphql(`
  fragment ActionItem_item on ActionItem {
    id
    title
    dueDate
    status
    nextStatuses
    ownerPerson {
      id
      name
    }
    ownerOrganization {
      id
      name
      acronym
    }
  }
`);

/**
 * Everything the Report tab shows of a report. The query and every mutation that returns the report
 * select it whole, so the cache replaces the report's unnormalised parts (its current text, its
 * figures) with objects of the same shape and no component is left reading half of one.
 */
export const reportPanelFragment = graphql(`
  fragment ReportPanel_report on MeetingReport {
    id
    status
    nextStatuses
    revision
    publishedAt
    viewerCanEdit
    attributionAllowed
    current {
      number
      summary
      createdAt
      author {
        id
        name
      }
      sections {
        agendaItemId
        heading
        text
      }
    }
    participation {
      experts
      memberCommittees
      otherOrganizations
      attendanceMarked
      sentence
    }
    attributionWarnings {
      location
      personName
      excerpt
    }
    revisions {
      number
      createdAt
      author {
        id
        name
      }
    }
    actionItems {
      id
      ...ActionItem_item
    }
  }
`);
