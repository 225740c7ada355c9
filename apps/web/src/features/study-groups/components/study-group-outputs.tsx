import { Anchor, Badge, Group, Paper, Stack, Text, Title, type MantineColor } from '@mantine/core';
import { actionItemStatusLabels, DocumentKind, type ActionItemStatus } from '@plenary/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { StudyGroupOutputs_StudyGroupFragment } from '../../../__generated__/graphql';
import { EmptyState } from '../../../ui/empty-state';
import { ScriptText } from '../../../ui/script-text';
import { formatDate, formatDay, viewerTimeZone } from '../../../ui/time-zone';
import { DocumentsSection } from '../../documents/components/documents-section';
import { displayName } from '../../../lib/names';
import { ReportStatusBadge } from './report-status-badge';
import { shortName } from '../../../lib/names';

export const studyGroupOutputsFragment = graphql(`
  fragment StudyGroupOutputs_studyGroup on StudyGroup {
    id
    viewerCanManage
    documents {
      ...DocumentsSection_document
    }
    reports {
      id
      status
      publishedAt
      reportedMeeting {
        id
        title
      }
      meeting {
        id
      }
    }
    openActionItems {
      id
      title
      dueDate
      status
      ownerPerson {
        id
        name
        honorific
      }
      ownerOrganization {
        id
        name
        acronym
      }
    }
  }
`);

type ActionItem = StudyGroupOutputs_StudyGroupFragment['openActionItems'][number];

/**
 * Those who may open the meeting read (and its writers write) the report on its Report tab; the body
 * the group reports to and its observers read it on the report's own page, without the meeting.
 */
export function reportPath(report: { id: string; meeting: { id: string } | null }): string {
  return report.meeting
    ? `/meetings/${encodeURIComponent(report.meeting.id)}?tab=report`
    : `/reports/${encodeURIComponent(report.id)}`;
}

const actionItemColors: Record<ActionItemStatus, MantineColor> = {
  OPEN: 'gray',
  IN_PROGRESS: 'plenary',
  DONE: 'green',
  DROPPED: 'red',
};

/** "Dr 김민준, CSCAP-Korea": the person, then the committee, whichever are named. */
function ownerText({ ownerPerson, ownerOrganization }: ActionItem): string {
  const parts = [
    ownerPerson ? displayName(ownerPerson) : null,
    ownerOrganization ? shortName(ownerOrganization) : null,
  ];
  return parts.filter((part) => part !== null).join(', ') || 'No owner named';
}

export interface StudyGroupOutputsProps {
  studyGroup: FragmentType<typeof studyGroupOutputsFragment>;
}

/**
 * What the group has produced: its documents (memoranda and the like, which those who run the group
 * start here), its meetings' reports, and the tasks agreed in them still open.
 */
export function StudyGroupOutputs({ studyGroup: ref }: StudyGroupOutputsProps) {
  const group = getFragmentData(studyGroupOutputsFragment, ref);
  const reportsHeadingId = useId();
  const actionsHeadingId = useId();
  const viewerZone = viewerTimeZone();

  return (
    <Stack gap="xl">
      <DocumentsSection
        documents={group.documents}
        owner={{ studyGroupId: group.id }}
        canCreate={group.viewerCanManage}
        newLabel="New memorandum"
        defaultKind={DocumentKind.MEMORANDUM}
        emptyDescription="The group’s memoranda, drafted together by the co-chairs and circulated for comment, appear here."
      />

      <Stack gap="md" component="section" aria-labelledby={reportsHeadingId}>
        <Title order={2} fz="h3" id={reportsHeadingId}>
          Reports
        </Title>
        {group.reports.length === 0 ? (
          <EmptyState title="No reports yet" description="A meeting’s report appears here once it is started." />
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Meeting reports">
            {group.reports.map((report) => (
              <Paper component="li" withBorder radius="md" p="sm" key={report.id}>
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                    <Anchor component={Link} to={reportPath(report)} fw={600}>
                      <ScriptText>{report.reportedMeeting.title}</ScriptText>
                    </Anchor>
                    {report.publishedAt && (
                      <Text size="sm" c="dimmed">
                        Published {formatDay(report.publishedAt, viewerZone)}
                      </Text>
                    )}
                  </Stack>
                  <ReportStatusBadge status={report.status} />
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>

      <Stack gap="md" component="section" aria-labelledby={actionsHeadingId}>
        <Title order={2} fz="h3" id={actionsHeadingId}>
          Open action items
        </Title>
        {group.openActionItems.length === 0 ? (
          <EmptyState
            title="Nothing open"
            description="The next tasks agreed in published reports appear here until they are done."
          />
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Open action items">
            {group.openActionItems.map((item) => (
              <Paper component="li" withBorder radius="md" p="sm" key={item.id}>
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                    <Text fw={500}>{item.title}</Text>
                    <Text size="sm" c="dimmed">
                      {ownerText(item)}
                      {item.dueDate && ` · due ${formatDate(item.dueDate)}`}
                    </Text>
                  </Stack>
                  <Badge variant="dot" color={actionItemColors[item.status]} size="md" fw={500}>
                    {actionItemStatusLabels[item.status]}
                  </Badge>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
