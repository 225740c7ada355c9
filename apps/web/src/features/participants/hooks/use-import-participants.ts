import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const importParticipantsMutation = graphql(`
  mutation ImportParticipants($meetingId: ID!, $csv: String!) {
    importParticipants(meetingId: $meetingId, csv: $csv) {
      id
      ...ParticipantRow_participation
    }
  }
`);

/**
 * Invites everyone in a CSV, or nobody when a row has an error. The new participants join the list at
 * once; the outbox (their invitations) and the directory (new people) reload when next shown.
 */
export function useImportParticipants(meetingId: string) {
  const [mutate] = useMutation(importParticipantsMutation, {
    update(cache, { data }) {
      if (!data) return;
      const imported = data.importParticipants.map((participation) => cache.identify(participation));
      const meeting = cache.identify({ __typename: 'Meeting', id: meetingId });
      cache.modify({
        id: meeting,
        fields: {
          participants(existing: readonly Reference[], { toReference }) {
            const known = new Set(existing.map((ref) => ref.__ref));
            const added = imported
              .filter((id): id is string => id !== undefined && !known.has(id))
              .map((id) => toReference(id))
              .filter((ref): ref is Reference => ref !== undefined);
            return added.length > 0 ? [...existing, ...added] : existing;
          },
        },
      });
      cache.evict({ id: meeting, fieldName: 'outbox' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
    },
  });
  /** Resolves to the number of people invited. */
  return async (csv: string): Promise<number> => {
    const { data } = await mutate({ variables: { meetingId, csv } });
    return data?.importParticipants.length ?? 0;
  };
}
