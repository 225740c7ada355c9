import { Badge, type MantineColor } from '@mantine/core';
import { studyGroupStatusLabels, type StudyGroupStatus } from '@plenary/shared';

const statusColors: Record<StudyGroupStatus, MantineColor> = {
  PROPOSED: 'yellow',
  APPROVED: 'plenary',
  ACTIVE: 'green',
  CONCLUDED: 'gray',
};

export interface StudyGroupStatusBadgeProps {
  status: StudyGroupStatus;
}

/** Where the group stands: proposed → approved → active → concluded. */
export function StudyGroupStatusBadge({ status }: StudyGroupStatusBadgeProps) {
  return (
    <Badge variant="dot" color={statusColors[status]} size="md" fw={500}>
      {studyGroupStatusLabels[status]}
    </Badge>
  );
}
