import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/render';
import { documentComparisonQuery, VersionCompare, versionCompareVersionsQuery } from './version-compare';

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

function paragraphFixture(number: number | null, change: string, segments: ReturnType<typeof segment>[]) {
  return {
    __typename: 'ParagraphComparison' as const,
    paragraphId: `para-${number ?? 'heading'}-${change}`,
    number,
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
    expect(paragraphs).toHaveLength(3);
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
    expect(paragraphs.map((paragraph) => paragraph.textContent?.slice(0, 11))).toEqual(['Paragraph 1', 'Paragraph 2']);
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
