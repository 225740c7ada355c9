import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { CreateOrganizationInput } from '../../../__generated__/graphql';

const createOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      acronym
      ...OrganizationsTable_organization
    }
  }
`);

/** Creates an organization and files it, by name, into every unfiltered list of organizations. */
export function useCreateOrganization() {
  const [mutate] = useMutation(createOrganizationMutation, {
    update(cache, { data }) {
      if (!data) return;
      const created = cache.identify(data.createOrganization);
      if (created === undefined) return;
      const name = data.createOrganization.name;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          organizations(existing: readonly Reference[], { toReference, readField, storeFieldName, fieldName }) {
            // A search result only holds what matched its search; leave those to the server.
            if (storeFieldName !== fieldName) return existing;
            const ref = toReference(created);
            if (!ref) return existing;
            const index = existing.findIndex((item) => (readField<string>('name', item) ?? '').localeCompare(name) > 0);
            return index === -1 ? [...existing, ref] : [...existing.slice(0, index), ref, ...existing.slice(index)];
          },
        },
      });
    },
  });
  return async (input: CreateOrganizationInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
