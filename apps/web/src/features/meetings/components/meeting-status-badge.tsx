import { Badge, type MantineColor } from '@mantine/core';
import { meetingStatusLabels, type MeetingStatus } from '@plenary/shared';

const statusColors: Record<MeetingStatus, MantineColor> = {
  PLANNED: 'gray',
  AGENDA_PROVISIONAL: 'yellow',
  AGENDA_ADOPTED: 'plenary',
  HELD: 'teal',
  REPORT_PUBLISHED: 'green',
};

export interface MeetingStatusBadgeProps {
  status: MeetingStatus;
}

/** Where the meeting stands: planned → provisional agenda → agenda adopted → held → report published. */
export function MeetingStatusBadge({ status }: MeetingStatusBadgeProps) {
  return (
    <Badge variant="dot" color={statusColors[status]} size="md" fw={500}>
      {meetingStatusLabels[status]}
    </Badge>
  );
}
