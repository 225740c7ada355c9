import { graphql } from '../../../__generated__';

/**
 * The Report tab's own query, apart from the meeting page's: only someone who opens the tab pays for
 * the report's text, revisions and figures.
 */
export const meetingReportQuery = graphql(`
  query MeetingReportPanel($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      status
      viewerCanWriteReport
      report {
        id
        ...ReportPanel_report
      }
    }
  }
`);

/** Whom a writer may name as a task's owner: the meeting's participants and the committees they or the group count. */
export const actionItemOwnersQuery = graphql(`
  query ActionItemOwners($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      participants {
        id
        person {
          id
          name
        }
        representing {
          id
          name
          acronym
        }
      }
      studyGroup {
        id
        committees {
          organization {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

export const reportComparisonQuery = graphql(`
  query ReportComparison($reportId: ID!, $from: Int!, $to: Int!) {
    reportComparison(reportId: $reportId, from: $from, to: $to) {
      from
      to
      summary {
        kind
        text
      }
      sections {
        heading
        segments {
          kind
          text
        }
      }
    }
  }
`);
