import type { MockLink } from '@apollo/client/testing';
import { recommendationStatusMachine, type RecommendationStatus } from '@plenary/shared';
import { vi } from 'vitest';
import type { RecommendationRegistryQueryVariables } from '../../../__generated__/graphql';
import { escapOffice, tcs } from '../../../test/fixtures';
import { recommendationPageQuery } from '../graphql/recommendation-queries';
import { recommendationRegistryQuery, registryFilterOptionsQuery } from '../graphql/registry-queries';

/*
 * Recommendations of the 2019 Expert Group Meeting on sub-regional cooperation, as the API returns
 * them to the registry and to a recommendation's page. Tests change what they are about through
 * overrides.
 */

export const RECOMMENDATION_ID = 'rec-egm-7';

export const kimPerson = { __typename: 'Person' as const, id: 'person-kim', name: '김민준', honorific: 'Dr' };

const addresseePolicyMakers = { __typename: 'Addressee' as const, kind: 'POLICY_MAKERS', organization: null };
const addresseeTcs = { __typename: 'Addressee' as const, kind: 'NAMED_BODY', organization: tcs };

function statusCounts(counts: Partial<Record<RecommendationStatus, number>>) {
  return recommendationStatusMachine.states.map((status) => ({
    __typename: 'StatusCount' as const,
    status,
    count: counts[status] ?? 0,
  }));
}

export function registryRowFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Recommendation' as const,
    id,
    number: 7 as number | null,
    sourceTitle: 'Report of the Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    text: 'Member States should establish a sub-regional platform for cooperation on transport connectivity.',
    status: 'TRANSMITTED' as string,
    issueAreas: ['TRANSPORT', 'TRADE'] as string[],
    nextFollowUpOn: '2021-03-01' as string | null,
    overdue: true,
    addressees: [addresseePolicyMakers, addresseeTcs] as unknown[],
    ...overrides,
  };
}

export function registryFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'RecommendationRegistry' as const,
    totalCount: 2,
    overdueCount: 1,
    statusCounts: statusCounts({ TRANSMITTED: 1, IMPLEMENTED: 1 }),
    byIssueArea: [
      {
        __typename: 'IssueAreaStatusCounts' as const,
        issueArea: 'TRADE',
        total: 1,
        counts: statusCounts({ TRANSMITTED: 1 }),
      },
      {
        __typename: 'IssueAreaStatusCounts' as const,
        issueArea: 'TRANSPORT',
        total: 2,
        counts: statusCounts({ TRANSMITTED: 1, IMPLEMENTED: 1 }),
      },
    ],
    progress: [
      { __typename: 'ProgressPoint' as const, year: 2019, asOf: '2019-12-31', counts: statusCounts({ ADOPTED: 2 }) },
      {
        __typename: 'ProgressPoint' as const,
        year: 2020,
        asOf: '2020-12-31',
        counts: statusCounts({ TRANSMITTED: 1, IMPLEMENTED: 1 }),
      },
    ],
    recommendations: [
      registryRowFixture(RECOMMENDATION_ID),
      registryRowFixture('rec-egm-3', {
        number: 3,
        text: 'Energy ministries should publish a joint grid interconnection study.',
        status: 'IMPLEMENTED',
        issueAreas: ['TRANSPORT'],
        nextFollowUpOn: null,
        overdue: false,
        addressees: [],
      }),
    ] as unknown[],
    ...overrides,
  };
}

/** Answers every registry query, whatever its variables, so a test can check which variables were sent. */
export function registryMock(registry = registryFixture()) {
  const answer = vi.fn((_variables: RecommendationRegistryQueryVariables) => ({
    data: { recommendationRegistry: registry },
  }));
  const mock: MockLink.MockedResponse = {
    request: { query: recommendationRegistryQuery, variables: () => true },
    result: answer,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { mock, answer };
}

export const filterOptionsMock: MockLink.MockedResponse = {
  request: { query: registryFilterOptionsQuery },
  result: {
    data: {
      studyGroups: [
        { __typename: 'StudyGroup', id: 'sg-nea', title: 'CSCAP Study Group on Northeast Asia Peace and Cooperation' },
      ],
      meetings: [
        {
          __typename: 'Meeting',
          id: 'meeting-egm-2019',
          title: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
          startDate: '2019-12-04',
        },
      ],
      recommendationSources: [
        { __typename: 'RecommendationSource', documentId: 'doc-memo-nea', title: 'Memorandum on Northeast Asia' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

export function historyStepFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'RecommendationUpdate' as const,
    id,
    fromStatus: null as string | null,
    toStatus: 'ADOPTED' as string,
    occurredOn: '2019-12-05',
    note: 'Adopted in the meeting’s report.',
    evidenceUrl: null as string | null,
    evidenceFile: null as unknown,
    recordedAt: '2019-12-05T09:00:00.000Z',
    recordedBy: kimPerson as unknown,
    ...overrides,
  };
}

export function recommendationFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Recommendation' as const,
    id: RECOMMENDATION_ID,
    number: 7 as number | null,
    sourceTitle: 'Report of the Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    sourceUrl: null as string | null,
    text: 'Member States should establish a sub-regional platform for cooperation on transport connectivity.',
    status: 'TRANSMITTED' as string,
    issueAreas: ['TRANSPORT'] as string[],
    adoptedOn: '2019-12-05',
    nextFollowUpOn: '2021-03-01' as string | null,
    overdue: true,
    paragraphId: 'para-7' as string | null,
    viewerCanTrack: true,
    allowedNextStatuses: ['UNDER_CONSIDERATION', 'ACCEPTED_BY_ADDRESSEE', 'NOT_TAKEN_UP'] as string[],
    addressees: [addresseePolicyMakers] as unknown[],
    responsible: escapOffice,
    document: { __typename: 'Document' as const, id: 'doc-egm-report', title: 'Report of the EGM' } as unknown,
    studyGroup: null as unknown,
    meeting: {
      __typename: 'Meeting' as const,
      id: 'meeting-egm-2019',
      title: 'Expert Group Meeting on Sub-regional Cooperation in North-East Asia',
    } as unknown,
    history: [
      historyStepFixture('step-1'),
      historyStepFixture('step-2', {
        fromStatus: 'ADOPTED',
        toStatus: 'TRANSMITTED',
        occurredOn: '2020-01-15',
        note: 'Sent to the ministries with a cover letter.',
        evidenceUrl: 'https://example.org/letters/2020-01.pdf',
        recordedAt: '2020-01-15T03:00:00.000Z',
      }),
    ] as unknown[],
    ...overrides,
  };
}

export function recommendationPageMock(recommendation = recommendationFixture()): MockLink.MockedResponse {
  return {
    request: { query: recommendationPageQuery, variables: { id: recommendation.id } },
    result: { data: { recommendation } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
