import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { RespondToRoundInput } from '../../../__generated__/graphql';

export const respondToRoundMutation = graphql(`
  mutation RespondToRound($input: RespondToRoundInput!) {
    respondToRound(input: $input) {
      id
      response
      responseNote
      respondedAt
    }
  }
`);

/** A recipient's answer to the open round, for themselves or a committee; the cached recipient updates in place. */
export function useRespondToRound() {
  const [mutate] = useMutation(respondToRoundMutation);
  return async (input: RespondToRoundInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
