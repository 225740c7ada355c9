import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { toApiError } from '../../../lib/api-error';
import { graphql } from '../../../__generated__';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { MeetingList } from '../components/meeting-list';

export const meetingsQuery = graphql(`
  query Meetings {
    meetings {
      id
      ...MeetingList_meeting
    }
  }
`);

export function MeetingsRoute() {
  useDocumentTitle('Meetings');
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(meetingsQuery);
  const canConvene = (viewer?.canConveneFor.length ?? 0) > 0;

  function renderContent() {
    if (loading && !data) return <LoadingState label="Loading your meetings…" />;
    if (error || !data) {
      return (
        <ErrorState
          title="Your meetings could not be loaded"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    if (data.meetings.length === 0) {
      return (
        <EmptyState
          title="No meetings"
          description="You have no meetings yet. Meetings appear here when an organiser invites you."
        />
      );
    }
    return <MeetingList meetings={data.meetings} />;
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Meetings"
        actions={
          canConvene ? (
            <Button component={Link} to="/meetings/new">
              New meeting
            </Button>
          ) : undefined
        }
      />
      {renderContent()}
    </Stack>
  );
}
