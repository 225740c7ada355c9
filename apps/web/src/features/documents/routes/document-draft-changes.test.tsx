import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { documentComparisonQuery } from '../graphql/document-queries';
import {
  DOCUMENT_ID,
  documentEventsMock,
  documentFixture,
  documentPageMock,
  paragraphFixture,
  presenceMock,
  stubEditorLayout,
  versionFixture,
  versionSummary,
  versionTextMock,
} from '../testing/document-fixtures';
import { DocumentRoute } from './document-route';

// The workflow buttons and the other tabs fetch their own data; they have tests of their own.
vi.mock('../components/document-actions', () => ({ DocumentActions: () => null }));
vi.mock('../../comment-rounds/components/comment-table', () => ({ CommentTable: () => null }));
vi.mock('../components/version-compare', () => ({ VersionCompare: () => null }));
vi.mock('../components/document-history', () => ({ DocumentHistory: () => null }));

beforeAll(stubEditorLayout);

// Version 1 went out for comment; the co-chairs revise version 2.
const circulated = versionFixture('v1', 1, { round: { __typename: 'CommentRound', id: 'round-1', number: 1 } });
const working = versionFixture('v2', 2, {
  isWorking: true,
  frozenAt: null,
  paragraphs: [
    paragraphFixture('v2', 'p-forum', {
      html: '<p>Northeast Asia lacks a standing forum for security cooperation.</p>',
      text: 'Northeast Asia lacks a standing forum for security cooperation.',
    }),
    paragraphFixture('v2', 'p-energy', {
      number: 2,
      html: '<p>Energy ministers meet once a year.</p>',
      text: 'Energy ministers meet once a year.',
    }),
    paragraphFixture('v2', 'p-risk', {
      number: 3,
      html: '<p>Disaster risk is shared across borders.</p>',
      text: 'Disaster risk is shared across borders.',
    }),
    paragraphFixture('v2', 'p-talks', {
      number: 4,
      html: '<p>The Six-Party Talks have been suspended since 2008.</p>',
      text: 'The Six-Party Talks have been suspended since 2008.',
    }),
  ],
});

const segment = (kind: string, text: string) => ({ __typename: 'DiffSegment' as const, kind, text });
const compared = (
  paragraphId: string,
  number: number | null,
  previousNumber: number | null,
  change: string,
  segments: ReturnType<typeof segment>[],
) => ({
  __typename: 'ParagraphComparison' as const,
  paragraphId,
  number,
  previousNumber,
  kind: 'TEXT',
  change,
  segments,
});

const comparisonMock = {
  request: { query: documentComparisonQuery, variables: { documentId: DOCUMENT_ID, from: 1, to: 2 } },
  result: {
    data: {
      documentComparison: {
        __typename: 'DocumentComparison',
        from: 1,
        to: 2,
        paragraphs: [
          compared('p-forum', 1, 1, 'CHANGED', [
            segment('SAME', 'Northeast Asia '),
            segment('REMOVED', 'has no'),
            segment('ADDED', 'lacks a'),
            segment('SAME', ' standing forum for security cooperation.'),
          ]),
          compared('p-expert', 2, 2, 'REMOVED', [segment('REMOVED', 'Experts met twice in Seoul.')]),
          compared('p-energy', 2, 4, 'MOVED', [segment('SAME', 'Energy ministers meet once a year.')]),
          compared('p-risk', 3, null, 'ADDED', [segment('ADDED', 'Disaster risk is shared across borders.')]),
          compared('p-talks', 4, 3, 'UNCHANGED', [
            segment('SAME', 'The Six-Party Talks have been suspended since 2008.'),
          ]),
          compared('p-energy', 2, 4, 'MOVED_AWAY', [segment('SAME', 'Energy ministers meet once a year.')]),
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderDraft(document: ReturnType<typeof documentFixture>, search = '', version = working) {
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <DocumentRoute /> }],
    initialEntry: `/documents/${DOCUMENT_ID}${search}`,
    mocks: [
      viewerMock(),
      presenceMock,
      documentPageMock(document),
      ...versionTextMock(version),
      documentEventsMock(),
      comparisonMock,
    ],
  });
}

const revising = documentFixture({
  status: 'REVISING',
  versions: [versionSummary(circulated), versionSummary(working)],
  rounds: [{ __typename: 'CommentRound', id: 'round-1', number: 1, recipients: [] }],
});

function paragraphRegion(name: string) {
  return screen.getByRole('region', { name });
}

describe('changes shown while drafting', { timeout: 20_000 }, () => {
  it('reads the draft against the last circulated version inline, and edits the paragraph clicked into', async () => {
    const { user, router } = renderDraft(revising);

    const toggle = await screen.findByRole('switch', { name: 'Show changes since version 1' });
    expect(toggle).not.toBeChecked();
    expect(await screen.findByRole('textbox', { name: 'Text of paragraph 1' })).toBeInTheDocument();
    expect(document.querySelector('del')).toBeNull();

    await user.click(toggle);

    expect(router.state.location.search).toBe('?changes=1');
    // A rewritten phrase reads as one deletion and one insertion, each named for screen readers.
    const first = paragraphRegion('Paragraph 1');
    await waitFor(() => {
      expect(first.querySelector('del')).toHaveTextContent('[removed: has no]');
    });
    expect(first.querySelector('ins')).toHaveTextContent('[added: lacks a]');
    expect(within(first).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(paragraphRegion('Paragraph 3')).getByText('New since version 1')).toBeInTheDocument();
    expect(within(paragraphRegion('Paragraph 2')).getByText('Moved from paragraph 4 of version 1')).toBeInTheDocument();
    // What was removed, and where a paragraph moved from, stand where they stood.
    const removed = screen.getByText('Paragraph 2 of version 1 removed').closest('.doc-row');
    expect(removed?.previousElementSibling).toHaveAttribute('data-paragraph-id', 'p-forum');
    expect(removed?.querySelector('del')).toHaveTextContent('Experts met twice in Seoul.');
    const movedAway = screen.getByText('Paragraph 4 of version 1 moved to paragraph 2').closest('.doc-row');
    expect(movedAway?.previousElementSibling).toHaveAttribute('data-paragraph-id', 'p-talks');
    // An unchanged paragraph reads as it is, in its editor.
    expect(within(paragraphRegion('Paragraph 4')).getByRole('textbox', { name: 'Text of paragraph 4' })).toBeVisible();

    await user.click(first.querySelector('ins')!);

    const editor = await within(first).findByRole('textbox', { name: 'Text of paragraph 1' });
    await waitFor(() => {
      expect(editor).toHaveFocus();
    });
    expect(editor).toHaveTextContent('Northeast Asia lacks a standing forum for security cooperation.');
    expect(first.querySelector('del')).toBeNull();
    // The others still read against version 1.
    expect(within(paragraphRegion('Paragraph 3')).queryByRole('textbox')).not.toBeInTheDocument();
    expect(toggle).toBeChecked();
  });

  it('keeps the changes shown from the address, and turns them off from the switch', async () => {
    const { user, router } = renderDraft(revising, '?changes=1');

    const toggle = await screen.findByRole('switch', { name: 'Show changes since version 1' });
    expect(toggle).toBeChecked();
    expect(await screen.findByText('New since version 1')).toBeInTheDocument();

    await user.click(toggle);

    expect(router.state.location.search).toBe('');
    expect(await within(paragraphRegion('Paragraph 3')).findByRole('textbox')).toBeVisible();
    expect(screen.queryByText('New since version 1')).not.toBeInTheDocument();
    expect(document.querySelector('del')).toBeNull();
  });

  it('offers no changes to show before the text was first circulated', async () => {
    const first = versionFixture('v1', 1, { isWorking: true, frozenAt: null, paragraphs: working.paragraphs });
    renderDraft(documentFixture({ versions: [versionSummary(first)] }), '?changes=1', first);

    expect(await screen.findByRole('textbox', { name: 'Text of paragraph 1' })).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Show changes/ })).not.toBeInTheDocument();
  });
});
