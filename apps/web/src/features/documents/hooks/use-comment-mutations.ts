import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { AcceptSuggestionInput, EditCommentInput, PostCommentInput } from '../../../__generated__/graphql';

export const postCommentMutation = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      id
      ...DocumentComment_comment
    }
  }
`);

export const editCommentMutation = graphql(`
  mutation EditComment($id: ID!, $input: EditCommentInput!) {
    editComment(id: $id, input: $input) {
      id
      ...DocumentComment_comment
    }
  }
`);

export const withdrawCommentMutation = graphql(`
  mutation WithdrawComment($id: ID!) {
    withdrawComment(id: $id)
  }
`);

/*
 * A comment changes more than itself: the paragraph's list, the round's compilation and the
 * recipient's response ("Commented"). Every query on screen is asked again once the change is made.
 */

export function usePostComment() {
  // The margin fetches the paragraph's comments itself; the round's line shows the response "Commented".
  const [mutate] = useMutation(postCommentMutation, {
    refetchQueries: ['DocumentPage'],
    awaitRefetchQueries: true,
  });
  return async (input: PostCommentInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}

export function useEditComment() {
  const [mutate] = useMutation(editCommentMutation);
  return async (id: string, input: EditCommentInput): Promise<void> => {
    await mutate({ variables: { id, input } });
  };
}

export function useWithdrawComment() {
  const [mutate] = useMutation(withdrawCommentMutation, {
    update(cache, { data }) {
      if (!data) return;
      // Lists that held the comment skip it from now on, before the refetch confirms it.
      cache.evict({ id: cache.identify({ __typename: 'Comment', id: data.withdrawComment }) });
      cache.gc();
    },
    refetchQueries: ['DocumentPage'],
  });
  return async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
}

export const acceptSuggestionMutation = graphql(`
  mutation AcceptSuggestion($input: AcceptSuggestionInput!) {
    acceptSuggestion(input: $input) {
      id
      ...DocumentComment_comment
    }
  }
`);

/**
 * Takes suggested wording into the working text (as proposed, or as the co-chair edited it): the
 * paragraph's text and the round's count of comments to answer change with it.
 */
export function useAcceptSuggestion() {
  const [mutate] = useMutation(acceptSuggestionMutation, {
    refetchQueries: ['DocumentVersionText', 'DocumentActions'],
    awaitRefetchQueries: true,
  });
  return async (input: AcceptSuggestionInput): Promise<void> => {
    await mutate({ variables: { input } });
  };
}
