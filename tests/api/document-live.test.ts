import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData, expectError } from '../helpers/graphql-client';
import {
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  type Person,
  POST_COMMENT,
} from '../helpers/memoranda';
import { wsClient } from '../helpers/live-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let database: TestDatabase;
let replicaA: TestApp;
let replicaB: TestApp;
let cast: MemorandumCast;
const sockets: Client[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  replicaA = await startTestApp({ database });
  replicaB = await startTestApp({ database });
  cast = await memorandumCast(replicaA, new Factory(replicaA.dataSource));
});
afterAll(async () => {
  for (const socket of sockets) void socket.dispose();
  await replicaA.close();
  await replicaB.close();
  await database.drop();
});

const EVENTS = `subscription E($id: ID!) { documentEvents(id: $id) { kind documentId presence { paragraphId person { id name } } } }`;
const PRESENCE = `mutation P($documentId: ID!, $paragraphId: ID) { setDocumentPresence(documentId: $documentId, paragraphId: $paragraphId) }`;

interface DocumentEvent {
  documentEvents: {
    kind: 'CHANGED' | 'PRESENCE' | 'PARAGRAPH' | 'COMMENT' | 'ROUND' | 'VERSION';
    documentId: string;
    presence: { paragraphId: string | null; person: { id: string; name: string } } | null;
  };
}

/** Someone following the document from a browser connected to replica B. */
async function follow(person: Person, documentId: string) {
  const http = await replicaB.client().as(person.email, person.password);
  const ws = wsClient(replicaB, http);
  sockets.push(ws);
  const events = ws.iterate<DocumentEvent>({ query: EVENTS, variables: { id: documentId } });
  const first = events.next();
  // Give the subscription time to be registered before anything happens.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { events, first };
}

describe('following a document live, across replicas', () => {
  it('tells a co-chair on one replica about a comment posted through another, and shows where the other co-chair is editing', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Live', ['Confidence-building measures.', 'Energy.']);
    const watcher = await follow(cast.coChair2, id);
    const editing = paragraphs[1]!.paragraphId;
    expectData(await cast.coChair.client.gql(PRESENCE, { documentId: id, paragraphId: editing }));
    expect((await watcher.first).value?.data?.documentEvents).toEqual({
      kind: 'PRESENCE',
      documentId: id,
      presence: { paragraphId: editing, person: { id: cast.coChair.personId, name: cast.coChair.name } },
    });

    expectData(await circulateMemorandum(cast, id));
    expect((await watcher.events.next()).value?.data?.documentEvents.kind).toBe('VERSION');
    const roundId = await openRoundOf(cast, id);
    const next = watcher.events.next();
    expectData(
      await cast.focalC.client.gql(POST_COMMENT, {
        input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body: 'Live comment.' },
      }),
    );
    expect((await next).value?.data?.documentEvents).toMatchObject({ kind: 'COMMENT', documentId: id });
  });

  it('does not show recipients where the co-chairs are editing, and stops delivery when access is withdrawn', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Revoked', ['Text.']);
    expectData(await circulateMemorandum(cast, id, { organizationIds: [cast.committeeC], personIds: [] }));
    const roundId = await openRoundOf(cast, id);
    const watcher = await follow(cast.focalC, id);
    // Presence is for those drafting; the recipient hears nothing of it, only of the comment.
    expectData(await cast.coChair.client.gql(PRESENCE, { documentId: id, paragraphId: paragraphs[0]!.paragraphId }));
    // Recipients do not draft, so they do not announce where they are either.
    expectError(
      await cast.focalC.client.gql(PRESENCE, { documentId: id, paragraphId: null }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    const comment = (body: string) =>
      cast.focalC.client.gql(POST_COMMENT, {
        input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body },
      });
    expectData(await comment('Seen live.'));
    expect((await watcher.first).value?.data?.documentEvents.kind).toBe('COMMENT');

    // No longer the committee's focal point: no longer a recipient, so the next change is not delivered.
    await replicaA.dataSource.query(`DELETE FROM memberships WHERE person_id = $1 AND object_type = 'ORGANIZATION'`, [
      cast.focalC.personId,
    ]);
    await replicaA.dataSource.query(`DELETE FROM memberships WHERE person_id = $1 AND object_type = 'STUDY_GROUP'`, [
      cast.focalC.personId,
    ]);
    expectData(
      await cast.coChair.client.gql(`mutation C($id: ID!) { closeCommentRound(id: $id) { id } }`, { id: roundId }),
    );
    expect((await watcher.events.next()).done).toBe(true);
  });

  it('refuses to subscribe someone who may not see the document', async () => {
    const { id } = await draftMemorandum(cast, 'Private draft', ['Text.']);
    // Before circulation, a focal point may not know the draft exists.
    const watcher = await follow(cast.focalA, id);
    const errors = (watcher.first as Promise<{ value?: { errors?: { extensions?: { code?: string } }[] } }>).then(
      (r) => r.value?.errors?.[0]?.extensions?.code,
    );
    expect(await errors).toBe('NOT_FOUND');
  });
});
