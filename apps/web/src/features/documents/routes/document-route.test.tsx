import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  AddParagraphMutationVariables,
  PostCommentMutationVariables,
  RespondToRoundMutationVariables,
  SaveParagraphMutationVariables,
} from '../../../__generated__/graphql';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { respondToRoundMutation } from '../../comment-rounds/hooks/use-respond-to-round';
import { organizationOptionsQuery } from '../../organizations/hooks/use-organization-options';
import { documentPageQuery } from '../graphql/document-queries';
import { postCommentMutation } from '../hooks/use-comment-mutations';
import { addParagraphMutation, saveParagraphMutation } from '../hooks/use-paragraph-mutations';
import {
  commentFixture,
  cscapJapan,
  DOCUMENT_ID,
  documentEventsMock,
  documentFixture,
  documentPageMock,
  openRoundFixture,
  paragraphFixture,
  presenceMock,
  recipientFixture,
  stubEditorLayout,
  versionFixture,
  versionSummary,
  versionTextMock,
  wangLei,
} from '../testing/document-fixtures';
import { DocumentRoute } from './document-route';

// The workflow buttons and the other tabs fetch their own data; they have tests of their own.
vi.mock('../components/document-actions', () => ({ DocumentActions: () => null }));
vi.mock('../../comment-rounds/components/comment-table', () => ({ CommentTable: () => null }));
vi.mock('../components/version-compare', () => ({ VersionCompare: () => null }));
vi.mock('../components/document-history', () => ({ DocumentHistory: () => null }));

beforeAll(stubEditorLayout);

const routes = [
  { path: '/documents/:documentId', element: <DocumentRoute /> },
  { path: '/study-groups/:studyGroupId', element: <p>Study group page</p> },
];

type Mocks = Parameters<typeof renderRoute>[0]['mocks'];

// A recommendation's editor offers the directory's organizations as bodies to address.
const organizationsMock = {
  request: { query: organizationOptionsQuery },
  result: { data: { organizations: [cscapJapan] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The comments beside a paragraph: on a narrow screen (as jsdom's is) they open from their toggle. */
async function openComments(user: ReturnType<typeof renderDocument>['user'], name: string) {
  const toggle = await screen.findByRole('button', { name: new RegExp(`^Comments on ${name} \\(`) });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  return screen.findByRole('list', { name: `Comments on ${name}` });
}

function renderDocument(mocks: Mocks, search = '') {
  return renderRoute({
    routes,
    initialEntry: `/documents/${DOCUMENT_ID}${search}`,
    mocks: [viewerMock(), presenceMock, organizationsMock, ...mocks],
  });
}

// Version 1 is the co-chairs' working draft of a new memorandum.
const working = versionFixture('v1', 1, {
  isWorking: true,
  frozenAt: null,
  paragraphs: [
    paragraphFixture('v1', 'p-forum'),
    paragraphFixture('v1', 'p-recommend', {
      kind: 'RECOMMENDATION',
      number: 2,
      recommendationNumber: 1,
      html: '<p>Establish a <em>standing</em> forum.</p>',
      text: 'Establish a standing forum.',
      revision: 1,
      issueAreas: ['CONFIDENCE_BUILDING'],
    }),
  ],
});

// Version 1 as circulated in round 1, read by the Japanese committee's focal point.
const circulated = versionFixture('v1', 1, {
  round: { __typename: 'CommentRound', id: 'round-1', number: 1 },
  paragraphs: [
    paragraphFixture('v1', 'p-forum'),
    paragraphFixture('v1', 'p-talks', {
      number: 2,
      html: '<p>The Six-Party Talks have been suspended since 2008.</p>',
      text: 'The Six-Party Talks have been suspended since 2008.',
    }),
  ],
});
const workingTwo = versionFixture('v2', 2, { isWorking: true, frozenAt: null });

function readerView(overrides: Partial<Record<string, unknown>> = {}) {
  return documentFixture({
    status: 'IN_COMMENT_ROUND',
    viewerCanEdit: false,
    viewerCanSeeDraft: false,
    viewerCommittees: [cscapJapan],
    versions: [versionSummary(circulated)],
    rounds: [
      {
        __typename: 'CommentRound',
        id: 'round-1',
        number: 1,
        // The same round as the open one: the same recipients.
        recipients: [
          { __typename: 'RoundRecipient', id: 'recipient-japan', organization: cscapJapan },
          {
            __typename: 'RoundRecipient',
            id: 'recipient-korea',
            organization: {
              __typename: 'Organization',
              id: 'org-cscap-kr',
              name: 'CSCAP Korea',
              acronym: 'CSCAP-Korea',
            },
          },
        ],
      },
    ],
    openRound: openRoundFixture(),
    ...overrides,
  });
}

function conflictError(): FormattedExecutionResult {
  return {
    errors: [
      new GraphQLError(
        'Another co-chair saved this paragraph since you opened it. Compare the two texts and save again.',
        {
          extensions: {
            code: 'CONFLICT',
            reason: 'VERSION_CONFLICT',
            currentRevision: 4,
            currentHtml: '<p>Northeast Asia lacks a security forum of its own.</p>',
            currentText: 'Northeast Asia lacks a security forum of its own.',
            currentKind: 'TEXT',
            updatedById: wangLei.id,
          },
        },
      ),
    ],
  };
}

describe('document page', { timeout: 20_000 }, () => {
  it('shows the co-chair the working draft to edit, with its numbers, and who else is editing where', async () => {
    const { user } = renderDocument([
      documentPageMock(documentFixture({ versions: [versionSummary(working)] })),
      ...versionTextMock(working),
      documentEventsMock({
        __typename: 'DocumentEvent',
        documentId: DOCUMENT_ID,
        kind: 'PRESENCE',
        presence: { __typename: 'DocumentPresence', paragraphId: 'p-recommend', person: wangLei },
      }),
    ]);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Memorandum on Security Cooperation in Northeast Asia',
    );
    expect(screen.getByText('Drafting', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'CSCAP Study Group on Northeast Asia Peace and Cooperation' }),
    ).toHaveAttribute('href', '/study-groups/sg-peace-2019');
    expect(await screen.findByRole('textbox', { name: 'Text of paragraph 1' })).toHaveTextContent(
      'Northeast Asia has no standing forum for security cooperation.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Recommendation 1 (paragraph 2)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Version' })).toHaveValue('Version 1 (working draft)');
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save paragraph/ })).not.toBeInTheDocument();
    // The changes of structure are in the control beside each paragraph.
    await user.click(screen.getByRole('button', { name: 'Options for paragraph 2' }));
    for (const name of ['Split paragraph 2 at the cursor', 'Delete paragraph 2', 'Add paragraph after 2']) {
      expect(await screen.findByRole('menuitem', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('menuitem', { name: 'Merge paragraph 2 with next' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Options for paragraph 1' }));
    expect(await screen.findByRole('menuitem', { name: 'Merge paragraph 1 with next' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    const recommendation = screen.getByRole('region', { name: 'Recommendation 1 (paragraph 2)' });
    expect(await within(recommendation).findByText('王磊 is editing')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Here now' })).toHaveTextContent('王磊 (editing)');
  });

  it('starts an empty draft with a first paragraph and puts the cursor in it', async () => {
    const empty = versionFixture('v1', 1, { isWorking: true, frozenAt: null });
    const added = { ...empty, paragraphs: [paragraphFixture('v1', 'p-new', { html: '', text: '', revision: 0 })] };
    const addParagraph = vi.fn((_: AddParagraphMutationVariables) => ({
      data: { addParagraph: { __typename: 'Document', id: DOCUMENT_ID, status: 'DRAFTING', version: added } },
    }));
    const { user } = renderDocument([
      documentPageMock(documentFixture({ versions: [versionSummary(empty)] })),
      ...versionTextMock(empty),
      documentEventsMock(),
      { request: { query: addParagraphMutation, variables: () => true }, result: addParagraph },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add paragraph' }));

    const editor = await screen.findByRole('textbox', { name: 'Text of paragraph 1' });
    await waitFor(() => {
      expect(editor).toHaveFocus();
    });
    expect(addParagraph.mock.calls[0]?.[0]).toEqual({
      input: { documentId: DOCUMENT_ID, afterParagraphId: null, content: { kind: 'TEXT', html: '' } },
    });
  });

  it('saves a paragraph by itself once typing pauses, from the revision it loaded', async () => {
    const saveParagraph = vi.fn((variables: SaveParagraphMutationVariables) => ({
      data: {
        saveParagraph: paragraphFixture('v1', 'p-forum', {
          html: variables.input.content.html,
          text: 'saved',
          revision: 4,
        }),
      },
    }));
    const { user } = renderDocument([
      documentPageMock(documentFixture({ versions: [versionSummary(working)] })),
      ...versionTextMock(working),
      documentEventsMock(),
      { request: { query: saveParagraphMutation, variables: () => true }, result: saveParagraph },
    ]);

    await user.click(await screen.findByRole('textbox', { name: 'Text of paragraph 1' }));
    await user.keyboard('Today, ');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await waitFor(
      () => {
        expect(saveParagraph).toHaveBeenCalledTimes(1);
      },
      { timeout: 4_000 },
    );
    expect(saveParagraph.mock.calls[0]?.[0].input).toMatchObject({
      documentId: DOCUMENT_ID,
      paragraphId: 'p-forum',
      baseRevision: 3,
      content: { kind: 'TEXT', html: expect.stringContaining('Today,') as string },
    });
    expect(await screen.findByText('Paragraph 1 saved.')).toBeInTheDocument();
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
  });

  it('shows both texts when another co-chair saved first, and keeps mine on request, made from their revision', async () => {
    const saveParagraph = vi
      .fn((_: SaveParagraphMutationVariables): FormattedExecutionResult => conflictError())
      .mockImplementationOnce(conflictError)
      .mockImplementationOnce((variables) => ({
        data: {
          saveParagraph: paragraphFixture('v1', 'p-forum', {
            html: variables.input.content.html,
            text: 'mine',
            revision: 5,
          }),
        },
      }));
    const { user } = renderDocument([
      documentPageMock(documentFixture({ versions: [versionSummary(working)] })),
      ...versionTextMock(working),
      documentEventsMock(),
      {
        request: { query: saveParagraphMutation, variables: () => true },
        result: saveParagraph,
        maxUsageCount: 2,
      },
    ]);

    await user.click(await screen.findByRole('textbox', { name: 'Text of paragraph 1' }));
    await user.keyboard('Sadly, ');
    // Ctrl+S saves at once, without waiting for the pause in typing.
    await user.keyboard('{Control>}s{/Control}');

    const panel = await screen.findByRole('region', { name: 'Another co-chair changed this paragraph' });
    expect(within(panel).getByRole('heading', { name: 'Your text' })).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Your text' })).toHaveTextContent(
      'Sadly, Northeast Asia has no standing forum for security cooperation.',
    );
    expect(within(panel).getByRole('textbox', { name: 'Their text (saved)' })).toHaveTextContent(
      'Northeast Asia lacks a security forum of its own.',
    );
    expect(within(panel).getByRole('button', { name: 'Use their text' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Save merged text' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Keep my text' }));

    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Another co-chair changed this paragraph' })).not.toBeInTheDocument();
    });
    expect(saveParagraph).toHaveBeenCalledTimes(2);
    expect(saveParagraph.mock.calls[0]?.[0].input.baseRevision).toBe(3);
    expect(saveParagraph.mock.calls[1]?.[0].input).toMatchObject({
      paragraphId: 'p-forum',
      baseRevision: 4,
      content: { html: expect.stringContaining('Sadly, Northeast Asia has no standing forum') as string },
    });
    expect(screen.getByRole('textbox', { name: 'Text of paragraph 1' })).toHaveTextContent('Sadly, Northeast Asia');
  });

  it('keeps unsaved text through another co-chair’s change arriving, and takes that change where nothing is unsaved', async () => {
    const [forum, recommendation] = working.paragraphs as ReturnType<typeof paragraphFixture>[];
    const changed = {
      ...working,
      paragraphs: [
        { ...forum, html: '<p>Northeast Asia lacks a security forum of its own.</p>', revision: 4 },
        { ...recommendation, html: '<p>Establish a <em>permanent</em> forum.</p>', revision: 2 },
      ],
    };
    const saveParagraph = vi.fn((_: SaveParagraphMutationVariables) => conflictError());
    const { user } = renderDocument([
      documentPageMock(documentFixture({ versions: [versionSummary(working)] })),
      ...versionTextMock(working, { maxUsageCount: 1 }),
      ...versionTextMock(changed),
      {
        ...documentEventsMock({
          __typename: 'DocumentEvent',
          documentId: DOCUMENT_ID,
          kind: 'CHANGED',
          presence: null,
        }),
        // Long enough for the typing below to come first, however slow the test machine.
        delay: 2_500,
      },
      { request: { query: saveParagraphMutation, variables: () => true }, result: saveParagraph },
    ]);

    const mine = await screen.findByRole('textbox', { name: 'Text of paragraph 1' });
    await user.click(mine);
    await user.keyboard('Sadly, ');

    const other = screen.getByRole('textbox', { name: 'Text of paragraph 2' });
    await waitFor(
      () => {
        expect(other).toHaveTextContent('Establish a permanent forum.');
      },
      { timeout: 6_000 },
    );
    expect(mine).toHaveTextContent('Sadly, Northeast Asia has no standing forum');

    // Made from the revision it loaded, the save meets the other change and both texts are shown.
    expect(
      await screen.findByRole('region', { name: 'Another co-chair changed this paragraph' }, { timeout: 4_000 }),
    ).toBeInTheDocument();
    expect(saveParagraph.mock.calls[0]?.[0].input.baseRevision).toBe(3);
  });

  it('asks before leaving text unsaved in a conflict, then takes their text when asked, dropping mine', async () => {
    const saveParagraph = vi.fn((_: SaveParagraphMutationVariables) => conflictError());
    const { user } = renderDocument([
      documentPageMock(documentFixture({ versions: [versionSummary(working)] })),
      ...versionTextMock(working),
      documentEventsMock(),
      { request: { query: saveParagraphMutation, variables: () => true }, result: saveParagraph },
    ]);

    await user.click(await screen.findByRole('textbox', { name: 'Text of paragraph 1' }));
    await user.keyboard('Sadly, ');
    // Ctrl+S saves at once, without waiting for the pause in typing.
    await user.keyboard('{Control>}s{/Control}');
    const panel = await screen.findByRole('region', { name: 'Another co-chair changed this paragraph' });

    await user.click(screen.getByRole('link', { name: 'CSCAP Study Group on Northeast Asia Peace and Cooperation' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(leave).getByRole('button', { name: 'Stay' }));
    expect(screen.queryByText('Study group page')).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Use their text' }));

    expect(screen.queryByRole('region', { name: 'Another co-chair changed this paragraph' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Text of paragraph 1' })).toHaveTextContent(
      'Northeast Asia lacks a security forum of its own.',
    );
    expect(saveParagraph).toHaveBeenCalledTimes(1);
  });

  it('lets a recipient of the open round comment on a paragraph, quoting it and speaking for their committee', async () => {
    const withComment = {
      ...circulated,
      paragraphs: [
        circulated.paragraphs[0],
        {
          ...(circulated.paragraphs[1] as ReturnType<typeof paragraphFixture>),
          comments: [commentFixture('comment-new', { viewerIsAuthor: true, body: 'Say since when exactly.' })],
        },
      ],
    };
    const postComment = vi.fn((_: PostCommentMutationVariables) => ({
      data: {
        postComment: commentFixture('comment-new', { viewerIsAuthor: true, body: 'Say since when exactly.' }),
      },
    }));
    const { user } = renderDocument([
      documentPageMock(readerView()),
      ...versionTextMock(circulated, { maxUsageCount: 1 }),
      ...versionTextMock(withComment),
      documentEventsMock(),
      { request: { query: postCommentMutation, variables: () => true }, result: postComment },
    ]);

    const banner = await screen.findByRole('region', { name: /^Round 1 on version 1 · open for comment until .*2099/ });
    await user.click(within(banner).getByRole('button', { name: 'Details' }));
    expect(banner).toHaveTextContent('Please comment paragraph by paragraph.');
    expect(banner).toHaveTextContent('Attributed: Comments are shown with the names of those who made them.');
    expect(await screen.findByRole('button', { name: 'Comment on paragraph 1' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Text of paragraph/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Comment on paragraph 2' }));
    const form = screen.getByRole('form', { name: 'Comment on paragraph 2' });
    expect(within(form).getByRole('textbox', { name: 'Comment' })).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: 'Speaking for' })).toHaveValue(
      'CSCAP-Japan — Japanese Committee of CSCAP',
    );
    // Pasted rather than typed key by key, which jsdom makes slow.
    await user.paste('Say since when exactly.');
    await user.click(within(form).getByRole('textbox', { name: 'Quoted text' }));
    await user.paste('suspended since 2008');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));

    expect(await screen.findByText('Your comment on paragraph 2 was posted.')).toBeInTheDocument();
    expect(postComment.mock.calls[0]?.[0]).toEqual({
      input: {
        roundId: 'round-1',
        paragraphId: 'p-talks',
        kind: 'GENERAL',
        body: 'Say since when exactly.',
        quote: 'suspended since 2008',
        speaksForId: cscapJapan.id,
      },
    });
    const comments = await openComments(user, 'paragraph 2');
    expect(comments).toHaveTextContent('Say since when exactly.');
    expect(within(comments).getByRole('button', { name: 'Edit your comment' })).toBeInTheDocument();
    expect(within(comments).getByRole('button', { name: 'Withdraw your comment' })).toBeInTheDocument();
  });

  it('offers no comment form to a reader the round was not sent to, nor on another version than the round’s', async () => {
    renderDocument([
      documentPageMock(readerView({ openRound: openRoundFixture({ viewerRecipients: [] }) })),
      ...versionTextMock(circulated),
      documentEventsMock(),
    ]);

    expect(await screen.findByText('The Six-Party Talks have been suspended since 2008.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Comment on/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Your response/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Respond/ })).not.toBeInTheDocument();
  });

  it('offers no comment form on the co-chairs’ working copy, only on the version circulated', async () => {
    renderDocument([
      documentPageMock(
        readerView({
          viewerCanEdit: true,
          viewerCanSeeDraft: true,
          versions: [versionSummary(circulated), versionSummary(workingTwo)],
        }),
      ),
      ...versionTextMock({
        ...workingTwo,
        paragraphs: [
          paragraphFixture('v2', 'p-forum'),
          paragraphFixture('v2', 'p-talks', {
            number: 2,
            html: '<p>The Six-Party Talks have been suspended since 2008.</p>',
            text: 'The Six-Party Talks have been suspended since 2008.',
          }),
        ],
      }),
      documentEventsMock(),
    ]);

    expect(await screen.findByText('The Six-Party Talks have been suspended since 2008.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Version' })).toHaveValue('Version 2 (working draft)');
    expect(screen.queryByRole('button', { name: /^Comment on/ })).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Recipients comment on version 1.');
    expect(screen.getByRole('button', { name: 'Show version 1' })).toBeInTheDocument();
  });

  it('shows a non-attributed comment without any name, and an attributed one with its author and committee', async () => {
    const version = {
      ...circulated,
      paragraphs: [
        paragraphFixture('v1', 'p-forum', {
          comments: [
            commentFixture('comment-anonymous', {
              attributed: false,
              author: null,
              speaksFor: null,
              personalCapacity: null,
              body: 'A forum needs a secretariat.',
              quote: 'standing forum',
              changedSince: true,
            }),
            commentFixture('comment-sato', {
              disposition: 'ACCEPTED_IN_PART',
              reply: 'The text now mentions the talks.',
            }),
          ],
        }),
      ],
    };
    const { user } = renderDocument([
      documentPageMock(readerView({ openRound: null, status: 'REVISING' })),
      ...versionTextMock(version),
      documentEventsMock(),
    ]);

    const comments = await openComments(user, 'paragraph 1');
    const [anonymous, attributed] = within(comments).getAllByRole('listitem');
    expect(anonymous).toHaveTextContent('Comment (non-attributed)');
    expect(anonymous).not.toHaveTextContent('佐藤');
    expect(anonymous).toHaveTextContent('Text changed since');
    expect(anonymous).toHaveTextContent('Round 1');
    expect(within(anonymous!).getByText('standing forum').closest('blockquote')).not.toBeNull();
    expect(attributed).toHaveTextContent('佐藤 博 for CSCAP-Japan');
    expect(attributed).toHaveTextContent('Disposition: Accepted in part');
    expect(attributed).toHaveTextContent('Co-chairs’ reply: The text now mentions the talks.');
    expect(screen.queryByRole('button', { name: /^Comment on/ })).not.toBeInTheDocument();
  });

  it('lists text removed since it was commented on, with its comments', async () => {
    const version = {
      ...circulated,
      removedParagraphs: [
        {
          __typename: 'RemovedParagraph',
          paragraphId: 'p-old',
          number: 4,
          text: 'A regional nuclear-weapon-free zone should be declared.',
          comments: [commentFixture('comment-old', { body: 'Premature.', kind: 'RESERVATION' })],
        },
      ],
    };
    const { user } = renderDocument([
      documentPageMock(readerView({ openRound: null, status: 'REVISING' })),
      ...versionTextMock(version),
      documentEventsMock(),
    ]);

    const removed = await screen.findByRole('region', { name: 'Removed text' });
    expect(within(removed).getByRole('heading', { name: 'Former paragraph 4' })).toBeInTheDocument();
    expect(removed).toHaveTextContent('A regional nuclear-weapon-free zone should be declared.');
    const comments = await openComments(user, 'former paragraph 4');
    expect(removed).toContainElement(comments);
    expect(comments).toHaveTextContent('Reservation');
    expect(comments).toHaveTextContent('Premature.');
  });

  it('takes a recipient’s response to the round for their committee, from a button in the round’s line', async () => {
    const respond = vi.fn((_: RespondToRoundMutationVariables) => ({
      data: {
        respondToRound: {
          __typename: 'RoundRecipient',
          id: 'recipient-japan',
          response: 'ENDORSED',
          responseNote: 'With thanks.',
          respondedAt: '2020-03-05T01:00:00.000Z',
        },
      },
    }));
    const { user } = renderDocument([
      documentPageMock(
        readerView({ openRound: openRoundFixture({ viewerRecipients: [recipientFixture('recipient-japan')] }) }),
      ),
      ...versionTextMock(circulated),
      documentEventsMock(),
      { request: { query: respondToRoundMutation, variables: () => true }, result: respond },
    ]);

    const line = await screen.findByRole('region', { name: /^Round 1 on version 1/ });
    // Nothing to fill in stands between the reader and the text until they ask for it.
    expect(screen.queryByRole('combobox', { name: 'Your response' })).not.toBeInTheDocument();
    await user.click(within(line).getByRole('button', { name: 'Respond for CSCAP-Japan' }));
    const box = screen.getByRole('dialog', { name: 'Your response to round 1' });
    await user.click(within(box).getByRole('combobox', { name: 'Your response' }));
    await user.click(await screen.findByRole('option', { name: 'Endorsed' }));
    await user.click(within(box).getByRole('textbox', { name: 'Note' }));
    await user.paste('With thanks.');
    await user.click(within(box).getByRole('button', { name: 'Send response' }));

    await waitFor(() => {
      expect(line).toHaveTextContent('CSCAP-Japan: Endorsed');
    });
    expect(await screen.findByText('Response for CSCAP-Japan sent: Endorsed.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Your response to round 1' })).not.toBeInTheDocument();
    expect(within(line).getByRole('button', { name: 'Change response for CSCAP-Japan' })).toBeInTheDocument();
    expect(respond.mock.calls[0]?.[0]).toEqual({
      input: { recipientId: 'recipient-japan', response: 'ENDORSED', note: 'With thanks.' },
    });
  });

  it('opens the response form at once when the address asks for it with ?respond=1', async () => {
    const { user, router } = renderDocument(
      [documentPageMock(readerView()), ...versionTextMock(circulated), documentEventsMock()],
      '?respond=1',
    );

    const box = await screen.findByRole('dialog', { name: 'Your response to round 1' });
    expect(within(box).getByRole('form', { name: 'Response for CSCAP-Japan' })).toBeInTheDocument();
    expect(within(box).getByRole('combobox', { name: 'Your response' })).toBeInTheDocument();
    // The text is still there beside it.
    expect(await screen.findByText('The Six-Party Talks have been suspended since 2008.')).toBeInTheDocument();

    // Put aside, it leaves the keyboard on its button, and a reload no longer opens it.
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Respond for CSCAP-Japan' })).toHaveFocus();
    });
    expect(screen.queryByRole('dialog', { name: 'Your response to round 1' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('asks no response of a co-chair, though his committee is among the recipients, even when the address asks', async () => {
    renderDocument(
      [
        documentPageMock(
          readerView({
            viewerCanEdit: true,
            viewerCanSeeDraft: true,
            openRound: openRoundFixture({ viewerCanRespond: false }),
          }),
        ),
        ...versionTextMock(circulated),
        documentEventsMock(),
      ],
      '?respond=1',
    );

    const line = await screen.findByRole('region', { name: /^Round 1 on version 1/ });
    expect(await screen.findByText('The Six-Party Talks have been suspended since 2008.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Respond/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: /^Your response/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Your response' })).not.toBeInTheDocument();
    expect(line).not.toHaveTextContent('CSCAP-Japan');
    // What the co-chairs follow instead: how many recipients have answered, one click from the list.
    expect(within(line).getByRole('link', { name: '1 of 2 committees has responded' })).toHaveAttribute(
      'href',
      `/documents/${DOCUMENT_ID}?tab=comments`,
    );
  });

  it('puts the tabs right under the title, and the round in one line whose instructions open under Details', async () => {
    const { user } = renderDocument([
      documentPageMock(readerView()),
      ...versionTextMock(circulated),
      documentEventsMock(),
    ]);

    const title = await screen.findByRole('heading', { level: 1 });
    const tabs = screen.getByRole('tablist', { name: 'Document sections' });
    const line = screen.getByRole('region', { name: /^Round 1 on version 1 · open for comment until .*2099/ });
    const text = await screen.findByText('The Six-Party Talks have been suspended since 2008.');
    const follows = (a: Element, b: Element) =>
      Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(title, tabs)).toBe(true);
    expect(follows(tabs, line)).toBe(true);
    expect(follows(line, text)).toBe(true);
    expect(within(tabs).getByRole('tab', { name: 'Text' })).toHaveAttribute('aria-selected', 'true');

    const details = within(line).getByRole('button', { name: 'Details' });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    expect(within(line).getByText('Please comment paragraph by paragraph.')).not.toBeVisible();
    await user.click(details);
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(within(line).getByText('Please comment paragraph by paragraph.')).toBeVisible();
    expect(line).toHaveTextContent('Attributed: Comments are shown with the names of those who made them.');
  });

  it('opens the tab the address names, and the text when that tab is not one the viewer has', async () => {
    const { unmount } = renderDocument(
      [documentPageMock(readerView()), ...versionTextMock(circulated), documentEventsMock()],
      '?tab=comments',
    );
    expect(await screen.findByRole('tab', { name: 'Comments' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Text' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.queryByText('The Six-Party Talks have been suspended since 2008.')).not.toBeInTheDocument();
    unmount();

    // A recipient has no History tab: the address falls back to the text.
    renderDocument(
      [documentPageMock(readerView()), ...versionTextMock(circulated), documentEventsMock()],
      '?tab=history',
    );
    expect(await screen.findByText('The Six-Party Talks have been suspended since 2008.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Text' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('tab', { name: 'History' })).not.toBeInTheDocument();
  });

  it('says so when the document does not exist or may not be read', async () => {
    renderDocument([
      {
        request: { query: documentPageQuery, variables: { id: DOCUMENT_ID } },
        result: {
          errors: [new GraphQLError('Not found.', { extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' } })],
        },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Document not found' })).toBeInTheDocument();
  });
});
