import type { MockLink } from '@apollo/client/testing';
import { studyGroupQuery } from '../features/study-groups/graphql/study-group-page';

export function orgFixture(id: string, name: string, acronym: string | null, kind = 'MEMBER_COMMITTEE') {
  return { __typename: 'Organization' as const, id, name, acronym, kind };
}

export const cscap = orgFixture(
  'org-cscap',
  'Council for Security Cooperation in the Asia Pacific',
  'CSCAP',
  'COUNCIL',
);
export const steeringCommittee = orgFixture('org-cscap-sc', 'CSCAP Steering Committee', null, 'OTHER');
export const cscapKorea = orgFixture('org-cscap-kr', 'Korean Committee of CSCAP', 'CSCAP-Korea');
export const cscapChina = orgFixture('org-cscap-cn', 'Chinese Committee of CSCAP', 'CSCAP-China');
export const cscapJapan = orgFixture('org-cscap-jp', 'Japanese Committee of CSCAP', 'CSCAP-Japan');
export const cscapUs = orgFixture('org-cscap-us', 'United States Committee of CSCAP', 'CSCAP-US');

export function personFixture(id: string, name: string, sortName = name, honorific: string | null = null) {
  return { __typename: 'Person' as const, id, name, sortName, honorific };
}

export const kimTaehoon = personFixture('person-kim', '김태훈', 'Kim Tae-hoon', 'Dr');
export const wangLei = personFixture('person-wang', '王磊', 'Wang Lei', 'Prof.');
export const satoHiroshi = personFixture('person-sato', '佐藤 博', 'Sato Hiroshi');
export const parkSecretariat = personFixture('person-park', 'Park Ji-ho');

export function memberFixture(
  id: string,
  person: ReturnType<typeof personFixture>,
  role: string,
  representing: ReturnType<typeof orgFixture> | null,
) {
  return { __typename: 'StudyGroupMember' as const, id, person, role, representing };
}

export function planFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'MeetingPlan' as const,
    id,
    sequence: 1,
    label: 'First meeting',
    expectedMonth: '2019-10-01',
    city: 'Seoul',
    country: 'KR',
    scheduled: false,
    host: cscapKorea as unknown,
    schedule: null as unknown,
    meeting: null as unknown,
    report: null as unknown,
    ...overrides,
  };
}

export const STUDY_GROUP_ID = 'sg-peace-2019';

/** The 2019 CSCAP study group as its co-chair sees it, with every field the page asks for. */
export function studyGroupFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'StudyGroup' as const,
    id: STUDY_GROUP_ID,
    title: 'CSCAP Study Group on Northeast Asia Peace and Cooperation',
    status: 'ACTIVE' as const,
    startDate: '2019-09-01',
    endDate: '2021-08-31',
    version: 3,
    viewerCanManage: true,
    viewerRoles: ['CO_CHAIR' as const],
    viewerNamesMembersFor: [cscapKorea, cscapChina, cscapJapan, cscapUs],
    nextStatuses: ['CONCLUDED' as const],
    council: cscap,
    reportsTo: steeringCommittee as unknown,
    background: 'Security in Northeast Asia holds promise and uncertainty in equal measure.',
    objectives: [
      'To evaluate current sources of insecurity in Northeast Asia',
      'To analyze ways to remedy current strategic uncertainty in Northeast Asia',
    ],
    principles: [
      { __typename: 'StudyGroupPrinciple' as const, name: 'Open', description: 'Any issue is on the table.' },
      { __typename: 'StudyGroupPrinciple' as const, name: 'Plus', description: 'Observers from outside the region.' },
    ],
    anticipatedOutputs: ['Specific policy recommendations submitted to member countries'],
    committees: [
      {
        __typename: 'StudyGroupCommittee' as const,
        role: 'CO_CHAIR',
        organization: cscapKorea,
        focalPoints: [kimTaehoon],
      },
      {
        __typename: 'StudyGroupCommittee' as const,
        role: 'CO_CHAIR',
        organization: cscapChina,
        focalPoints: [wangLei],
      },
      {
        __typename: 'StudyGroupCommittee' as const,
        role: 'PARTICIPANT',
        organization: cscapJapan,
        focalPoints: [satoHiroshi],
      },
      { __typename: 'StudyGroupCommittee' as const, role: 'PARTICIPANT', organization: cscapUs, focalPoints: [] },
    ],
    members: [
      memberFixture('membership-kim', kimTaehoon, 'CO_CHAIR', cscapKorea),
      memberFixture('membership-wang', wangLei, 'CO_CHAIR', cscapChina),
      memberFixture('membership-sato', satoHiroshi, 'FOCAL_POINT', cscapJapan),
      memberFixture('membership-park', parkSecretariat, 'SECRETARIAT', cscap),
    ],
    meetingPlans: [
      planFixture('plan-1', {
        scheduled: true,
        schedule: {
          __typename: 'ScheduledMeetingSummary',
          title: 'First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
          venue: 'Lotte Hotel',
          startDate: '2019-10-24',
          endDate: '2019-10-25',
          status: 'REPORT_PUBLISHED',
        },
        meeting: { __typename: 'Meeting', id: 'meeting-seoul-2019' },
        report: { __typename: 'MeetingReport', id: 'report-seoul', status: 'PUBLISHED' },
      }),
      planFixture('plan-2', {
        sequence: 2,
        label: 'Second meeting',
        expectedMonth: '2020-05-01',
        city: 'Beijing',
        country: 'CN',
        host: cscapChina,
      }),
      planFixture('plan-3', {
        sequence: 3,
        label: 'Third and final meeting',
        expectedMonth: '2021-06-01',
        city: null,
        country: 'JP',
        host: cscapJapan,
      }),
    ],
    subGroups: [
      {
        __typename: 'SubGroup' as const,
        id: 'sub-group-peninsula',
        title: 'Sub-group on the Korean Peninsula',
        mandate: 'Trust-building on the Korean Peninsula.',
        members: [kimTaehoon, wangLei],
      },
    ],
    reports: [
      {
        __typename: 'MeetingReport' as const,
        id: 'report-seoul',
        status: 'PUBLISHED',
        publishedAt: '2019-12-02T09:00:00.000Z',
        reportedMeeting: {
          __typename: 'ReportedMeeting',
          id: 'meeting-seoul-2019',
          title: 'First Meeting of the CSCAP Study Group on Northeast Asia Peace and Cooperation',
        },
        meeting: { __typename: 'Meeting', id: 'meeting-seoul-2019' } as unknown,
      },
    ],
    documents: [] as unknown[],
    openActionItems: [
      {
        __typename: 'ActionItem' as const,
        id: 'action-memorandum',
        title: 'Circulate the draft memorandum to all member committees',
        dueDate: '2020-03-31',
        status: 'IN_PROGRESS',
        ownerPerson: kimTaehoon,
        ownerOrganization: cscapKorea,
      },
    ],
    ...overrides,
  };
}

/** The group as an observer sees it: no management, no committees to name members for. */
export function observerView(overrides: Partial<Record<string, unknown>> = {}) {
  return studyGroupFixture({
    viewerCanManage: false,
    viewerRoles: ['OBSERVER'],
    viewerNamesMembersFor: [],
    ...overrides,
  });
}

export function studyGroupPageMock(group: ReturnType<typeof studyGroupFixture>): MockLink.MockedResponse {
  return {
    request: { query: studyGroupQuery, variables: { id: group.id } },
    result: { data: { studyGroup: group } },
  };
}
