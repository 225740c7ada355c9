import { StudyGroupRole } from '@plenary/shared';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData } from '../helpers/graphql-client';
import {
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  type Person,
  POST_COMMENT,
  SAVE_PARAGRAPH,
  signedInPerson,
} from '../helpers/memoranda';
import { wsClient } from '../helpers/live-client';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { EventsService } from '../../apps/api/src/realtime/events.service';

let database: TestDatabase;
let replicaA: TestApp;
let replicaB: TestApp;
let factory: Factory;
let cast: MemorandumCast;
const sockets: Client[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  replicaA = await startTestApp({ database });
  replicaB = await startTestApp({ database });
  factory = new Factory(replicaA.dataSource);
  cast = await memorandumCast(replicaA, factory);
});
afterAll(async () => {
  for (const socket of sockets) void socket.dispose();
  await replicaA.close();
  await replicaB.close();
  await database.drop();
});

const EVENTS = `subscription E($id: ID!) { documentEvents(id: $id) { kind documentId versionId paragraphIds commentId roundId } }`;

interface DocumentEvent {
  kind: string;
  documentId: string;
  versionId: string | null;
  paragraphIds: string[] | null;
  commentId: string | null;
  roundId: string | null;
}

interface Reader {
  heard: DocumentEvent[];
  ended: boolean;
  errors: unknown[];
}

/** Someone with the document open in a browser connected to one replica: every event it hears, and whether it ended. */
async function follow(replica: TestApp, person: Person, documentId: string) {
  const http = await replica.client().as(person.email, person.password);
  const socket = wsClient(replica, http);
  sockets.push(socket);
  const reader: Reader = { heard: [], ended: false, errors: [] };
  socket.subscribe<{ documentEvents: DocumentEvent }>(
    { query: EVENTS, variables: { id: documentId } },
    {
      next: (result) => {
        if (result.errors) reader.errors.push(result.errors);
        else if (result.data) reader.heard.push(result.data.documentEvents);
      },
      error: (error) => reader.errors.push(error),
      complete: () => (reader.ended = true),
    },
  );
  return reader;
}

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > ms) throw new Error(`Waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A circulated memorandum with its open round, and a member of the group who reads it. */
async function circulated(title: string) {
  const { id, paragraphs } = await draftMemorandum(cast, title, ['Confidence-building measures.', 'Energy.']);
  expectData(await circulateMemorandum(cast, id));
  const roundId = await openRoundOf(cast, id);
  const [version] = await replicaA.dataSource.query<{ id: string }[]>(
    `SELECT version_id AS id FROM comment_rounds WHERE id = $1`,
    [roundId],
  );
  return { id, paragraphs, roundId, versionId: version!.id };
}

async function groupMember(): Promise<Person> {
  const person = await signedInPerson(replicaA, factory);
  await factory.grant(person.personId, 'STUDY_GROUP', cast.groupId, StudyGroupRole.MEMBER);
  return person;
}

/** Committee C's focal point comments on the memorandum's second paragraph; answers with the comment's id. */
async function comment(
  memo: { roundId: string; paragraphs: { paragraphId: string }[] },
  body: string,
): Promise<string> {
  const { postComment } = expectData(
    await cast.focalC.client.gql<{ postComment: { id: string } }>(POST_COMMENT, {
      input: { roundId: memo.roundId, paragraphId: memo.paragraphs[1]!.paragraphId, kind: 'GENERAL', body },
    }),
  );
  return postComment.id;
}

/**
 * A subscription says nothing when the server starts listening for it: changes are made until every
 * reader has heard of one.
 */
async function listening(readers: Reader[], change: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; !readers.every((r) => r.heard.length > 0); attempt++) {
    if (attempt === 10) throw new Error('The readers never heard of a change');
    await change();
    await until(() => readers.every((r) => r.heard.length > 0), 'the readers to listen', 2_000).catch(() => undefined);
  }
  // Whatever else those changes sent has arrived.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const reader of readers) expect(reader.errors).toEqual([]);
}

describe('a new comment, live on two replicas', () => {
  it('reaches every reader on either replica as the comment it is, and nothing reaches a reader who lost access', async () => {
    const memo = await circulated('Live comments');
    const paragraphId = memo.paragraphs[1]!.paragraphId;
    const leaving = await groupMember();
    const readers = [
      await follow(replicaA, cast.coChair2, memo.id),
      await follow(replicaB, cast.coChair2, memo.id),
      await follow(replicaB, cast.focalA, memo.id),
      await follow(replicaA, cast.member, memo.id),
    ];
    const lostAccess = await follow(replicaB, leaving, memo.id);
    await listening([...readers, lostAccess], () => comment(memo, 'An earlier comment.'));

    // No longer in the group: no longer a reader of its memoranda.
    await replicaA.dataSource.query(`DELETE FROM memberships WHERE person_id = $1`, [leaving.personId]);
    const before = readers.map((r) => r.heard.length);
    const lostBefore = lostAccess.heard.length;
    const commentId = await comment(memo, 'Committee C comments live.');
    await until(() => readers.every((r, i) => r.heard.length > before[i]!), 'every reader to hear of the comment');
    for (const [i, reader] of readers.entries()) {
      expect(reader.errors).toEqual([]);
      expect(reader.heard.slice(before[i])).toEqual([
        {
          kind: 'COMMENT',
          documentId: memo.id,
          versionId: memo.versionId,
          paragraphIds: [paragraphId],
          commentId,
          roundId: memo.roundId,
        },
      ]);
    }
    await until(() => lostAccess.ended, 'the subscription of the reader who left to end');
    expect(lostAccess.heard.length).toBe(lostBefore);
  });
});

describe('delivering one change to many readers', () => {
  /**
   * The SQL statements one replica sends to post a comment, and another to deliver it to
   * `subscriptions` readers connected to it.
   */
  async function statementsToDeliver(
    subscriptions: number,
    people: number,
  ): Promise<{ posting: number; delivering: number }> {
    const memo = await circulated(`Read by ${subscriptions}`);
    const readers: Person[] = [];
    for (let p = 0; p < people; p++) readers.push(await groupMember());
    const following: Reader[] = [];
    for (let s = 0; s < subscriptions; s++) following.push(await follow(replicaB, readers[s % people]!, memo.id));
    await listening(following, () => comment(memo, 'An earlier comment.'));
    const before = following.map((r) => r.heard.length);
    replicaA.queries.reset();
    replicaB.queries.reset();
    const commentId = await comment(memo, 'Read by everyone at once.');
    const posting = replicaA.queries.total;
    await until(() => following.every((r, i) => r.heard.length > before[i]!), 'every reader to hear of the comment');
    const delivering = replicaB.queries.total;
    expect(following.map((r, i) => r.heard.slice(before[i]).map((e) => e.commentId))).toEqual(
      following.map(() => [commentId]),
    );
    return { posting, delivering };
  }

  it('costs the same SQL statements to post and to deliver for 3 readers as for 30', async () => {
    const few = await statementsToDeliver(3, 3);
    const many = await statementsToDeliver(30, 10);
    expect(many).toEqual(few);
    // Posting (see query-count.test.ts) does not wait for the readers; delivering reads the
    // document's state and every reader's roles on it in one statement.
    expect(few.posting).toBeLessThanOrEqual(7);
    expect(few.delivering).toBe(1);
  }, 120_000);
});

describe('a change naming more than a notification can carry', () => {
  it('reaches readers as a change to anything, so that they reload the document', async () => {
    const memo = await circulated('Many paragraphs disposed of');
    const reader = await follow(replicaB, cast.coChair2, memo.id);
    await listening([reader], () => comment(memo, 'An earlier comment.'));
    const before = reader.heard.length;
    // As many paragraphs as a disposition of many comments names: more than PostgreSQL's 8,000 bytes.
    const paragraphIds = Array.from({ length: 300 }, () => crypto.randomUUID());
    await replicaA.app
      .get(EventsService)
      .publish({ topic: 'document', id: memo.id, change: { kind: 'COMMENT', paragraphIds } });
    await until(() => reader.heard.length > before, 'the reader to hear of the change');
    expect(reader.heard.slice(before)).toEqual([
      { kind: 'CHANGED', documentId: memo.id, versionId: null, paragraphIds: null, commentId: null, roundId: null },
    ]);
  });
});

describe('what each change names', () => {
  it('names the paragraphs saved, a change of order, a step of the workflow and a response to the round', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Named changes', ['Maritime security.', 'Energy.']);
    const reader = await follow(replicaB, cast.coChair2, id);
    const [working] = await replicaA.dataSource.query<{ id: string }[]>(
      `SELECT id FROM document_versions WHERE document_id = $1`,
      [id],
    );
    const save = (html: string, revision: number) =>
      cast.coChair.client.gql(SAVE_PARAGRAPH, {
        input: {
          documentId: id,
          paragraphId: paragraphs[0]!.paragraphId,
          baseRevision: revision,
          content: { kind: 'TEXT', html },
        },
      });
    let revision = paragraphs[0]!.revision;
    await listening([reader], async () => expectData(await save(`<p>Maritime security ${revision}.</p>`, revision++)));
    const heard = () => reader.heard.length;

    let before = heard();
    expectData(await save('<p>Maritime security cooperation.</p>', revision));
    await until(() => heard() > before, 'the save');
    expect(reader.heard.slice(before)).toEqual([
      {
        kind: 'PARAGRAPH',
        documentId: id,
        versionId: working!.id,
        paragraphIds: [paragraphs[0]!.paragraphId],
        commentId: null,
        roundId: null,
      },
    ]);

    before = heard();
    expectData(
      await cast.coChair.client.gql(`mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`, {
        input: { documentId: id, content: { kind: 'TEXT', html: '<p>Cyber.</p>' } },
      }),
    );
    await until(() => heard() > before, 'the new paragraph');
    // Numbers after it moved: the version's paragraphs are reloaded.
    expect(reader.heard.slice(before)).toEqual([
      { kind: 'PARAGRAPH', documentId: id, versionId: working!.id, paragraphIds: null, commentId: null, roundId: null },
    ]);

    before = heard();
    expectData(await circulateMemorandum(cast, id));
    await until(() => heard() > before, 'the circulation');
    expect(reader.heard.slice(before).map((e) => e.kind)).toEqual(['VERSION']);

    const roundId = await openRoundOf(cast, id);
    const [recipient] = await replicaA.dataSource.query<{ id: string }[]>(
      `SELECT id FROM round_recipients WHERE round_id = $1 AND organization_id = $2`,
      [roundId, cast.committeeC],
    );
    before = heard();
    expectData(
      await cast.focalC.client.gql(
        `mutation R($input: RespondToRoundInput!) { respondToRound(input: $input) { id } }`,
        { input: { recipientId: recipient!.id, response: 'NO_COMMENTS' } },
      ),
    );
    await until(() => heard() > before, 'the response');
    expect(reader.heard.slice(before)).toEqual([
      { kind: 'ROUND', documentId: id, versionId: null, paragraphIds: null, commentId: null, roundId },
    ]);
  });
});
