import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { formatDateRange, meetingKindLabels } from '@plenary/shared';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../../app/api-error';
import { graphql } from '../../../__generated__';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { NotFoundState } from '../../../ui/not-found-state';
import { PageHeader } from '../../../ui/page-header';
import { ScriptText } from '../../../ui/script-text';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { EditMeetingButton } from '../components/edit-meeting-button';
import { MeetingDetails } from '../components/meeting-details';
import { MeetingStatusBadge } from '../components/meeting-status-badge';
import { useMeetingUpdates } from '../hooks/use-meeting-updates';

export const meetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      kind
      status
      startDate
      endDate
      ...MeetingDetails_meeting
      ...EditMeetingButton_meeting
    }
  }
`);

export function MeetingRoute() {
  const { meetingId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(meetingQuery, { variables: { id: meetingId } });
  useMeetingUpdates(meetingId, { skip: !data });
  useDocumentTitle(data?.meeting.title ?? (error ? 'Meeting not found' : 'Meeting'));

  if (loading && !data) return <LoadingState label="Loading the meeting…" />;
  if (error || !data) {
    const apiError = toApiError(error);
    if (apiError.code === 'NOT_FOUND') {
      return (
        <NotFoundState
          title="Meeting not found"
          message="This meeting does not exist, or you have not been invited to it. If someone sent you this link, ask them to add you to the meeting."
          backTo="/meetings"
          backLabel="Back to your meetings"
        />
      );
    }
    return (
      <ErrorState
        title="This meeting could not be loaded"
        message={apiError.message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const { meeting } = data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        <span aria-hidden>← </span>All meetings
      </Anchor>
      <PageHeader
        eyebrow={
          <Group gap="xs">
            <MeetingStatusBadge status={meeting.status} />
          </Group>
        }
        title={<ScriptText>{meeting.title}</ScriptText>}
        description={
          <Text span>
            {meetingKindLabels[meeting.kind]} · {formatDateRange(meeting.startDate, meeting.endDate)}
          </Text>
        }
        actions={<EditMeetingButton meeting={meeting} />}
      />
      <MeetingDetails meeting={meeting} />
    </Stack>
  );
}
