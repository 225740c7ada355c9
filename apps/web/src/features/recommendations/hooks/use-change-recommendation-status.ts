import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { ChangeRecommendationStatusInput } from '../../../__generated__/graphql';

export const changeRecommendationStatusMutation = graphql(`
  mutation ChangeRecommendationStatus($input: ChangeRecommendationStatusInput!) {
    changeRecommendationStatus(input: $input) {
      id
      ...RecommendationPage_recommendation
    }
  }
`);

/** Records a dated step of the follow-up; the page updates from the answer. */
export function useChangeRecommendationStatus() {
  const [mutate] = useMutation(changeRecommendationStatusMutation, {
    update(cache) {
      // The dashboard's counts and charts depend on every status.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'recommendationRegistry' });
      cache.gc();
    },
  });
  return async (input: ChangeRecommendationStatusInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
