import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { viewerTimeZone } from '../../../ui/time-zone';
import { DocumentRoute } from '../../documents/routes/document-route';
import {
  cscapJapan,
  DOCUMENT_ID,
  documentEventsMock,
  documentFixture,
  documentPageMock,
  openRoundFixture,
  paragraphFixture,
  presenceMock,
  stubEditorLayout,
  versionFixture,
  versionSummary,
  versionTextMock,
} from '../../documents/testing/document-fixtures';
import { organizationOptionsQuery } from '../../organizations/hooks/use-organization-options';

// The workflow buttons and the other tabs fetch their own data; they have tests of their own.
vi.mock('../../documents/components/document-actions', () => ({ DocumentActions: () => null }));
vi.mock('./comment-table', () => ({ CommentTable: () => null }));
vi.mock('../../documents/components/version-compare', () => ({ VersionCompare: () => null }));
vi.mock('../../documents/components/document-history', () => ({ DocumentHistory: () => null }));

vi.mock('../../../ui/time-zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../ui/time-zone')>()),
  viewerTimeZone: vi.fn(() => 'Europe/Berlin'),
}));

beforeAll(stubEditorLayout);

const circulated = versionFixture('v1', 1, {
  round: { __typename: 'CommentRound', id: 'round-1', number: 1 },
  paragraphs: [paragraphFixture('v1', 'p-forum')],
});

function renderRound(round: ReturnType<typeof openRoundFixture>) {
  const document = documentFixture({
    status: 'IN_COMMENT_ROUND',
    viewerCanEdit: false,
    viewerCanSeeDraft: false,
    viewerCommittees: [cscapJapan],
    versions: [versionSummary(circulated)],
    rounds: [{ __typename: 'CommentRound', id: 'round-1', number: 1, recipients: round.recipients }],
    openRound: round,
  });
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <DocumentRoute /> }],
    initialEntry: `/documents/${DOCUMENT_ID}`,
    mocks: [
      viewerMock(),
      presenceMock,
      { request: { query: organizationOptionsQuery }, result: { data: { organizations: [cscapJapan] } } },
      documentPageMock(document),
      ...versionTextMock(circulated),
      documentEventsMock(),
    ],
  });
}

describe('a comment round’s deadline', { timeout: 20_000 }, () => {
  // Thursday 24 December 2026, 15:00 in Berlin and 23:00 in Seoul.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-24T14:00:00Z'));
    vi.mocked(viewerTimeZone).mockReturnValue('Europe/Berlin');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const closesAt = '2026-12-27T16:00:00.000Z';

  it('is shown on a Berlin reader’s clock, named CET, with the days left there', async () => {
    renderRound(openRoundFixture({ closesAt }));

    expect(await screen.findByRole('region', { name: /^Round 1\b/ })).toHaveTextContent(
      'open for comment until 27 Dec 2026, 17:00 CET (closes in 3 days)',
    );
  });

  it('is shown on a Seoul reader’s clock, where it falls past midnight, four days from their today', async () => {
    vi.mocked(viewerTimeZone).mockReturnValue('Asia/Seoul');
    renderRound(openRoundFixture({ closesAt }));

    expect(await screen.findByRole('region', { name: /^Round 1\b/ })).toHaveTextContent(
      'open for comment until 28 Dec 2026, 01:00 GMT+9 (closes in 4 days)',
    );
  });

  it('says when a round yet to open starts taking comments, and when it closes, on the reader’s clock', async () => {
    vi.mocked(viewerTimeZone).mockReturnValue('Asia/Seoul');
    renderRound(openRoundFixture({ opensAt: '2026-12-25T00:00:00.000Z', closesAt, acceptingComments: false }));

    expect(await screen.findByRole('region', { name: /^Round 1\b/ })).toHaveTextContent(
      'opens for comment on 25 Dec 2026, 09:00 GMT+9 (in 10 hours), closes 28 Dec 2026, 01:00 GMT+9',
    );
  });
});
