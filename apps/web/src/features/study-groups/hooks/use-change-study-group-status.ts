import { useMutation } from '@apollo/client/react';
import type { StudyGroupStatus } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const changeStudyGroupStatusMutation = graphql(`
  mutation ChangeStudyGroupStatus($id: ID!, $input: ChangeStudyGroupStatusInput!) {
    changeStudyGroupStatus(id: $id, input: $input) {
      id
      status
      nextStatuses
      version
    }
  }
`);

/**
 * Moves a group to its next status. `from` is the status the person saw: if someone else moved the
 * group meanwhile, the server refuses rather than skipping a step.
 */
export function useChangeStudyGroupStatus() {
  const [mutate] = useMutation(changeStudyGroupStatusMutation, {
    update(cache, { data }) {
      if (data) cache.evict({ id: 'ROOT_QUERY', fieldName: 'studyGroups' });
    },
  });
  return async (id: string, from: StudyGroupStatus, to: StudyGroupStatus): Promise<void> => {
    await mutate({ variables: { id, input: { from, to } } });
  };
}
