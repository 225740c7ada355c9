import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import { viewerQuery } from '../features/auth/graphql/viewer';

/** A GraphQL error as the API sends it: a category, a specific reason, and a human message. */
export function apiError(message: string, code: string, reason: string, field?: string) {
  return new GraphQLError(message, { extensions: { code, reason, ...(field ? { field } : {}) } });
}

export const escapOffice = {
  __typename: 'Organization' as const,
  id: 'org-escap-enea',
  name: 'ESCAP East and North-East Asia Office',
  acronym: 'ESCAP-ENEA',
};

export const tcs = {
  __typename: 'Organization' as const,
  id: 'org-tcs',
  name: 'Trilateral Cooperation Secretariat',
  acronym: 'TCS',
};

export function viewerMock(
  overrides: { isPlatformAdmin?: boolean; canConveneFor?: (typeof escapOffice)[] } = {},
): MockLink.MockedResponse {
  return {
    request: { query: viewerQuery },
    result: {
      data: {
        viewer: {
          __typename: 'User',
          id: 'user-kim',
          email: 'kim.minjun@example.org',
          isPlatformAdmin: overrides.isPlatformAdmin ?? false,
          person: { __typename: 'Person', id: 'person-kim', name: '김민준', honorific: 'Dr' },
          canConveneFor: overrides.canConveneFor ?? [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const signedOutViewerMock: MockLink.MockedResponse = {
  request: { query: viewerQuery },
  result: { data: { viewer: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
