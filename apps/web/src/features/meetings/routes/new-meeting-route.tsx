import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { AgendaNameStyle, Confidentiality, formatDateRange, toZoned } from '@plenary/shared';
import { useState } from 'react';
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

  // A meeting dated in the past is most often a typing slip; else it is being recorded after the fact.
  const [past, setPast] = useState<MeetingFormData | null>(null);
  const [recording, setRecording] = useState(false);

  async function handleSubmit(data: MeetingFormData) {
    if (data.endDate < toZoned(new Date(), viewerTimeZone()).date) {
      setPast(data);
      return;
    }
    await create(data, false);
  }

  async function handleRecordAfterTheFact() {
    if (!past) return;
    setRecording(true);
    try {
      await create(past, true);
    } catch (failure) {
      notifications.show({ color: 'red', title: 'The meeting was not created', message: toApiError(failure).message });
    } finally {
      setRecording(false);
      setPast(null);
    }
  }

  async function create(data: MeetingFormData, recordedAfterTheFact: boolean) {
    const id = await createMeeting({
      recordedAfterTheFact,
      ...data,
      city: data.city ?? undefined,
      country: data.country ?? undefined,
      hostId: data.hostId ?? undefined,
      background: data.background ?? undefined,
      sequenceNumber: data.sequenceNumber ?? undefined,
      agendaSymbol: data.agendaSymbol ?? undefined,
      agendaDateLine: data.agendaDateLine ?? undefined,
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
      agendaSymbol: '',
      agendaDateLine: '',
      agendaNameStyle: AgendaNameStyle.ROMANISED_WITH_NATIVE,
      agendaAffiliations: true,
    };
    return (
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={760}>
        <Modal
          opened={past !== null}
          onClose={() => {
            setPast(null);
          }}
          title="This meeting is in the past"
        >
          <Stack gap="md">
            <Text>
              {past && formatDateRange(past.startDate, past.endDate)} has already gone by. Are you recording a meeting
              after the fact? Nobody will be sent an invitation; you record who attended.
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                onClick={() => {
                  setPast(null);
                }}
              >
                No, change the dates
              </Button>
              <Button loading={recording} onClick={() => void handleRecordAfterTheFact()}>
                Yes, record it after the fact
              </Button>
            </Group>
          </Stack>
        </Modal>
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
