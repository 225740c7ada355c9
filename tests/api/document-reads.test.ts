import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  POST_COMMENT,
  SAVE_PARAGRAPH,
  workingParagraphs,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const COMMENT_FIELDS = `id roundNumber kind body quote attributed changedSince viewerIsAuthor personalCapacity
  author { id name } speaksFor { id name } disposition reply paragraphThen { number text }`;

/** The page as it paints first: paragraphs with their comment counts and the removed text, no comment. */
const FIRST_PAINT = `query D($id: ID!, $number: Int) { document(id: $id) {
  id title kind status viewerCanEdit viewerCanSeeDraft
  versions { id number isWorking isFinal frozenAt }
  rounds { id number }
  version(number: $number) { id number isWorking
    paragraphs { id paragraphId kind number recommendationNumber html revision commentCount }
    removedParagraphs { paragraphId number text commentCount }
  }
} }`;

/** The same version with every comment, as the page loaded it before it loaded them on demand. */
const EVERY_COMMENT = `query D($id: ID!, $number: Int) { document(id: $id) {
  version(number: $number) {
    paragraphs { paragraphId commentCount comments { ${COMMENT_FIELDS} } }
    removedParagraphs { paragraphId number text commentCount comments { ${COMMENT_FIELDS} } }
  }
} }`;

const PARAGRAPH_COMMENTS = `query C($id: ID!, $number: Int, $ids: [ID!]!) { document(id: $id) {
  version(number: $number) { paragraphComments(paragraphIds: $ids) { paragraphId comments { ${COMMENT_FIELDS} } } }
} }`;

const COMMENT_TABLE = `query T($id: ID!, $round: Int, $filter: CommentTableFilterInput, $offset: Int, $limit: Int) {
  document(id: $id) {
    commentTable(roundNumber: $round, filter: $filter, offset: $offset, limit: $limit) {
      roundId total offset personalCapacity committees { id name }
      comments { ${COMMENT_FIELDS} }
    }
  }
}`;

interface Comment {
  id: string;
  body: string;
  attributed: boolean;
  author: { id: string; name: string } | null;
  speaksFor: { id: string } | null;
  paragraphThen: { number: number | null; text: string };
  changedSince: boolean;
  disposition: string | null;
}
interface Placed {
  paragraphId: string;
  commentCount: number;
  comments: Comment[];
}
interface Removed extends Placed {
  number: number | null;
  text: string;
}
interface TablePage {
  roundId: string | null;
  total: number;
  offset: number;
  personalCapacity: boolean;
  committees: { id: string }[];
  comments: Comment[];
}

const MERGE = `mutation M($input: MergeParagraphsInput!) { mergeParagraphs(input: $input) { id } }`;
const DELETE = `mutation D($input: DeleteParagraphInput!) { deleteParagraph(input: $input) { id } }`;

/**
 * A memorandum of `size` paragraphs through two rounds: in the first (attributed) each paragraph
 * gets a comment from committee C's focal point and one from the named expert; then the second
 * paragraph is merged into the first, the third deleted and the fourth reworded; in the second
 * (non-attributed) round each remaining paragraph is commented on again. `extra` more comments
 * are written straight into the second round, spread over its paragraphs.
 */
async function memorandum(size: number, extra = 0): Promise<{ cast: MemorandumCast; id: string; roundIds: string[] }> {
  const cast = await memorandumCast(t, factory);
  const texts = Array.from({ length: size }, (_, i) => `Paragraph ${i + 1} on maritime confidence-building.`);
  const { id } = await draftMemorandum(cast, `Memorandum of ${size}`, texts);
  const roundIds: string[] = [];
  for (const round of [1, 2]) {
    expectData(await circulateMemorandum(cast, id, { attribution: round === 1 ? 'ATTRIBUTED' : 'NON_ATTRIBUTED' }));
    const roundId = await openRoundOf(cast, id);
    roundIds.push(roundId);
    for (const p of await workingParagraphs(cast.coChair.client, id)) {
      for (const [who, speaksForId] of [
        [cast.focalC, cast.committeeC],
        [cast.expert, null],
      ] as const) {
        expectData(
          await who.client.gql(POST_COMMENT, {
            input: {
              roundId,
              paragraphId: p.paragraphId,
              kind: who === cast.expert ? 'EDITORIAL' : 'SUBSTANTIVE',
              body: `Round ${round}: ${who === cast.expert ? 'the expert' : 'committee C'} on “${p.text}”`,
              speaksForId,
            },
          }),
        );
      }
    }
    if (round === 2 && extra > 0) {
      await t.dataSource.query(
        `INSERT INTO comments (round_id, paragraph_id, kind, body, author_id, speaks_for_id)
         SELECT $1, vp.paragraph_id, 'GENERAL', 'Generated comment ' || g, $3, CASE WHEN g % 2 = 0 THEN $4::uuid END
           FROM generate_series(1, $2::int) g
           JOIN LATERAL (SELECT paragraph_id FROM version_paragraphs
                          WHERE version_id = (SELECT version_id FROM comment_rounds WHERE id = $1)
                          ORDER BY position OFFSET g % ${size - 2} LIMIT 1) vp ON true`,
        [roundId, extra, cast.focalC.personId, cast.committeeC],
      );
    }
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: roundId }));
    if (round === 1) {
      const [first, second, third, fourth] = await workingParagraphs(cast.coChair.client, id);
      expectData(
        await cast.coChair.client.gql(MERGE, {
          input: {
            documentId: id,
            paragraphId: first!.paragraphId,
            baseRevision: first!.revision,
            nextParagraphId: second!.paragraphId,
            nextBaseRevision: second!.revision,
          },
        }),
      );
      expectData(
        await cast.coChair.client.gql(DELETE, {
          input: { documentId: id, paragraphId: third!.paragraphId, baseRevision: third!.revision },
        }),
      );
      expectData(
        await cast.coChair.client.gql(SAVE_PARAGRAPH, {
          input: {
            documentId: id,
            paragraphId: fourth!.paragraphId,
            baseRevision: fourth!.revision,
            content: { kind: 'TEXT', html: '<p>Paragraph 4, reworded after the first round.</p>' },
          },
        }),
      );
    }
  }
  return { cast, id, roundIds };
}

async function everyComment(client: GraphQLTestClient, id: string, number: number) {
  const { document } = expectData(
    await client.gql<{ document: { version: { paragraphs: Placed[]; removedParagraphs: Removed[] } } | null }>(
      EVERY_COMMENT,
      { id, number },
    ),
  );
  return document?.version;
}

async function onDemand(client: GraphQLTestClient, id: string, number: number, ids: string[]) {
  const { document } = expectData(
    await client.gql<{ document: { version: { paragraphComments: { paragraphId: string; comments: Comment[] }[] } } }>(
      PARAGRAPH_COMMENTS,
      { id, number, ids },
    ),
  );
  return document.version.paragraphComments;
}

async function table(client: GraphQLTestClient, id: string, variables: Record<string, unknown> = {}) {
  const { document } = expectData(
    await client.gql<{ document: { commentTable: TablePage } }>(COMMENT_TABLE, { id, ...variables }),
  );
  return document.commentTable;
}

describe('comment counts and comments on demand', () => {
  it('count and give the same comments, names and removed text as the whole version does, for every reader', async () => {
    const { cast, id } = await memorandum(6);
    const readers = { coChair: cast.coChair, focalC: cast.focalC, expert: cast.expert, member: cast.member };
    let compared = 0;
    for (const [who, reader] of Object.entries(readers)) {
      for (const number of [1, 2, 3]) {
        const whole = await everyComment(reader.client, id, number);
        if (!whole) continue;
        const ids = [...whole.paragraphs, ...whole.removedParagraphs].map((p) => p.paragraphId);
        const loaded = await onDemand(reader.client, id, number, ids);
        for (const place of [...whole.paragraphs, ...whole.removedParagraphs]) {
          expect(place.commentCount, `${who}, version ${number}`).toBe(place.comments.length);
          expect(
            loaded.find((l) => l.paragraphId === place.paragraphId)?.comments,
            `${who}, version ${number}`,
          ).toEqual(place.comments);
          compared += place.comments.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);

    // Version 3 (the working copy): the merged paragraph carries its comments, the deleted one is
    // removed text as it read when first commented on, the reworded one is marked changed.
    const version3 = (await everyComment(cast.coChair.client, id, 3))!;
    expect(version3.paragraphs).toHaveLength(4);
    expect(version3.paragraphs[0]!.commentCount).toBe(6);
    expect(version3.removedParagraphs).toEqual([
      expect.objectContaining({ number: 3, text: 'Paragraph 3 on maritime confidence-building.', commentCount: 2 }),
    ]);
    expect(version3.paragraphs[1]!.comments.map((c) => c.changedSince)).toEqual([true, true, false, false]);
    // The expert sees names in the non-attributed round only on their own comments.
    const forExpert = (await everyComment(cast.expert.client, id, 2))!;
    const round2 = forExpert.paragraphs[1]!.comments.filter((c) => c.body.startsWith('Round 2'));
    expect(round2.map((c) => c.attributed)).toEqual([false, true]);
    expect(round2[0]!.author).toBeNull();
  }, 120_000);

  it('shows nothing to a reader who may not open the document, and refuses more than 200 paragraphs at once', async () => {
    const { cast, id } = await memorandum(4);
    const whole = (await everyComment(cast.coChair.client, id, 2))!;
    const ids = whole.paragraphs.map((p) => p.paragraphId);
    expectError(await cast.outsider.client.gql(PARAGRAPH_COMMENTS, { id, number: 2, ids }), 'NOT_FOUND');

    const tooMany = Array.from({ length: 201 }, () => crypto.randomUUID());
    const refused = await cast.coChair.client.gql(PARAGRAPH_COMMENTS, { id, number: 2, ids: tooMany });
    expect(expectError(refused, 'BAD_USER_INPUT', 'INVALID_INPUT').extensions?.field).toBe('paragraphIds');
  }, 120_000);
});

describe('the comment table', () => {
  it('pages through a round’s comments in paragraph order with its filters', async () => {
    const { cast, id, roundIds } = await memorandum(4);
    const all = await table(cast.coChair.client, id, { round: 1 });
    expect(all.roundId).toBe(roundIds[0]);
    expect(all.total).toBe(8);
    expect(all.comments.map((c) => c.paragraphThen.number)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(all.committees.map((c) => c.id)).toEqual([cast.committeeC]);
    expect(all.personalCapacity).toBe(true);

    const second = await table(cast.coChair.client, id, { round: 1, offset: 3, limit: 3 });
    expect(second.total).toBe(8);
    expect(second.comments.map((c) => c.id)).toEqual(all.comments.slice(3, 6).map((c) => c.id));
    expect((await table(cast.coChair.client, id, { round: 1, offset: 20 })).total).toBe(8);

    const latest = await table(cast.coChair.client, id);
    expect(latest.roundId).toBe(roundIds[1]);

    const editorial = await table(cast.coChair.client, id, { round: 1, filter: { kind: 'EDITORIAL' } });
    expect(editorial.comments.every((c) => c.author?.id === cast.expert.personId)).toBe(true);
    expect(editorial.total).toBe(4);
    const committee = await table(cast.coChair.client, id, { round: 1, filter: { committeeId: cast.committeeC } });
    expect(committee.comments.map((c) => c.speaksFor?.id)).toEqual(Array(4).fill(cast.committeeC));
    const personal = await table(cast.coChair.client, id, { round: 1, filter: { personalCapacity: true } });
    expect(personal.comments.map((c) => c.speaksFor)).toEqual(Array(4).fill(null));
    const words = await table(cast.coChair.client, id, { round: 1, filter: { text: 'PARAGRAPH 3 ON' } });
    expect(words.total).toBe(2);
    const byName = await table(cast.coChair.client, id, { round: 1, filter: { text: cast.expert.name } });
    expect(byName.total).toBe(4);

    const [first] = all.comments;
    expectData(
      await cast.coChair.client.gql(
        `mutation D($input: DisposeCommentsInput!) { disposeComments(input: $input) { id } }`,
        {
          input: { commentIds: [first!.id], disposition: 'NOTED', reply: 'Noted.' },
        },
      ),
    );
    const open = await table(cast.coChair.client, id, { round: 1, filter: { undisposed: true } });
    expect(open.total).toBe(7);
    expect(open.comments.map((c) => c.id)).not.toContain(first!.id);
    const noted = await table(cast.coChair.client, id, { round: 1, filter: { disposition: 'NOTED' } });
    expect(noted.comments.map((c) => c.id)).toEqual([first!.id]);
  }, 120_000);

  it('finds no one by a name the reader may not see, and refuses a page it cannot give', async () => {
    const { cast, id } = await memorandum(4);
    // Round 2 is non-attributed: the focal point of committee C sees only their own names.
    const mine = await table(cast.focalC.client, id, { round: 2, filter: { committeeId: cast.committeeC } });
    expect(mine.comments.every((c) => c.author?.id === cast.focalC.personId)).toBe(true);
    expect(mine.total).toBe(2);
    expect((await table(cast.focalC.client, id, { round: 2, filter: { text: cast.expert.name } })).total).toBe(0);
    expect((await table(cast.focalC.client, id, { round: 2, filter: { personalCapacity: true } })).total).toBe(0);
    expect((await table(cast.coChair.client, id, { round: 2, filter: { text: cast.expert.name } })).total).toBe(2);

    expectError(await cast.outsider.client.gql(COMMENT_TABLE, { id }), 'NOT_FOUND');
    for (const [variables, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ round: 0 }, 'roundNumber'],
    ] as const) {
      const refused = await cast.coChair.client.gql(COMMENT_TABLE, { id, ...variables });
      expect(expectError(refused, 'BAD_USER_INPUT', 'INVALID_INPUT').extensions?.field).toBe(field);
    }
  }, 120_000);
});

describe('SQL statements of the document page', () => {
  async function measure(size: number, extra: number) {
    const { cast, id } = await memorandum(size, extra);
    const client = cast.coChair.client;
    t.queries.reset(true);
    const { document } = expectData(
      await client.gql<{
        document: {
          version: { paragraphs: { paragraphId: string; commentCount: number }[]; removedParagraphs: unknown[] };
        };
      }>(FIRST_PAINT, { id, number: 3 }),
    );
    const firstPaint = t.queries.total;
    const paragraphs = document.version.paragraphs;
    expect(paragraphs).toHaveLength(size - 2);
    expect(paragraphs.reduce((n, p) => n + p.commentCount, 0)).toBe(2 * size - 2 + 2 * (size - 2) + extra);
    expect(document.version.removedParagraphs).toHaveLength(1);

    t.queries.reset(true);
    const loaded = await onDemand(
      client,
      id,
      3,
      paragraphs.map((p) => p.paragraphId),
    );
    const onDemandStatements = t.queries.total;
    expect(loaded.flatMap((l) => l.comments)).toHaveLength(2 * size - 2 + 2 * (size - 2) + extra);

    t.queries.reset(true);
    const page = await table(client, id, { round: 2, limit: 50 });
    const tableStatements = t.queries.total;
    expect(page.total).toBe(2 * (size - 2) + extra);
    return { firstPaint, onDemandStatements, tableStatements };
  }

  it('stays the same whether the memorandum has 4 paragraphs and 10 comments or 30 paragraphs and 400', async () => {
    const few = await measure(4, 0);
    const many = await measure(30, 300);
    expect(many).toEqual(few);
    // First paint: session, the document, roles on it, versions, rounds, paragraphs, comment counts.
    expect(few.firstPaint).toBeLessThanOrEqual(7);
    // On demand: session, document, roles, versions, rounds, the comments, their people and committees.
    expect(few.onDemandStatements).toBeLessThanOrEqual(8);
    // A page of the table: the same, the page being one statement.
    expect(few.tableStatements).toBeLessThanOrEqual(8);
  }, 240_000);
});
