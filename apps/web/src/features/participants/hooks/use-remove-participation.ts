import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const removeParticipationMutation = graphql(`
  mutation RemoveParticipation($id: ID!) {
    removeParticipation(id: $id)
  }
`);

export function useRemoveParticipation(meetingId: string) {
  const [mutate] = useMutation(removeParticipationMutation);
  return async (id: string): Promise<void> => {
    await mutate({
      variables: { id },
      update(cache, { data }) {
        if (!data?.removeParticipation) return;
        const removed = cache.identify({ __typename: 'Participation', id });
        cache.modify({
          id: cache.identify({ __typename: 'Meeting', id: meetingId }),
          fields: {
            participants: (existing: readonly { __ref: string }[]) => existing.filter((ref) => ref.__ref !== removed),
          },
        });
        cache.evict({ id: removed });
        cache.gc();
      },
    });
  };
}
