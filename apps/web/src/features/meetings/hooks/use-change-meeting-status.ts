import { useMutation } from '@apollo/client/react';
import type { MeetingStatus } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const changeMeetingStatusMutation = graphql(`
  mutation ChangeMeetingStatus($id: ID!, $input: ChangeMeetingStatusInput!) {
    changeMeetingStatus(id: $id, input: $input) {
      id
      status
      nextStatuses
      version
    }
  }
`);

/**
 * Moves a meeting to its next status. `from` is the status the person saw: if someone else moved the
 * meeting meanwhile, the server refuses rather than skipping a step they did not mean to skip.
 */
export function useChangeMeetingStatus() {
  const [mutate] = useMutation(changeMeetingStatusMutation, {
    update(cache, { data }) {
      // The list shows each meeting's status and is cheap to reload.
      if (data) cache.evict({ id: 'ROOT_QUERY', fieldName: 'meetings' });
    },
  });
  return async (id: string, from: MeetingStatus, to: MeetingStatus): Promise<void> => {
    await mutate({ variables: { id, input: { from, to } } });
  };
}
