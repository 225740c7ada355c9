import { Badge, VisuallyHidden, type MantineColor } from '@mantine/core';
import { documentStatusLabels, type DocumentStatus } from '@plenary/shared';

const statusColors: Record<DocumentStatus, MantineColor> = {
  DRAFTING: 'yellow',
  IN_COMMENT_ROUND: 'orange',
  REVISING: 'yellow',
  FINAL: 'plenary',
  SUBMITTED: 'plenary',
  APPROVED: 'green',
  PUBLISHED: 'green',
};

/** Where the document is in the memorandum workflow: drafting → in comment round → … → published. */
export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  return (
    <Badge variant="dot" color={statusColors[status]} size="md" fw={500}>
      <VisuallyHidden component="span">Status: </VisuallyHidden>
      {documentStatusLabels[status]}
    </Badge>
  );
}
