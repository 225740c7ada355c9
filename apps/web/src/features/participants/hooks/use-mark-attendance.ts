import { useMutation } from '@apollo/client/react';
import { InvitationState } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const markAttendanceMutation = graphql(`
  mutation MarkAttendance($id: ID!, $attended: Boolean!) {
    markAttendance(id: $id, attended: $attended) {
      id
      state
    }
  }
`);

/** Marks whether a person came; the list shows it before the server confirms, as attendance is taken at the door. */
export function useMarkAttendance() {
  const [mutate] = useMutation(markAttendanceMutation);
  return async (id: string, attended: boolean): Promise<void> => {
    await mutate({
      variables: { id, attended },
      optimisticResponse: {
        markAttendance: {
          __typename: 'Participation',
          id,
          state: attended ? InvitationState.ATTENDED : InvitationState.NO_SHOW,
        },
      },
    });
  };
}
