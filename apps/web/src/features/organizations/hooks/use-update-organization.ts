import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { UpdateOrganizationInput } from '../../../__generated__/graphql';

const updateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
      acronym
      ...OrganizationsTable_organization
    }
  }
`);

/** Saves an organization's changes; the normalized cache refreshes every list that shows it. */
export function useUpdateOrganization() {
  const [mutate] = useMutation(updateOrganizationMutation);
  return async (id: string, input: UpdateOrganizationInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}
