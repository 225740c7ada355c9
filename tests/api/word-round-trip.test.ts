import * as CFB from 'cfb';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
  Bookmark,
} from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_PROPERTY, paragraphBookmark, VERSION_PROPERTY } from '../../apps/api/src/exports/word-markers';
import { Factory } from '../helpers/factories';
import { pdfPages } from '../helpers/files';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  circulateMemorandum,
  CLOSE_ROUND,
  draftMemorandum,
  type DraftedParagraph,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  POST_COMMENT,
  SAVE_PARAGRAPH,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;

const TEXTS = [
  'Cooperation has been slow because of mistrust between neighbours.',
  'Energy demand in the region will double by 2040.',
  'A regional forum would let ministers meet every year.',
];

const POST_RETURNED = `mutation P($input: PostReturnedCommentsInput!) {
  postReturnedComments(input: $input) { id kind body quote paragraphId suggestion { original replacement before } }
}`;
const ROUND_COMMENTS = `query D($id: ID!) { document(id: $id) { openRound { comments {
  id kind body quote paragraphId author { name } speaksFor { name } suggestion { original replacement before }
} } } }`;

interface DraftComment {
  paragraphId: string;
  paragraphNumber: number | null;
  wordAuthor: string;
  kind: string;
  body: string;
  quote: string | null;
  suggestion: { original: string; replacement: string; before: string | null } | null;
}
interface Preview {
  roundId: string;
  versionNumber: number;
  committees: { id: string; name: string }[];
  personal: boolean;
  comments: DraftComment[];
  unmatched: { what: string; text: string; reason: string }[];
  alreadyPosted: number;
  message: string | null;
}

function download(client: GraphQLTestClient, documentId: string, query = ''): Promise<Response> {
  return fetch(`${t.baseUrl}/documents/${documentId}/document.docx${query}`, {
    headers: { cookie: client.sessionCookie ?? '' },
  });
}

function upload(client: GraphQLTestClient, documentId: string, bytes: Buffer, name = 'Returned.docx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return fetch(`${t.baseUrl}/documents/${documentId}/word/returned`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.sessionCookie ?? '' },
  });
}

async function preview(client: GraphQLTestClient, documentId: string, bytes: Buffer): Promise<Preview> {
  const response = await upload(client, documentId, bytes);
  const body = (await response.json()) as Preview;
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

async function refused(client: GraphQLTestClient, documentId: string, bytes: Buffer, status: number, reason: string) {
  const response = await upload(client, documentId, bytes);
  const body = (await response.json()) as { reason: string; message: string };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.reason).toBe(reason);
  return body.message;
}

async function parts(response: Response) {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    document: await read('word/document.xml'),
    comments: await read('word/comments.xml'),
    header: (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /word\/header\d*\.xml/.test(n))
          .map(read),
      )
    ).join(''),
  };
}

/** The words of Word XML, tags dropped. */
const words = (xml: string) => xml.replace(/<[^>]+>/g, '');

/**
 * A returned file as a committee's Word would save it, made with the docx writer: the circulated
 * paragraphs inside Plenary's bookmarks (unless `bookmarks` is false), the file's properties, and
 * the committee's comments and tracked changes given per paragraph.
 */
async function returnedFile(
  paragraphs: { paragraphId: string; children: ParagraphChild[] }[],
  comments: { id: number; author: string; text: string }[],
  options: { documentId?: string; versionId?: string; bookmarks?: boolean } = {},
): Promise<Buffer> {
  const doc = new Document({
    creator: 'Committee C',
    comments: {
      children: comments.map((c) => ({ id: c.id, author: c.author, children: [new Paragraph(c.text)] })),
    },
    customProperties: [
      ...(options.documentId ? [{ name: DOCUMENT_PROPERTY, value: options.documentId }] : []),
      ...(options.versionId ? [{ name: VERSION_PROPERTY, value: options.versionId }] : []),
    ],
    sections: [
      {
        children: paragraphs.map(
          (p, i) =>
            new Paragraph({
              children:
                options.bookmarks === false
                  ? [new TextRun(`${i + 1}.\t`), ...p.children]
                  : [
                      new Bookmark({
                        id: paragraphBookmark(p.paragraphId),
                        children: [new TextRun(`${i + 1}.\t`), ...p.children],
                      }),
                    ],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Words of a paragraph with a Word comment around some of them. */
function commented(before: string, quote: string, after: string, id: number): ParagraphChild[] {
  return [
    new TextRun(before),
    new CommentRangeStart(id),
    new TextRun(quote),
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)] }),
    new TextRun(after),
  ];
}

const tracked = { author: 'Kim Min-jun', date: '2026-03-01T10:00:00Z' };

let documentId: string;
let versionId: string;
let paragraphs: DraftedParagraph[];
let roundId: string;

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
  const drafted = await draftMemorandum(cast, 'Energy Cooperation in Northeast Asia', TEXTS);
  documentId = drafted.id;
  paragraphs = drafted.paragraphs;
  expectData(await circulateMemorandum(cast, documentId));
  roundId = await openRoundOf(cast, documentId);
  const [row] = await t.dataSource.query<{ versionId: string }[]>(
    `SELECT version_id AS "versionId" FROM comment_rounds WHERE id = $1`,
    [roundId],
  );
  versionId = row!.versionId;
  expectData(
    await cast.focalA.client.gql(POST_COMMENT, {
      input: {
        roundId,
        paragraphId: paragraphs[0]!.paragraphId,
        quote: 'mistrust between neighbours',
        kind: 'SUBSTANTIVE',
        body: 'Name the financing gap as well.',
        speaksForId: cast.committeeA,
      },
    }),
  );
  expectData(
    await cast.expert.client.gql(POST_COMMENT, {
      input: { roundId, paragraphId: paragraphs[2]!.paragraphId, kind: 'GENERAL', body: 'Say which forum is meant.' },
    }),
  );
});
afterAll(() => t.close());

describe('the circulated version as Word', () => {
  it('carries the round’s comments as Word comments on the words they quote, named as the reader may see them', async () => {
    const response = await download(cast.focalC.client, documentId);
    expect(response.status).toBe(200);
    const { document, comments, header } = await parts(response);
    // Each paragraph inside a bookmark naming it.
    for (const p of paragraphs) {
      expect(document).toContain(`w:name="${paragraphBookmark(p.paragraphId)}"`);
    }
    // The committee's comment covers exactly its quoted words.
    const range = /<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/gs;
    const ranges = [...document.matchAll(range)].map((m) => ({ id: m[1]!, words: words(m[2]!) }));
    const quoted = ranges.find((r) => r.words === 'mistrust between neighbours');
    expect(quoted).toBeDefined();
    // The expert's comment has no quote: it covers its whole paragraph.
    expect(ranges.some((r) => r.words.includes(TEXTS[2]!))).toBe(true);
    const byId = new Map(
      [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*w:author="([^"]*)"[^>]*>(.*?)<\/w:comment>/gs)].map(
        (m) => [m[1]!, { author: m[2]!, text: words(m[3]!) }],
      ),
    );
    expect(byId.get(quoted!.id)).toEqual({
      author: `${cast.focalA.name} (Committee A)`,
      text: 'Name the financing gap as well.Substantive',
    });
    expect([...byId.values()].map((c) => c.author)).toContain(`${cast.expert.name} (personal capacity)`);
    // Its header says what the text is.
    expect(words(header)).toMatch(/^Version 1, circulated for comment \(round 1, comments by \d{1,2} \w+ \d{4}\)$/);
    expect(words(document)).toContain('Version 1, circulated for comment (round 1, comments by');
    // The PDF says the same, under its title and at the top of its pages.
    const pdf = await fetch(`${t.baseUrl}/documents/${documentId}/document.pdf`, {
      headers: { cookie: cast.focalC.client.sessionCookie ?? '' },
    });
    const [first] = await pdfPages(pdf);
    const spaced = first!.replace(/\s+/g, ' ');
    expect(spaced.match(/Version 1, circulated for comment \(round 1, comments by \d{1,2} \w+ \d{4}\)/g)).toHaveLength(
      2,
    );
  });

  it('keeps a non-attributed round’s comments without names for other recipients, named for the co-chairs', async () => {
    const other = await draftMemorandum(cast, 'Non-attributed memorandum', ['Borders should open for trade.']);
    expectData(await circulateMemorandum(cast, other.id, { attribution: 'NON_ATTRIBUTED' }));
    const round = await openRoundOf(cast, other.id);
    expectData(
      await cast.focalA.client.gql(POST_COMMENT, {
        input: {
          roundId: round,
          paragraphId: other.paragraphs[0]!.paragraphId,
          kind: 'GENERAL',
          body: 'Which borders?',
          speaksForId: cast.committeeA,
        },
      }),
    );
    const authors = async (client: GraphQLTestClient) =>
      [...(await parts(await download(client, other.id, '?version=1'))).comments.matchAll(/w:author="([^"]*)"/g)].map(
        (m) => m[1],
      );
    expect(await authors(cast.focalC.client)).toEqual(['Non-attributed']);
    expect(await authors(cast.coChair.client)).toEqual([`${cast.focalA.name} (Committee A)`]);
    expect(await authors(cast.focalA.client)).toEqual([`${cast.focalA.name} (Committee A)`]);
  });
});

describe('a marked-up file taken back', () => {
  it('reads two comments and a tracked replacement as two comments and one suggestion on their paragraphs', async () => {
    const file = await returnedFile(
      [
        {
          paragraphId: paragraphs[0]!.paragraphId,
          children: [
            new TextRun('Cooperation has been slow because of '),
            new DeletedTextRun({ id: 1, ...tracked, text: 'mistrust' }),
            new InsertedTextRun({ id: 2, ...tracked, text: 'distrust' }),
            new TextRun(' between neighbours.'),
          ],
        },
        {
          paragraphId: paragraphs[1]!.paragraphId,
          children: commented('Energy demand in the region will ', 'double', ' by 2040.', 0),
        },
        { paragraphId: paragraphs[2]!.paragraphId, children: commented('', TEXTS[2]!, '', 1) },
      ],
      [
        { id: 0, author: 'Kim Min-jun', text: 'Cite the source of this projection.' },
        { id: 1, author: 'Lee Seo-yeon', text: 'Who would host the forum?' },
      ],
      { documentId, versionId },
    );
    const before = await factory.count('comments');
    const read = await preview(cast.focalC.client, documentId, file);
    // Nothing is posted by reading the file.
    expect(await factory.count('comments')).toBe(before);
    expect(read).toMatchObject({ roundId, versionNumber: 1, unmatched: [], alreadyPosted: 0, message: null });
    expect(read.committees).toEqual([{ id: cast.committeeC, name: 'Committee C' }]);
    expect(read.comments).toEqual([
      {
        paragraphId: paragraphs[0]!.paragraphId,
        paragraphNumber: 1,
        paragraphText: TEXTS[0],
        wordAuthor: 'Kim Min-jun',
        kind: 'SUGGESTION',
        body: 'Replace “mistrust” with “distrust”.',
        quote: 'mistrust',
        suggestion: { original: 'mistrust', replacement: 'distrust', before: null },
      },
      {
        paragraphId: paragraphs[1]!.paragraphId,
        paragraphNumber: 2,
        paragraphText: TEXTS[1],
        wordAuthor: 'Kim Min-jun',
        kind: 'SUBSTANTIVE',
        body: 'Cite the source of this projection.',
        quote: 'double',
        suggestion: null,
      },
      {
        paragraphId: paragraphs[2]!.paragraphId,
        paragraphNumber: 3,
        paragraphText: TEXTS[2],
        wordAuthor: 'Lee Seo-yeon',
        kind: 'SUBSTANTIVE',
        body: 'Who would host the forum?',
        quote: TEXTS[2],
        suggestion: null,
      },
    ]);

    // The focal point reviews: edits one, changes a kind, and posts them for the committee.
    const reviewed = read.comments.map(({ paragraphId, kind, body, quote, suggestion }, i) => ({
      paragraphId,
      kind: i === 2 ? 'GENERAL' : kind,
      body: i === 1 ? 'Cite the source of the 2040 projection.' : body,
      quote,
      suggestion,
    }));
    const { postReturnedComments } = expectData<{ postReturnedComments: { id: string; kind: string }[] }>(
      await cast.focalC.client.gql(POST_RETURNED, {
        input: { roundId, speaksForId: cast.committeeC, comments: reviewed },
      }),
    );
    expect(postReturnedComments.map((c) => c.kind)).toEqual(['SUGGESTION', 'SUBSTANTIVE', 'GENERAL']);

    const { document } = expectData<{
      document: {
        openRound: {
          comments: {
            id: string;
            kind: string;
            body: string;
            quote: string | null;
            paragraphId: string;
            speaksFor: { name: string } | null;
            suggestion: { original: string; replacement: string } | null;
          }[];
        };
      };
    }>(await cast.coChair.client.gql(ROUND_COMMENTS, { id: documentId }));
    const posted = document.openRound.comments.filter((c) => postReturnedComments.some((p) => p.id === c.id));
    expect(posted.map((c) => [c.paragraphId, c.kind, c.body, c.speaksFor?.name])).toEqual([
      [paragraphs[0]!.paragraphId, 'SUGGESTION', 'Replace “mistrust” with “distrust”.', 'Committee C'],
      [paragraphs[1]!.paragraphId, 'SUBSTANTIVE', 'Cite the source of the 2040 projection.', 'Committee C'],
      [paragraphs[2]!.paragraphId, 'GENERAL', 'Who would host the forum?', 'Committee C'],
    ]);
    expect(posted[0]!.suggestion).toMatchObject({ original: 'mistrust', replacement: 'distrust' });
    // Committee C has now commented.
    const [response] = await t.dataSource.query<{ response: string }[]>(
      `SELECT response FROM round_recipients WHERE round_id = $1 AND organization_id = $2`,
      [roundId, cast.committeeC],
    );
    expect(response!.response).toBe('COMMENTED');
  });

  it('leaves out the round’s own comments sent with the file, and says when a file holds nothing new', async () => {
    const downloaded = Buffer.from(await (await download(cast.focalC.client, documentId)).arrayBuffer());
    const read = await preview(cast.focalC.client, documentId, downloaded);
    expect(read.comments).toEqual([]);
    expect(read.unmatched).toEqual([]);
    expect(read.alreadyPosted).toBeGreaterThanOrEqual(2);
    expect(read.message).toBe('Every comment in this Word file is already in Plenary.');

    const clean = await returnedFile(
      paragraphs.map((p, i) => ({ paragraphId: p.paragraphId, children: [new TextRun(TEXTS[i]!)] })),
      [],
      { documentId, versionId },
    );
    const empty = await preview(cast.focalC.client, documentId, clean);
    expect(empty).toMatchObject({
      comments: [],
      unmatched: [],
      message: 'This Word file holds no comments and no tracked changes.',
    });
  });

  it('matches paragraphs by their words when the bookmarks are gone, and lists what it cannot place', async () => {
    const file = await returnedFile(
      [
        {
          paragraphId: paragraphs[1]!.paragraphId,
          children: commented('', 'Energy demand', ' in the region will double by 2040.', 0),
        },
        {
          paragraphId: paragraphs[2]!.paragraphId,
          children: commented('A paragraph the committee wrote itself.', '', '', 1),
        },
        {
          paragraphId: paragraphs[0]!.paragraphId,
          children: [
            new TextRun('Cooperation has been slow because of mistrust between neighbours'),
            new InsertedTextRun({ id: 3, ...tracked, text: ' and a financing gap' }),
            new TextRun('.'),
          ],
        },
      ],
      [
        { id: 0, author: 'Kim Min-jun', text: 'Which demand?' },
        { id: 1, author: 'Kim Min-jun', text: 'A comment on the committee’s own text.' },
      ],
      { bookmarks: false },
    );
    const read = await preview(cast.focalC.client, documentId, file);
    expect(read.comments.map((c) => [c.paragraphId, c.kind, c.quote, c.suggestion])).toEqual([
      [paragraphs[1]!.paragraphId, 'SUBSTANTIVE', 'Energy demand', null],
      [
        paragraphs[0]!.paragraphId,
        'SUGGESTION',
        null,
        { original: '', replacement: 'and a financing gap', before: 'slow because of mistrust between neighbours' },
      ],
    ]);
    expect(read.unmatched).toEqual([
      expect.objectContaining({
        what: 'COMMENT',
        text: 'A comment on the committee’s own text.',
        reason: 'Its paragraph is not in the version out for comment.',
      }),
    ]);
  });

  it('lets the secretariat enter a committee’s returned file on its behalf, naming the committee', async () => {
    const file = await returnedFile(
      [
        {
          paragraphId: paragraphs[1]!.paragraphId,
          children: commented('', 'Energy demand', ' in the region will double by 2040.', 0),
        },
      ],
      [{ id: 0, author: 'Committee A', text: 'Add the 2030 figure too.' }],
      { documentId, versionId },
    );
    const read = await preview(cast.secretary.client, documentId, file);
    expect(read.personal).toBe(false);
    expect(read.committees.map((c) => c.name)).toEqual(['Committee A', 'Committee C']);
    const comments = read.comments.map(({ paragraphId, kind, body, quote }) => ({ paragraphId, kind, body, quote }));
    // Without naming the committee, or naming one the round was not sent to, nothing is posted.
    expectError(
      await cast.secretary.client.gql(POST_RETURNED, { input: { roundId, comments } }),
      'FORBIDDEN',
      'NOT_A_RECIPIENT',
    );
    expectError(
      await cast.secretary.client.gql(POST_RETURNED, { input: { roundId, speaksForId: cast.committeeB, comments } }),
      'FORBIDDEN',
      'NOT_A_RECIPIENT',
    );
    const { postReturnedComments } = expectData<{ postReturnedComments: { id: string }[] }>(
      await cast.secretary.client.gql(POST_RETURNED, { input: { roundId, speaksForId: cast.committeeA, comments } }),
    );
    const [row] = await t.dataSource.query<{ speaksForId: string; body: string }[]>(
      `SELECT speaks_for_id AS "speaksForId", body FROM comments WHERE id = $1`,
      [postReturnedComments[0]!.id],
    );
    expect(row).toEqual({ speaksForId: cast.committeeA, body: 'Add the 2030 figure too.' });
  });

  it('posts all of the reviewed comments or none, and only from recipients', async () => {
    const before = await factory.count('comments');
    const good = { paragraphId: paragraphs[1]!.paragraphId, kind: 'GENERAL', body: 'Fine.', quote: null };
    const bad = { paragraphId: paragraphs[1]!.paragraphId, kind: 'GENERAL', body: 'Odd.', quote: 'not in the text' };
    expectError(
      await cast.focalC.client.gql(POST_RETURNED, {
        input: { roundId, speaksForId: cast.committeeC, comments: [good, bad] },
      }),
      'BAD_USER_INPUT',
      'QUOTE_NOT_IN_PARAGRAPH',
    );
    // A member of a committee the round was not sent to, and a group member who is no recipient.
    expectError(
      await cast.focalA.client.gql(POST_RETURNED, {
        input: { roundId, speaksForId: cast.committeeC, comments: [good] },
      }),
      'FORBIDDEN',
      'NOT_YOUR_COMMITTEE',
    );
    expectError(
      await cast.member.client.gql(POST_RETURNED, { input: { roundId, comments: [good] } }),
      'FORBIDDEN',
      'NOT_A_RECIPIENT',
    );
    expect(await factory.count('comments')).toBe(before);
    // Reading a file is for recipients (and the co-chairs and secretariat) too.
    await refused(cast.member.client, documentId, await returnedFile([], [], {}), 403, 'NOT_A_RECIPIENT');
    await refused(cast.outsider.client, documentId, await returnedFile([], [], {}), 404, 'NOT_FOUND');
  });
});

describe('files refused with a reason, nothing stored', () => {
  it('refuses what is not a Word document, a password-protected file and a file too large', async () => {
    const before = await factory.count('comments');
    expect(
      await refused(cast.focalC.client, documentId, Buffer.from('%PDF-1.7\n%%EOF\n'), 400, 'INVALID_FILE'),
    ).toMatch(/not a Word document/);
    const zip = new JSZip();
    zip.file('notes.txt', 'Not a Word document.');
    await refused(cast.focalC.client, documentId, await zip.generateAsync({ type: 'nodebuffer' }), 400, 'INVALID_FILE');

    // Word keeps a password-protected document encrypted inside a compound (OLE) file.
    const locked = CFB.utils.cfb_new();
    CFB.utils.cfb_add(locked, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(locked, '/EncryptedPackage', Buffer.alloc(4096, 0x5a));
    const protectedFile = Buffer.from(CFB.write(locked, { type: 'buffer' }) as Uint8Array);
    expect(await refused(cast.focalC.client, documentId, protectedFile, 400, 'PASSWORD_PROTECTED_FILE')).toMatch(
      /password/,
    );
    const oldWord = CFB.utils.cfb_new();
    CFB.utils.cfb_add(oldWord, '/WordDocument', Buffer.alloc(512, 1));
    expect(
      await refused(
        cast.focalC.client,
        documentId,
        Buffer.from(CFB.write(oldWord, { type: 'buffer' }) as Uint8Array),
        400,
        'INVALID_FILE',
      ),
    ).toMatch(/older Word document/);

    const huge = Buffer.concat([await returnedFile([], [], {}), Buffer.alloc(10 * 1024 * 1024, 0)]);
    await refused(cast.focalC.client, documentId, huge, 400, 'FILE_TOO_LARGE');
    // A few hundred kilobytes that unpack to more than Plenary reads.
    const bomb = await JSZip.loadAsync(await returnedFile([], [], {}));
    bomb.file('word/media/filler.bin', Buffer.alloc(101 * 1024 * 1024, 0));
    const packed = await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(packed.length).toBeLessThan(1024 * 1024);
    expect(await refused(cast.focalC.client, documentId, packed, 400, 'FILE_TOO_LARGE')).toMatch(
      /unpacks to more than/,
    );
    expect(await factory.count('comments')).toBe(before);
  });

  it('refuses a file of another document or of another version', async () => {
    const before = await factory.count('comments');
    const comment = [{ id: 0, author: 'Kim', text: 'A comment.' }];
    const on = (id: string) => [{ paragraphId: id, children: commented('', 'Some words', '', 0) }];

    const other = await draftMemorandum(cast, 'Another memorandum', ['Some words of another text.']);
    expectData(await circulateMemorandum(cast, other.id));
    const otherFile = Buffer.from(await (await download(cast.focalC.client, other.id)).arrayBuffer());
    expect(await refused(cast.focalC.client, documentId, otherFile, 400, 'WRONG_DOCUMENT_FILE')).toBe(
      'This Word file holds another document, not this one.',
    );
    // Without the file's properties, its bookmarks tell.
    const foreign = await returnedFile(on(other.paragraphs[0]!.paragraphId), comment);
    expect(await refused(cast.focalC.client, documentId, foreign, 400, 'WRONG_DOCUMENT_FILE')).toMatch(
      /not those of the version out for comment/,
    );

    // Version 1 marked up after version 2 went out.
    const revised = await draftMemorandum(cast, 'Revised memorandum', ['The first text.']);
    expectData(await circulateMemorandum(cast, revised.id));
    const v1File = Buffer.from(await (await download(cast.focalC.client, revised.id)).arrayBuffer());
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: await openRoundOf(cast, revised.id) }));
    const [first] = revised.paragraphs;
    expectData(
      await cast.coChair.client.gql(SAVE_PARAGRAPH, {
        input: {
          documentId: revised.id,
          paragraphId: first!.paragraphId,
          baseRevision: first!.revision,
          content: { kind: 'TEXT', html: '<p>The second text.</p>' },
        },
      }),
    );
    expectData(await circulateMemorandum(cast, revised.id));
    expect(await refused(cast.focalC.client, revised.id, v1File, 400, 'WRONG_DOCUMENT_FILE')).toBe(
      'This Word file holds version 1; version 2 is out for comment. Download it and mark that one up.',
    );
    expect(await factory.count('comments')).toBe(before);
  });

  it('refuses a file when no round is open', async () => {
    const closed = await draftMemorandum(cast, 'Closed memorandum', ['Words.']);
    expectData(await circulateMemorandum(cast, closed.id));
    const file = Buffer.from(await (await download(cast.focalC.client, closed.id)).arrayBuffer());
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: await openRoundOf(cast, closed.id) }));
    await refused(cast.focalC.client, closed.id, file, 409, 'ROUND_CLOSED');
  });
});
