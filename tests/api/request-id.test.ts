import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { createLogger } from '../../apps/api/src/common/logger';
import { Factory } from '../helpers/factories';
import { expectError } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Every entry the app logs during this file. */
const log: { level: number; msg: string; requestId?: string; reqId?: string; req?: { url: string } }[] = [];

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.push(JSON.parse(chunk.toString()) as (typeof log)[number]);
      done();
    },
  });
  t = await startTestApp({ logger: createLogger('info', sink) });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

describe('the request id', () => {
  it('names each request in its unexpected error, its reference to quote and its log lines, however many run at once', async () => {
    const user = await factory.user();
    const m = await factory.meeting();
    await factory.grant(user.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const client = await t.client().as(user.email, user.password);
    // A real failure the server does not expect: a table its statement reads is gone.
    await t.dataSource.query(`ALTER TABLE agenda_days RENAME TO agenda_days_away`);
    try {
      const query = `query M($id: ID!) { meeting(id: $id) { agendaDays { id } } }`;
      const responses = await Promise.all(
        ['first-request', 'second-request', 'third-request'].map((id) =>
          client.post(JSON.stringify({ query, variables: { id: m.id } }), { 'x-request-id': id }),
        ),
      );
      for (const [i, id] of ['first-request', 'second-request', 'third-request'].entries()) {
        const response = responses[i]!;
        expect(response.headers.get('x-request-id')).toBe(id);
        const error = expectError(response, 'INTERNAL_SERVER_ERROR', 'INTERNAL');
        expect(error.extensions?.requestId).toBe(id);
        expect(error.message).toContain(`quote reference ${id}.`);
        const logged = log.filter((entry) => entry.msg === 'Unexpected error in a GraphQL request');
        expect(logged.filter((entry) => entry.requestId === id)).toHaveLength(1);
        expect(log.filter((entry) => entry.reqId === id && entry.msg === 'request completed')).toHaveLength(1);
      }
    } finally {
      await t.dataSource.query(`ALTER TABLE agenda_days_away RENAME TO agenda_days`);
    }
  });
});
