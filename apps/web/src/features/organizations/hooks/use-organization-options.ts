import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const organizationOptionsQuery = graphql(`
  query MeetingFormOrganizations {
    organizations {
      id
      name
      acronym
    }
  }
`);

export interface OrganizationOption {
  id: string;
  name: string;
  acronym: string | null;
}

/** Every organization, to choose a meeting's organizers and host from. */
export function useOrganizationOptions() {
  const { data, loading, error, refetch } = useQuery(organizationOptionsQuery);
  const organizations: readonly OrganizationOption[] = data?.organizations ?? [];
  return { organizations, loading: loading && !data, error, refetch };
}
