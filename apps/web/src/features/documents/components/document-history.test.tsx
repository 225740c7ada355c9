import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { DocumentHistory, documentHistoryQuery } from './document-history';

const DOCUMENT_ID = 'doc-memorandum-2020';
const kim = { __typename: 'Person' as const, id: 'person-kim', name: '김태훈', honorific: 'Dr' };

function entry(id: string, action: string, fromState: string | null, toState: string | null, actor: unknown = kim) {
  return {
    __typename: 'DocumentHistoryEntry' as const,
    id,
    action,
    at: '2030-03-31T08:00:00.000Z',
    fromState,
    toState,
    actor,
  };
}

function renderHistory(history: unknown[]) {
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <DocumentHistory documentId={DOCUMENT_ID} /> }],
    initialEntry: `/documents/${DOCUMENT_ID}?tab=history`,
    mocks: [
      {
        request: { query: documentHistoryQuery, variables: { id: DOCUMENT_ID } },
        result: { data: { document: { __typename: 'Document', id: DOCUMENT_ID, history } } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

describe('document history', { timeout: 20_000 }, () => {
  it('lists each step with who took it and the states it moved between', async () => {
    renderHistory([
      entry('1', 'document.created', null, 'DRAFTING'),
      entry('2', 'round.opened', null, 'OPEN'),
      entry('3', 'document.status_changed', 'DRAFTING', 'IN_COMMENT_ROUND'),
      entry('4', 'round.closed_at_deadline', 'OPEN', 'CLOSED', null),
      entry('5', 'document.status_changed', 'IN_COMMENT_ROUND', 'REVISING', null),
    ]);

    const table = await screen.findByRole('table', { name: 'Workflow history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('Dr 김태훈');
    expect(rows[0]).toHaveTextContent('Document started');
    expect(rows[2]).toHaveTextContent('Status changed');
    expect(rows[2]).toHaveTextContent('Drafting → In comment round');
    expect(rows[3]).toHaveTextContent('Automatically, at the deadline');
    expect(rows[3]).toHaveTextContent('Round closed at its deadline');
    expect(rows[3]).toHaveTextContent('Open → Closed');
    expect(rows[4]).toHaveTextContent('In comment round → Revising');
  });

  it('says so when there is no history the viewer may see', async () => {
    renderHistory([]);

    expect(await screen.findByText('No history to show')).toBeInTheDocument();
  });
});
