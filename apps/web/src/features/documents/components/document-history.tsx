import { useQuery } from '@apollo/client/react';
import { Table, Text } from '@mantine/core';
import { describeHistoryEntry, documentStory } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import type { DocumentHistoryQuery } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { displayName } from '../../../lib/names';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { Moment } from '../../../ui/moment';
import { ScriptText } from '../../../ui/script-text';
import { formatDateTime, viewerTimeZone } from '../../../ui/time-zone';

export const documentHistoryQuery = graphql(`
  query DocumentHistory($id: ID!) {
    document(id: $id) {
      id
      history {
        id
        action
        at
        fromState
        toState
        roundNumber
        versionNumber
        closesAt
        commentCount
        disposition
        drafterCount
        decision
        bodyName
        guidance
        note
        meetingDate
        meetingReference
        changes {
          changed
          added
          removed
        }
        sentToOrganizations
        sentToPeople
        actor {
          id
          name
          honorific
        }
      }
    }
  }
`);

type Entry = DocumentHistoryQuery['document']['history'][number];

export interface DocumentHistoryProps {
  documentId: string;
}

/**
 * The story of the document, oldest first: each step in words ("Round 2 on version 2 opened,
 * closes …"), who took it and when. For the co-chairs and the secretariat.
 */
export function DocumentHistory({ documentId }: DocumentHistoryProps) {
  const { data, loading, error, refetch } = useQuery(documentHistoryQuery, {
    variables: { id: documentId },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <LoadingState label="Loading the history…" />;
  if (!data) {
    return (
      <ErrorState
        title="The history could not be loaded"
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  const story = documentStory<Entry & { actorId: string | null }>(
    data.document.history.map((entry) => ({ ...entry, actorId: entry.actor?.id ?? null })),
  );
  if (story.length === 0) {
    return (
      <EmptyState
        title="No history to show"
        description="The history of the workflow is kept for the co-chairs and the secretariat."
      />
    );
  }
  const zone = viewerTimeZone();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Workflow history">
        <Table.Caption>Workflow history, oldest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">What happened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {story.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Moment at={entry.at} />
              </Table.Td>
              <Table.Td>
                {entry.actor ? (
                  <ScriptText>{displayName(entry.actor)}</ScriptText>
                ) : (
                  <Text span size="sm" c="dimmed">
                    Automatically, at the deadline
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{describeHistoryEntry(entry, (iso) => formatDateTime(iso, zone))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
