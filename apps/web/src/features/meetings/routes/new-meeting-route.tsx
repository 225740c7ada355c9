import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Confidentiality } from '@plenary/shared';
import { Link, useNavigate } from 'react-router';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { PageHeader } from '../../../ui/page-header';
import { viewerTimeZone } from '../../../ui/time-zone';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useViewer } from '../../auth/hooks/use-viewer';
import { MeetingForm, type MeetingFormData, type MeetingFormValues } from '../components/meeting-form';
import { useCreateMeeting } from '../hooks/use-create-meeting';
import { useOrganizationOptions } from '../../organizations/hooks/use-organization-options';

export function NewMeetingRoute() {
  useDocumentTitle('New meeting');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const createMeeting = useCreateMeeting();
  const { organizations, loading, error, refetch } = useOrganizationOptions();
  const conveneFor = viewer?.canConveneFor ?? [];

  async function handleSubmit(data: MeetingFormData) {
    const id = await createMeeting({
      ...data,
      city: data.city ?? undefined,
      country: data.country ?? undefined,
      hostId: data.hostId ?? undefined,
      background: data.background ?? undefined,
      sequenceNumber: data.sequenceNumber ?? undefined,
    });
    notifications.show({ color: 'green', title: 'Meeting created', message: data.title });
    void navigate(`/meetings/${id}`);
  }

  function renderContent() {
    if (conveneFor.length === 0) {
      return (
        <Alert color="gray" variant="light" title="You cannot convene meetings">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Meetings are created by the secretariat of an organization. Ask a Plenary administrator if you should be
              able to convene meetings for yours.
            </Text>
            <Anchor component={Link} to="/meetings" size="sm">
              Back to meetings
            </Anchor>
          </Stack>
        </Alert>
      );
    }
    if (loading) return <LoadingState label="Loading organizations…" />;
    if (error) {
      return (
        <ErrorState
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      );
    }
    const initialValues: MeetingFormValues = {
      title: '',
      kind: '',
      track: '',
      venue: '',
      city: '',
      country: '',
      timeZone: viewerTimeZone(),
      startDate: '',
      endDate: '',
      organizerIds: conveneFor.length === 1 && conveneFor[0] ? [conveneFor[0].id] : [],
      hostId: '',
      background: '',
      objectives: [],
      participantCategories: [],
      confidentiality: Confidentiality.OPEN,
      sequenceNumber: '',
    };
    return (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={760}>
        <MeetingForm
          initialValues={initialValues}
          organizations={organizations}
          conveneFor={conveneFor}
          submitLabel="Create meeting"
          onSubmit={handleSubmit}
          onCancel={() => {
            void navigate('/meetings');
          }}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader title="New meeting" description="Its agenda, participants and papers can be added once it exists." />
      {renderContent()}
    </Stack>
  );
}
