import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting, memorandum, trackedRecommendation } from '@plenary/seeds';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let secretariat: GraphQLTestClient;
let coChair: GraphQLTestClient;
/** Every download route with a client who may have it, and the parameters it reads (with good values). */
let routes: { path: string; client: GraphQLTestClient | null; known: string }[];

beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
  coChair = await t.client().as('co-chair@plenary.example', demoPassword);
  const [item] = await t.dataSource.query<{ id: string }[]>(
    `SELECT i.id FROM agenda_items i JOIN agenda_days d ON d.id = i.day_id WHERE d.meeting_id = $1 LIMIT 1`,
    [meeting.incheon],
  );
  const [report] = await t.dataSource.query<{ meetingId: string }[]>(
    `SELECT meeting_id AS "meetingId" FROM meeting_reports LIMIT 1`,
  );
  const feed = expectData(
    await secretariat.gql<{ meeting: { calendarFeedUrl: string } }>(
      `query { meeting(id: "${meeting.incheon}") { calendarFeedUrl } }`,
    ),
  ).meeting.calendarFeedUrl;
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.7\n% paper\n')]), 'paper.pdf');
  const upload = await fetch(`${t.baseUrl}/meetings/${meeting.incheon}/files`, {
    method: 'POST',
    body: form,
    headers: { cookie: secretariat.sessionCookie! },
  });
  expect(upload.status).toBe(201);
  const file = (await upload.json()) as { url: string };

  const m = `/meetings/${meeting.incheon}`;
  const d = `/documents/${memorandum.governance2011}`;
  routes = [
    { path: `${m}/agenda.pdf`, client: secretariat, known: '' },
    { path: `${m}/agenda.docx`, client: secretariat, known: '' },
    { path: `${m}/calendar.ics`, client: secretariat, known: '' },
    { path: `${m}/agenda-items/${item!.id}.ics`, client: secretariat, known: '' },
    { path: `${m}/participants.docx`, client: secretariat, known: 'status=ALL' },
    { path: `${m}/participants.pdf`, client: secretariat, known: 'status=DECLINED' },
    { path: `${m}/participants.csv`, client: secretariat, known: 'status=NO_REPLY' },
    { path: `/meetings/${report!.meetingId}/report.pdf`, client: coChair, known: '' },
    { path: `/meetings/${report!.meetingId}/report.docx`, client: coChair, known: '' },
    { path: new URL(feed).pathname, client: null, known: '' },
    { path: `${d}/document.docx`, client: coChair, known: 'version=1' },
    { path: `${d}/document.pdf`, client: coChair, known: 'version=2' },
    { path: `${d}/comments.docx`, client: coChair, known: 'round=1' },
    { path: `${d}/comments.xlsx`, client: coChair, known: 'round=1' },
    { path: `${d}/redline.docx`, client: coChair, known: 'from=1&to=2' },
    { path: '/recommendations/export.xlsx', client: secretariat, known: 'issueArea=ENERGY&overdue=0' },
    { path: '/recommendations/export.csv', client: secretariat, known: `document=${memorandum.governance2011}` },
    { path: file.url, client: secretariat, known: '' },
  ];
});
afterAll(() => t.close());

function get(client: GraphQLTestClient | null, path: string): Promise<Response> {
  return fetch(`${t.baseUrl}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
}

describe('query parameters of the downloads', () => {
  it('serves every download with the parameters it reads', async () => {
    for (const { path, client, known } of routes) {
      const response = await get(client, known ? `${path}?${known}` : path);
      expect(response.status, `${path}?${known}: ${await response.clone().text()}`).toBe(200);
    }
  });

  it('refuses any other parameter with a 400 that names it', async () => {
    for (const { path, client, known } of routes) {
      const response = await get(client, `${path}?${known ? `${known}&` : ''}fromDate=2020-01-01`);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body, path).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PARAMETER', field: 'fromDate' });
      expect(body.message).toMatch(/^Unknown parameter "fromDate"\. This address takes /);
    }
  });

  it('refuses a misspelt registry filter rather than export the whole registry', async () => {
    const response = await get(secretariat, `/recommendations/export.csv?documentId=${memorandum.governance2011}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      reason: 'UNKNOWN_PARAMETER',
      field: 'documentId',
      message: expect.stringContaining('"document"') as unknown,
    });
  });

  it('refuses a parameter on an upload, and stores nothing', async () => {
    const before = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM files`);
    for (const path of [
      `/meetings/${meeting.incheon}/files?agendaItem=1`,
      `/recommendations/${trackedRecommendation.gtiCorridors}/files?agendaItem=1`,
    ]) {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('%PDF-1.7\n% evidence\n')]), 'evidence.pdf');
      const response = await fetch(`${t.baseUrl}${path}`, {
        method: 'POST',
        body: form,
        headers: { cookie: secretariat.sessionCookie! },
      });
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ reason: 'UNKNOWN_PARAMETER', field: 'agendaItem' });
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM files`)).toEqual(before);
  });
});
