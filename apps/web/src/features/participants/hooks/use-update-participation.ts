import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { UpdateParticipationInput } from '../../../__generated__/graphql';

export const updateParticipationMutation = graphql(`
  mutation UpdateParticipation($id: ID!, $input: UpdateParticipationInput!) {
    updateParticipation(id: $id, input: $input) {
      id
      ...ParticipantRow_participation
    }
  }
`);

export function useUpdateParticipation() {
  const [mutate] = useMutation(updateParticipationMutation);
  return async (id: string, input: UpdateParticipationInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}
