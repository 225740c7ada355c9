import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { CreateDocumentInput } from '../../../__generated__/graphql';

export const createDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
      title
      kind
      status
    }
  }
`);

/** Starts a document (with an empty working version 1) for a study group or a meeting; resolves to its id. */
export function useCreateDocument() {
  const [mutate] = useMutation(createDocumentMutation, {
    update(cache, _result, { variables }) {
      const owner = variables?.input.studyGroupId
        ? cache.identify({ __typename: 'StudyGroup', id: variables.input.studyGroupId })
        : variables?.input.meetingId
          ? cache.identify({ __typename: 'Meeting', id: variables.input.meetingId })
          : undefined;
      // The owner's list is ordered by the server; it reloads when next shown.
      if (owner) cache.evict({ id: owner, fieldName: 'documents' });
    },
  });
  return async (input: CreateDocumentInput): Promise<string> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server did not return the new document.');
    return data.createDocument.id;
  };
}
