import { Anchor, Group } from '@mantine/core';
import { documentDownloadUrl } from '../../../lib/downloads';

export interface CommentTableExportsProps {
  documentId: string;
  roundNumber: number;
}

/** The round's compilation as the Word and Excel files the co-chairs circulate. */
export function CommentTableExports({ documentId, roundNumber }: CommentTableExportsProps) {
  return (
    <Group component="nav" aria-label="Export the comment table" gap="xs">
      <Anchor href={documentDownloadUrl(documentId, `comments.docx?round=${roundNumber}`)} download>
        Export comment table (Word)
      </Anchor>
      <Anchor href={documentDownloadUrl(documentId, `comments.xlsx?round=${roundNumber}`)} download>
        Export comment table (Excel)
      </Anchor>
    </Group>
  );
}
