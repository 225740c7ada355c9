import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { ParagraphContentInput, ReturnedCommentInput } from '../../../__generated__/graphql';

export const importWordDraftMutation = graphql(`
  mutation ImportWordDraft($input: ImportWordDraftInput!) {
    importWordDraft(input: $input) {
      id
    }
  }
`);

export const postReturnedCommentsMutation = graphql(`
  mutation PostReturnedComments($input: PostReturnedCommentsInput!) {
    postReturnedComments(input: $input) {
      id
    }
  }
`);

/**
 * Adds the confirmed paragraphs of a Word draft. The document's text, margin and actions read
 * again, as after any change several paragraphs at once.
 */
export function useImportWordDraft(documentId: string) {
  const [mutate] = useMutation(importWordDraftMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  return async (paragraphs: ParagraphContentInput[]): Promise<void> => {
    await mutate({ variables: { input: { documentId, paragraphs } } });
  };
}

/** Posts the reviewed comments of a returned file together; resolves to how many were posted. */
export function usePostReturnedComments() {
  const [mutate] = useMutation(postReturnedCommentsMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  return async (roundId: string, speaksForId: string | null, comments: ReturnedCommentInput[]): Promise<number> => {
    const { data } = await mutate({ variables: { input: { roundId, speaksForId, comments } } });
    return data?.postReturnedComments.length ?? 0;
  };
}
