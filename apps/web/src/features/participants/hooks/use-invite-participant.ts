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
 * Puts a person (from the directory or new) on the list, not yet invited: the invitation goes when
 * the organisers send it. The counts, the agenda's people not yet listed, the letter's preview and
 * the directory reload when next shown, as all have changed.
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
      for (const fieldName of ['participantCounts', 'agendaNamedNotListed', 'invitationLetter']) {
        cache.evict({ id: meeting, fieldName });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'people' });
    },
  });
  return async (input: InviteParticipantInput): Promise<void> => {
    await mutate({ variables: { meetingId, input } });
  };
}
