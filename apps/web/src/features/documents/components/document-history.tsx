import { useQuery } from '@apollo/client/react';
import { Table, Text } from '@mantine/core';
import { documentStatusLabels, type DocumentStatus, type RoundStatus } from '@plenary/shared';
import { graphql } from '../../../__generated__';
import { toApiError } from '../../../app/api-error';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { ScriptText } from '../../../ui/script-text';
import { formatDateTime } from '../../../ui/time-zone';
import { displayName } from '../../participants/components/participant-text';

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
        actor {
          id
          name
          honorific
        }
      }
    }
  }
`);

/** What each audited action is called on screen; an action not listed here is shown as recorded. */
const actionLabels: Record<string, string> = {
  'document.created': 'Document started',
  'document.drafters_named': 'Drafters named',
  'document.status_changed': 'Status changed',
  'round.opened': 'Comment round opened',
  'round.closed': 'Round closed',
  'round.closed_at_deadline': 'Round closed at its deadline',
};

const roundStatusLabels: Record<RoundStatus, string> = {
  OPEN: 'Open',
  CLOSED: 'Closed',
};

function isDocumentStatus(state: string): state is DocumentStatus {
  return Object.hasOwn(documentStatusLabels, state);
}

function isRoundStatus(state: string): state is RoundStatus {
  return Object.hasOwn(roundStatusLabels, state);
}

/** A document's status or a round's, by its label. */
function stateLabel(state: string): string {
  if (isDocumentStatus(state)) return documentStatusLabels[state];
  if (isRoundStatus(state)) return roundStatusLabels[state];
  return state;
}

function transition(from: string | null, to: string | null): string {
  if (from && to) return `${stateLabel(from)} → ${stateLabel(to)}`;
  if (to) return stateLabel(to);
  if (from) return `From ${stateLabel(from)}`;
  return '—';
}

export interface DocumentHistoryProps {
  documentId: string;
}

/** Every step of the workflow, oldest first: who took it, when, and what changed. For the co-chairs and secretariat. */
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
  const history = data.document.history;
  if (history.length === 0) {
    return (
      <EmptyState
        title="No history to show"
        description="The history of the workflow is kept for the co-chairs and the secretariat."
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Workflow history">
        <Table.Caption>Workflow history, oldest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">From → to</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
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
              <Table.Td>{actionLabels[entry.action] ?? entry.action}</Table.Td>
              <Table.Td>{transition(entry.fromState, entry.toState)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
