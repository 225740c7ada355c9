import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
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
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;
let documentId: string;
let meetingId: string;
let recommendationId: string;

const SEARCH = `query S($q: String!) { search(query: $q) { kind id title snippet path context } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  path: string | null;
  context: string | null;
}

async function search(client: GraphQLTestClient, q: string): Promise<Hit[]> {
  return expectData<{ search: Hit[] }>(await client.gql(SEARCH, { q })).search;
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
  // A memorandum: circulated text on hydropower, then a working draft that moves on to tidal power.
  const { id, paragraphs } = await draftMemorandum(cast, 'Memorandum on Hydropower Cooperation', [
    'Hydropower on the Amur could supply the whole subregion.',
  ]);
  documentId = id;
  expectData(await circulateMemorandum(cast, id));
  const roundId = await openRoundOf(cast, id);
  expectData(
    await cast.focalC.client.gql(POST_COMMENT, {
      input: {
        roundId,
        paragraphId: paragraphs[0]!.paragraphId,
        kind: 'SUBSTANTIVE',
        body: 'Sedimentation downstream deserves a sentence.',
      },
    }),
  );
  expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: roundId }));
  expectData(
    await cast.coChair.client.gql(SAVE_PARAGRAPH, {
      input: {
        documentId: id,
        paragraphId: paragraphs[0]!.paragraphId,
        baseRevision: 1,
        content: { kind: 'TEXT', html: 'Tidal barrages in the Yellow Sea could supply the subregion.' },
      },
    }),
  );
  // A meeting only its participant may see.
  const meeting = await factory.meeting({ title: 'Workshop on Seismic Early Warning' });
  meetingId = meeting.id;
  await factory.grant(cast.expert.personId, 'MEETING', meeting.id, MeetingRole.PARTICIPANT);
  // A recommendation followed up by the council's secretariat.
  const { addRecommendation } = expectData<{ addRecommendation: { id: string } }>(
    await cast.secretary.client.gql(
      `mutation A($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }`,
      {
        input: {
          responsibleId: cast.council,
          sourceTitle: 'Statement on Seismic Monitoring',
          text: 'Share seismic monitoring data across borders in real time.',
          issueAreas: ['DISASTER_RISK'],
          adoptedOn: '2022-05-01',
        },
      },
    ),
  );
  recommendationId = addRecommendation.id;
  await t.dataSource.query(`UPDATE people SET name = '김영식', sort_name = '김영식' WHERE id = $1`, [
    cast.member.personId,
  ]);
});
afterAll(async () => {
  await t?.close();
});

/** Opens each hit the way the app would; every one must open for the person who found it. */
async function expectAllOpen(client: GraphQLTestClient, hits: Hit[]): Promise<void> {
  for (const hit of hits) {
    const documentOf = hit.path?.match(/^\/documents\/([0-9a-f-]{36})/)?.[1];
    const meetingOf = hit.path?.match(/^\/meetings\/([0-9a-f-]{36})/)?.[1];
    const recommendationOf = hit.path?.match(/^\/recommendations\/([0-9a-f-]{36})/)?.[1];
    if (documentOf) expectData(await client.gql(`query D($id: ID!) { document(id: $id) { id } }`, { id: documentOf }));
    if (meetingOf) expectData(await client.gql(`query M($id: ID!) { meeting(id: $id) { id } }`, { id: meetingOf }));
    if (recommendationOf) {
      expectData(await client.gql(`query R($id: ID!) { recommendation(id: $id) { id } }`, { id: recommendationOf }));
    }
  }
}

describe('one search box', () => {
  it('finds documents, the working text, circulated text and comments for a co-chair', async () => {
    const hits = await search(cast.coChair.client, 'tidal');
    expect(hits).toEqual([
      expect.objectContaining({
        kind: 'PARAGRAPH',
        title: 'Paragraph in version 2',
        context: 'Memorandum on Hydropower Cooperation',
        path: expect.stringContaining(`/documents/${documentId}?paragraph=`),
      }),
    ]);
    const kinds = (await search(cast.coChair.client, 'hydropower')).map((h) => h.kind).sort();
    expect(kinds).toEqual(['DOCUMENT', 'PARAGRAPH']);
    expect((await search(cast.coChair.client, 'sedimentation'))[0]).toMatchObject({
      kind: 'COMMENT',
      title: 'Comment in round 1',
      snippet: 'Sedimentation downstream deserves a sentence.',
    });
    await expectAllOpen(cast.coChair.client, [...hits, ...(await search(cast.coChair.client, 'hydropower'))]);
  });

  it('shows a recipient the circulated text and comments, but not the co-chairs’ working draft', async () => {
    expect(await search(cast.focalC.client, 'tidal')).toEqual([]);
    const hits = await search(cast.focalC.client, 'hydropower amur');
    expect(hits.map((h) => h.kind)).toContain('PARAGRAPH');
    expect(hits.find((h) => h.kind === 'PARAGRAPH')!.title).toBe('Paragraph in version 1');
    expect((await search(cast.focalC.client, 'sedimentation')).map((h) => h.kind)).toEqual(['COMMENT']);
    await expectAllOpen(cast.focalC.client, hits);
  });

  it('never returns to an outsider anything they cannot open, while the directory stays open to all', async () => {
    for (const q of ['hydropower', 'tidal', 'sedimentation', 'seismic', 'workshop', 'memorandum']) {
      const hits = await search(cast.outsider.client, q);
      expect(hits.filter((h) => !['PERSON', 'ORGANIZATION'].includes(h.kind))).toEqual([]);
    }
    expect((await search(cast.outsider.client, 'committee')).map((h) => h.kind)).toContain('ORGANIZATION');
    // A name in Hangul, found by its first syllable.
    expect(await search(cast.outsider.client, '김영')).toEqual([
      expect.objectContaining({ kind: 'PERSON', id: cast.member.personId, title: '김영식', path: null }),
    ]);
  });

  it('finds a meeting for its participant and a recommendation for its secretariat, each only for them', async () => {
    const expertHits = await search(cast.expert.client, 'seismic');
    expect(expertHits.map((h) => [h.kind, h.id])).toEqual([['MEETING', meetingId]]);
    await expectAllOpen(cast.expert.client, expertHits);
    const secretaryHits = await search(cast.secretary.client, 'seismic monitoring');
    expect(secretaryHits.map((h) => [h.kind, h.id, h.path])).toEqual([
      ['RECOMMENDATION', recommendationId, `/recommendations/${recommendationId}`],
    ]);
    await expectAllOpen(cast.secretary.client, secretaryHits);
  });

  it('answers an empty search with nothing, and refuses an oversize one', async () => {
    expect(await search(cast.coChair.client, '  ?! ')).toEqual([]);
    expectError(await cast.coChair.client.gql(SEARCH, { q: 'x'.repeat(201) }), 'BAD_USER_INPUT', 'TEXT_TOO_LONG');
    // Characters that mean something to PostgreSQL's query syntax are only words here.
    expect(await search(cast.coChair.client, "hydro' & | ! :*")).not.toHaveLength(0);
  });
});
