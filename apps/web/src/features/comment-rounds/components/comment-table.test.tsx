import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommentTablePageQueryVariables, DisposeCommentsMutationVariables } from '../../../__generated__/graphql';
import { renderRoute } from '../../../test/render';
import { disposeCommentsMutation } from '../hooks/use-dispose-comments';
import { commentTablePageQuery, commentTableQuery, CommentTable } from './comment-table';

// The reader is in Seoul.
vi.mock('../../../ui/time-zone', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../ui/time-zone')>()),
  viewerTimeZone: () => 'Asia/Seoul',
}));

const DOCUMENT_ID = 'doc-memorandum-2020';

const cscapKorea = {
  __typename: 'Organization' as const,
  id: 'org-cscap-kr',
  name: 'Korean Committee of CSCAP',
  acronym: 'CSCAP-Korea',
};
const cscapJapan = {
  __typename: 'Organization' as const,
  id: 'org-cscap-jp',
  name: 'Japanese Committee of CSCAP',
  acronym: 'CSCAP-Japan',
};
const kim = { __typename: 'Person' as const, id: 'person-kim', name: '김태훈', honorific: 'Dr' };
const sato = { __typename: 'Person' as const, id: 'person-sato', name: '佐藤 博', honorific: null };

const paragraphThen = (number: number | null, text: string) => ({ __typename: 'ParagraphThen' as const, number, text });

function commentFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Comment' as const,
    id,
    kind: 'SUBSTANTIVE',
    quote: null as string | null,
    suggestion: null as unknown,
    body: id,
    disposition: null as string | null,
    reply: '',
    disposedAt: null as string | null,
    attributed: true,
    personalCapacity: false as boolean | null,
    paragraphId: 'para-3',
    answeredByParagraphId: null as string | null,
    paragraphThen: paragraphThen(3, 'Confidence-building measures should start with maritime incidents.'),
    author: kim as unknown,
    speaksFor: cscapKorea as unknown,
    ...overrides,
  };
}

const maritime = commentFixture('comment-maritime', {
  body: 'Name the incidents-at-sea agreement explicitly.',
  quote: 'maritime incidents',
});
const editorial = commentFixture('comment-typo', {
  kind: 'EDITORIAL',
  body: 'A typo: “confidence” is misspelt.',
  paragraphThen: paragraphThen(5, 'Trust and confidnce take time.'),
  author: sato,
  speaksFor: cscapJapan,
  disposition: 'ACCEPTED',
  reply: 'Corrected.',
  disposedAt: '2030-04-02T01:00:00.000Z',
  answeredByParagraphId: 'para-5',
});
const reservation = commentFixture('comment-reservation', {
  kind: 'RESERVATION',
  body: 'We cannot support recommendation 4 as drafted.',
  paragraphThen: paragraphThen(7, 'Recommendation 4: establish a standing forum.'),
  speaksFor: cscapJapan,
  author: sato,
});

function roundFixture(comments: unknown[], overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'CommentRound' as const,
    id: 'round-1',
    number: 1,
    status: 'CLOSED',
    attribution: 'ATTRIBUTED',
    opensAt: '2030-03-01T00:00:00.000Z',
    closesAt: '2030-03-31T08:00:00.000Z',
    closedAt: '2030-03-31T08:00:00.000Z' as string | null,
    versionNumber: 1,
    undisposedCount: 2,
    commentCount: comments.length,
    recipients: [
      {
        __typename: 'RoundRecipient' as const,
        id: 'recipient-kr',
        response: 'COMMENTED',
        responseNote: '',
        respondedAt: '2030-03-20T00:00:00.000Z',
        organization: cscapKorea,
        person: null,
      },
      {
        __typename: 'RoundRecipient' as const,
        id: 'recipient-jp',
        response: 'ENDORSED_WITH_RESERVATION',
        responseNote: 'Subject to recommendation 4.',
        respondedAt: '2030-03-21T00:00:00.000Z',
        organization: cscapJapan,
        person: null,
      },
    ],
    comments,
    ...overrides,
  };
}

function documentFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Document' as const,
    id: DOCUMENT_ID,
    status: 'REVISING',
    viewerCanEdit: true,
    version: {
      __typename: 'DocumentVersion' as const,
      id: 'version-2',
      number: 2,
      isWorking: true,
      paragraphs: [
        {
          __typename: 'Paragraph' as const,
          id: 'version-2:para-3',
          paragraphId: 'para-3',
          number: 3,
          kind: 'TEXT',
          text: 'Confidence-building measures should start with the 1972 incidents-at-sea agreement.',
        },
        {
          __typename: 'Paragraph' as const,
          id: 'version-2:para-5',
          paragraphId: 'para-5',
          number: 5,
          kind: 'TEXT',
          text: 'Trust and confidence take time.',
        },
      ],
    },
    rounds: [roundFixture([maritime, editorial, reservation])],
    ...overrides,
  };
}

type CommentFixture = ReturnType<typeof commentFixture>;

/** The server's side of the table: one round's comments, filtered and paged as the API does. */
function commentTablePage(document: ReturnType<typeof documentFixture>, variables: CommentTablePageQueryVariables) {
  const rounds = document.rounds;
  const round = rounds.find((candidate) => candidate.number === variables.round);
  const all = (round?.comments ?? []) as CommentFixture[];
  const filter = variables.filter;
  const words = filter.text?.toLocaleLowerCase();
  const matching = all.filter((comment) => {
    const speaksFor = comment.speaksFor as typeof cscapKorea | null;
    const author = comment.author as typeof kim | null;
    if (filter.kind && comment.kind !== filter.kind) return false;
    if (filter.disposition && comment.disposition !== filter.disposition) return false;
    if (filter.undisposed && comment.disposition !== null) return false;
    if (filter.committeeId && speaksFor?.id !== filter.committeeId) return false;
    if (filter.personalCapacity && comment.personalCapacity !== true) return false;
    const haystack = [
      comment.body,
      comment.quote,
      comment.reply,
      comment.paragraphThen.text,
      author?.name,
      speaksFor?.name,
    ]
      .join('\n')
      .toLocaleLowerCase();
    return !words || haystack.includes(words);
  });
  const committees = [
    ...new Map(
      all.flatMap((comment) => {
        const speaksFor = comment.speaksFor as typeof cscapKorea | null;
        return speaksFor ? [[speaksFor.id, speaksFor] as const] : [];
      }),
    ).values(),
  ];
  return {
    data: {
      document: {
        __typename: 'Document' as const,
        id: document.id,
        commentTable: {
          __typename: 'CommentTablePage' as const,
          roundId: round?.id ?? null,
          total: matching.length,
          offset: variables.offset,
          personalCapacity: all.some((comment) => comment.personalCapacity === true),
          committees,
          comments: matching.slice(variables.offset, variables.offset + variables.limit),
        },
      },
    },
  };
}

function renderTable(
  document: ReturnType<typeof documentFixture>,
  search = '',
  extraMocks: MockLink.MockedResponse[] = [],
) {
  const rounds = document.rounds.map(({ comments: _comments, ...round }) => round);
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <CommentTable documentId={DOCUMENT_ID} /> }],
    initialEntry: `/documents/${DOCUMENT_ID}?tab=comments${search}`,
    mocks: [
      {
        request: { query: commentTableQuery, variables: { id: DOCUMENT_ID } },
        result: { data: { document: { ...document, rounds } } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: commentTablePageQuery, variables: () => true },
        result: (variables: CommentTablePageQueryVariables) => commentTablePage(document, variables),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      ...extraMocks,
    ],
  });
}

/** The comments the table shows, by their text. */
async function shownComments(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: 'Comments of round 1' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(
      (row) => [maritime, editorial, reservation].find((comment) => row.textContent?.includes(comment.body))?.id ?? '?',
    );
}

describe('comment table', { timeout: 30_000 }, () => {
  it('compiles the round: responses, each comment with its paragraph as it read, disposition and reply', async () => {
    renderTable(documentFixture({ viewerCanEdit: false }));

    const responses = await screen.findByRole('table', { name: 'Responses to round 1' });
    const japan = within(responses).getByRole('row', { name: /Japanese Committee of CSCAP/ });
    expect(japan).toHaveTextContent('Endorsed with reservation');
    expect(japan).toHaveTextContent('Subject to recommendation 4.');

    const table = screen.getByRole('table', { name: 'Comments of round 1' });
    const typo = within(table).getByRole('row', { name: /A typo/ });
    expect(typo).toHaveTextContent('¶ 5');
    expect(typo).toHaveTextContent('Trust and confidnce take time.');
    expect(typo).toHaveTextContent('Editorial');
    expect(typo).toHaveTextContent('佐藤 博');
    expect(typo).toHaveTextContent('CSCAP-Japan');
    expect(typo).toHaveTextContent('Accepted');
    expect(typo).toHaveTextContent('Corrected.');
    expect(typo).toHaveTextContent('Answered by paragraph 5');
    expect(within(table).getByRole('row', { name: /incidents-at-sea/ })).toHaveTextContent('“maritime incidents”');

    expect(screen.getByText('1 of 3 comments have a disposition; 2 remain')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Comments with a disposition' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    // Readers compile; only co-chairs dispose.
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Disposition' })).not.toBeInTheDocument();
  });

  it('reads suggested wording as the change it proposes', async () => {
    const suggestion = commentFixture('comment-wording', {
      kind: 'SUGGESTION',
      quote: 'confidnce',
      body: 'Spelling.',
      suggestion: { __typename: 'Suggestion', original: 'confidnce', replacement: 'confidence', before: null },
    });
    renderTable(documentFixture({ viewerCanEdit: false, rounds: [roundFixture([maritime, suggestion])] }));

    const table = await screen.findByRole('table', { name: 'Comments of round 1' });
    const row = within(table).getByRole('row', { name: /Spelling/ });
    expect(row).toHaveTextContent('Suggested wording');
    expect(row).toHaveTextContent('Replace “confidnce” with “confidence”');
  });

  it('gives the open round’s deadline and each response’s time on the reader’s clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 21:00 on Thursday 28 March 2030 in Seoul.
    vi.setSystemTime(new Date('2030-03-28T12:00:00Z'));
    try {
      renderTable(documentFixture({ rounds: [roundFixture([maritime], { status: 'OPEN', closedAt: null })] }));

      expect(await screen.findByText(/^Open until/)).toHaveTextContent(
        'Open until 31 Mar 2030, 17:00 GMT+9 (closes in 3 days)',
      );
      const responses = screen.getByRole('table', { name: 'Responses to round 1' });
      expect(within(responses).getByRole('row', { name: /Korean Committee of CSCAP/ })).toHaveTextContent(
        '20 Mar 2030, 09:00 GMT+9',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('links the Word and Excel exports of the round shown', async () => {
    renderTable(documentFixture());

    expect(await screen.findByRole('link', { name: 'Export comment table (Excel)' })).toHaveAttribute(
      'href',
      `/documents/${DOCUMENT_ID}/comments.xlsx?round=1`,
    );
    expect(screen.getByRole('link', { name: 'Export comment table (Word)' })).toHaveAttribute(
      'href',
      `/documents/${DOCUMENT_ID}/comments.docx?round=1`,
    );
  });

  it('filters by kind and keeps the filter in the address', async () => {
    const { user, router } = renderTable(documentFixture());

    expect(await shownComments()).toEqual([maritime.id, editorial.id, reservation.id]);
    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Editorial' }));

    await vi.waitFor(async () => {
      expect(await shownComments()).toEqual([editorial.id]);
    });
    expect(router.state.location.search).toContain('kind=EDITORIAL');
    expect(router.state.location.search).toContain('tab=comments');
    expect(screen.getByText('Showing 1 of 3 comments.')).toBeInTheDocument();
  });

  it('shows only the comments still without a disposition, from a shared address', async () => {
    renderTable(documentFixture(), '&disposition=NONE');

    expect(await shownComments()).toEqual([maritime.id, reservation.id]);
    expect(screen.getByRole('combobox', { name: 'Disposed as' })).toHaveValue('No disposition yet');
  });

  it('filters by committee and by words in the comment', async () => {
    const { user } = renderTable(documentFixture(), `&committee=${cscapJapan.id}`);

    expect(await shownComments()).toEqual([editorial.id, reservation.id]);
    await user.click(screen.getByRole('searchbox', { name: 'Search comments' }));
    await user.paste('recommendation 4');
    await vi.waitFor(async () => {
      expect(await shownComments()).toEqual([reservation.id]);
    });
  });

  it('gives the selected comments one disposition and reply together', async () => {
    const dispose = vi.fn((variables: DisposeCommentsMutationVariables) => ({
      data: {
        disposeComments: (variables.input.commentIds as string[]).map((id) => ({
          __typename: 'Comment',
          id,
          disposition: 'NOTED',
          reply: 'To be discussed at the third meeting.',
          disposedAt: '2030-04-03T00:00:00.000Z',
          answeredByParagraphId: null,
        })),
      },
    }));
    const { user } = renderTable(documentFixture(), '', [
      { request: { query: disposeCommentsMutation, variables: () => true }, result: dispose },
    ]);

    await user.click(
      await screen.findByRole('checkbox', { name: 'Select comment on paragraph 3 by Dr 김태훈, CSCAP-Korea' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Select comment on paragraph 7 by 佐藤 博, CSCAP-Japan' }));
    const bulk = screen.getByRole('region', { name: 'Dispose of the selected comments' });
    await user.click(within(bulk).getByRole('combobox', { name: 'Disposition' }));
    await user.click(await within(bulk).findByRole('option', { name: 'Noted' }));
    await user.click(within(bulk).getByRole('textbox', { name: 'Reply' }));
    await user.paste('To be discussed at the third meeting.');
    await user.click(within(bulk).getByRole('button', { name: 'Apply to 2 comments' }));

    // The table shows the dispositions before the server answers, so the request is waited for.
    expect(await screen.findByText('All 3 comments have a disposition')).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(dispose).toHaveBeenCalledOnce();
    });
    expect(dispose.mock.calls[0]?.[0]).toEqual({
      input: {
        commentIds: [maritime.id, reservation.id],
        disposition: 'NOTED',
        reply: 'To be discussed at the third meeting.',
      },
    });
    const table = screen.getByRole('table', { name: 'Comments of round 1' });
    expect(within(table).getByRole('row', { name: /We cannot support/ })).toHaveTextContent(
      'To be discussed at the third meeting.',
    );
  });

  it('selects all the comments a filter shows, and only those', async () => {
    const dispose = vi.fn((_: DisposeCommentsMutationVariables) => ({ data: { disposeComments: [] } }));
    const { user } = renderTable(documentFixture(), '&kind=SUBSTANTIVE', [
      { request: { query: disposeCommentsMutation, variables: () => true }, result: dispose },
    ]);

    await user.click(await screen.findByRole('checkbox', { name: 'Select all shown' }));
    await user.click(screen.getByRole('combobox', { name: 'Disposition' }));
    await user.click(await screen.findByRole('option', { name: 'Accepted in part' }));
    await user.click(screen.getByRole('button', { name: 'Apply to 1 comment' }));

    await vi.waitFor(() => {
      expect(dispose).toHaveBeenCalledOnce();
    });
    expect(dispose.mock.calls[0]?.[0].input.commentIds).toEqual([maritime.id]);
  });

  it('disposes of one comment from its row, naming the paragraph that answers it', async () => {
    const dispose = vi.fn((_: DisposeCommentsMutationVariables) => ({
      data: {
        disposeComments: [
          {
            __typename: 'Comment',
            id: maritime.id,
            disposition: 'ACCEPTED',
            reply: 'Named in paragraph 3.',
            disposedAt: '2030-04-03T00:00:00.000Z',
            answeredByParagraphId: 'para-3',
          },
        ],
      },
    }));
    const { user } = renderTable(documentFixture(), '', [
      { request: { query: disposeCommentsMutation, variables: () => true }, result: dispose },
    ]);

    await user.click(
      await screen.findByRole('button', { name: 'Dispose of the comment on paragraph 3 by Dr 김태훈, CSCAP-Korea' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Dispose of the comment' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Disposition' }));
    await user.click(await within(dialog).findByRole('option', { name: 'Accepted' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Answered by paragraph' }));
    await user.click(await within(dialog).findByRole('option', { name: /^Paragraph 3: / }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Reply' }));
    await user.paste('Named in paragraph 3.');
    await user.click(within(dialog).getByRole('button', { name: 'Save disposition' }));

    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(dispose.mock.calls[0]?.[0]).toEqual({
      input: {
        commentIds: [maritime.id],
        disposition: 'ACCEPTED',
        reply: 'Named in paragraph 3.',
        answeredByParagraphId: 'para-3',
      },
    });
    const row = within(screen.getByRole('table', { name: 'Comments of round 1' })).getByRole('row', {
      name: /incidents-at-sea/,
    });
    expect(row).toHaveTextContent('Answered by paragraph 3');
  });

  it('shows no name in a non-attributed round', async () => {
    const hidden = commentFixture('comment-hidden', {
      body: 'The timeline is unrealistic.',
      attributed: false,
      author: null,
      speaksFor: null,
      personalCapacity: null,
    });
    renderTable(
      documentFixture({
        viewerCanEdit: false,
        rounds: [roundFixture([hidden], { attribution: 'NON_ATTRIBUTED', undisposedCount: 1 })],
      }),
    );

    const table = await screen.findByRole('table', { name: 'Comments of round 1' });
    const row = within(table).getByRole('row', { name: /timeline is unrealistic/ });
    expect(row).toHaveTextContent('Non-attributed');
    expect(row).not.toHaveTextContent('김태훈');
    expect(row).not.toHaveTextContent('CSCAP');
  });

  it('pages through a long round 50 comments at a time, keeping the page in the address', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      commentFixture(`comment-${i + 1}`, { body: `Comment number ${i + 1}.` }),
    );
    const { user, router } = renderTable(documentFixture({ rounds: [roundFixture(many, { undisposedCount: 60 })] }));

    const table = await screen.findByRole('table', { name: 'Comments of round 1' });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(50);
    expect(screen.getByText('60 comments.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Page 2' }));

    await vi.waitFor(() => {
      const rows = within(screen.getByRole('table', { name: 'Comments of round 1' }))
        .getAllByRole('row')
        .slice(1);
      expect(rows.map((row) => row.textContent?.match(/Comment number (\d+)\./)?.[1])).toEqual(
        Array.from({ length: 10 }, (_, i) => String(51 + i)),
      );
    });
    expect(router.state.location.search).toContain('page=2');
  });

  it('shows the round chosen in the address, the latest otherwise', async () => {
    const second = roundFixture([reservation], { id: 'round-2', number: 2, versionNumber: 2, closedAt: null });
    const { user, router } = renderTable(documentFixture({ rounds: [roundFixture([maritime, editorial]), second] }));

    expect(await screen.findByRole('table', { name: 'Comments of round 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Round' }));
    await user.click(await screen.findByRole('option', { name: 'Round 1 (version 1)' }));

    expect(await screen.findByRole('table', { name: 'Comments of round 1' })).toBeInTheDocument();
    expect(router.state.location.search).toContain('round=1');
  });
});
