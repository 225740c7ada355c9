import { useQuery } from '@apollo/client/react';
import type { OrganizationKind } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const studyGroupOrganizationsQuery = graphql(`
  query StudyGroupFormOrganizations {
    organizations {
      id
      name
      acronym
      kind
    }
  }
`);

export interface OrganizationChoice {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
}

/** The directory of organizations, with their kind: councils run groups, member committees take part. */
export function useStudyGroupOrganizations() {
  const { data, loading, error, refetch } = useQuery(studyGroupOrganizationsQuery);
  const organizations: readonly OrganizationChoice[] = data?.organizations ?? [];
  return { organizations, loading: loading && !data, error, refetch };
}
