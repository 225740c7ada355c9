import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

const resendInvitationMutation = graphql(`
  mutation ResendAccountInvitation($userId: ID!) {
    resendAccountInvitation(userId: $userId) {
      id
      ...AccountsTable_user
    }
  }
`);

/** E-mails a person a new one-time link to set their password; any unused earlier link stops working. */
export function useResendInvitation() {
  const [mutate] = useMutation(resendInvitationMutation);
  return async (userId: string): Promise<void> => {
    await mutate({ variables: { userId } });
  };
}
