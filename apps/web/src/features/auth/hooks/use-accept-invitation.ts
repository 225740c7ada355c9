import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { viewerQuery } from '../graphql/viewer';

const acceptInvitationMutation = graphql(`
  mutation AcceptAccountInvitation($input: AcceptAccountInvitationInput!) {
    acceptAccountInvitation(input: $input) {
      user {
        id
        ...Viewer_user
      }
    }
  }
`);

/** Sets the password chosen through an invitation link; the person is signed in afterwards. */
export function useAcceptInvitation() {
  const [mutate] = useMutation(acceptInvitationMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: viewerQuery, data: { viewer: data.acceptAccountInvitation.user } });
    },
  });
  const acceptInvitation = async (token: string, password: string) => {
    await mutate({ variables: { input: { token, password } } });
  };
  return { acceptInvitation };
}
