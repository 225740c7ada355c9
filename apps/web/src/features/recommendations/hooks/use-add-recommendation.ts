import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AddRecommendationInput } from '../../../__generated__/graphql';

export const addRecommendationMutation = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      id
      ...RecommendationPage_recommendation
    }
  }
`);

/** Enters a recommendation of an output produced elsewhere; resolves to its id. */
export function useAddRecommendation() {
  const [mutate] = useMutation(addRecommendationMutation, {
    update(cache) {
      // Counts, charts and pages all move: the dashboard reloads rather than guessing where it belongs.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'recommendationRegistry' });
      cache.gc();
    },
  });
  return async (input: AddRecommendationInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the new recommendation.');
    return data.addRecommendation.id;
  };
}
