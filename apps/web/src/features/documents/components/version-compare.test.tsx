import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { documentComparisonQuery } from '../graphql/document-queries';
import { VersionCompare, versionCompareVersionsQuery } from './version-compare';

const DOCUMENT_ID = 'doc-memorandum-2020';

function versionFixture(number: number, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'DocumentVersion' as const,
    id: `version-${number}`,
    number,
    isWorking: false,
    isFinal: false,
    round: { __typename: 'CommentRound' as const, id: `round-${number}`, number } as unknown,
    ...overrides,
  };
}

const segment = (kind: string, text: string) => ({ __typename: 'DiffSegment' as const, kind, text });

function paragraphFixture(
  number: number | null,
  change: string,
  segments: ReturnType<typeof segment>[],
  previousNumber: number | null = change === 'ADDED' ? null : number,
) {
  return {
    __typename: 'ParagraphComparison' as const,
    paragraphId: `para-${number ?? 'heading'}-${change}`,
    number,
    previousNumber,
    kind: number === null ? 'HEADING' : 'TEXT',
    change,
    segments,
  };
}

const comparison = {
  __typename: 'DocumentComparison' as const,
  from: 2,
  to: 3,
  paragraphs: [
    paragraphFixture(null, 'UNCHANGED', [segment('SAME', 'Introduction')]),
    paragraphFixture(1, 'CHANGED', [
      segment('SAME', 'Trust takes '),
      segment('REMOVED', 'years'),
      segment('ADDED', 'decades'),
      segment('SAME', '.'),
    ]),
    paragraphFixture(2, 'ADDED', [segment('ADDED', 'A new paragraph on disaster risk.')]),
    paragraphFixture(3, 'MOVED', [segment('SAME', 'Energy ministers meet once a year.')], 5),
    paragraphFixture(4, 'REMOVED', [segment('REMOVED', 'Experts met twice.')], 4),
    paragraphFixture(3, 'MOVED_AWAY', [segment('SAME', 'Energy ministers meet once a year.')], 5),
  ],
};

function renderCompare(mocks: MockLink.MockedResponse[] = []) {
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <VersionCompare documentId={DOCUMENT_ID} /> }],
    initialEntry: `/documents/${DOCUMENT_ID}?tab=compare`,
    mocks: [
      {
        request: { query: versionCompareVersionsQuery, variables: { id: DOCUMENT_ID } },
        result: {
          data: {
            document: {
              __typename: 'Document',
              id: DOCUMENT_ID,
              versions: [versionFixture(1), versionFixture(2), versionFixture(3, { isWorking: true, round: null })],
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: documentComparisonQuery, variables: { documentId: DOCUMENT_ID, from: 2, to: 3 } },
        result: { data: { documentComparison: comparison } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      ...mocks,
    ],
  });
}

describe('version comparison', { timeout: 20_000 }, () => {
  it('compares the two newest versions word by word, saying what was added and removed', async () => {
    const { container } = renderCompare();

    const list = await screen.findByRole('list', { name: 'Paragraphs' });
    const paragraphs = within(list).getAllByRole('listitem');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[1]).toHaveTextContent('Paragraph 1');
    expect(paragraphs[1]).toHaveTextContent('Changed');
    expect(paragraphs[2]).toHaveTextContent('Added');

    const removed = container.querySelector('del');
    const added = container.querySelector('ins');
    expect(removed).toHaveTextContent('[removed: years]');
    expect(added).toHaveTextContent('[added: decades]');
    expect(screen.getByRole('combobox', { name: 'From version' })).toHaveValue('Version 2 (circulated in round 2)');
    expect(screen.getByRole('combobox', { name: 'To version' })).toHaveValue('Version 3 (working draft)');
    expect(screen.getByRole('link', { name: 'Download redline (Word)' })).toHaveAttribute(
      'href',
      `/documents/${DOCUMENT_ID}/redline.docx?from=2&to=3`,
    );
  });

  it('shows only the changed paragraphs on request', async () => {
    const { user } = renderCompare();

    await screen.findByRole('list', { name: 'Paragraphs' });
    await user.click(screen.getByRole('switch', { name: 'Show only changes' }));

    const paragraphs = within(screen.getByRole('list', { name: 'Paragraphs' })).getAllByRole('listitem');
    expect(paragraphs.map((paragraph) => paragraph.textContent?.slice(0, 11))).toEqual([
      'Paragraph 1',
      'Paragraph 2',
      'Paragraph 3',
      'Paragraph 4',
      'Paragraph 5',
    ]);
  });

  it('shows a moved paragraph as moved, where it now stands and where it stood', async () => {
    renderCompare();

    const paragraphs = within(await screen.findByRole('list', { name: 'Paragraphs' })).getAllByRole('listitem');
    expect(paragraphs[3]).toHaveTextContent('Paragraph 3Moved from paragraph 5');
    expect(paragraphs[3]).toHaveTextContent('Energy ministers meet once a year.');
    expect(paragraphs[3]!.querySelector('del, ins')).toBeNull();
    expect(paragraphs[5]).toHaveTextContent('Paragraph 5 of version 2Moved to paragraph 3');
    expect(paragraphs[5]).toHaveTextContent('It stood here in version 2.');
    // The move is one change, however many places it shows in.
    expect(screen.getByText(/4 paragraphs changed/)).toBeInTheDocument();
  });

  it('reads as the final text with its changes marked', async () => {
    const { user, container } = renderCompare();

    await screen.findByRole('list', { name: 'Paragraphs' });
    await user.click(screen.getByRole('radio', { name: 'Final with changes marked' }));

    const paragraphs = within(screen.getByRole('list', { name: 'Paragraphs' })).getAllByRole('listitem');
    // Where the moved paragraph stood is no place in the final text.
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[1]).toHaveTextContent('Trust takes [removed: years]⌃[added: decades].');
    const removed = container.querySelector('del');
    expect(removed).toHaveAttribute('title', 'Removed: years');
    expect(removed).not.toHaveTextContent(/^years$/);
    expect(paragraphs[4]).toHaveTextContent('Removed from here.');
    expect(paragraphs[4]!.querySelector('del')).toBeNull();
  });

  it('compares other versions when chosen', async () => {
    const { user } = renderCompare([
      {
        request: { query: documentComparisonQuery, variables: { documentId: DOCUMENT_ID, from: 1, to: 3 } },
        result: {
          data: {
            documentComparison: {
              ...comparison,
              from: 1,
              paragraphs: [paragraphFixture(1, 'CHANGED', [segment('REMOVED', 'Old'), segment('ADDED', 'New')])],
            },
          },
        },
      },
    ]);

    await screen.findByRole('heading', { name: 'Changes from version 2 to version 3' });
    await user.click(screen.getByRole('combobox', { name: 'From version' }));
    await user.click(await screen.findByRole('option', { name: 'Version 1 (circulated in round 1)' }));

    expect(await screen.findByRole('heading', { name: 'Changes from version 1 to version 3' })).toBeInTheDocument();
  });
});
