import { Badge, type MantineColor } from '@mantine/core';
import { reportStatusLabels, type ReportStatus } from '@plenary/shared';

const statusColors: Record<ReportStatus, MantineColor> = {
  DRAFT: 'gray',
  FINAL: 'yellow',
  PUBLISHED: 'green',
};

/** Where a meeting's report stands: draft → final → published. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return (
    <Badge variant="dot" color={statusColors[status]} size="md" fw={500}>
      {reportStatusLabels[status]}
    </Badge>
  );
}
