import { useMutation } from '@apollo/client/react';
import type { InvitationState } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import { meetingInvitationQuery } from '../graphql/invitation-preview';

export const respondToInvitationMutation = graphql(`
  mutation RespondToInvitation($input: RespondToInvitationInput!) {
    respondToInvitation(input: $input) {
      ...RsvpRoute_invitation
    }
  }
`);

/** Replies through the personal link in the invitation e-mail, without signing in. Works once. */
export function useRespondToInvitation(token: string) {
  const [mutate] = useMutation(respondToInvitationMutation, {
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: meetingInvitationQuery,
          variables: { token },
          data: { meetingInvitation: data.respondToInvitation },
        });
      }
    },
  });
  return async (response: InvitationState): Promise<void> => {
    await mutate({ variables: { input: { token, response } } });
  };
}
