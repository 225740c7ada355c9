import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AddStudyGroupMemberInput } from '../../../__generated__/graphql';

export const nameCommitteeMemberMutation = graphql(`
  mutation NameCommitteeMember($input: AddStudyGroupMemberInput!) {
    addStudyGroupMember(input: $input) {
      id
    }
  }
`);

/**
 * Names a person to the study group as a member speaking for a committee, so that the committee a
 * round is circulated to has someone to tell. Who would be told is asked again by the caller.
 */
export function useNameCommitteeMember() {
  const [mutate] = useMutation(nameCommitteeMemberMutation);
  return async (input: AddStudyGroupMemberInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
