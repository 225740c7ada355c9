import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { SignInInput } from '../../../__generated__/graphql';
import { viewerQuery } from '../graphql/viewer';

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        ...Viewer_user
      }
    }
  }
`);

/** Signs in and makes the new viewer known to every page without another round trip. */
export function useSignIn() {
  const [mutate] = useMutation(signInMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: viewerQuery, data: { viewer: data.signIn.user } });
    },
  });
  const signIn = async (input: SignInInput) => {
    await mutate({ variables: { input } });
  };
  return { signIn };
}
