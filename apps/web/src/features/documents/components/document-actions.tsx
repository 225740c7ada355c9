import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { getFragmentData, graphql } from '../../../__generated__';
import { toApiError } from '../../../lib/api-error';
import { documentDownloadUrl } from '../../../lib/downloads';
import { ErrorState } from '../../../ui/error-state';
import { WordActions } from '../../word/components/word-actions';
import { WorkflowSteps } from './workflow-steps';

export const documentActionsFragment = graphql(`
  fragment DocumentActions_document on Document {
    id
    title
    status
    viewerCanEdit
    viewerCanDecide
    viewerCanPublish
    submittedTo {
      id
      name
    }
    studyGroup {
      id
      reportsTo {
        id
        name
      }
      committees {
        role
        organization {
          id
          name
          acronym
        }
      }
    }
    openRound {
      id
      number
      status
      closesAt
    }
    rounds {
      id
      number
      status
      undisposedCount
    }
    circulationDefaults {
      attribution
      closesAt
      followsRound
      organizations {
        id
      }
      people {
        id
        name
        honorific
      }
    }
  }
`);

export const documentActionsQuery = graphql(`
  query DocumentActions($id: ID!) {
    document(id: $id) {
      id
      ...DocumentActions_document
    }
  }
`);

export interface DocumentActionsProps {
  documentId: string;
}

/**
 * The workflow step the viewer may take now (PRODUCT.md, "The memorandum workflow"), asked for
 * with a form or a confirmation, and the document's files to download.
 */
export function DocumentActions({ documentId }: DocumentActionsProps) {
  const { data, previousData, error, refetch } = useQuery(documentActionsQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });
  // Kept through a refetch that fails for a passing reason, so an open step's dialog stays open.
  const shown = data ?? (previousData?.document.id === documentId ? previousData : undefined);
  const document = shown ? getFragmentData(documentActionsFragment, shown.document) : undefined;

  if (!document && error) {
    return (
      <ErrorState
        title="The document’s actions could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  // Until the document is known only the downloads show, in the place they keep afterwards.
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      {document && (
        <WorkflowSteps
          document={document}
          onStale={() => {
            void refetch();
          }}
        />
      )}
      <Group component="nav" aria-label="Download the document" gap="xs">
        <Button component="a" variant="default" href={documentDownloadUrl(documentId, 'document.docx')} download>
          Word (.docx)
        </Button>
        <Button component="a" variant="default" href={documentDownloadUrl(documentId, 'document.pdf')} download>
          PDF
        </Button>
      </Group>
      <WordActions documentId={documentId} />
    </Group>
  );
}
