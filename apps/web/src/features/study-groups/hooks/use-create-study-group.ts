import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { CreateStudyGroupInput } from '../../../__generated__/graphql';

export const createStudyGroupMutation = graphql(`
  mutation CreateStudyGroup($input: CreateStudyGroupInput!) {
    createStudyGroup(input: $input) {
      id
      ...StudyGroupList_studyGroup
    }
  }
`);

/** Sets up a study group, with the viewer as its secretariat; resolves to its id. */
export function useCreateStudyGroup() {
  const [mutate] = useMutation(createStudyGroupMutation, {
    update(cache) {
      // The list is ordered by the server (newest first); it reloads on its next visit.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'studyGroups' });
      cache.gc();
    },
  });
  return async (input: CreateStudyGroupInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the new study group.');
    return data.createStudyGroup.id;
  };
}
