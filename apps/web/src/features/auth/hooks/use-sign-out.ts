import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import { viewerQuery } from '../graphql/viewer';

const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Ends the session and forgets everything cached for this person, so nothing of theirs remains
 * visible to whoever uses the browser next.
 */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(signOutMutation);
  const signOut = async () => {
    await mutate();
    await client.clearStore();
    client.writeQuery({ query: viewerQuery, data: { viewer: null } });
  };
  return { signOut, loading };
}
