import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const confirmOrganizationMutation = graphql(`
  mutation ConfirmOrganization($id: ID!) {
    confirmOrganization(id: $id) {
      id
      ...OrganizationsTable_organization
    }
  }
`);

/** Keeps an organization a meeting's organiser added on the spot, as it is. */
export function useConfirmOrganization() {
  const [mutate] = useMutation(confirmOrganizationMutation);
  return async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
}
