import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Confidentiality, formatDateRange, ReportStatus, reportStatusLabels } from '@plenary/shared';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { NotFoundState } from '../../../ui/not-found-state';
import { PageHeader } from '../../../ui/page-header';
import { ScriptText } from '../../../ui/script-text';
import { Moment } from '../../../ui/moment';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { ChathamHouseNotice } from '../../../ui/chatham-house-notice';
import { meetingDownloadUrl } from '../../../lib/downloads';
import { placeText } from '../../../lib/names';
import { ActionItems } from '../components/action-items';
import { ReportText } from '../components/report-text';

/**
 * A report as its readers see it: what it was of, its text and next tasks. It asks nothing of the
 * meeting beyond when and where, so the body a study group reports to, and the group's observers,
 * read a published report without seeing the meeting's participants, agenda or drafts.
 */
export const reportPageQuery = graphql(`
  query ReportPage($id: ID!) {
    meetingReport(id: $id) {
      id
      status
      publishedAt
      reportedMeeting {
        id
        title
        venue
        city
        country
        startDate
        endDate
        confidentiality
      }
      meeting {
        id
      }
      studyGroup {
        id
        title
      }
      current {
        number
        summary
        sections {
          agendaItemId
          heading
          text
        }
      }
      participation {
        sentence
        attendanceMarked
      }
      actionItems {
        id
        ...ActionItem_item
      }
    }
  }
`);

/** The page of one meeting report, at `/reports/:reportId`; the study group's outputs link here. */
export function ReportRoute() {
  const { reportId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(reportPageQuery, { variables: { id: reportId } });
  const report = data?.meetingReport;
  useDocumentTitle(report ? `Report: ${report.reportedMeeting.title}` : error ? 'Report not found' : 'Meeting report');

  if (loading && !report) return <LoadingState label="Loading the report…" />;
  if (!report) {
    const apiError = toApiError(error);
    if (apiError.code === 'NOT_FOUND') {
      return (
        <NotFoundState
          title="Report not found"
          message="This report does not exist, or it is not one you may read: a report is shown beyond its writers once it is published."
          backTo="/study-groups"
          backLabel="Go to the study groups"
        />
      );
    }
    return (
      <ErrorState
        title="This report could not be loaded"
        message={apiError.message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }

  const held = report.reportedMeeting;
  const place = [held.venue, placeText(held.city, held.country)].filter((part) => part !== '').join(', ');
  return (
    <Stack gap="lg">
      {report.studyGroup && (
        <Anchor component={Link} to={`/study-groups/${encodeURIComponent(report.studyGroup.id)}?tab=outputs`} size="sm">
          <ScriptText>{report.studyGroup.title}</ScriptText>
        </Anchor>
      )}
      <PageHeader
        eyebrow={
          <Group gap="xs">
            <Text size="sm" fw={500} c="dimmed">
              Meeting report
            </Text>
            <Badge variant="dot" color={report.status === ReportStatus.PUBLISHED ? 'green' : 'yellow'} fw={500}>
              <VisuallyHidden component="span">Status: </VisuallyHidden>
              {reportStatusLabels[report.status]}
            </Badge>
          </Group>
        }
        title={<ScriptText>{held.title}</ScriptText>}
        description={`${formatDateRange(held.startDate, held.endDate)} · ${place}`}
      />
      <Stack gap="xs">
        {report.publishedAt && (
          <Text size="sm">
            Published <Moment at={report.publishedAt} />
          </Text>
        )}
        <Group gap="md" component="nav" aria-label="Download the report">
          <Text size="sm" c="dimmed">
            Download:
          </Text>
          <Anchor size="sm" href={meetingDownloadUrl(held.id, 'report.docx')} download>
            Report (Word)
          </Anchor>
          <Anchor size="sm" href={meetingDownloadUrl(held.id, 'report.pdf')} download>
            Report (PDF)
          </Anchor>
          {report.meeting && (
            <Anchor size="sm" component={Link} to={`/meetings/${encodeURIComponent(report.meeting.id)}?tab=report`}>
              Open it on the meeting’s page
            </Anchor>
          )}
        </Group>
      </Stack>
      {held.confidentiality === Confidentiality.CHATHAM_HOUSE && <ChathamHouseNotice />}
      <ReportText report={report} />
      <ActionItems
        meetingId={held.id}
        reportId={report.id}
        items={report.actionItems}
        editable={false}
        canFollowUp={false}
      />
    </Stack>
  );
}
