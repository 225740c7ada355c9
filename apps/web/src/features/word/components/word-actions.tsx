import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { editableDocumentStatuses } from '@plenary/shared';
import { useState } from 'react';
import { graphql } from '../../../__generated__';
import { ImportWordDialog } from './import-word-dialog';
import { ReturnedWordDialog } from './returned-word-dialog';

export const wordActionsQuery = graphql(`
  query WordActions($id: ID!) {
    document(id: $id) {
      id
      status
      viewerCanEdit
      viewerCanSeeDraft
      openRound {
        id
        viewerRecipients {
          id
        }
      }
    }
  }
`);

export interface WordActionsProps {
  documentId: string;
}

/**
 * Word in: a co-chair imports a draft while the text is drafted or revised; a recipient (or the
 * co-chairs and the secretariat for a committee) takes back a marked-up copy while a round is open.
 */
export function WordActions({ documentId }: WordActionsProps) {
  const { data } = useQuery(wordActionsQuery, { variables: { id: documentId }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<'import' | 'returned' | null>(null);
  const document = data?.document;
  if (!document) return null;
  const canImport = document.viewerCanEdit && editableDocumentStatuses.includes(document.status);
  const round = document.openRound;
  const canReturn = !!round && (round.viewerRecipients.length > 0 || document.viewerCanSeeDraft);
  if (!canImport && !canReturn) return null;
  return (
    <Group component="nav" aria-label="Word files" gap="xs">
      {canImport && (
        <Button variant="default" onClick={() => setOpen('import')}>
          Import from Word…
        </Button>
      )}
      {canReturn && (
        <Button variant="default" onClick={() => setOpen('returned')}>
          Take back a marked-up Word file…
        </Button>
      )}
      <ImportWordDialog documentId={documentId} opened={open === 'import'} onClose={() => setOpen(null)} />
      <ReturnedWordDialog documentId={documentId} opened={open === 'returned'} onClose={() => setOpen(null)} />
    </Group>
  );
}
