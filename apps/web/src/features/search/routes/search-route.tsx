import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LiveRegion } from '../../../ui/live-region';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { SearchResults } from '../components/search-results';

/** The most hits one search shows. */
export const SEARCH_LIMIT = 50;

export const searchQuery = graphql(`
  query Search($query: String!, $limit: Int!) {
    search(query: $query, limit: $limit) {
      id
      ...SearchResults_hit
    }
  }
`);

/** `/search?q=…`: what the viewer may open that matches every word, grouped by kind. */
export function SearchRoute() {
  const [searchParams] = useSearchParams();
  const text = (searchParams.get('q') ?? '').trim();
  useDocumentTitle(text === '' ? 'Search' : `Search: ${text}`);
  const { data, loading, error, refetch } = useQuery(searchQuery, {
    variables: { query: text, limit: SEARCH_LIMIT },
    skip: text === '',
    // A hit's snippet depends on the words searched for: hits are not objects to share between searches.
    fetchPolicy: 'no-cache',
  });
  const hits = data?.search ?? [];

  function announcement(): string {
    if (text === '' || !data) return '';
    if (hits.length === 0) return 'No results.';
    return hits.length === 1 ? '1 result.' : `${hits.length} results.`;
  }

  function renderContent() {
    if (text === '') {
      return (
        <EmptyState
          title="What are you looking for?"
          description="Type some words in the search box at the top of the page. Plenary finds meetings, agenda items, people, organizations, documents, paragraphs, comments and recommendations that contain all of them, among what you may open."
        />
      );
    }
    if (loading && !data) return <LoadingState label="Searching…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="The search could not be run"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    if (hits.length === 0) {
      return (
        <EmptyState
          title={`Nothing found for “${text}”`}
          description="Check the spelling, or try fewer or other words. Only what you may open is searched."
        />
      );
    }
    return (
      <Stack gap="sm">
        {hits.length === SEARCH_LIMIT && (
          <Text c="dimmed" size="sm">
            Showing the best {SEARCH_LIMIT} results. Add words to narrow the search.
          </Text>
        )}
        <SearchResults hits={hits} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Search" description={text === '' ? undefined : `Results for “${text}”`} />
      {renderContent()}
      {/* The words were typed in the header: say there what the search found. */}
      <LiveRegion message={announcement()} />
    </Stack>
  );
}
