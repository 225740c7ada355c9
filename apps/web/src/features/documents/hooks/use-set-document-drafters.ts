import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { SetDocumentDraftersInput } from '../../../__generated__/graphql';

export const setDocumentDraftersMutation = graphql(`
  mutation SetDocumentDrafters($input: SetDocumentDraftersInput!) {
    setDocumentDrafters(input: $input) {
      id
      drafters {
        id
        name
        honorific
      }
    }
  }
`);

/** Names the participants who draft a meeting's document; the cached document's drafters follow from the answer. */
export function useSetDocumentDrafters() {
  const [mutate] = useMutation(setDocumentDraftersMutation);
  return async (input: SetDocumentDraftersInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
