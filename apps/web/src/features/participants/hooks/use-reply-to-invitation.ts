import { useMutation } from '@apollo/client/react';
import type { InvitationState } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const replyToInvitationMutation = graphql(`
  mutation ReplyToInvitation($meetingId: ID!, $response: InvitationState!) {
    replyToInvitation(meetingId: $meetingId, response: $response) {
      id
      state
      respondedAt
    }
  }
`);

/** The signed-in participant's own reply: accepted, tentative or declined. */
export function useReplyToInvitation() {
  const [mutate, { loading }] = useMutation(replyToInvitationMutation);
  const reply = async (meetingId: string, response: InvitationState): Promise<void> => {
    await mutate({ variables: { meetingId, response } });
  };
  return { reply, loading };
}
