import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { StudyGroupList } from '../components/study-group-list';

export const studyGroupsQuery = graphql(`
  query StudyGroups {
    studyGroups {
      id
      ...StudyGroupList_studyGroup
    }
  }
`);

export function StudyGroupsRoute() {
  useDocumentTitle('Study groups');
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(studyGroupsQuery);
  // A group is set up by the secretariat of its council: someone who convenes for an organization.
  const canCreate = (viewer?.canConveneFor.length ?? 0) > 0;

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading your study groups…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="Your study groups could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    if (data.studyGroups.length === 0) {
      return (
        <EmptyState
          title="No study groups"
          description="You are not in any study group yet. A study group appears here when its secretariat names you to it, or names your committee."
        />
      );
    }
    return <StudyGroupList studyGroups={data.studyGroups} />;
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Study groups"
        actions={
          canCreate ? (
            <Button component={Link} to="/study-groups/new">
              New study group
            </Button>
          ) : undefined
        }
      />
      {renderContent()}
    </Stack>
  );
}
