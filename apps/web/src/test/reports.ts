import type { MockLink } from '@apollo/client/testing';
import { meetingReportQuery } from '../features/reports/graphql/report-queries';
import { reportPageQuery } from '../features/reports/routes/report-route';
import { MEETING_ID } from './agenda';

export const REPORT_ID = 'report-egm-2019';

const kimAuthor = { __typename: 'Person' as const, id: 'person-kim', name: '김민준' };
const leeAuthor = { __typename: 'Person' as const, id: 'person-lee', name: 'Lee Soo-jin' };

export function sectionFixture(agendaItemId: string | null, heading: string, text: string) {
  return { __typename: 'ReportSection' as const, agendaItemId, heading, text };
}

export function actionItemFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'ActionItem' as const,
    id,
    title: id,
    dueDate: null as string | null,
    status: 'OPEN' as const,
    nextStatuses: ['IN_PROGRESS', 'DONE', 'DROPPED'],
    ownerPerson: null as unknown,
    ownerOrganization: null as unknown,
    ...overrides,
  };
}

export const circulateDraftTask = actionItemFixture('action-circulate', {
  title: 'Circulate the draft memorandum to the member committees',
  dueDate: '2020-03-31',
  ownerPerson: kimAuthor,
  ownerOrganization: {
    __typename: 'Organization' as const,
    id: 'org-cscap-korea',
    name: 'CSCAP Korea',
    acronym: 'CSCAP-Korea',
  },
});

export function revisionFixture(number: number, author = kimAuthor) {
  return {
    __typename: 'ReportRevision' as const,
    number,
    createdAt: `2019-12-0${5 + Math.min(number, 4)}T02:00:00.000Z`,
    author,
  };
}

/** The EGM's report as its writers see it: revision 2 of a draft, two sections and one task. */
export function reportFixture(overrides: Partial<Record<string, unknown>> = {}) {
  const revision = typeof overrides['revision'] === 'number' ? overrides['revision'] : 2;
  return {
    __typename: 'MeetingReport' as const,
    id: REPORT_ID,
    status: 'DRAFT' as string,
    nextStatuses: ['FINAL'] as string[],
    revision,
    publishedAt: null as string | null,
    viewerCanEdit: true,
    attributionAllowed: false,
    current: {
      __typename: 'ReportRevision' as const,
      number: revision,
      summary:
        'The meeting was divided into three sessions.\n\nThe Co-Chairs thanked the host for its arrangements and hospitality.',
      createdAt: '2019-12-06T02:00:00.000Z',
      author: kimAuthor,
      sections: [
        sectionFixture(
          'item-session-1',
          'Session 1: Setting the Scene',
          'One participant reviewed the strategies of both Koreas.\n\nAnother participant questioned the utility of the talks.',
        ),
        sectionFixture(null, 'Way forward', ''),
      ],
    },
    participation: {
      __typename: 'ParticipationFigures' as const,
      experts: 23,
      memberCommittees: 9,
      otherOrganizations: 2,
      attendanceMarked: false,
      sentence: 'More than 20 experts from 9 member committees and 2 other institutions participated in the meeting.',
    },
    attributionWarnings: [] as unknown[],
    revisions: Array.from({ length: revision }, (_, index) =>
      revisionFixture(revision - index, index % 2 === 0 ? kimAuthor : leeAuthor),
    ),
    actionItems: [circulateDraftTask] as unknown[],
    ...overrides,
  };
}

/** The Report tab's query, answered with `report` (or none). */
export function reportPanelMock(
  report: ReturnType<typeof reportFixture> | null,
  { viewerCanWriteReport = true, status = 'HELD' }: { viewerCanWriteReport?: boolean; status?: string } = {},
): MockLink.MockedResponse {
  return {
    request: { query: meetingReportQuery, variables: { meetingId: MEETING_ID } },
    result: {
      data: { meeting: { __typename: 'Meeting', id: MEETING_ID, status, viewerCanWriteReport, report } },
    },
  };
}

/** The published report of the Seoul meeting as a member of the Steering Committee reads it. */
export function reportPageFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'MeetingReport' as const,
    id: REPORT_ID,
    status: 'PUBLISHED',
    publishedAt: '2019-12-10T01:00:00.000Z',
    reportedMeeting: {
      __typename: 'ReportedMeeting' as const,
      id: 'meeting-seoul-2019',
      title: 'First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
      venue: 'Lotte Hotel',
      city: 'Seoul',
      country: 'KR',
      startDate: '2019-10-24',
      endDate: '2019-10-25',
      confidentiality: 'CHATHAM_HOUSE',
    },
    meeting: null as unknown,
    studyGroup: {
      __typename: 'StudyGroup' as const,
      id: 'sg-peace-2019',
      title: 'CSCAP Study Group on Northeast Asia Peace and Cooperation',
    },
    current: {
      __typename: 'ReportRevision' as const,
      number: 4,
      summary: 'The meeting was divided into three sessions.',
      sections: [
        sectionFixture('item-session-1', 'Session 1: Setting the Scene', 'One participant reviewed the talks.'),
      ],
    },
    participation: {
      __typename: 'ParticipationFigures' as const,
      sentence: 'More than 20 experts from 9 member committees participated in the meeting.',
      attendanceMarked: true,
    },
    actionItems: [circulateDraftTask] as unknown[],
    ...overrides,
  };
}

/** The report page's query, answered with the report. */
export function reportPageMock(report: ReturnType<typeof reportPageFixture>): MockLink.MockedResponse {
  return {
    request: { query: reportPageQuery, variables: { id: report.id } },
    result: { data: { meetingReport: report } },
  };
}
