import type net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoPassword } from '@plenary/seeds';
import { MailDispatcher } from '../../apps/api/src/mail/mail-dispatcher.service';
import { FOLLOW_UP_DUE_JOB } from '../../apps/api/src/recommendations/recommendations.service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let port: number;
const received: Received[] = [];
/** While set, the server refuses every recipient, as a full mailbox or a down relay would. */
let refusing = false;
let database: TestDatabase;
let replicaA: TestApp;
let replicaB: TestApp;

beforeAll(async () => {
  // A real SMTP server on loopback, receiving what Plenary sends.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(_address, _session, callback) {
      callback(refusing ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 }) : undefined);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  port = await new Promise<number>((resolve) =>
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as net.AddressInfo).port)),
  );
  database = await createTestDatabase();
  const env = {
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Plenary <plenary@escap.example>',
    MAIL_INTERVAL_MS: '3600000',
  };
  replicaA = await startTestApp({ database, demoData: true, env });
  replicaB = await startTestApp({ database, env });
  // The demo data's overdue follow-ups are told to their secretariats as soon as a replica starts;
  // those e-mails go out first, so that each test counts only the messages it causes.
  await vi.waitFor(
    async () => {
      const [row] = await replicaA.dataSource.query<{ done: number; waiting: number }[]>(
        `SELECT count(*) FILTER (WHERE state = 'completed')::int AS done,
                count(*) FILTER (WHERE state NOT IN ('completed', 'failed') AND start_after <= now())::int AS waiting
           FROM pgboss.job WHERE name = $1`,
        [FOLLOW_UP_DUE_JOB],
      );
      expect(row).toEqual({ done: expect.any(Number), waiting: 0 });
      expect(row!.done).toBeGreaterThan(0);
    },
    { timeout: 15_000 },
  );
  await replicaA.app.get(MailDispatcher).sendPending();
  received.length = 0;
});
afterAll(async () => {
  await replicaA.close();
  await replicaB.close();
  await database.drop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('sending e-mail through SMTP', () => {
  it('sends each outbox message exactly once, even with two replicas sending at the same moment', async () => {
    const factory = new Factory(replicaA.dataSource);
    const admin = await replicaA.client().as('admin@plenary.example', demoPassword);
    for (const n of [1, 2, 3]) {
      expectData(
        await admin.gql(
          `mutation { inviteUser(input: { name: "Expert ${n}", email: "expert${n}@example.org" }) { id } }`,
        ),
      );
    }
    const [sentA, sentB] = await Promise.all([
      replicaA.app.get(MailDispatcher).sendPending(),
      replicaB.app.get(MailDispatcher).sendPending(),
    ]);
    expect(sentA + sentB).toBe(3);
    expect(received.map((m) => m.to[0]).sort()).toEqual([
      'expert1@example.org',
      'expert2@example.org',
      'expert3@example.org',
    ]);
    expect(received[0]!.from).toBe('plenary@escap.example');
    expect(received[0]!.raw).toMatch(/Subject: Your Plenary account/);
    expect(await factory.count('outbox_messages', 'sent_at IS NULL')).toBe(0);
    // Nothing is left to send a second time.
    expect(await replicaA.app.get(MailDispatcher).sendPending()).toBe(0);
    expect(received).toHaveLength(3);
  });

  it('keeps a message in the outbox with the reason when the server refuses it, and tries again later', async () => {
    const factory = new Factory(replicaA.dataSource);
    const admin = await replicaA.client().as('admin@plenary.example', demoPassword);
    expectData(await admin.gql(`mutation { inviteUser(input: { name: "Later", email: "later@example.org" }) { id } }`));
    refusing = true;
    expect(await replicaA.app.get(MailDispatcher).sendPending()).toBe(0);
    expect(
      await factory.count(
        'outbox_messages',
        `to_address = 'later@example.org' AND sent_at IS NULL AND attempts = 1 AND last_error IS NOT NULL`,
      ),
    ).toBe(1);
    refusing = false;
    expect(await replicaA.app.get(MailDispatcher).sendPending()).toBe(1);
    expect(received.at(-1)!.to).toEqual(['later@example.org']);
  });
});
