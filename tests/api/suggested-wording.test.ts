import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../helpers/factories';
import { docxXml, wordText } from '../helpers/files';
import { expectData, expectError } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  type Person,
  SAVE_PARAGRAPH,
  workingParagraphs,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;
let documentId: string;
let roundId: string;
let paragraphs: { paragraphId: string; revision: number; text: string }[];

const SUGGESTION = `suggestion { original replacement before applicable acceptedAt }`;
const POST = `mutation P($input: PostCommentInput!) { postComment(input: $input) {
  id kind quote body attributed author { id } ${SUGGESTION} } }`;
const EDIT = `mutation E($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id kind } }`;
const ACCEPT = `mutation A($input: AcceptSuggestionInput!) { acceptSuggestion(input: $input) {
  id disposition reply answeredByParagraphId ${SUGGESTION} } }`;
const ROUND_COMMENTS = `query R($id: ID!) { document(id: $id) {
  rounds { comments { id kind quote attributed author { id } speaksFor { id } ${SUGGESTION} } }
  history { action }
} }`;
const PARAGRAPH = `query P($id: ID!) { document(id: $id) { version { paragraphs { paragraphId revision html text number } } } }`;

const texts = [
  'Energy cooperation in the region has been slow.',
  'The Council doubted that in their present form the measures would work.',
  'Member committees share <strong>seismic data</strong> every year and meet in the spring.',
  'Experts met twice before this memorandum was drafted.',
];

interface SuggestionView {
  original: string;
  replacement: string;
  before: string | null;
  applicable: boolean;
  acceptedAt: string | null;
}
interface PostedComment {
  id: string;
  kind: string;
  quote: string | null;
  body: string;
  attributed: boolean;
  author: { id: string } | null;
  suggestion: SuggestionView | null;
}

function suggest(
  person: Person,
  paragraph: number,
  suggestion: { original: string; replacement: string; before?: string | null } | null,
  extra: Record<string, unknown> = {},
) {
  return person.client.gql<{ postComment: PostedComment }>(POST, {
    input: {
      roundId,
      paragraphId: paragraphs[paragraph]!.paragraphId,
      kind: 'SUGGESTION',
      body: 'Clearer wording.',
      suggestion,
      ...extra,
    },
  });
}

function accept(person: Person, input: Record<string, unknown>) {
  return person.client.gql<{
    acceptSuggestion: {
      id: string;
      disposition: string | null;
      reply: string;
      answeredByParagraphId: string | null;
      suggestion: SuggestionView;
    };
  }>(ACCEPT, { input });
}

async function working() {
  const { document } = expectData<{
    document: {
      version: { paragraphs: { paragraphId: string; revision: number; html: string; text: string; number: number }[] };
    };
  }>(await cast.coChair.client.gql(PARAGRAPH, { id: documentId }));
  return document.version.paragraphs;
}

async function roundComments(person: Person) {
  const { document } = expectData<{
    document: {
      rounds: {
        comments: (PostedComment & { speaksFor: { id: string } | null })[];
      }[];
      history: { action: string }[];
    };
  }>(await person.client.gql(ROUND_COMMENTS, { id: documentId }));
  return document;
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
  const drafted = await draftMemorandum(cast, 'Energy Cooperation in Northeast Asia', texts);
  documentId = drafted.id;
  paragraphs = drafted.paragraphs;
  expectData(await circulateMemorandum(cast, documentId, { attribution: 'NON_ATTRIBUTED' }));
  roundId = await openRoundOf(cast, documentId);
});
afterAll(() => t.close());

describe('proposing wording', () => {
  let replacement: PostedComment;

  it('takes a replacement of words of the circulated paragraph, with the words as its quote', async () => {
    ({ postComment: replacement } = expectData(
      await suggest(
        cast.focalA,
        1,
        {
          original: 'doubted that in their present form the measures would work',
          replacement: 'questioned whether the measures can achieve their aims',
        },
        { speaksForId: cast.committeeA },
      ),
    ));
    expect(replacement).toMatchObject({
      kind: 'SUGGESTION',
      quote: 'doubted that in their present form the measures would work',
      suggestion: {
        original: 'doubted that in their present form the measures would work',
        replacement: 'questioned whether the measures can achieve their aims',
        before: null,
        applicable: true,
        acceptedAt: null,
      },
    });
  });

  it('takes an insertion after given words, and a deletion, however the selection spaced the words', async () => {
    const { postComment: insertion } = expectData(
      await suggest(cast.focalC, 0, { original: '', replacement: 'notably', before: 'has been' }),
    );
    expect(insertion.suggestion).toMatchObject({ original: '', replacement: 'notably', before: 'has been' });
    expect(insertion.quote).toBeNull();
    const { postComment: deletion } = expectData(
      await suggest(cast.expert, 2, { original: 'every   year\n', replacement: '' }),
    );
    expect(deletion.suggestion).toMatchObject({ original: 'every year', replacement: '', applicable: true });
    // The wording speaks for itself: a suggestion needs no reasons, other comments do.
    const { postComment: bare } = expectData(
      await suggest(cast.focalC, 2, { original: 'in the spring', replacement: 'each spring' }, { body: '' }),
    );
    expect(bare).toMatchObject({ kind: 'SUGGESTION', body: '' });
    expectError(
      await cast.focalC.client.gql(POST, {
        input: { roundId, paragraphId: paragraphs[2]!.paragraphId, kind: 'GENERAL', body: ' ' },
      }),
      'BAD_USER_INPUT',
    );
  });

  it('refuses words that are not in the paragraph, or stand in it more than once, and stores nothing', async () => {
    const before = await factory.count('comments');
    const missing = expectError(
      await suggest(cast.focalA, 1, { original: 'doubted whether', replacement: 'asked whether' }),
      'BAD_USER_INPUT',
      'QUOTE_NOT_IN_PARAGRAPH',
    );
    expect(missing.extensions?.field).toBe('suggestion.original');
    // "the" stands more than once in the paragraph: the words before it would tell which one is meant.
    expectError(
      await suggest(cast.focalA, 1, { original: 'the', replacement: 'these' }),
      'BAD_USER_INPUT',
      'QUOTE_AMBIGUOUS',
    );
    expectError(
      await suggest(cast.focalA, 0, { original: '', replacement: 'notably', before: 'the region was slow' }),
      'BAD_USER_INPUT',
      'QUOTE_NOT_IN_PARAGRAPH',
    );
    expect(await factory.count('comments')).toBe(before);
  });

  it('refuses suggested wording without a suggestion, a suggestion on another kind, and a change to nothing', async () => {
    const before = await factory.count('comments');
    expect(expectError(await suggest(cast.focalA, 1, null), 'BAD_USER_INPUT').extensions?.field).toBe('suggestion');
    expectError(
      await suggest(cast.focalA, 1, { original: 'doubted', replacement: 'questioned' }, { kind: 'GENERAL' }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expectError(await suggest(cast.focalA, 1, { original: 'doubted', replacement: 'doubted' }), 'BAD_USER_INPUT');
    expectError(await suggest(cast.focalA, 1, { original: '', replacement: '' }), 'BAD_USER_INPUT');
    // A remark of another kind is a plain comment (it is refused as a suggestion to accept, below).
    expectData(
      await cast.focalC.client.gql(POST, {
        input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body: 'A general remark.' },
      }),
    );
    // Someone the round was not sent to proposes nothing either.
    expectError(await suggest(cast.outsider, 1, { original: 'doubted', replacement: 'questioned' }), 'NOT_FOUND');
    expect(await factory.count('comments')).toBe(before + 1);
  });

  it('takes a suggestion on words that the drafters may rewrite before accepting it', async () => {
    expectData(
      await suggest(cast.expert, 3, {
        original: 'before this memorandum',
        replacement: 'in 2019, before this memorandum',
      }),
    );
  });

  it('keeps a suggestion one: editing never turns a comment into one or back', async () => {
    const edit = (kind: string) =>
      cast.focalA.client.gql<{ editComment: { kind: string } }>(EDIT, {
        id: replacement.id,
        input: { kind, body: 'Changed my mind.' },
      });
    expectError(await edit('GENERAL'), 'BAD_USER_INPUT', 'INVALID_INPUT');
    expect(expectData(await edit('SUGGESTION')).editComment.kind).toBe('SUGGESTION');
  });

  it('shows the wording to other recipients of a non-attributed round without its author', async () => {
    const seen = (await roundComments(cast.focalC)).rounds[0]!.comments.find((c) => c.id === replacement.id)!;
    expect(seen).toMatchObject({ attributed: false, author: null, speaksFor: null });
    expect(seen.suggestion).toMatchObject({
      replacement: 'questioned whether the measures can achieve their aims',
      applicable: true,
    });
    const drafters = (await roundComments(cast.coChair)).rounds[0]!.comments.find((c) => c.id === replacement.id)!;
    expect(drafters).toMatchObject({ attributed: true, author: { id: cast.focalA.personId } });
  });

  it('cannot be accepted while the round is open: the working text is not being revised', async () => {
    expectError(await accept(cast.coChair, { commentId: replacement.id }), 'CONFLICT', 'DOCUMENT_NOT_EDITABLE');
  });
});

describe('accepting suggested wording', () => {
  let suggestions: PostedComment[];
  const byReplacement = (words: string) => suggestions.find((s) => s.suggestion?.replacement === words)!;

  beforeAll(async () => {
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: roundId }));
    suggestions = (await roundComments(cast.coChair)).rounds[0]!.comments;
  });

  it('is for the drafters alone; others are refused and nothing changes', async () => {
    const before = await working();
    const id = byReplacement('questioned whether the measures can achieve their aims').id;
    expectError(await accept(cast.focalA, { commentId: id }), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await accept(cast.secretary, { commentId: id }), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await accept(cast.outsider, { commentId: id }), 'NOT_FOUND');
    expect(await working()).toEqual(before);
  });

  it('refuses a comment that suggests no wording', async () => {
    const general = suggestions.find((c) => c.kind === 'GENERAL')!;
    const refusal = expectError(
      await accept(cast.coChair, { commentId: general.id }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expect(refusal.extensions?.field).toBe('commentId');
  });

  it('applies the replacement to the working paragraph, disposes of it as accepted and says what changed', async () => {
    const id = byReplacement('questioned whether the measures can achieve their aims').id;
    const before = (await working())[1]!;
    const { acceptSuggestion } = expectData(await accept(cast.coChair, { commentId: id }));
    expect(acceptSuggestion).toMatchObject({
      disposition: 'ACCEPTED',
      reply:
        'Accepted: replaced “doubted that in their present form the measures would work” with “questioned whether the measures can achieve their aims” in paragraph 2.',
      answeredByParagraphId: paragraphs[1]!.paragraphId,
      suggestion: { applicable: false },
    });
    expect(acceptSuggestion.suggestion.acceptedAt).not.toBeNull();
    const after = (await working())[1]!;
    expect(after.text).toBe('The Council questioned whether the measures can achieve their aims.');
    expect(after.revision).toBe(before.revision + 1);
    // The author is told of the disposition, and the step is in the document's history.
    expect(
      await factory.count('notifications', `person_id = $1 AND kind = 'DISPOSITION_PUBLISHED'`, [cast.focalA.personId]),
    ).toBe(1);
    expect((await roundComments(cast.coChair)).history.map((h) => h.action)).toContain('suggestion.accepted');
    // Accepting it again changes nothing.
    expectError(await accept(cast.coChair, { commentId: id }), 'CONFLICT', 'SUGGESTION_NOT_APPLICABLE');
    expect((await working())[1]).toEqual(after);
  });

  it('inserts and deletes words spaced as a person would, keeping the formatting around them', async () => {
    expectData(await accept(cast.coChair2, { commentId: byReplacement('notably').id }));
    expectData(await accept(cast.coChair, { commentId: byReplacement('').id }));
    const now = await working();
    expect(now[0]!.text).toBe('Energy cooperation in the region has been notably slow.');
    expect(now[2]!.text).toBe('Member committees share seismic data and meet in the spring.');
    expect(now[2]!.html).toContain('<strong>seismic data</strong>');
  });

  describe('when the words have changed since', () => {
    let stale: string;

    beforeAll(async () => {
      stale = byReplacement('in 2019, before this memorandum').id;
      const paragraph = (await workingParagraphs(cast.coChair.client, documentId))[3]!;
      expectData(
        await cast.coChair.client.gql(SAVE_PARAGRAPH, {
          input: {
            documentId,
            paragraphId: paragraph.paragraphId,
            baseRevision: paragraph.revision,
            content: { kind: 'TEXT', html: '<p>Experts met twice while the memorandum was drafted.</p>' },
          },
        }),
      );
    });

    it('says it no longer applies, and is not applied blindly', async () => {
      const seen = (await roundComments(cast.coChair)).rounds[0]!.comments.find((c) => c.id === stale)!;
      expect(seen.suggestion).toMatchObject({ applicable: false, acceptedAt: null });
      const before = (await working())[3]!;
      expectError(await accept(cast.coChair, { commentId: stale }), 'CONFLICT', 'SUGGESTION_NOT_APPLICABLE');
      expect((await working())[3]).toEqual(before);
      const [row] = await t.dataSource.query<{ disposition: string | null }[]>(
        `SELECT disposition FROM comments WHERE id = $1`,
        [stale],
      );
      expect(row!.disposition).toBeNull();
    });

    it('is accepted with edits: the wording as the co-chair edited it, with a reply saying so', async () => {
      const before = (await working())[3]!;
      expectError(
        await accept(cast.coChair, {
          commentId: stale,
          text: '<p>Experts met twice in 2019.</p>',
          baseRevision: before.revision - 1,
        }),
        'CONFLICT',
        'VERSION_CONFLICT',
      );
      const { acceptSuggestion } = expectData(
        await accept(cast.coChair, {
          commentId: stale,
          text: '<p>Experts met twice in 2019, while the memorandum was drafted.</p>',
          baseRevision: before.revision,
        }),
      );
      expect(acceptSuggestion).toMatchObject({
        disposition: 'ACCEPTED',
        reply:
          'Accepted with edits: paragraph 4 now reads “Experts met twice in 2019, while the memorandum was drafted.”.',
      });
      expect((await working())[3]).toMatchObject({
        text: 'Experts met twice in 2019, while the memorandum was drafted.',
        revision: before.revision + 1,
      });
    });
  });
});

describe('the comment table', () => {
  it('reads each suggestion as the change it proposes, in Word and in the spreadsheet', async () => {
    const download = (path: string) =>
      fetch(`${t.baseUrl}/documents/${documentId}/${path}`, {
        headers: { cookie: cast.coChair.client.sessionCookie ?? '' },
      });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await download('comments.xlsx')).arrayBuffer());
    const cells: string[] = [];
    book.getWorksheet('Comments')!.eachRow((row) => cells.push(row.getCell(3).text));
    expect(cells).toContain(
      'Suggested wording\nReplace “doubted that in their present form the measures would work” with “questioned whether the measures can achieve their aims”\nChanged my mind.',
    );
    expect(cells).toContain('Suggested wording\nInsert “notably” after “has been”\nClearer wording.');
    expect(cells).toContain('Suggested wording\nDelete “every year”\nClearer wording.');
    const text = wordText(await docxXml(await download('comments.docx')));
    expect(text).toContain('Replace “doubted that in their present form the measures would work” with');
    expect(text).toContain('Delete “every year”');
  });
});
