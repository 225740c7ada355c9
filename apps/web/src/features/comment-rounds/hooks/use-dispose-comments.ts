import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { DisposeCommentsInput } from '../../../__generated__/graphql';

export const disposeCommentsMutation = graphql(`
  mutation DisposeComments($input: DisposeCommentsInput!) {
    disposeComments(input: $input) {
      id
      disposition
      reply
      disposedAt
      answeredByParagraphId
    }
  }
`);

/** What the optimistic answer needs of a comment as the table holds it. */
interface DisposedComment {
  id: string;
  disposition: string | null;
  reply: string;
  answeredByParagraphId: string | null;
}

/**
 * Gives one disposition to the chosen comments. The rows change at once; the round's count of
 * comments still to answer, which the Finalise button reads, follows without asking the server.
 */
export function useDisposeComments() {
  const [mutate] = useMutation(disposeCommentsMutation);
  return async (roundId: string, comments: readonly DisposedComment[], input: DisposeCommentsInput): Promise<void> => {
    const newlyDisposed = comments.filter((comment) => comment.disposition === null).length;
    const disposedAt = new Date().toISOString();
    await mutate({
      variables: { input },
      optimisticResponse: {
        disposeComments: comments.map((comment) => ({
          __typename: 'Comment' as const,
          id: comment.id,
          disposition: input.disposition,
          reply: input.reply ?? comment.reply,
          disposedAt,
          answeredByParagraphId:
            input.answeredByParagraphId === undefined
              ? comment.answeredByParagraphId
              : input.answeredByParagraphId === null
                ? null
                : String(input.answeredByParagraphId),
        })),
      },
      update(cache) {
        if (newlyDisposed === 0) return;
        cache.modify({
          id: cache.identify({ __typename: 'CommentRound', id: roundId }),
          fields: { undisposedCount: (count: number) => Math.max(0, count - newlyDisposed) },
        });
      },
    });
  };
}
