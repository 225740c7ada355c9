import { useQuery } from '@apollo/client/react';
import { Box, Button, Group, Modal, Pagination, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AddRecommendationInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { AddRecommendationForm } from '../components/add-recommendation-form';
import { ExportLinks } from '../components/export-links';
import { RegistryCharts } from '../components/registry-charts';
import { RegistryCounts } from '../components/registry-counts';
import { RegistryFilterBar } from '../components/registry-filters';
import { RegistryList } from '../components/registry-list';
import { recommendationRegistryQuery } from '../graphql/registry-queries';
import { useAddRecommendation } from '../hooks/use-add-recommendation';
import { hasFilters, PAGE_SIZE, toFilterInput, useRegistryFilters } from '../hooks/use-registry-filters';

/**
 * The recommendation registry: what became of every recommendation the viewer may see, with
 * counts, charts and the list under filters kept in the address, so a view can be shared as a link.
 */
export function RecommendationsRoute() {
  useDocumentTitle('Recommendations');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const addRecommendation = useAddRecommendation();
  const { filters, page, setFilter, clearFilters, showPage } = useRegistryFilters();
  const [adding, setAdding] = useState(false);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const { data, previousData, loading, error, refetch } = useQuery(recommendationRegistryQuery, {
    variables: { filter: toFilterInput(filters), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  // The figures of the previous filters stay in view, marked busy, while the new ones load.
  const registry = data?.recommendationRegistry ?? previousData?.recommendationRegistry;
  const secretariats = viewer?.canConveneFor ?? [];

  async function handleAdd(input: AddRecommendationInput) {
    const id = await addRecommendation(input);
    setAdding(false);
    notifications.show({ color: 'green', title: 'Recommendation added', message: input.sourceTitle });
    void navigate(`/recommendations/${encodeURIComponent(id)}`);
  }

  function renderList() {
    if (!registry) return null;
    if (registry.totalCount === 0) {
      return hasFilters(filters) ? (
        <EmptyState
          title="No recommendation matches"
          description="None of the recommendations you may see matches all of these filters."
          actions={
            <Button variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <EmptyState
          title="No recommendations yet"
          description="Recommendations appear here once the memorandum or report that makes them is approved or published, or when a secretariat adds one."
        />
      );
    }
    const pages = Math.max(1, Math.ceil(registry.totalCount / PAGE_SIZE));
    const first = (page - 1) * PAGE_SIZE + 1;
    const last = Math.min(page * PAGE_SIZE, registry.totalCount);
    const range =
      registry.recommendations.length === 0
        ? `No recommendations on page ${page} of ${pages}`
        : `Recommendations ${first}–${last} of ${registry.totalCount}`;
    return (
      <Stack gap="sm" component="section" aria-label="Recommendations">
        <Text size="sm" c="dimmed" aria-live="polite">
          {range}
        </Text>
        {registry.recommendations.length > 0 && (
          <RegistryList recommendations={registry.recommendations} caption={range} />
        )}
        {pages > 1 && (
          <Box component="nav" aria-label="Pages of recommendations">
            <Pagination
              total={pages}
              value={Math.min(page, pages)}
              onChange={showPage}
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
      </Stack>
    );
  }

  function renderContent() {
    if (loading && !registry) return <LoadingState label="Loading the recommendations…" />;
    if (error || !registry) {
      return (
        <ErrorState
          title="The recommendations could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    return (
      <Stack gap="lg" aria-busy={loading}>
        <RegistryCounts
          registry={registry}
          status={filters.status}
          overdue={filters.overdue}
          onStatusChange={(status) => {
            setFilter('status', status);
          }}
          onOverdueChange={(overdue) => {
            setFilter('overdue', overdue);
          }}
        />
        {registry.totalCount > 0 && <RegistryCharts registry={registry} />}
        {renderList()}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Recommendations"
        description="What became of each recommendation, as the secretariats following them up record it."
        actions={
          <Group gap="sm">
            <ExportLinks filters={filters} />
            {secretariats.length > 0 && (
              <Button
                onClick={() => {
                  setAdding(true);
                }}
              >
                Add a recommendation
              </Button>
            )}
          </Group>
        }
      />
      <RegistryFilterBar filters={filters} onChange={setFilter} onClear={clearFilters} />
      {renderContent()}
      <Modal
        opened={adding}
        onClose={() => {
          setAdding(false);
        }}
        title="Add a recommendation"
        size="lg"
        fullScreen={phone}
      >
        {adding && (
          <AddRecommendationForm
            secretariats={secretariats}
            onSubmit={handleAdd}
            onCancel={() => {
              setAdding(false);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
