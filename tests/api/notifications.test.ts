import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundDeadlinesService } from '../../apps/api/src/comment-rounds/round-deadlines.service';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData, expectError } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  POST_COMMENT,
  type Person,
} from '../helpers/memoranda';
import { wsClient } from '../helpers/live-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let database: TestDatabase;
let replicaA: TestApp;
let replicaB: TestApp;
let factory: Factory;
let cast: MemorandumCast;
const sockets: Client[] = [];

/** Both replicas look for due jobs twice a second: two job workers on one database. */
const fastJobs = { JOB_POLL_SECONDS: '0.5' };

beforeAll(async () => {
  database = await createTestDatabase();
  replicaA = await startTestApp({ database, env: fastJobs });
  replicaB = await startTestApp({ database, env: fastJobs });
  factory = new Factory(replicaA.dataSource);
  cast = await memorandumCast(replicaA, factory);
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await replicaA?.close();
  await replicaB?.close();
  await database?.drop();
});

const LIST = `query { notifications(limit: 50) { id kind title body path readAt } unreadNotificationCount }`;
const MARK = `mutation M($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const PREFERENCES = `query { notificationPreferences { kind label delivery } }`;
const SET = `mutation S($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
const DISPOSE = `mutation D($input: DisposeCommentsInput!) { disposeComments(input: $input) { id } }`;
/** The day the body met to decide: today. */
const today = new Date().toISOString().slice(0, 10);

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  path: string;
  readAt: string | null;
}

async function inbox(person: Person): Promise<{ notifications: Notification[]; unreadNotificationCount: number }> {
  return expectData(await person.client.gql(LIST));
}

function outbox(to: string, kind: string): Promise<number> {
  return factory.count('outbox_messages', 'to_address = $1 AND kind = $2', [to, kind]);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Not true after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the notification centre', () => {
  it('tells each recipient a round opened, in the app and by e-mail, and lets them mark only their own read', async () => {
    const { id } = await draftMemorandum(cast, 'Notified memorandum', ['Text.']);
    const before = await inbox(cast.focalC);
    expectData(await circulateMemorandum(cast, id));
    const after = await inbox(cast.focalC);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount + 1);
    const opened = after.notifications.find((n) => n.kind === 'ROUND_OPENED' && n.path === `/documents/${id}`)!;
    expect(opened.title).toBe('For comment: Notified memorandum (version 1)');
    expect(await outbox(cast.focalC.email, 'ROUND_OPENED')).toBeGreaterThan(0);
    // Not a recipient: nothing.
    expect((await inbox(cast.outsider)).notifications.filter((n) => n.path === `/documents/${id}`)).toEqual([]);

    expectError(await cast.outsider.client.gql(MARK, { ids: [opened.id] }), 'NOT_FOUND', 'NOT_FOUND');
    expect((await inbox(cast.focalC)).unreadNotificationCount).toBe(after.unreadNotificationCount);
    const marked = expectData<{ markNotificationsRead: Notification[] }>(
      await cast.focalC.client.gql(MARK, { ids: [opened.id] }),
    );
    expect(marked.markNotificationsRead[0]!.readAt).not.toBeNull();
    expect((await inbox(cast.focalC)).unreadNotificationCount).toBe(after.unreadNotificationCount - 1);
    expectData(await cast.focalC.client.gql(MARK_ALL));
    expect((await inbox(cast.focalC)).unreadNotificationCount).toBe(0);
  });

  it('tells comment authors about dispositions, the body about a submission and the co-chairs about the decision', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Followed memorandum', ['A paragraph to comment on.']);
    expectData(await circulateMemorandum(cast, id));
    const roundId = await openRoundOf(cast, id);
    const { postComment } = expectData<{ postComment: { id: string } }>(
      await cast.expert.client.gql(POST_COMMENT, {
        input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'SUBSTANTIVE', body: 'Say more.' },
      }),
    );
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: roundId }));
    expectData(
      await cast.coChair.client.gql(DISPOSE, {
        input: { commentIds: [postComment.id], disposition: 'ACCEPTED', reply: 'Expanded.' },
      }),
    );
    const disposition = (await inbox(cast.expert)).notifications.find((n) => n.kind === 'DISPOSITION_PUBLISHED')!;
    // Who answered, which comment, how, and a link to the paragraph it is about.
    expect(disposition).toMatchObject({
      title: 'Accepted: your comment on Followed memorandum',
      body: `${cast.coChair.name} gave your comment on paragraph 1 (round 1) the disposition "Accepted". Reply: Expanded.`,
      path: `/documents/${id}?paragraph=${paragraphs[0]!.paragraphId}`,
    });
    expectData(await cast.coChair.client.gql(`mutation F($id: ID!) { finaliseDocument(id: $id) { id } }`, { id }));
    expectData(await cast.coChair.client.gql(`mutation S($id: ID!) { submitDocument(id: $id) { id } }`, { id }));
    expect((await inbox(cast.steeringMember)).notifications[0]).toMatchObject({
      kind: 'DOCUMENT_SUBMITTED',
      title: 'Submitted for decision: Followed memorandum',
    });
    expectData(
      await cast.steeringMember.client.gql(
        `mutation D($input: DecideDocumentInput!) { decideDocument(input: $input) { id } }`,
        { input: { documentId: id, decision: 'RETURNED', meetingDate: today, guidance: 'Name the addressees.' } },
      ),
    );
    for (const coChair of [cast.coChair, cast.coChair2]) {
      expect((await inbox(coChair)).notifications[0]).toMatchObject({
        kind: 'DOCUMENT_DECIDED',
        title: 'Returned with guidance: Followed memorandum',
        body: expect.stringContaining('returned version 2 of the memorandum "Followed memorandum"') as string,
        path: `/documents/${id}?tab=history`,
      });
    }
  });

  it('keeps the unread count live over the subscription, across replicas', async () => {
    const http = await replicaB.client().as(cast.focalA.email, cast.focalA.password);
    const ws = wsClient(replicaB, http);
    sockets.push(ws);
    const events = ws.iterate<{ notificationEvents: { unreadCount: number } }>({
      query: `subscription { notificationEvents { unreadCount } }`,
    });
    const initial = (await events.next()).value!.data!.notificationEvents.unreadCount;
    expect(initial).toBe((await inbox(cast.focalA)).unreadNotificationCount);
    // Circulated through replica A; heard on replica B.
    const { id } = await draftMemorandum(cast, 'Live count', ['Text.']);
    expectData(await circulateMemorandum(cast, id));
    expect((await events.next()).value!.data!.notificationEvents.unreadCount).toBe(initial + 1);
    expectData(await cast.focalA.client.gql(MARK_ALL));
    expect((await events.next()).value!.data!.notificationEvents.unreadCount).toBe(0);
    await events.return?.();
  });
});

describe('dates in notifications and e-mails', () => {
  /** An ISO date or date-time, or a time marked only "(UTC)": what a machine writes, not a person. */
  const machineDate = /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}|\(UTC\)/;

  it('writes when a round opens and closes as a person reads it, naming UTC, with no ISO timestamp', async () => {
    const { id } = await draftMemorandum(cast, 'Dated memorandum', ['Text.']);
    expectData(
      await circulateMemorandum(cast, id, {
        opensAt: '2030-12-20T09:30:00.000Z',
        closesAt: '2031-01-17T16:00:00.000Z',
      }),
    );
    const opened = (await inbox(cast.focalC)).notifications.find(
      (n) => n.kind === 'ROUND_OPENED' && n.path === `/documents/${id}`,
    )!;
    expect(opened.body).toContain(
      'Comments open on Friday 20 December 2030, 09:30 UTC and close on Friday 17 January 2031, 16:00 UTC.',
    );
    const [mail] = await replicaA.dataSource.query<{ subject: string; body_text: string }[]>(
      `SELECT subject, body_text FROM outbox_messages WHERE to_address = $1 AND kind = 'ROUND_OPENED' AND object_id = $2`,
      [cast.focalC.email, await openRoundOf(cast, id)],
    );
    expect(mail!.body_text).toContain(
      'Comments are open from Friday 20 December 2030, 09:30 UTC until Friday 17 January 2031, 16:00 UTC.',
    );
    expect(`${opened.title}\n${opened.body}\n${mail!.subject}\n${mail!.body_text}`).not.toMatch(machineDate);
  });

  it('writes a reminder’s closing time as a person reads it', async () => {
    const { id } = await draftMemorandum(cast, 'Reminder wording', ['Text.']);
    expectData(
      await circulateMemorandum(cast, id, {
        opensAt: new Date(Date.now() - 6 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 20 * 3_600_000).toISOString(),
      }),
    );
    const roundId = await openRoundOf(cast, id);
    await replicaA.app.get(RoundDeadlinesService).remindRound({ roundId, days: 1 });
    const [reminder] = await replicaA.dataSource.query<{ body: string }[]>(
      `SELECT body FROM notifications WHERE person_id = $1 AND kind = 'ROUND_CLOSING' AND dedupe_key LIKE $2`,
      [cast.expert.personId, `ROUND_CLOSING:${roundId}:%`],
    );
    expect(reminder!.body).toMatch(
      /^Round 1 of the memorandum "Reminder wording" of the .+ closes on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC\. No response yet from you:/,
    );
    expect(reminder!.body).not.toMatch(machineDate);
  });
});

describe('immediate e-mail or a daily digest, per kind', () => {
  it('e-mails at once by default, holds a kind chosen for the digest, and sends each digest once', async () => {
    const { notificationPreferences } = expectData<{ notificationPreferences: { kind: string; delivery: string }[] }>(
      await cast.focalC.client.gql(PREFERENCES),
    );
    expect(notificationPreferences).toHaveLength(10);
    expect(notificationPreferences.every((p) => p.delivery === 'IMMEDIATE')).toBe(true);
    expectData(await cast.focalC.client.gql(SET, { kind: 'ROUND_OPENED', delivery: 'DAILY_DIGEST' }));
    expectError(await cast.focalC.client.gql(SET, { kind: 'NOPE', delivery: 'DAILY_DIGEST' }), 'BAD_USER_INPUT');

    const service = replicaA.app.get(NotificationsService);
    await service.sendDigests();
    const mailsA = await outbox(cast.focalA.email, 'ROUND_OPENED');
    const mailsC = await outbox(cast.focalC.email, 'ROUND_OPENED');
    const digestsC = await outbox(cast.focalC.email, 'DAILY_DIGEST');
    const { id } = await draftMemorandum(cast, 'Digested memorandum', ['Text.']);
    expectData(await circulateMemorandum(cast, id));
    expect(await outbox(cast.focalA.email, 'ROUND_OPENED')).toBe(mailsA + 1);
    expect(await outbox(cast.focalC.email, 'ROUND_OPENED')).toBe(mailsC);
    // Still in the notification centre at once.
    expect((await inbox(cast.focalC)).notifications[0]!.title).toBe('For comment: Digested memorandum (version 1)');

    // Two replicas run the digest at the same moment: one e-mail.
    await Promise.all([service.sendDigests(), replicaB.app.get(NotificationsService).sendDigests()]);
    await service.sendDigests();
    expect(await outbox(cast.focalC.email, 'DAILY_DIGEST')).toBe(digestsC + 1);
    const [digest] = await replicaA.dataSource.query<{ subject: string; body_text: string }[]>(
      `SELECT subject, body_text FROM outbox_messages WHERE to_address = $1 AND kind = 'DAILY_DIGEST' ORDER BY created_at DESC LIMIT 1`,
      [cast.focalC.email],
    );
    expect(digest!.subject).toBe('Plenary: 1 update since your last digest');
    expect(digest!.body_text).toContain('A comment round opens for you: For comment: Digested memorandum (version 1)');
    expect(digest!.body_text).toContain(`/documents/${id}`);
    // Nobody who chose immediate delivery gets a digest.
    expect(await outbox(cast.focalA.email, 'DAILY_DIGEST')).toBe(0);
  });
});

describe('reminders before a round closes', () => {
  const reminders = (person: Person, roundId: string) =>
    factory.count('notifications', `person_id = $1 AND kind = 'ROUND_CLOSING' AND dedupe_key LIKE $2`, [
      person.personId,
      `ROUND_CLOSING:${roundId}:%`,
    ]);

  it('sends no reminder for a round that closes sooner than the reminder’s lead time from its opening', async () => {
    const { id } = await draftMemorandum(cast, 'Short round', ['Text.']);
    expectData(await circulateMemorandum(cast, id, { closesAt: new Date(Date.now() + 20 * 3_600_000).toISOString() }));
    const roundId = await openRoundOf(cast, id);
    expect(await replicaA.app.get(RoundDeadlinesService).remindRound({ roundId, days: 1 })).toBe(0);
    expect(await reminders(cast.expert, roundId)).toBe(0);
  });

  it('reminds recipients who have not responded once, a day before the close, with two job workers running and after a restart', async () => {
    const { id } = await draftMemorandum(cast, 'Reminded memorandum', ['Text.']);
    // Open for five days already (since after the seven-day reminder's time), closing a day and eight
    // seconds from now: the one-day reminder's job runs in eight seconds, once committee C has answered.
    expectData(
      await circulateMemorandum(cast, id, {
        opensAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000 + 8_000).toISOString(),
      }),
    );
    const roundId = await openRoundOf(cast, id);
    // Committee C answers; committee A and the expert do not.
    const { document } = expectData<{
      document: { openRound: { recipients: { id: string; organization: { id: string } | null }[] } };
    }>(
      await cast.focalC.client.gql(
        `query D($id: ID!) { document(id: $id) { openRound { recipients { id organization { id } } } } }`,
        { id },
      ),
    );
    const committeeC = document.openRound.recipients.find((r) => r.organization?.id === cast.committeeC)!;
    expectData(
      await cast.focalC.client.gql(
        `mutation R($input: RespondToRoundInput!) { respondToRound(input: $input) { id } }`,
        { input: { recipientId: committeeC.id, response: 'NO_COMMENTS' } },
      ),
    );
    await waitFor(
      async () => (await reminders(cast.expert, roundId)) === 1 && (await reminders(cast.focalA, roundId)) === 1,
      20_000,
    );
    // Every worker and the sweep try again, at once: nothing more. (Last in the file: the clients of
    // the cast point at the replicas stopped below.)
    const services = [replicaA, replicaB].map((r) => r.app.get(RoundDeadlinesService));
    await Promise.all(
      services.flatMap((s) => [
        s.remindRound({ roundId, days: 1 }),
        s.remindRound({ roundId, days: 1 }),
        s.remindRound({ roundId, days: 7 }),
      ]),
    );
    await replicaA.close();
    await replicaB.close();
    replicaA = await startTestApp({ database, env: fastJobs });
    replicaB = await startTestApp({ database, env: fastJobs });
    factory = new Factory(replicaA.dataSource);
    await replicaA.app.get(RoundDeadlinesService).remindRound({ roundId, days: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await reminders(cast.expert, roundId)).toBe(1);
    expect(await reminders(cast.focalA, roundId)).toBe(1);
    expect(
      await factory.count('outbox_messages', `to_address = $1 AND kind = 'ROUND_CLOSING' AND object_id = $2`, [
        cast.expert.email,
        roundId,
      ]),
    ).toBe(1);
    // The committee that answered, and the seven-day reminder whose time has passed: none.
    expect(await reminders(cast.focalC, roundId)).toBe(0);
    expect(await factory.count('notifications', `dedupe_key LIKE $1`, [`ROUND_CLOSING:${roundId}:7:%`])).toBe(0);
    const [reminder] = await replicaA.dataSource.query<{ title: string }[]>(
      `SELECT title FROM notifications WHERE person_id = $1 AND kind = 'ROUND_CLOSING' AND dedupe_key LIKE $2`,
      [cast.expert.personId, `ROUND_CLOSING:${roundId}:%`],
    );
    expect(reminder!.title).toBe('Closes tomorrow: comments on Reminded memorandum');
  });
});
