import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import {
  Confidentiality,
  DocumentKind,
  formatDateRange,
  InvitationState,
  meetingKindLabels,
  MeetingStatus,
} from '@plenary/shared';
import { Link, useParams, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ChathamHouseNotice } from '../../../ui/chatham-house-notice';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { NotFoundState } from '../../../ui/not-found-state';
import { PageHeader } from '../../../ui/page-header';
import { ScriptText } from '../../../ui/script-text';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { AgendaPanel } from '../../agenda/components/agenda-panel';
import { useViewer } from '../../auth/hooks/use-viewer';
import { DocumentsSection } from '../../documents/components/documents-section';
import { OutboxPanel } from '../../outbox/components/outbox-panel';
import { ParticipantsPanel } from '../../participants/components/participants-panel';
import { ReportPanel } from '../../reports/components/report-panel';
import { CalendarSubscription } from '../components/calendar-subscription';
import { EditMeetingButton } from '../components/edit-meeting-button';
import { MeetingDetails } from '../components/meeting-details';
import { MeetingDownloads } from '../components/meeting-downloads';
import { MeetingOverview } from '../components/meeting-overview';
import { MeetingStatusActions } from '../components/meeting-status-actions';
import { MeetingStatusBadge } from '../components/meeting-status-badge';
import { meetingPageFragment } from '../graphql/meeting-page';
import { useMeetingUpdates } from '../hooks/use-meeting-updates';

export const meetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      ...MeetingPage_meeting
    }
  }
`);

const TABS = ['overview', 'agenda', 'participants', 'report', 'outbox'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return TABS.some((tab) => tab === value);
}

const repliesClosed: readonly MeetingStatus[] = [MeetingStatus.HELD, MeetingStatus.REPORT_PUBLISHED];

interface SeriesLineProps {
  seriesLabel: string | null;
  studyGroup: { id: string; title: string } | null;
}

/** "Third and final meeting of the CSCAP Study Group on …", the group's title leading to its page. */
function SeriesLine({ seriesLabel, studyGroup }: SeriesLineProps) {
  if (!studyGroup) {
    return seriesLabel ? (
      <Text span display="block">
        {seriesLabel}
      </Text>
    ) : null;
  }
  // Most titles read "CSCAP Study Group on …"; one that already starts with "The" gets no second article.
  const article = /^the\s/i.test(studyGroup.title) ? '' : 'the ';
  return (
    <Text span display="block">
      {seriesLabel ?? 'A meeting'} of {article}
      <Anchor component={Link} to={`/study-groups/${encodeURIComponent(studyGroup.id)}`} inherit>
        <ScriptText>{studyGroup.title}</ScriptText>
      </Anchor>
    </Text>
  );
}

export function MeetingRoute() {
  const { meetingId = '' } = useParams();
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(meetingQuery, { variables: { id: meetingId } });
  useMeetingUpdates(meetingId, { skip: !data });
  const meeting = getFragmentData(meetingPageFragment, data?.meeting);
  useDocumentTitle(meeting?.title ?? (error ? 'Meeting not found' : 'Meeting'));

  if (loading && !meeting) return <LoadingState label="Loading the meeting…" />;
  if (error || !meeting) {
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

  const manager = meeting.viewerCanManage;
  const requested = searchParams.get('tab');
  const hasReportTab = meeting.report !== null || meeting.viewerCanWriteReport;
  const available: Record<Tab, boolean> = {
    overview: true,
    agenda: true,
    participants: true,
    report: hasReportTab,
    // The outbox is the organisers' alone.
    outbox: manager,
  };
  // A tab the viewer does not have (or no longer has) opens the overview instead.
  const tab: Tab = isTab(requested) && available[requested] ? requested : 'overview';
  const own = viewer
    ? meeting.participants.find((participation) => participation.person.id === viewer.person.id)
    : undefined;
  const awaitingReply = own?.state === InvitationState.INVITED && !repliesClosed.includes(meeting.status);

  function showTab(value: string | null) {
    if (isTab(value)) setSearchParams(value === 'overview' ? {} : { tab: value }, { replace: true });
  }

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
          <>
            <SeriesLine seriesLabel={meeting.seriesLabel} studyGroup={meeting.studyGroup} />
            <Text span display="block">
              {meetingKindLabels[meeting.kind]} · {formatDateRange(meeting.startDate, meeting.endDate)}
            </Text>
          </>
        }
        actions={
          <>
            <MeetingDownloads meetingId={meeting.id} status={meeting.status} />
            <MeetingStatusActions meeting={meeting} />
            <EditMeetingButton meeting={meeting} />
          </>
        }
      />
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List aria-label="Meeting sections" mb="lg">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="agenda">Agenda</Tabs.Tab>
          <Tabs.Tab value="participants">Participants</Tabs.Tab>
          {hasReportTab && <Tabs.Tab value="report">Report</Tabs.Tab>}
          {manager && <Tabs.Tab value="outbox">Outbox</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack gap="lg">
            {awaitingReply && (
              <Alert color="plenary" variant="light" role="note" title="You have not replied to this invitation">
                <Group gap="sm" justify="space-between">
                  <Text size="sm">Let the organisers know whether you will come.</Text>
                  <Button
                    size="compact-sm"
                    onClick={() => {
                      showTab('participants');
                    }}
                  >
                    Reply
                  </Button>
                </Group>
              </Alert>
            )}
            {meeting.confidentiality === Confidentiality.CHATHAM_HOUSE && <ChathamHouseNotice />}
            <MeetingDetails meeting={meeting} />
            <MeetingOverview meeting={meeting} />
            {(manager || meeting.documents.length > 0) && (
              <DocumentsSection
                documents={meeting.documents}
                owner={{ meetingId: meeting.id }}
                canCreate={manager}
                newLabel="New document"
                defaultKind={DocumentKind.CONCEPT_NOTE}
                emptyDescription="The meeting’s concept note, studies and other papers, drafted here and circulated for comment, appear here."
              />
            )}
            <CalendarSubscription meeting={meeting} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="agenda">
          <AgendaPanel meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="participants">
          <ParticipantsPanel meeting={meeting} />
        </Tabs.Panel>
        {hasReportTab && (
          <Tabs.Panel value="report">
            <ReportPanel meetingId={meeting.id} />
          </Tabs.Panel>
        )}
        {manager && (
          <Tabs.Panel value="outbox">
            <OutboxPanel meetingId={meeting.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
