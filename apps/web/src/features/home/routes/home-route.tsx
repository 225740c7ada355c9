import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { getFragmentData, graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { HomeMeetings } from '../components/home-meetings';
import { homeTasks } from '../components/home-tasks';
import { TaskList, taskListFragment } from '../components/task-list';
import { useHomeUpdates } from '../hooks/use-home-updates';

export const homeQuery = graphql(`
  query Home {
    home {
      today
      ...TaskList_home
      ...HomeMeetings_home
    }
  }
`);

/** "3 things wait for you, soonest deadline first."; nothing when there is nothing, which the page says below. */
function summary(count: number | null): string | undefined {
  if (!count) return undefined;
  return `${count === 1 ? 'One thing waits' : `${count} things wait`} for you, soonest deadline first.`;
}

/**
 * Where everyone lands once signed in: what is theirs to do, wherever they hold the role for it,
 * each one click from doing it, and the meetings coming up. It stays current while it is open.
 */
export function HomeRoute() {
  useDocumentTitle('What needs you');
  // Every visit asks again: what needs someone changes while they are elsewhere in the app.
  const { data, loading, error, refetch } = useQuery(homeQuery, { fetchPolicy: 'cache-and-network' });
  useHomeUpdates(() => {
    void refetch();
  });

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading what needs you…" />;
    if (!data) {
      return (
        <ErrorState
          title="What needs you could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    return (
      <>
        <TaskList home={data.home} />
        <HomeMeetings home={data.home} />
      </>
    );
  }

  const count = data ? homeTasks(getFragmentData(taskListFragment, data.home)).length : null;
  return (
    <Stack gap="lg">
      <PageHeader title="What needs you" description={summary(count)} />
      {renderContent()}
    </Stack>
  );
}
