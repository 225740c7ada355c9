import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

const PUBLIC_URL = 'https://plenary.example.org';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  // Reached through a proxy at PUBLIC_URL, and directly at its own address.
  t = await startTestApp({ env: { PUBLIC_URL } });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const UPDATE = `mutation U($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { title } }`;

/** An organizer signed in, and their meeting. */
async function organizer(): Promise<{ http: GraphQLTestClient; meetingId: string }> {
  const user = await factory.user();
  const m = await factory.meeting({ title: 'The original title' });
  await factory.grant(user.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  return { http: await t.client().as(user.email, user.password), meetingId: m.id };
}

function retitle(http: GraphQLTestClient, meetingId: string, title: string, origin?: string) {
  return http.post(JSON.stringify({ query: UPDATE, variables: { id: meetingId, input: { title } } }), {
    ...(origin === undefined ? {} : { origin }),
  });
}

async function titleOf(meetingId: string): Promise<string> {
  const [row] = await t.dataSource.query<{ title: string }[]>(`SELECT title FROM meetings WHERE id = $1`, [meetingId]);
  return row!.title;
}

describe('requests from pages on other sites', () => {
  it.each([
    ['another site', 'https://evil.example'],
    ['a look-alike of the public address', `${PUBLIC_URL}.evil.example`],
    ['another port of the same host', 'http://127.0.0.1:1'],
    ['a sandboxed frame or local file', 'null'],
  ])('refuses a GraphQL request from %s with 403, running nothing', async (_, origin) => {
    const { http, meetingId } = await organizer();
    const response = await retitle(http, meetingId, 'Changed cross-site', origin);
    expect(response.status).toBe(403);
    expect(response.data).toBeUndefined();
    expectError(response, 'FORBIDDEN', 'ORIGIN_NOT_ALLOWED');
    expect(await titleOf(meetingId)).toBe('The original title');
  });

  it.each([
    ['at its public address', PUBLIC_URL],
    ['at the address the request went to', () => t.baseUrl],
  ])('accepts a request from Plenary’s own page %s', async (_, origin) => {
    const { http, meetingId } = await organizer();
    const response = await retitle(
      http,
      meetingId,
      'Changed from our page',
      typeof origin === 'string' ? origin : origin(),
    );
    expect(expectData(response)).toEqual({ updateMeeting: { title: 'Changed from our page' } });
    expect(await titleOf(meetingId)).toBe('Changed from our page');
  });

  it('accepts a request with no Origin, as a script or command-line client sends it', async () => {
    const { http, meetingId } = await organizer();
    expectData(await retitle(http, meetingId, 'Changed by a script'));
    expect(await titleOf(meetingId)).toBe('Changed by a script');
  });

  /** The outcome of a WebSocket handshake on /graphql: 101 when it opens, else the refusal's status. */
  function handshake(http: GraphQLTestClient, origin: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin, cookie: http.sessionCookie! },
      });
      socket.on('open', () => {
        socket.close();
        resolve(101);
      });
      socket.on('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        socket.terminate();
      });
      socket.on('error', reject);
    });
  }

  it('refuses the live-update handshake from a page on another site, and opens it for Plenary’s own', async () => {
    const { http } = await organizer();
    expect(await handshake(http, 'https://evil.example')).toBe(403);
    expect(await handshake(http, 'null')).toBe(403);
    expect(await handshake(http, PUBLIC_URL)).toBe(101);
    expect(await handshake(http, t.baseUrl)).toBe(101);
  });
});
