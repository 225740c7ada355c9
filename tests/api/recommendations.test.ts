import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OrganizationKind, OrganizationRole, type RecommendationStatus } from '@plenary/shared';
import { RecommendationsService, today } from '../../apps/api/src/recommendations/recommendations.service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  signedInPerson,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
});
afterAll(async () => {
  await t?.close();
});

const ADD_PARAGRAPH = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const FINALISE = `mutation F($id: ID!) { finaliseDocument(id: $id) { status } }`;
const SUBMIT = `mutation S($id: ID!) { submitDocument(id: $id) { status } }`;
const DECIDE = `mutation D($input: DecideDocumentInput!) { decideDocument(input: $input) { status } }`;
const PUBLISH = `mutation P($input: PublishDocumentInput!) { publishDocument(input: $input) { status } }`;
const FIELDS = `id number text status sourceTitle paragraphId adoptedOn nextFollowUpOn overdue issueAreas
  addressees { kind organization { id name } } responsible { id } document { id } viewerCanTrack allowedNextStatuses
  history { fromStatus toStatus occurredOn note evidenceUrl evidenceFile { id filename } recordedBy { id } }`;
const REGISTRY = `query R($filter: RecommendationFilterInput, $limit: Int! = 50) {
  recommendationRegistry(filter: $filter, limit: $limit) {
    totalCount overdueCount statusCounts { status count }
    byIssueArea { issueArea total counts { status count } }
    progress { year asOf counts { status count } }
    recommendations { ${FIELDS} }
  }
}`;
const ONE = `query R($id: ID!) { recommendation(id: $id) { ${FIELDS} } }`;
const ADD = `mutation A($input: AddRecommendationInput!) { addRecommendation(input: $input) { ${FIELDS} } }`;
const CHANGE = `mutation C($input: ChangeRecommendationStatusInput!) { changeRecommendationStatus(input: $input) { ${FIELDS} } }`;
const FOLLOW_UP = `mutation F($id: ID!, $on: LocalDate) { setRecommendationFollowUp(id: $id, nextFollowUpOn: $on) { id nextFollowUpOn } }`;

interface Recommendation {
  id: string;
  number: number | null;
  text: string;
  status: RecommendationStatus;
  sourceTitle: string;
  paragraphId: string | null;
  adoptedOn: string;
  nextFollowUpOn: string | null;
  overdue: boolean;
  issueAreas: string[];
  addressees: { kind: string; organization: { id: string; name: string } | null }[];
  responsible: { id: string };
  document: { id: string } | null;
  viewerCanTrack: boolean;
  allowedNextStatuses: RecommendationStatus[];
  history: {
    fromStatus: string | null;
    toStatus: string;
    occurredOn: string;
    note: string;
    evidenceUrl: string | null;
    evidenceFile: { id: string; filename: string } | null;
    recordedBy: { id: string } | null;
  }[];
}
interface Registry {
  totalCount: number;
  overdueCount: number;
  statusCounts: { status: string; count: number }[];
  byIssueArea: { issueArea: string; total: number; counts: { status: string; count: number }[] }[];
  progress: { year: number; asOf: string; counts: { status: string; count: number }[] }[];
  recommendations: Recommendation[];
}

async function registry(client: GraphQLTestClient, filter: Record<string, unknown> = {}): Promise<Registry> {
  return expectData<{ recommendationRegistry: Registry }>(await client.gql(REGISTRY, { filter }))
    .recommendationRegistry;
}

/** A memorandum with a text paragraph and two recommendations, taken through one round to approval. */
async function approvedMemorandum(title: string): Promise<string> {
  const { id } = await draftMemorandum(cast, title, ['The region lacks a standing framework.']);
  const co = cast.coChair.client;
  for (const content of [
    {
      kind: 'RECOMMENDATION',
      html: '<p>Set up a regional forum on nuclear safety.</p>',
      addressees: [{ kind: 'NAMED_BODY', organizationId: cast.steering }],
      issueAreas: ['NUCLEAR_SAFETY'],
    },
    {
      kind: 'RECOMMENDATION',
      html: '<p>Study an interconnected power grid for Northeast Asia.</p>',
      addressees: [{ kind: 'POLICY_MAKERS' }],
      issueAreas: ['ENERGY', 'ENVIRONMENT'],
    },
  ].reverse()) {
    // Added at the end: after the text paragraph, in order.
    const { document } = expectData<{ document: { version: { paragraphs: { paragraphId: string }[] } } }>(
      await co.gql(`query D($id: ID!) { document(id: $id) { version { paragraphs { paragraphId } } } }`, { id }),
    );
    expectData(
      await co.gql(ADD_PARAGRAPH, {
        input: { documentId: id, afterParagraphId: document.version.paragraphs[0]!.paragraphId, content },
      }),
    );
  }
  expectData(await circulateMemorandum(cast, id));
  expectData(await co.gql(CLOSE_ROUND, { id: await openRoundOf(cast, id) }));
  expectData(await co.gql(FINALISE, { id }));
  expectData(await co.gql(SUBMIT, { id }));
  expectData(
    await cast.steeringMember.client.gql(DECIDE, {
      input: { documentId: id, decision: 'APPROVED', meetingDate: today() },
    }),
  );
  return id;
}

async function statusOf(id: string): Promise<{ status: string; updates: number }> {
  const [row] = await t.dataSource.query<{ status: string; updates: number }[]>(
    `SELECT status, (SELECT count(*)::int FROM recommendation_updates WHERE recommendation_id = r.id) AS updates
       FROM recommendations r WHERE id = $1`,
    [id],
  );
  return row!;
}

async function handAdded(overrides: Record<string, unknown> = {}): Promise<Recommendation> {
  return expectData<{ addRecommendation: Recommendation }>(
    await cast.secretary.client.gql(ADD, {
      input: {
        responsibleId: cast.council,
        sourceTitle: 'Joint Statement of the Consultative Commission, 2019',
        sourceUrl: 'https://www.tumenprogramme.org/',
        number: 3,
        text: 'Harmonise customs procedures at the border crossings of the Tumen corridor.',
        addressees: [{ kind: 'INSTITUTIONS' }],
        issueAreas: ['TRANSPORT', 'TRADE'],
        adoptedOn: '2019-06-20',
        ...overrides,
      },
    }),
  ).addRecommendation;
}

describe('the registry fills itself from approved documents', () => {
  it('tracks each recommendation paragraph of an approved memorandum once, linked to its paragraph, even when it is then published', async () => {
    const id = await approvedMemorandum('Memorandum on Nuclear Safety and Energy');
    const { recommendations } = await registry(cast.secretary.client, { documentId: id });
    expect(recommendations.map((r) => [r.number, r.text, r.status])).toEqual([
      [1, 'Set up a regional forum on nuclear safety.', 'ADOPTED'],
      [2, 'Study an interconnected power grid for Northeast Asia.', 'ADOPTED'],
    ]);
    const grid = recommendations.find((r) => r.number === 2)!;
    expect(grid).toMatchObject({
      sourceTitle: 'Memorandum on Nuclear Safety and Energy',
      issueAreas: ['ENERGY', 'ENVIRONMENT'],
      addressees: [{ kind: 'POLICY_MAKERS', organization: null }],
      responsible: { id: cast.council },
      document: { id },
      adoptedOn: today(),
      viewerCanTrack: true,
      allowedNextStatuses: ['TRANSMITTED', 'NOT_TAKEN_UP'],
      history: [
        {
          fromStatus: null,
          toStatus: 'ADOPTED',
          occurredOn: today(),
          recordedBy: { id: cast.steeringMember.personId },
        },
      ],
    });
    const [paragraph] = await t.dataSource.query<{ text: string }[]>(
      `SELECT vp.text FROM version_paragraphs vp JOIN document_versions v ON v.id = vp.version_id
        WHERE vp.paragraph_id = $1 AND v.is_final`,
      [grid.paragraphId],
    );
    expect(paragraph!.text).toBe(grid.text);
    expect(recommendations.find((r) => r.number === 1)!.addressees).toEqual([
      { kind: 'NAMED_BODY', organization: { id: cast.steering, name: 'Steering Committee' } },
    ]);

    expectData(
      await cast.coChair.client.gql(PUBLISH, {
        input: { documentId: id, organizationIds: [cast.committeeC], personIds: [] },
      }),
    );
    expect(await factory.count('recommendations', 'document_id = $1', [id])).toBe(2);
    expect(
      await factory.count(
        'recommendation_updates u JOIN recommendations r ON r.id = u.recommendation_id',
        'r.document_id = $1',
        [id],
      ),
    ).toBe(2);
  });

  it('registers on publication a memorandum approved before, dated by its approval', async () => {
    const id = await approvedMemorandum('Memorandum approved before the registry');
    // As if approved before the registry existed: no recommendations yet, an older decision.
    await t.dataSource.query(`DELETE FROM recommendations WHERE document_id = $1`, [id]);
    await t.dataSource.query(
      `UPDATE document_decisions SET decided_at = '2023-04-12T09:00:00Z' WHERE document_id = $1`,
      [id],
    );
    expectData(
      await cast.coChair.client.gql(PUBLISH, { input: { documentId: id, organizationIds: [], personIds: [] } }),
    );
    const { recommendations } = await registry(cast.secretary.client, { documentId: id });
    expect(recommendations.map((r) => [r.number, r.adoptedOn, r.history[0]!.occurredOn])).toEqual([
      [1, '2023-04-12', '2023-04-12'],
      [2, '2023-04-12', '2023-04-12'],
    ]);
  });

  it('tracks nothing from a memorandum that was returned for revision', async () => {
    const { id } = await draftMemorandum(cast, 'Returned memorandum', ['Text.']);
    const co = cast.coChair.client;
    expectData(
      await co.gql(ADD_PARAGRAPH, {
        input: {
          documentId: id,
          content: { kind: 'RECOMMENDATION', html: '<p>Do something.</p>', issueAreas: ['TRADE'] },
        },
      }),
    );
    expectData(await circulateMemorandum(cast, id));
    expectData(await co.gql(CLOSE_ROUND, { id: await openRoundOf(cast, id) }));
    expectData(await co.gql(FINALISE, { id }));
    expectData(await co.gql(SUBMIT, { id }));
    expectData(
      await cast.steeringMember.client.gql(DECIDE, {
        input: { documentId: id, decision: 'RETURNED', meetingDate: today(), guidance: 'Say who should do it.' },
      }),
    );
    expect(await factory.count('recommendations', 'document_id = $1', [id])).toBe(0);
  });
});

describe('recording the follow-up', () => {
  it('lets the responsible secretariat move a recommendation along the table, dated, with a note and evidence', async () => {
    const r = await handAdded();
    const moved = expectData<{ changeRecommendationStatus: Recommendation }>(
      await cast.secretary.client.gql(CHANGE, {
        input: {
          recommendationId: r.id,
          status: 'TRANSMITTED',
          occurredOn: '2019-07-01',
          note: 'Sent to the transport ministries with a cover letter.',
          nextFollowUpOn: '2019-10-01',
        },
      }),
    ).changeRecommendationStatus;
    expect(moved).toMatchObject({ status: 'TRANSMITTED', nextFollowUpOn: '2019-10-01', overdue: true });
    const accepted = expectData<{ changeRecommendationStatus: Recommendation }>(
      await cast.secretary.client.gql(CHANGE, {
        input: {
          recommendationId: r.id,
          status: 'ACCEPTED_BY_ADDRESSEE',
          occurredOn: '2020-02-14',
          note: 'The customs authorities agreed a joint working group.',
          evidenceUrl: 'https://www.tumenprogramme.org/news',
          nextFollowUpOn: null,
        },
      }),
    ).changeRecommendationStatus;
    expect(accepted).toMatchObject({ status: 'ACCEPTED_BY_ADDRESSEE', nextFollowUpOn: null, overdue: false });
    expect(accepted.allowedNextStatuses).toEqual(['IMPLEMENTED', 'NOT_TAKEN_UP']);
    expect(accepted.history.map((h) => [h.fromStatus, h.toStatus, h.occurredOn, h.evidenceUrl])).toEqual([
      [null, 'ADOPTED', '2019-06-20', 'https://www.tumenprogramme.org/'],
      ['ADOPTED', 'TRANSMITTED', '2019-07-01', null],
      ['TRANSMITTED', 'ACCEPTED_BY_ADDRESSEE', '2020-02-14', 'https://www.tumenprogramme.org/news'],
    ]);
    expect(
      await factory.count('audit_events', `object_id = $1 AND action = 'recommendation.status_changed'`, [r.id]),
    ).toBe(2);
  });

  it('refuses skipping a state the table does not allow, and changes nothing', async () => {
    const r = await handAdded();
    const refused = await cast.secretary.client.gql(CHANGE, {
      input: { recommendationId: r.id, status: 'IMPLEMENTED', note: 'Done.', evidenceUrl: 'https://example.org/done' },
    });
    expectError(refused, 'CONFLICT', 'INVALID_TRANSITION');
    expect(refused.errors![0]!.extensions!.allowed).toEqual(['TRANSMITTED', 'NOT_TAKEN_UP']);
    expect(await statusOf(r.id)).toEqual({ status: 'ADOPTED', updates: 1 });
  });

  it('refuses a move by anyone but the responsible secretariat: a co-chair who may see it, and an outsider who may not', async () => {
    const id = await approvedMemorandum('Memorandum seen by its co-chairs');
    const [r] = (await registry(cast.coChair.client, { documentId: id })).recommendations;
    expect(r).toMatchObject({ viewerCanTrack: false, allowedNextStatuses: [] });
    const input = { recommendationId: r!.id, status: 'TRANSMITTED', note: 'Sent.' };
    expectError(await cast.coChair.client.gql(CHANGE, { input }), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await cast.outsider.client.gql(CHANGE, { input }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await cast.outsider.client.gql(ONE, { id: r!.id }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(
      await cast.coChair.client.gql(FOLLOW_UP, { id: r!.id, on: '2030-01-01' }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expect(await statusOf(r!.id)).toEqual({ status: 'ADOPTED', updates: 1 });
    // Staff of another organization's secretariat are no better placed.
    const elsewhere = await signedInPerson(t, factory);
    await factory.grant(elsewhere.personId, 'ORGANIZATION', cast.committeeD, OrganizationRole.SECRETARIAT);
    expectError(await elsewhere.client.gql(CHANGE, { input }), 'NOT_FOUND', 'NOT_FOUND');
    // The secretariat itself may.
    expectData(await cast.secretary.client.gql(CHANGE, { input }));
    expect(await statusOf(r!.id)).toEqual({ status: 'TRANSMITTED', updates: 2 });
  });

  it('asks for evidence, a note, sensible dates and a real link, changing nothing when refused', async () => {
    const r = await handAdded();
    const client = cast.secretary.client;
    expectData(
      await client.gql(CHANGE, {
        input: { recommendationId: r.id, status: 'TRANSMITTED', occurredOn: '2019-08-01', note: 'Sent.' },
      }),
    );
    const base = { recommendationId: r.id, status: 'ACCEPTED_BY_ADDRESSEE', note: 'Accepted.' };
    expectError(await client.gql(CHANGE, { input: base }), 'BAD_USER_INPUT', 'EVIDENCE_REQUIRED');
    expectError(
      await client.gql(CHANGE, { input: { ...base, note: '  ', evidenceUrl: 'https://example.org' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expectError(
      await client.gql(CHANGE, { input: { ...base, evidenceUrl: 'javascript:alert(1)' } }),
      'BAD_USER_INPUT',
      'INVALID_URL',
    );
    expectError(
      await client.gql(CHANGE, { input: { ...base, evidenceUrl: 'not a link' } }),
      'BAD_USER_INPUT',
      'INVALID_URL',
    );
    expectError(
      await client.gql(CHANGE, { input: { ...base, evidenceUrl: 'https://example.org', occurredOn: '2019-07-15' } }),
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
    );
    expectError(
      await client.gql(CHANGE, { input: { ...base, evidenceUrl: 'https://example.org', occurredOn: '2999-01-01' } }),
      'BAD_USER_INPUT',
      'INVALID_DATE',
    );
    expectError(
      await client.gql(CHANGE, { input: { ...base, evidenceUrl: 'https://example.org', occurredOn: '2020-02-30' } }),
      'BAD_USER_INPUT',
    );
    expectError(
      await client.gql(CHANGE, {
        input: { ...base, evidenceUrl: 'https://example.org', occurredOn: '2020-01-01', nextFollowUpOn: '2019-12-01' },
      }),
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
    );
    expectError(
      await client.gql(CHANGE, { input: { ...base, evidenceFileId: '00000000-0000-4000-8000-000000000000' } }),
      'BAD_USER_INPUT',
      'UNKNOWN_FILE',
    );
    expectError(await client.gql(CHANGE, { input: { ...base, recommendationId: 'nope' } }), 'BAD_USER_INPUT');
    expect(await statusOf(r.id)).toEqual({ status: 'TRANSMITTED', updates: 2 });
  });

  it('keeps an uploaded file as evidence, which those who may see the recommendation can download and no one else', async () => {
    const r = await handAdded();
    const client = cast.secretary.client;
    expectData(await client.gql(CHANGE, { input: { recommendationId: r.id, status: 'TRANSMITTED', note: 'Sent.' } }));
    const upload = async (as: GraphQLTestClient, body: Buffer, filename: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(body)]), filename);
      return fetch(`${t.baseUrl}/recommendations/${r.id}/files`, {
        method: 'POST',
        body: form,
        headers: { cookie: as.sessionCookie ?? '' },
      });
    };
    const letter = Buffer.from('%PDF-1.4\n% the ministry replies\n');
    expect((await upload(cast.outsider.client, letter, 'reply.pdf')).status).toBe(404);
    expect((await upload(client, Buffer.from('not a pdf'), 'reply.pdf')).status).toBe(400);
    const response = await upload(client, letter, 'reply.pdf');
    expect(response.status).toBe(201);
    const file = (await response.json()) as { id: string; url: string };
    const accepted = expectData<{ changeRecommendationStatus: Recommendation }>(
      await client.gql(CHANGE, {
        input: {
          recommendationId: r.id,
          status: 'ACCEPTED_BY_ADDRESSEE',
          note: 'The ministry accepted.',
          evidenceFileId: file.id,
        },
      }),
    ).changeRecommendationStatus;
    expect(accepted.history.at(-1)!.evidenceFile).toEqual({ id: file.id, filename: 'reply.pdf' });
    const download = async (as: GraphQLTestClient) =>
      fetch(`${t.baseUrl}${file.url}`, { headers: { cookie: as.sessionCookie ?? '' } });
    const ok = await download(client);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(letter)).toBe(true);
    expect((await download(cast.outsider.client)).status).toBe(404);
  });
});

describe('adding recommendations by hand', () => {
  it('lets a secretariat add one for an output produced elsewhere, and refuses others and bad input', async () => {
    const added = await handAdded({ nextFollowUpOn: '2020-01-15' });
    expect(added).toMatchObject({
      status: 'ADOPTED',
      document: null,
      paragraphId: null,
      responsible: { id: cast.council },
      issueAreas: ['TRANSPORT', 'TRADE'],
      viewerCanTrack: true,
      overdue: true,
    });
    const before = await factory.count('recommendations');
    const input = {
      responsibleId: cast.council,
      sourceTitle: 'Somewhere',
      text: 'Something.',
      adoptedOn: '2020-01-01',
    };
    expectError(await cast.coChair.client.gql(ADD, { input }), 'FORBIDDEN', 'NOT_PERMITTED');
    const client = cast.secretary.client;
    expectError(await client.gql(ADD, { input: { ...input, text: ' ' } }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    expectError(
      await client.gql(ADD, { input: { ...input, text: 'x'.repeat(20_001) } }),
      'BAD_USER_INPUT',
      'TEXT_TOO_LONG',
    );
    expectError(
      await client.gql(ADD, { input: { ...input, adoptedOn: '2999-01-01' } }),
      'BAD_USER_INPUT',
      'INVALID_DATE',
    );
    expectError(
      await client.gql(ADD, { input: { ...input, nextFollowUpOn: '2019-01-01' } }),
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
    );
    expectError(await client.gql(ADD, { input: { ...input, number: 0 } }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    expectError(await client.gql(ADD, { input: { ...input, issueAreas: ['ASTROLOGY'] } }), 'BAD_USER_INPUT');
    expectError(
      await client.gql(ADD, { input: { ...input, addressees: [{ kind: 'NAMED_BODY' }] } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expectError(
      await client.gql(ADD, {
        input: {
          ...input,
          addressees: [{ kind: 'NAMED_BODY', organizationId: '00000000-0000-4000-8000-000000000000' }],
        },
      }),
      'BAD_USER_INPUT',
    );
    expect(await factory.count('recommendations')).toBe(before);
  });
});

describe('the dashboard', () => {
  it('filters by issue area, status, year, addressee, source and overdue follow-up, with counts and charts over what matches', async () => {
    const secretariat = await signedInPerson(t, factory);
    const org = await factory.organization({ name: 'Energy Charter Secretariat' });
    await factory.grant(secretariat.personId, 'ORGANIZATION', org.id, OrganizationRole.SECRETARIAT);
    const add = async (input: Record<string, unknown>) =>
      expectData<{ addRecommendation: Recommendation }>(
        await secretariat.client.gql(ADD, {
          input: {
            responsibleId: org.id,
            sourceTitle: 'Energy Ministers’ Statement',
            text: 'A recommendation.',
            ...input,
          },
        }),
      ).addRecommendation;
    const gas = await add({
      issueAreas: ['ENERGY'],
      adoptedOn: '2019-05-01',
      nextFollowUpOn: '2020-01-01',
      addressees: [{ kind: 'POLICY_MAKERS' }],
    });
    const grid = await add({
      issueAreas: ['ENERGY', 'ENVIRONMENT'],
      adoptedOn: '2021-03-01',
      nextFollowUpOn: '2099-01-01',
    });
    await add({ issueAreas: ['TRANSPORT'], adoptedOn: '2021-09-01', nextFollowUpOn: '2022-01-01' });
    expectData(
      await secretariat.client.gql(CHANGE, {
        input: { recommendationId: grid.id, status: 'TRANSMITTED', occurredOn: '2022-02-01', note: 'Sent.' },
      }),
    );

    const all = await registry(secretariat.client);
    expect(all.totalCount).toBe(3);
    expect(all.overdueCount).toBe(2);
    expect(all.statusCounts.find((c) => c.status === 'TRANSMITTED')!.count).toBe(1);
    expect(all.byIssueArea.map((a) => [a.issueArea, a.total])).toEqual([
      ['TRANSPORT', 1],
      ['ENERGY', 2],
      ['ENVIRONMENT', 1],
    ]);
    // At the end of 2021 the grid recommendation was still only adopted; it was transmitted in 2022.
    const at = (year: number) => all.progress.find((p) => p.year === year)!.counts.filter((c) => c.count > 0);
    expect(all.progress[0]!.year).toBe(2019);
    expect(at(2019)).toEqual([{ status: 'ADOPTED', count: 1 }]);
    expect(at(2021)).toEqual([{ status: 'ADOPTED', count: 3 }]);
    expect(at(2022)).toEqual([
      { status: 'ADOPTED', count: 2 },
      { status: 'TRANSMITTED', count: 1 },
    ]);

    const ids = async (filter: Record<string, unknown>) =>
      (await registry(secretariat.client, filter)).recommendations.map((r) => r.id);
    expect(await ids({ issueArea: 'ENERGY', overdue: true })).toEqual([gas.id]);
    expect(await ids({ status: 'TRANSMITTED' })).toEqual([grid.id]);
    expect(await ids({ year: 2019 })).toEqual([gas.id]);
    expect(await ids({ addressee: 'POLICY_MAKERS' })).toEqual([gas.id]);
    expect(await ids({ issueArea: 'ENERGY', year: 2021, overdue: true })).toEqual([]);
    expectError(await secretariat.client.gql(REGISTRY, { filter: { year: 20_000 } }), 'BAD_USER_INPUT');
    expectError(await secretariat.client.gql(REGISTRY, { limit: 0 }), 'BAD_USER_INPUT');

    // Someone with no role sees none of them, and no figures betray them.
    const stranger = await registry(cast.outsider.client, { issueArea: 'ENERGY' });
    expect(stranger).toMatchObject({
      totalCount: 0,
      overdueCount: 0,
      byIssueArea: [],
      progress: [],
      recommendations: [],
    });
  });

  it('lists the recommendations of a study group, including those of its meetings, for its members', async () => {
    const id = await approvedMemorandum('Memorandum for the group filter');
    const mine = await registry(cast.member.client, { studyGroupId: cast.groupId });
    expect(mine.recommendations.filter((r) => r.document?.id === id)).toHaveLength(2);
    expect((await registry(cast.outsider.client, { studyGroupId: cast.groupId })).totalCount).toBe(0);
  });

  it('issues a fixed number of SQL statements, whether 3 recommendations match or 30', async () => {
    const secretariat = await signedInPerson(t, factory);
    const org = await factory.organization({ name: 'Counting Secretariat' });
    await factory.grant(secretariat.personId, 'ORGANIZATION', org.id, OrganizationRole.SECRETARIAT);
    const named = await factory.organization({ name: 'Addressed Body' });
    const statementsFor = async (sourceTitle: string) => {
      t.queries.reset(true);
      const data = await registry(secretariat.client, {
        documentId: null,
        issueArea: 'DISASTER_RISK',
        year: sourceTitle === 'Few' ? 2018 : 2017,
      });
      return { statements: t.queries.total, count: data.recommendations.length };
    };
    for (const [title, n, year] of [
      ['Few', 3, '2018'],
      ['Many', 30, '2017'],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const added = expectData<{ addRecommendation: Recommendation }>(
          await secretariat.client.gql(ADD, {
            input: {
              responsibleId: org.id,
              sourceTitle: title,
              number: i + 1,
              text: `Recommendation ${i + 1} on early warning.`,
              issueAreas: ['DISASTER_RISK'],
              addressees: [{ kind: 'NAMED_BODY', organizationId: named.id }],
              adoptedOn: `${year}-03-01`,
            },
          }),
        ).addRecommendation;
        if (i % 2 === 0) {
          expectData(
            await secretariat.client.gql(CHANGE, {
              input: { recommendationId: added.id, status: 'TRANSMITTED', occurredOn: `${year}-04-01`, note: 'Sent.' },
            }),
          );
        }
      }
    }
    const few = await statementsFor('Few');
    const many = await statementsFor('Many');
    expect([few.count, many.count]).toEqual([3, 30]);
    expect(many.statements).toBe(few.statements);
    // Session, the filtered rows, roles on them, their history, organizations (responsible and
    // addressed) and people who recorded the steps: a query per row would add 27 or more.
    expect(many.statements).toBeLessThanOrEqual(8);
  });
});

describe('follow-up reminders', () => {
  it('tells the responsible secretariat once when a follow-up comes due, however often the job runs', async () => {
    const r = await handAdded({ nextFollowUpOn: '2020-03-01' });
    const service = t.app.get(RecommendationsService);
    const notified = () =>
      factory.count('notifications', `person_id = $1 AND kind = 'FOLLOW_UP_DUE' AND path = $2`, [
        cast.secretary.personId,
        `/recommendations/${r.id}`,
      ]);
    await Promise.all([service.notifyDueFollowUps(today()), service.notifyDueFollowUps(today())]);
    await service.notifyDueFollowUps(today());
    expect(await notified()).toBe(1);
    // A co-chair is no part of the secretariat and hears nothing.
    expect(
      await factory.count('notifications', `person_id = $1 AND kind = 'FOLLOW_UP_DUE'`, [cast.coChair.personId]),
    ).toBe(0);
    // A new date, once it comes, is a new reminder.
    expectData(await cast.secretary.client.gql(FOLLOW_UP, { id: r.id, on: '2021-03-01' }));
    await service.notifyDueFollowUps(today());
    expect(await notified()).toBe(2);
    const [latest] = await t.dataSource.query<{ body: string }[]>(
      `SELECT body FROM notifications WHERE person_id = $1 AND path = $2 ORDER BY created_at DESC LIMIT 1`,
      [cast.secretary.personId, `/recommendations/${r.id}`],
    );
    expect(latest!.body).toBe(
      'Harmonise customs procedures at the border crossings of the Tumen corridor. The follow-up was due on Monday 1 March 2021.',
    );
    // Nothing is due once the follow-up ends.
    expectData(
      await cast.secretary.client.gql(CHANGE, {
        input: { recommendationId: r.id, status: 'NOT_TAKEN_UP', note: 'Dropped.' },
      }),
    );
    expectData(await cast.secretary.client.gql(FOLLOW_UP, { id: r.id, on: '2022-03-01' }));
    await service.notifyDueFollowUps(today());
    expect(await notified()).toBe(2);
  });
});

describe('follow-ups told on time, not at the next hourly sweep', () => {
  const fastJobs = { JOB_POLL_SECONDS: '0.5' };
  let database: TestDatabase;
  let app: TestApp | undefined;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await database.drop();
  });

  /** A secretariat and one of its recommendations, followed up far ahead; the app that made them is stopped. */
  async function secretariatWithRecommendation() {
    const setup = await startTestApp({ database });
    const setupFactory = new Factory(setup.dataSource);
    const council = (await setupFactory.organization({ name: 'Council', kind: OrganizationKind.COUNCIL })).id;
    const secretary = await signedInPerson(setup, setupFactory);
    await setupFactory.grant(secretary.personId, 'ORGANIZATION', council, OrganizationRole.SECRETARIAT);
    const { addRecommendation } = expectData<{ addRecommendation: Recommendation }>(
      await secretary.client.gql(ADD, {
        input: {
          responsibleId: council,
          sourceTitle: 'Joint Statement of the Consultative Commission, 2019',
          text: 'Open the Tumen corridor to through traffic.',
          addressees: [{ kind: 'INSTITUTIONS' }],
          issueAreas: ['TRANSPORT'],
          adoptedOn: '2019-06-20',
          nextFollowUpOn: '2099-01-01',
        },
      }),
    );
    await setup.close();
    return { secretary, recommendationId: addRecommendation.id };
  }

  async function told(personId: string): Promise<{ body: string; created_at: Date }[]> {
    return app!.dataSource.query(
      `SELECT body, created_at FROM notifications WHERE person_id = $1 AND kind = 'FOLLOW_UP_DUE'`,
      [personId],
    );
  }

  async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`Not true after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('tells the secretariat right after start-up of a follow-up that came due while no replica ran', async () => {
    const { secretary, recommendationId } = await secretariatWithRecommendation();
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    await sql.query(`UPDATE recommendations SET next_follow_up_on = '2025-03-03' WHERE id = $1`, [recommendationId]);
    await sql.end();

    app = await startTestApp({ database, env: fastJobs });
    // The hourly sweep would take up to an hour; the check at start-up, a moment.
    await waitUntil(async () => (await told(secretary.personId)).length === 1, 8_000);
    expect((await told(secretary.personId))[0]!.body).toBe(
      'Open the Tumen corridor to through traffic. The follow-up was due on Monday 3 March 2025.',
    );
  });

  it('tells the secretariat when a follow-up comes due, at that moment', async () => {
    const { secretary, recommendationId } = await secretariatWithRecommendation();
    // Follow-ups come due at a time of day; here, a few seconds from now.
    const dueAt = new Date(Math.ceil((Date.now() + 6_000) / 1000) * 1000);
    app = await startTestApp({
      database,
      env: { ...fastJobs, FOLLOW_UP_REMINDER_TIME: dueAt.toISOString().slice(11, 19) },
    });
    const client = await app.client().as(secretary.email, secretary.password);
    expectData(await client.gql(FOLLOW_UP, { id: recommendationId, on: dueAt.toISOString().slice(0, 10) }));
    expect(Date.now(), 'the app took too long to start for this test').toBeLessThan(dueAt.getTime() - 1_000);
    expect(await told(secretary.personId)).toEqual([]);

    await waitUntil(async () => (await told(secretary.personId)).length === 1, 10_000);
    const [notice] = await told(secretary.personId);
    expect(notice!.created_at.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(notice!.created_at.getTime()).toBeLessThan(dueAt.getTime() + 3_000);
  });
});
