import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AddStudyGroupMemberInput } from '../../../__generated__/graphql';

export const addStudyGroupMemberMutation = graphql(`
  mutation AddStudyGroupMember($input: AddStudyGroupMemberInput!) {
    addStudyGroupMember(input: $input) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);

export const removeStudyGroupMemberMutation = graphql(`
  mutation RemoveStudyGroupMember($id: ID!) {
    removeStudyGroupMember(id: $id) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);

/** Names a person to the group; the group comes back whole, with any focal points it changed. */
export function useAddStudyGroupMember() {
  const [mutate] = useMutation(addStudyGroupMemberMutation);
  return async (input: AddStudyGroupMemberInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}

/** Takes one role (a membership, by its id) from a person. */
export function useRemoveStudyGroupMember() {
  const [mutate] = useMutation(removeStudyGroupMemberMutation);
  return async (membershipId: string): Promise<void> => {
    await mutate({ variables: { id: membershipId } });
  };
}
