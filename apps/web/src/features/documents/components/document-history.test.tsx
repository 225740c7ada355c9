import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { formatDateTime, viewerTimeZone } from '../../../ui/time-zone';
import { DocumentHistory, documentHistoryQuery } from './document-history';

const DOCUMENT_ID = 'doc-memorandum-2020';
const kim = { __typename: 'Person' as const, id: 'person-kim', name: '김태훈', honorific: 'Dr' };
const wang = { __typename: 'Person' as const, id: 'person-wang', name: '王磊', honorific: 'Dr.' };
const brennan = { __typename: 'Person' as const, id: 'person-brennan', name: 'Michael Brennan', honorific: 'Mr.' };

let next = 0;
function entry(
  action: string,
  fromState: string | null,
  toState: string | null,
  facts: object = {},
  actor: unknown = kim,
) {
  next += 1;
  return {
    __typename: 'DocumentHistoryEntry' as const,
    id: String(next),
    action,
    at: '2030-03-31T08:00:00.000Z',
    fromState,
    toState,
    roundNumber: null,
    versionNumber: null,
    closesAt: null,
    commentCount: null,
    disposition: null,
    drafterCount: null,
    decision: null,
    bodyName: null,
    guidance: null,
    note: null,
    meetingDate: null,
    meetingReference: null,
    changes: null,
    sentToOrganizations: null,
    sentToPeople: null,
    actor,
    ...facts,
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
  it('tells each step in words, with who took it, leaving out the status changes a round already tells', async () => {
    const closesAt = '2030-12-27T16:00:00.000Z';
    renderHistory([
      entry('document.created', null, 'DRAFTING'),
      entry('round.opened', null, 'OPEN', { roundNumber: 1, versionNumber: 1, closesAt: '2030-04-30T16:00:00.000Z' }),
      entry('document.status_changed', 'DRAFTING', 'IN_COMMENT_ROUND'),
      entry('round.closed_at_deadline', 'OPEN', 'CLOSED', { roundNumber: 1 }, null),
      entry('document.status_changed', 'IN_COMMENT_ROUND', 'REVISING', {}, null),
      entry('comments.disposed', null, null, { roundNumber: 1, commentCount: 10, disposition: 'ACCEPTED' }),
      entry('comments.disposed', null, null, { roundNumber: 1, commentCount: 4, disposition: 'NOTED' }),
      entry('comments.disposed', null, null, { roundNumber: 1, commentCount: 1, disposition: 'NOTED' }, wang),
      entry('round.opened', null, 'OPEN', {
        roundNumber: 2,
        versionNumber: 2,
        closesAt,
        changes: { __typename: 'VersionChanges', changed: 4, added: 1, removed: 0 },
      }),
      entry('document.status_changed', 'REVISING', 'IN_COMMENT_ROUND'),
      entry(
        'document.status_changed',
        'SUBMITTED',
        'REVISING',
        {
          decision: 'RETURNED',
          bodyName: 'CSCAP Steering Committee',
          guidance: 'Name the addressees.',
          meetingDate: '2031-04-12',
          meetingReference: 'SC 35, item 4',
        },
        brennan,
      ),
    ]);

    const table = await screen.findByRole('table', { name: 'Workflow history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Document started',
      `Round 1 on version 1 opened, closes ${formatDateTime('2030-04-30T16:00:00.000Z', viewerTimeZone())}`,
      'Round 1 closed at its deadline',
      '14 comments of round 1 disposed of',
      '1 comment of round 1 disposed of: noted',
      `Round 2 on version 2 opened, closes ${formatDateTime(closesAt, viewerTimeZone())}. Version 2: 4 paragraphs changed, 1 added`,
      'Returned with guidance by CSCAP Steering Committee at its meeting on Saturday 12 April 2031 (SC 35, item 4): Name the addressees.',
    ]);
    expect(rows[0]).toHaveTextContent('Dr 김태훈');
    expect(rows[2]).toHaveTextContent('Automatically, at the deadline');
    expect(rows[4]).toHaveTextContent('Dr. 王磊');
    expect(rows[6]).toHaveTextContent('Mr. Michael Brennan');
    // No bare state names.
    expect(table).not.toHaveTextContent('→');
  });

  it('says so when there is no history the viewer may see', async () => {
    renderHistory([]);

    expect(await screen.findByText('No history to show')).toBeInTheDocument();
  });
});
