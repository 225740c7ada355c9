import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { InviteParticipantInput } from '../../../__generated__/graphql';

export const inviteParticipantMutation = graphql(`
  mutation InviteParticipant($meetingId: ID!, $input: InviteParticipantInput!) {
    inviteParticipant(meetingId: $meetingId, input: $input) {
      id
      ...ParticipantRow_participation
    }
  }
`);

/**
 * Invites a person (from the directory or new) and e-mails them their personal reply link. They join
 * the list at once; the outbox and the directory reload when next shown, as both have changed.
 */
export function useInviteParticipant(meetingId: string) {
  const [mutate] = useMutation(inviteParticipantMutation, {
    update(cache, { data }) {
      const invited = data && cache.identify(data.inviteParticipant);
      if (!invited) return;
      const meeting = cache.identify({ __typename: 'Meeting', id: meetingId });
      cache.modify({
        id: meeting,
        fields: {
          participants(existing: readonly Reference[], { toReference }) {
            if (existing.some((ref) => ref.__ref === invited)) return existing;
            const ref = toReference(invited);
            return ref ? [...existing, ref] : existing;
          },
        },
      });
      cache.evict({ id: meeting, fieldName: 'outbox' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
    },
  });
  return async (input: InviteParticipantInput): Promise<void> => {
    await mutate({ variables: { meetingId, input } });
  };
}
