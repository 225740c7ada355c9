import { useQuery } from '@apollo/client/react';
import { Box, Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
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
        commentCount
      }
    }
  }
`);

export const commentTablePageQuery = graphql(`
  query CommentTablePage($id: ID!, $round: Int!, $filter: CommentTableFilterInput!, $offset: Int!, $limit: Int!) {
    document(id: $id) {
      id
      commentTable(roundNumber: $round, filter: $filter, offset: $offset, limit: $limit) {
        roundId
        total
        offset
        personalCapacity
        committees {
          id
          name
          acronym
        }
        comments {
          id
          kind
          quote
          suggestion {
            original
            replacement
            before
          }
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

/** Comments a page of the table holds. */
export const COMMENT_PAGE_SIZE = 50;

export interface CommentTableProps {
  documentId: string;
}

/**
 * The compilation of comments and responses for one round: who answered how, every comment with
 * the paragraph as it read then, and the co-chairs' disposition and reply. Co-chairs give
 * dispositions here, one comment at a time or many at once. The server filters and pages the
 * comments; the filters and the page live in the address, so a view can be shared.
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
  const pageQuery = useQuery(commentTablePageQuery, {
    variables: {
      id: documentId,
      round: round?.number ?? 0,
      filter: filters.input,
      offset: (filters.page - 1) * COMMENT_PAGE_SIZE,
      limit: COMMENT_PAGE_SIZE,
    },
    skip: !round || round.commentCount === 0,
    fetchPolicy: 'cache-and-network',
  });
  const page = pageQuery.data?.document.commentTable ?? pageQuery.previousData?.document.commentTable;
  const shown = useMemo(() => page?.comments ?? [], [page]);
  const names = useMemo(() => rowNames(shown), [shown]);
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
  const total = round.commentCount;
  const matching = page?.total ?? 0;
  const pages = Math.max(1, Math.ceil(matching / COMMENT_PAGE_SIZE));
  // A disposition moves a comment in or out of a table filtered by disposition.
  const handleDisposed = () => {
    if (filters.input.undisposed || filters.input.disposition) void pageQuery.refetch();
  };

  function renderRows() {
    if (!page) {
      if (pageQuery.error) {
        return (
          <ErrorState
            title="The comments could not be loaded"
            message={toApiError(pageQuery.error).message}
            onRetry={() => {
              void pageQuery.refetch();
            }}
          />
        );
      }
      return <LoadingState label="Loading the comments…" />;
    }
    if (shown.length === 0) {
      return (
        <EmptyState
          title="No comment matches the filters"
          actions={
            <Button variant="default" onClick={filters.clearFilters}>
              Clear filters
            </Button>
          }
        />
      );
    }
    return (
      <>
        <CommentRows
          roundNumber={round!.number}
          shown={shown}
          total={total}
          matching={matching}
          filtered={filters.filtered}
          names={names}
          paragraphNumbers={paragraphNumbers}
          disposing={canDispose ? { selection, onDispose: setDisposing } : undefined}
        />
        {pages > 1 && (
          <Box component="nav" aria-label="Pages of comments">
            <Pagination
              total={pages}
              value={Math.min(filters.page, pages)}
              onChange={(value) => {
                filters.setParam('page', String(value));
              }}
              getItemProps={(number) => ({ 'aria-label': `Page ${number}` })}
              getControlProps={(control) => {
                if (control === 'next') return { 'aria-label': 'Next page' };
                if (control === 'previous') return { 'aria-label': 'Previous page' };
                if (control === 'first') return { 'aria-label': 'First page' };
                return { 'aria-label': 'Last page' };
              }}
            />
          </Box>
        )}
      </>
    );
  }

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

      {total === 0 ? (
        <EmptyState
          title={`No comments in round ${round.number}`}
          description="Comments made in this round appear here, each with the paragraph it is about."
        />
      ) : (
        <Stack gap="md">
          <DispositionProgress disposed={total - round.undisposedCount} total={total} />
          <CommentFilters
            committees={page?.committees ?? []}
            anyPersonal={page?.personalCapacity ?? false}
            filters={filters}
          />

          <Text size="sm" aria-live="polite">
            {filters.filtered
              ? `Showing ${matching} of ${total} comments.`
              : `${total} ${total === 1 ? 'comment' : 'comments'}.`}
          </Text>

          {canDispose && (
            <BulkDispositionBar
              round={round}
              shownCount={shown.length}
              selection={selection}
              paragraphs={paragraphs}
              announce={announce}
              onDisposed={handleDisposed}
            />
          )}

          {renderRows()}
        </Stack>
      )}

      <DisposeCommentDialog
        round={round}
        comment={disposing}
        names={names}
        paragraphs={paragraphs}
        announce={announce}
        onDisposed={handleDisposed}
        onClose={() => {
          setDisposing(null);
        }}
      />
      <LiveRegion message={message} />
    </Stack>
  );
}
