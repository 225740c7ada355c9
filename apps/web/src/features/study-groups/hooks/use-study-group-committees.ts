import { useMutation } from '@apollo/client/react';
import type { CommitteeRole } from '@plenary/shared';
import { graphql } from '../../../__generated__';

export const setStudyGroupCommitteeMutation = graphql(`
  mutation SetStudyGroupCommittee($input: SetStudyGroupCommitteeInput!) {
    setStudyGroupCommittee(input: $input) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);

export const removeStudyGroupCommitteeMutation = graphql(`
  mutation RemoveStudyGroupCommittee($studyGroupId: ID!, $organizationId: ID!) {
    removeStudyGroupCommittee(studyGroupId: $studyGroupId, organizationId: $organizationId) {
      id
      ...StudyGroupPage_studyGroup
    }
  }
`);

/** Adds a member committee to the group, or changes its part; its focal points join with it. */
export function useSetStudyGroupCommittee(studyGroupId: string) {
  const [mutate] = useMutation(setStudyGroupCommitteeMutation);
  return async (organizationId: string, role: CommitteeRole): Promise<void> => {
    await mutate({ variables: { input: { studyGroupId, organizationId, role } } });
  };
}

export function useRemoveStudyGroupCommittee(studyGroupId: string) {
  const [mutate] = useMutation(removeStudyGroupCommitteeMutation);
  return async (organizationId: string): Promise<void> => {
    await mutate({ variables: { studyGroupId, organizationId } });
  };
}
