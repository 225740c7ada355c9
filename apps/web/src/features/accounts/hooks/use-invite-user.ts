import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { InviteUserInput } from '../../../__generated__/graphql';

const inviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      ...AccountsTable_user
    }
  }
`);

/** Opens an account and e-mails its holder a one-time link; the new account joins the list at once. */
export function useInviteUser() {
  const [mutate] = useMutation(inviteUserMutation, {
    update(cache, { data }) {
      if (!data) return;
      const invited = cache.identify(data.inviteUser);
      if (invited === undefined) return;
      cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          users(existing: readonly Reference[], { toReference }) {
            const ref = toReference(invited);
            return ref ? [...existing, ref] : existing;
          },
        },
      });
    },
  });
  return async (input: InviteUserInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
