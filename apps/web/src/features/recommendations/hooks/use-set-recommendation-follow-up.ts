import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';

export const setRecommendationFollowUpMutation = graphql(`
  mutation SetRecommendationFollowUp($id: ID!, $nextFollowUpOn: LocalDate) {
    setRecommendationFollowUp(id: $id, nextFollowUpOn: $nextFollowUpOn) {
      id
      nextFollowUpOn
      overdue
    }
  }
`);

/** Sets the next follow-up date, or clears it with null. */
export function useSetRecommendationFollowUp() {
  const [mutate] = useMutation(setRecommendationFollowUpMutation, {
    update(cache) {
      // The overdue count on the dashboard may change.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'recommendationRegistry' });
      cache.gc();
    },
  });
  return async (id: string, nextFollowUpOn: string | null): Promise<void> => {
    await mutate({ variables: { id, nextFollowUpOn } });
  };
}
