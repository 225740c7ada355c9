import { Badge, VisuallyHidden } from '@mantine/core';
import { recommendationStatusLabels, type RecommendationStatus } from '@plenary/shared';
import { statusColors } from './recommendation-text';

export interface RecommendationStatusBadgeProps {
  status: RecommendationStatus;
}

/** Where the follow-up stands: adopted → transmitted → under consideration → accepted → implemented, or not taken up. */
export function RecommendationStatusBadge({ status }: RecommendationStatusBadgeProps) {
  return (
    <Badge variant="dot" color={statusColors[status]} size="md" fw={500}>
      <VisuallyHidden component="span">Status: </VisuallyHidden>
      {recommendationStatusLabels[status]}
    </Badge>
  );
}

/** Said beside a follow-up date that has passed while the recommendation is still open. */
export function OverdueBadge() {
  return (
    <Badge color="red" variant="light" size="sm">
      Overdue
    </Badge>
  );
}
