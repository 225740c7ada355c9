import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { RoundNotices, roundNoticesQuery } from './round-notices';

const DOCUMENT_ID = 'doc-memorandum-2011';

function notice(id: string, name: string, mail: string, kind = 'ROUND_OPENED', mailSentAt: string | null = null) {
  return {
    __typename: 'RoundNotice' as const,
    id,
    kind,
    at: '2030-03-01T01:00:00.000Z',
    mail,
    mailSentAt,
    person: { __typename: 'Person' as const, id: `person-${id}`, name, honorific: 'Dr.' },
  };
}

function renderNotices(notices: unknown[]) {
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <RoundNotices documentId={DOCUMENT_ID} roundId="round-2" /> }],
    initialEntry: `/documents/${DOCUMENT_ID}?tab=comments`,
    mocks: [
      {
        request: { query: roundNoticesQuery, variables: { id: DOCUMENT_ID } },
        result: {
          data: {
            document: {
              __typename: 'Document',
              id: DOCUMENT_ID,
              rounds: [{ __typename: 'CommentRound', id: 'round-2', number: 2, notices }],
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

describe('who was told about a round', { timeout: 20_000 }, () => {
  it('lists each person told, how, and what became of the e-mail, counting those that failed', async () => {
    renderNotices([
      notice('sato', '佐藤遥', 'SENT', 'ROUND_OPENED', '2030-03-01T01:01:00.000Z'),
      notice('sokolova', 'Анна Соколова', 'FAILED'),
      notice('bold', 'Tsetseg Bold', 'NO_ADDRESS', 'ROUND_CLOSING'),
    ]);

    const table = await screen.findByRole('table', { name: 'Who was told about round 2' });
    expect(table).toHaveTextContent('1 e-mail could not be delivered');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Dr. 佐藤遥');
    expect(rows[0]).toHaveTextContent('Round opened');
    expect(rows[0]).toHaveTextContent('E-mail sent');
    expect(rows[1]).toHaveTextContent('E-mail failed');
    expect(rows[2]).toHaveTextContent('Reminder before the deadline');
    expect(rows[2]).toHaveTextContent('No e-mail address: told in Plenary only');
  });
});
