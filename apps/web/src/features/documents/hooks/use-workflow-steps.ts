import { useMutation } from '@apollo/client/react';
import { DocumentStatus } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import type { CirculateDocumentInput, DecideDocumentInput, PublishDocumentInput } from '../../../__generated__/graphql';

/*
 * Each step answers with the document as the actions bar reads it, so the buttons follow at once.
 * A step also changes what every tab shows (versions, rounds, history), so every query on the
 * screen is asked again.
 */

export const circulateDocumentMutation = graphql(`
  mutation CirculateDocument($input: CirculateDocumentInput!) {
    circulateDocument(input: $input) {
      id
      ...DocumentActions_document
    }
  }
`);

export const closeCommentRoundMutation = graphql(`
  mutation CloseCommentRound($id: ID!) {
    closeCommentRound(id: $id) {
      id
      status
      closedAt
      closedAtDeadline
      acceptingComments
    }
  }
`);

export const finaliseDocumentMutation = graphql(`
  mutation FinaliseDocument($id: ID!) {
    finaliseDocument(id: $id) {
      id
      ...DocumentActions_document
    }
  }
`);

export const submitDocumentMutation = graphql(`
  mutation SubmitDocument($id: ID!) {
    submitDocument(id: $id) {
      id
      submittedAt
      ...DocumentActions_document
    }
  }
`);

export const decideDocumentMutation = graphql(`
  mutation DecideDocument($input: DecideDocumentInput!) {
    decideDocument(input: $input) {
      id
      ...DocumentActions_document
    }
  }
`);

export const publishDocumentMutation = graphql(`
  mutation PublishDocument($input: PublishDocumentInput!) {
    publishDocument(input: $input) {
      id
      publishedAt
      ...DocumentActions_document
    }
  }
`);

const refetchAfterStep = { refetchQueries: 'active' as const };

/** Freezes the working text and opens a comment round on it. */
export function useCirculateDocument() {
  const [mutate] = useMutation(circulateDocumentMutation, refetchAfterStep);
  return async (input: CirculateDocumentInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}

/** Closes the open round before its deadline. */
export function useCloseCommentRound() {
  const [mutate] = useMutation(closeCommentRoundMutation, refetchAfterStep);
  return async (documentId: string, roundId: string): Promise<void> => {
    await mutate({
      variables: { id: roundId },
      update(cache) {
        // Closing the round hands the text back to the co-chairs (PRODUCT.md, the memorandum workflow).
        cache.modify({
          id: cache.identify({ __typename: 'Document', id: documentId }),
          fields: { status: () => DocumentStatus.REVISING, openRound: () => null },
        });
      },
    });
  };
}

export function useFinaliseDocument() {
  const [mutate] = useMutation(finaliseDocumentMutation, refetchAfterStep);
  return async (documentId: string): Promise<void> => {
    await mutate({ variables: { id: documentId } });
  };
}

export function useSubmitDocument() {
  const [mutate] = useMutation(submitDocumentMutation, refetchAfterStep);
  return async (documentId: string): Promise<void> => {
    await mutate({ variables: { id: documentId } });
  };
}

/** Records the body's decision on the submitted text. */
export function useDecideDocument() {
  const [mutate] = useMutation(decideDocumentMutation, refetchAfterStep);
  return async (input: DecideDocumentInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}

/** Publishes the approved text to the dissemination list. */
export function usePublishDocument() {
  const [mutate] = useMutation(publishDocumentMutation, refetchAfterStep);
  return async (input: PublishDocumentInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
