import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { UpdateStudyGroupInput } from '../../../__generated__/graphql';

export const updateStudyGroupMutation = graphql(`
  mutation UpdateStudyGroup($id: ID!, $input: UpdateStudyGroupInput!) {
    updateStudyGroup(id: $id, input: $input) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);

/** Saves changed details; `input.version` is the version the form was opened at. */
export function useUpdateStudyGroup() {
  const [mutate] = useMutation(updateStudyGroupMutation, {
    update(cache, { data }) {
      // The list shows titles and dates.
      if (data) cache.evict({ id: 'ROOT_QUERY', fieldName: 'studyGroups' });
    },
  });
  return async (id: string, input: UpdateStudyGroupInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}
