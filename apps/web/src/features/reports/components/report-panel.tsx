import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Text,
  Title,
  VisuallyHidden,
  type MantineColor,
} from '@mantine/core';
import { ReportStatus, reportStatusLabels } from '@plenary/shared';
import { useCallback, useState } from 'react';
import { getFragmentData } from '../../../__generated__';
import type { ReportPanel_ReportFragment } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { Moment } from '../../../ui/moment';
import { meetingDownloadUrl } from '../../../lib/downloads';
import { reportPanelFragment } from '../graphql/report-fragments';
import { meetingReportQuery } from '../graphql/report-queries';
import { useStartMeetingReport } from '../hooks/use-start-meeting-report';
import { ActionItems } from './action-items';
import { AttributionWarnings } from './attribution-warnings';
import { ReportEditor, type EditedReport } from './report-editor';
import { ReportRevisions } from './report-revisions';
import { ReportStatusActions } from './report-status-actions';
import { ReportText } from './report-text';

const statusColors: Record<ReportStatus, MantineColor> = {
  DRAFT: 'yellow',
  FINAL: 'plenary',
  PUBLISHED: 'green',
};

interface StartReportProps {
  meetingId: string;
  /** Asks the server for the report again: a co-author may have started it meanwhile. */
  onReload: () => Promise<unknown>;
}

function StartReport({ meetingId, onReload }: StartReportProps) {
  const startReport = useStartMeetingReport();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string>();

  function handleStart() {
    setStarting(true);
    setError(undefined);
    startReport(meetingId).then(
      () => {
        setStarting(false);
      },
      (caught: unknown) => {
        setStarting(false);
        const apiError = toApiError(caught);
        if (apiError.reason === 'REPORT_EXISTS') void onReload();
        else setError(apiError.message);
      },
    );
  }

  return (
    <Stack gap="md">
      <EmptyState
        title="No report yet"
        description="Start the report to write it with the other writers: it opens with one section for each session of the agenda, and every save is kept as a revision."
        actions={
          <Button loading={starting} onClick={handleStart}>
            Start the report
          </Button>
        }
      />
      {error !== undefined && (
        <Alert color="red" variant="light" role="alert" title="The report was not started">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

interface ReportContentProps {
  meetingId: string;
  report: ReportPanel_ReportFragment;
  onReload: () => Promise<EditedReport | undefined>;
}

function ReportContent({ meetingId, report, onReload }: ReportContentProps) {
  const [dirty, setDirty] = useState(false);
  const editing = report.viewerCanEdit && report.status === ReportStatus.DRAFT;
  const { current } = report;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <Stack gap={4} style={{ flex: '1 1 16rem', minWidth: 0 }}>
            <Group gap="sm" align="center">
              <Title order={2} fz="h3">
                Meeting report
              </Title>
              <Badge variant="dot" color={statusColors[report.status]} size="md" fw={500}>
                <VisuallyHidden component="span">Status: </VisuallyHidden>
                {reportStatusLabels[report.status]}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              Revision {current.number}, saved <Moment at={current.createdAt} />
              {current.author && ` by ${current.author.name}`}
            </Text>
            {report.publishedAt && (
              <Text size="sm">
                Published <Moment at={report.publishedAt} />
              </Text>
            )}
          </Stack>
          {report.viewerCanEdit && <ReportStatusActions report={report} dirty={dirty} onReload={onReload} />}
        </Group>
        <Group gap="md" component="nav" aria-label="Download the report">
          <Text size="sm" c="dimmed">
            Download:
          </Text>
          <Anchor size="sm" href={meetingDownloadUrl(meetingId, 'report.docx')} download>
            Report (Word)
          </Anchor>
          <Anchor size="sm" href={meetingDownloadUrl(meetingId, 'report.pdf')} download>
            Report (PDF)
          </Anchor>
        </Group>
      </Stack>

      <AttributionWarnings warnings={report.attributionWarnings} />

      {editing ? (
        <ReportEditor report={report} onReload={onReload} onDirtyChange={setDirty} />
      ) : (
        <ReportText report={report} />
      )}

      <ActionItems
        meetingId={meetingId}
        reportId={report.id}
        items={report.actionItems}
        editable={editing}
        canFollowUp={report.viewerCanEdit}
      />

      {report.revisions.length > 0 && <ReportRevisions report={report} />}
    </Stack>
  );
}

export interface ReportPanelProps {
  meetingId: string;
}

/**
 * The meeting's report: read by anyone it is shown to; started, written, finalised and published by
 * its writers, who also follow up its next tasks.
 */
export function ReportPanel({ meetingId }: ReportPanelProps) {
  // Each visit asks the server, so a writer never starts editing from a revision someone has since replaced.
  const { data, loading, error, refetch } = useQuery(meetingReportQuery, {
    variables: { meetingId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const handleReload = useCallback(async () => {
    const result = await refetch();
    const report = result.data?.meeting.report;
    return report ? getFragmentData(reportPanelFragment, report) : undefined;
  }, [refetch]);

  if (loading && !data) return <LoadingState label="Loading the report…" />;
  if (!data) {
    return (
      <ErrorState
        title="The report could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const { meeting } = data;
  if (!meeting.report) {
    if (meeting.viewerCanWriteReport) return <StartReport meetingId={meeting.id} onReload={handleReload} />;
    return <EmptyState title="No report yet" description="The report appears here once it is published." />;
  }
  return (
    <ReportContent
      meetingId={meeting.id}
      report={getFragmentData(reportPanelFragment, meeting.report)}
      onReload={handleReload}
    />
  );
}
