import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

const setUserDisabledMutation = graphql(`
  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {
    setUserDisabled(userId: $userId, disabled: $disabled) {
      id
      disabled
    }
  }
`);

/** Disables or enables an account; the table shows the change before the server confirms it. */
export function useSetUserDisabled() {
  const [mutate] = useMutation(setUserDisabledMutation);
  return async (userId: string, disabled: boolean): Promise<void> => {
    await mutate({
      variables: { userId, disabled },
      optimisticResponse: { setUserDisabled: { __typename: 'User', id: userId, disabled } },
    });
  };
}
