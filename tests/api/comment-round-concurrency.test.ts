import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLResponse, GraphQLTestClient } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  POST_COMMENT,
  SAVE_PARAGRAPH,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let database: TestDatabase;
let replicaA: TestApp;
let replicaB: TestApp;
let cast: MemorandumCast;

/** Both replicas look for due jobs twice a second, so deadlines pass quickly in a test. */
const fastJobs = { JOB_POLL_SECONDS: '0.5' };

beforeAll(async () => {
  database = await createTestDatabase();
  replicaA = await startTestApp({ database, env: fastJobs });
  replicaB = await startTestApp({ database, env: fastJobs });
  cast = await memorandumCast(replicaA, new Factory(replicaA.dataSource));
});
afterAll(async () => {
  await replicaA?.close();
  await replicaB?.close();
  await database.drop();
});

function reasonOf(response: GraphQLResponse<unknown>): string {
  return response.errors ? String(response.errors[0]!.extensions?.reason) : 'OK';
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('saving one paragraph from many places at once', () => {
  it('accepts exactly one of 50 saves made from the same revision; the 49 others get the winning text back', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Fifty saves', ['The original text.']);
    const paragraphId = paragraphs[0]!.paragraphId;
    const clients = [cast.coChair.client, cast.coChair2.client];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        clients[i % 2]!.gql<{ saveParagraph: { text: string; revision: number } }>(SAVE_PARAGRAPH, {
          input: { documentId: id, paragraphId, baseRevision: 1, content: { kind: 'TEXT', html: `Save number ${i}.` } },
        }),
      ),
    );
    const saved = responses.filter((r) => !r.errors);
    const conflicts = responses.filter((r) => reasonOf(r) === 'VERSION_CONFLICT');
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const winner = saved[0]!.data!.saveParagraph;
    expect(winner.revision).toBe(2);
    // The stored text is the winner's, and every loser was told exactly what it is.
    const [stored] = await replicaA.dataSource.query<{ text: string; revision: number }[]>(
      `SELECT text, revision FROM version_paragraphs WHERE paragraph_id = $1`,
      [paragraphId],
    );
    expect(stored).toEqual({ text: winner.text, revision: 2 });
    for (const conflict of conflicts) {
      expect(conflict.errors![0]!.extensions).toMatchObject({ currentRevision: 2, currentText: winner.text });
    }
  });
});

describe('closing a round while comments are being posted', () => {
  it('accepts none after the close: each comment lands before it or is refused', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Race', ['Text under comment.']);
    expectData(await circulateMemorandum(cast, id));
    const roundId = await openRoundOf(cast, id);
    const storedSql = `SELECT r.status, (SELECT count(*)::int FROM comments c WHERE c.round_id = r.id) AS stored
                         FROM comment_rounds r WHERE r.id = $1`;
    // From a connection of its own, the comments stored at the first moment the close can be seen:
    // a comment stored after that checked the round before the close, and was let through.
    const watcher = new Client({ connectionString: database.url });
    await watcher.connect();
    const storedAtClose = (async () => {
      const until = Date.now() + 30_000;
      while (Date.now() < until) {
        const { rows } = await watcher.query<{ status: string; stored: number }>(storedSql, [roundId]);
        if (rows[0]!.status === 'CLOSED') return rows[0]!.stored;
      }
      throw new Error('The round never closed');
    })();
    // Posted through both replicas, so that many comments are under way while the close runs.
    const onReplicaB = new GraphQLTestClient(replicaB.baseUrl);
    const post = (i: number) => {
      const body = JSON.stringify({
        query: POST_COMMENT,
        variables: {
          input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body: `Comment ${i}` },
        },
      });
      return i % 2
        ? onReplicaB.post(body, { cookie: cast.focalC.client.sessionCookie! })
        : cast.focalC.client.post(body);
    };
    try {
      const racing = Array.from({ length: 30 }, (_, i) => post(i));
      const close = cast.coChair.client.gql(CLOSE_ROUND, { id: roundId });
      const more = Array.from({ length: 50 }, (_, i) => post(30 + i));
      expectData(await close);
      const atClose = await storedAtClose;
      const late = await Promise.all(Array.from({ length: 5 }, (_, i) => post(80 + i)));
      const results = await Promise.all([...racing, ...more]);

      const accepted = results.filter((r) => !r.errors).length;
      const refused = results.filter((r) => reasonOf(r) === 'ROUND_CLOSED').length;
      expect(accepted + refused).toBe(80);
      expect(late.map(reasonOf)).toEqual(Array(5).fill('ROUND_CLOSED'));
      const { rows } = await watcher.query<{ stored: number }>(storedSql, [roundId]);
      expect(rows[0]!.stored).toBe(atClose);
      expect(atClose).toBe(accepted);
    } finally {
      await watcher.end();
    }
  });
});

describe('closing a round at its deadline', () => {
  const auditCount = async (app: TestApp, roundId: string) => {
    const [row] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE object_id = $1 AND action = 'round.closed_at_deadline'`,
      [roundId],
    );
    return row!.n;
  };
  const statusOf = async (app: TestApp, roundId: string) => {
    const [row] = await app.dataSource.query<{ status: string }[]>(`SELECT status FROM comment_rounds WHERE id = $1`, [
      roundId,
    ]);
    return row!.status;
  };

  it('closes once, on one of two replicas, and then refuses comments', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Deadline', ['Text.']);
    expectData(await circulateMemorandum(cast, id, { closesAt: new Date(Date.now() + 2_000).toISOString() }));
    const roundId = await openRoundOf(cast, id);
    await waitFor(async () => (await statusOf(replicaA, roundId)) === 'CLOSED', 20_000);
    // Give the other replica every chance to close it a second time.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await auditCount(replicaA, roundId)).toBe(1);
    const [doc] = await replicaA.dataSource.query<{ status: string }[]>(`SELECT status FROM documents WHERE id = $1`, [
      id,
    ]);
    expect(doc!.status).toBe('REVISING');
    expectError(
      await cast.focalC.client.gql(POST_COMMENT, {
        input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body: 'Too late.' },
      }),
      'CONFLICT',
      'ROUND_CLOSED',
    );
  });

  it('closes a round whose deadline passed while no replica was running, once one starts again', async () => {
    const { id } = await draftMemorandum(cast, 'Restart', ['Text.']);
    expectData(await circulateMemorandum(cast, id, { closesAt: new Date(Date.now() + 1_500).toISOString() }));
    const roundId = await openRoundOf(cast, id);
    expect(await statusOf(replicaA, roundId)).toBe('OPEN');
    await replicaA.close();
    await replicaB.close();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    replicaA = await startTestApp({ database, env: fastJobs });
    replicaB = await startTestApp({ database, env: fastJobs });
    await waitFor(async () => (await statusOf(replicaA, roundId)) === 'CLOSED', 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await auditCount(replicaA, roundId)).toBe(1);
  });
});
