import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { SubGroupInput } from '../../../__generated__/graphql';

export const createSubGroupMutation = graphql(`
  mutation CreateSubGroup($studyGroupId: ID!, $input: SubGroupInput!) {
    createSubGroup(studyGroupId: $studyGroupId, input: $input) {
      id
      ...SubGroupCard_subGroup
    }
  }
`);

export const updateSubGroupMutation = graphql(`
  mutation UpdateSubGroup($id: ID!, $input: SubGroupInput!) {
    updateSubGroup(id: $id, input: $input) {
      id
      ...SubGroupCard_subGroup
    }
  }
`);

export const removeSubGroupMutation = graphql(`
  mutation RemoveSubGroup($id: ID!) {
    removeSubGroup(id: $id) {
      id
      subGroups {
        id
      }
    }
  }
`);

/** Adds a sub-group at the end of the group's list. */
export function useCreateSubGroup(studyGroupId: string) {
  const [mutate] = useMutation(createSubGroupMutation, {
    update(cache, { data }) {
      const created = data && cache.identify(data.createSubGroup);
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'StudyGroup', id: studyGroupId }),
        fields: {
          subGroups(existing: readonly Reference[], { toReference }) {
            if (existing.some((ref) => ref.__ref === created)) return existing;
            const ref = toReference(created);
            return ref ? [...existing, ref] : existing;
          },
        },
      });
    },
  });
  return async (input: SubGroupInput): Promise<void> => {
    await mutate({ variables: { studyGroupId, input } });
  };
}

export function useUpdateSubGroup() {
  const [mutate] = useMutation(updateSubGroupMutation);
  return async (id: string, input: SubGroupInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}

export function useRemoveSubGroup() {
  const [mutate] = useMutation(removeSubGroupMutation);
  return async (id: string): Promise<void> => {
    await mutate({
      variables: { id },
      update(cache, { data }) {
        if (data) cache.evict({ id: cache.identify({ __typename: 'SubGroup', id }) });
      },
    });
  };
}
