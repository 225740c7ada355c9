import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { DocumentStatus } from '@plenary/shared';
import { useId, useMemo, useState } from 'react';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { useCommentFilters } from '../hooks/use-comment-filters';
import { useCommentSelection } from '../hooks/use-comment-selection';
import { BulkDispositionBar } from './bulk-disposition-bar';
import { CommentFilters } from './comment-filters';
import { CommentRows } from './comment-rows';
import { CommentTableExports } from './comment-table-exports';
import { rowNames, type CommentRow } from './comment-table-model';
import { DisposeCommentDialog } from './dispose-comment-dialog';
import { DispositionProgress } from './disposition-progress';
import { RoundNotices } from './round-notices';
import { RoundPicker } from './round-picker';
import { RoundResponses } from './round-responses';

export const commentTableQuery = graphql(`
  query CommentTable($id: ID!) {
    document(id: $id) {
      id
      status
      viewerCanEdit
      version {
        id
        number
        isWorking
        paragraphs {
          id
          paragraphId
          number
          kind
          text
        }
      }
      rounds {
        id
        number
        status
        attribution
        opensAt
        closesAt
        closedAt
        versionNumber
        undisposedCount
        recipients {
          id
          response
          responseNote
          respondedAt
          organization {
            id
            name
            acronym
          }
          person {
            id
            name
            honorific
          }
        }
        comments {
          id
          kind
          quote
          body
          disposition
          reply
          disposedAt
          attributed
          personalCapacity
          paragraphId
          answeredByParagraphId
          paragraphThen {
            number
            text
          }
          author {
            id
            name
            honorific
          }
          speaksFor {
            id
            name
            acronym
          }
        }
      }
    }
  }
`);

export interface CommentTableProps {
  documentId: string;
}

/**
 * The compilation of comments and responses for one round: who answered how, every comment with
 * the paragraph as it read then, and the co-chairs' disposition and reply. Co-chairs give
 * dispositions here, one comment at a time or many at once. The filters live in the address, so a
 * view can be shared.
 */
export function CommentTable({ documentId }: CommentTableProps) {
  const { data, loading, error, refetch } = useQuery(commentTableQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });
  const filters = useCommentFilters();
  const [disposing, setDisposing] = useState<CommentRow | null>(null);
  const { message, announce } = useAnnouncement();
  const headingId = useId();

  const document = data?.document;
  const rounds = document?.rounds ?? [];
  const round = rounds.find((candidate) => candidate.number === filters.roundNumber) ?? rounds.at(-1);
  const comments = useMemo(() => round?.comments ?? [], [round]);
  const names = useMemo(() => rowNames(comments), [comments]);
  const shown = comments.filter((comment) => filters.matches(comment, names));
  const selection = useCommentSelection(shown);

  if (loading && !document) return <LoadingState label="Loading the comments…" />;
  if (!document) {
    return (
      <ErrorState
        title="The comments could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  if (!round) {
    return (
      <EmptyState
        title="No comment rounds yet"
        description="Once the co-chairs circulate the text for comment, the comments and the responses to them are compiled here."
      />
    );
  }

  const canDispose =
    document.viewerCanEdit &&
    (document.status === DocumentStatus.IN_COMMENT_ROUND || document.status === DocumentStatus.REVISING);
  const paragraphs = document.version?.isWorking ? document.version.paragraphs : [];
  const paragraphNumbers = new Map(
    (document.version?.paragraphs ?? []).map((paragraph) => [paragraph.paragraphId, paragraph.number]),
  );
  const disposed = comments.filter((comment) => comment.disposition !== null).length;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2} fz="h3" id={headingId}>
          Compilation of comments and responses
        </Title>
        <CommentTableExports documentId={documentId} roundNumber={round.number} />
      </Group>

      <RoundPicker
        rounds={rounds}
        round={round}
        viewerCanEdit={document.viewerCanEdit}
        onChange={(value) => {
          filters.setParam('round', value);
        }}
      />

      <RoundResponses round={round} />
      <RoundNotices documentId={document.id} roundId={round.id} />

      {comments.length === 0 ? (
        <EmptyState
          title={`No comments in round ${round.number}`}
          description="Comments made in this round appear here, each with the paragraph it is about."
        />
      ) : (
        <Stack gap="md">
          <DispositionProgress disposed={disposed} total={comments.length} />
          <CommentFilters comments={comments} filters={filters} />

          <Text size="sm" aria-live="polite">
            {filters.filtered
              ? `Showing ${shown.length} of ${comments.length} comments.`
              : `${comments.length} ${comments.length === 1 ? 'comment' : 'comments'}.`}
          </Text>

          {canDispose && (
            <BulkDispositionBar
              round={round}
              shownCount={shown.length}
              selection={selection}
              paragraphs={paragraphs}
              announce={announce}
            />
          )}

          {shown.length === 0 ? (
            <EmptyState
              title="No comment matches the filters"
              actions={
                <Button variant="default" onClick={filters.clearFilters}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <CommentRows
              roundNumber={round.number}
              shown={shown}
              total={comments.length}
              filtered={filters.filtered}
              names={names}
              paragraphNumbers={paragraphNumbers}
              disposing={canDispose ? { selection, onDispose: setDisposing } : undefined}
            />
          )}
        </Stack>
      )}

      <DisposeCommentDialog
        round={round}
        comment={disposing}
        names={names}
        paragraphs={paragraphs}
        announce={announce}
        onClose={() => {
          setDisposing(null);
        }}
      />
      <LiveRegion message={message} />
    </Stack>
  );
}
