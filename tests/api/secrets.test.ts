import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { createLogger } from '../../apps/api/src/common/logger';
import { redactSecretLinks, redactSecretPaths } from '../../apps/api/src/common/secret-links';
import { OutboxShownCopy1796595653567 } from '../../apps/api/src/database/migrations/1796595653567-OutboxShownCopy';
import { MailService } from '../../apps/api/src/mail/mail.service';
import { Factory } from '../helpers/factories';
import { docxXml, pdfPages, wordText } from '../helpers/files';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Every line the app logs during this file, as the server would write it. */
const log: string[] = [];

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.push(chunk.toString());
      done();
    },
  });
  t = await startTestApp({ logger: createLogger('info', sink) });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const MARKER = '[personal link, sent only to the recipient]';
const INVITE = `mutation I($meetingId: ID!, $input: InviteParticipantInput!) { inviteParticipant(meetingId: $meetingId, input: $input) { id } }`;
const SEND = `mutation S($meetingId: ID!) { sendInvitations(meetingId: $meetingId) { sent { id } } }`;
/** Everything about a meeting's people and mail that its organiser may read. */
const ORGANISER_VIEW = `query O($id: ID!) { meeting(id: $id) {
  outbox { id to toName subject body kind createdAt sentAt }
  participants { id role state email category travelSupport invitedAt respondedAt person { id name } representing { name } }
} }`;
const OUTBOX = `query O($id: ID!) { meeting(id: $id) { outbox { body kind } } }`;
const FEED = `query F($id: ID!) { meeting(id: $id) { calendarFeedUrl } }`;
const RESPOND = `mutation R($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { state } }`;
const ACCEPT = `mutation A($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { user { email } } }`;

async function organisedMeeting() {
  const m = await factory.meeting({ title: 'Expert Group Meeting on Energy Connectivity' });
  const organiser = await factory.user({ name: 'Lee Seo-yeon' });
  await factory.grant(organiser.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  const asOrganiser = await t.client().as(organiser.email, organiser.password);
  return { m, organiser, asOrganiser };
}

/** The invitation as it reaches the recipient's mailbox: the text the dispatcher sends. */
async function mailbox(to: string): Promise<{ rsvp: string; account: string | null }> {
  const [row] = await t.dataSource.query<{ body_text: string }[]>(
    `SELECT body_text FROM outbox_messages WHERE to_address = $1 AND kind = 'MEETING_INVITATION'`,
    [to],
  );
  return {
    rsvp: /\/rsvp\/([\w-]+)/.exec(row!.body_text)![1]!,
    account: /\/invitation\/([\w-]+)/.exec(row!.body_text)?.[1] ?? null,
  };
}

/** Fetches from the app under test whatever host the address names (feed addresses carry the public one). */
async function download(client: GraphQLTestClient | null, address: string): Promise<Response> {
  const { pathname, search } = new URL(address, t.baseUrl);
  return fetch(`${t.baseUrl}${pathname}${search}`, {
    headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
  });
}

describe('personal links in e-mail', () => {
  it('shows the organiser the invitation without its links, which only the invited person can use', async () => {
    const { m, asOrganiser } = await organisedMeeting();
    const email = `invitee-${Date.now()}@example.org`;
    expectData(
      await asOrganiser.gql(INVITE, {
        meetingId: m.id,
        input: { newPerson: { name: 'Батбаярын Оюунчимэг', email }, role: 'PRESENTER', category: 'Academia' },
      }),
    );
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    const { rsvp, account } = await mailbox(email);
    expect(account).not.toBeNull();

    // Whatever the organiser reads about the meeting, its people and its mail.
    const view = await asOrganiser.gql<{ meeting: { outbox: { body: string; kind: string }[] } }>(ORGANISER_VIEW, {
      id: m.id,
    });
    const { meeting } = expectData(view);
    const search = await asOrganiser.gql(`query S($q: String!) { search(query: $q) { kind title path snippet } }`, {
      q: 'Оюунчимэг',
    });
    const notifications = await asOrganiser.gql(`{ notifications { title body path } }`);
    const csv = await (await download(asOrganiser, `/meetings/${m.id}/participants.csv?status=ALL`)).text();
    const docx = wordText(await docxXml(await download(asOrganiser, `/meetings/${m.id}/participants.docx?status=ALL`)));
    const pdf = (await pdfPages(await download(asOrganiser, `/meetings/${m.id}/participants.pdf?status=ALL`))).join(
      '\n',
    );
    expect(csv).toContain(email);
    for (const seen of [JSON.stringify(view), JSON.stringify(search), JSON.stringify(notifications), csv, docx, pdf]) {
      expect(seen).not.toContain(rsvp);
      expect(seen).not.toContain(account!);
      expect(seen).not.toMatch(/\/(rsvp|invitation)\/[\w-]/);
    }
    const [invitation] = meeting.outbox;
    expect(invitation!.kind).toBe('MEETING_INVITATION');
    // Both links are there as markers, and the rest of the message as written.
    expect(invitation!.body.split(MARKER)).toHaveLength(3);
    expect(invitation!.body).toContain('You are invited to the Expert Group Meeting on Energy Connectivity');
    expect(invitation!.body).toContain('Choose your password here (the link works once):');

    // The organiser has nothing to open the account with; the invited person's own links work.
    expectError(
      await asOrganiser.gql(ACCEPT, { input: { token: MARKER, password: 'the organiser guesses' } }),
      'BAD_USER_INPUT',
      'INVITATION_INVALID',
    );
    const invitee = t.client();
    expect(expectData(await invitee.gql(RESPOND, { input: { token: rsvp, response: 'ACCEPTED' } }))).toEqual({
      respondToInvitation: { state: 'ACCEPTED' },
    });
    expect(
      expectData(await invitee.gql(ACCEPT, { input: { token: account, password: 'my own long password' } })),
    ).toEqual({ acceptAccountInvitation: { user: { email } } });
  });

  it('keeps a personal link out of the outbox view even when it is written into the text as plain words', async () => {
    const { m, asOrganiser } = await organisedMeeting();
    const link = `${t.config.publicUrl}/invitation/written-as-text-0123456789abcdef`;
    await t.dataSource.transaction((manager) =>
      t.app.get(MailService).enqueue(manager, {
        to: 'someone@example.org',
        subject: 'Your account',
        kind: 'ACCOUNT_INVITATION',
        objectId: m.id,
        text: ['Choose your password:', link, `or paste ${link} into the browser.`],
      }),
    );
    const { meeting } = expectData(
      await asOrganiser.gql<{ meeting: { outbox: { body: string }[] } }>(OUTBOX, { id: m.id }),
    );
    expect(meeting.outbox.map((message) => message.body)).toEqual([
      `Choose your password:\n${MARKER}\nor paste ${MARKER} into the browser.`,
    ]);
    const [sent] = await t.dataSource.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_messages WHERE object_id = $1`,
      [m.id],
    );
    expect(sent!.body_text).toBe(`Choose your password:\n${link}\nor paste ${link} into the browser.`);
  });

  it('hides the personal links of messages written before the outbox kept a shown copy', async () => {
    const { m, asOrganiser } = await organisedMeeting();
    const older = [
      'Please reply:',
      `${t.config.publicUrl}/rsvp/older-reply-link-0123456789abcdef`,
      `Password: ${t.config.publicUrl}/INVITATION/older-account-link-0123456789.`,
      `Calendar: ${t.config.publicUrl}/calendar/older-feed-0123456789abcdef.ics`,
      `Agenda: ${t.config.publicUrl}/meetings/${m.id}`,
    ].join('\n');
    const migration = new OutboxShownCopy1796595653567();
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      await runner.query(
        `INSERT INTO outbox_messages (to_address, subject, body_text, kind, object_id) VALUES ('a@example.org', 'Invitation', $1, 'MEETING_INVITATION', $2)`,
        [older, m.id],
      );
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    const { meeting } = expectData(
      await asOrganiser.gql<{ meeting: { outbox: { body: string }[] } }>(OUTBOX, { id: m.id }),
    );
    expect(meeting.outbox.map((message) => message.body)).toEqual([
      [
        'Please reply:',
        MARKER,
        `Password: ${MARKER}`,
        `Calendar: ${MARKER}`,
        `Agenda: ${t.config.publicUrl}/meetings/${m.id}`,
      ].join('\n'),
    ]);
  });

  it('knows every address that carries a secret, in the API and in the web app', () => {
    const express = t.app.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string } }[] };
    };
    const apiRoutes = express.router.stack.flatMap((layer) => (layer.route ? [layer.route.path] : []));
    const webRoutes = [
      ...fs
        .readFileSync(path.resolve(__dirname, '../../apps/web/src/app/routes.tsx'), 'utf8')
        .matchAll(/path: '([^']+)'/g),
    ].map((match) => match[1]!);
    const secretRoutes = [...apiRoutes, ...webRoutes].filter((route) => route.includes(':token'));
    expect(secretRoutes).toEqual(
      expect.arrayContaining(['/calendar/:token.ics', '/rsvp/:token', '/invitation/:token']),
    );
    const secret = 'Zq3-secret_value-that-must-not-show-01234567';
    for (const route of secretRoutes) {
      const address = route.replace(':token', secret);
      expect(redactSecretPaths(address), route).not.toContain(secret);
      expect(redactSecretLinks(`Open ${t.baseUrl}${address} now`, MARKER), route).toBe(`Open ${MARKER} now`);
    }
  });
});

describe('calendar feeds', () => {
  it('gives each person a feed address of their own, which ends with their access to the meeting', async () => {
    const { m, organiser, asOrganiser } = await organisedMeeting();
    const expert = await factory.user({ name: 'Анна Соколова' });
    const { inviteParticipant } = expectData(
      await asOrganiser.gql<{ inviteParticipant: { id: string } }>(INVITE, {
        meetingId: m.id,
        input: { personId: expert.personId, role: 'PARTICIPANT' },
      }),
    );
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    const asExpert = await t.client().as(expert.email, expert.password);
    const feedOf = async (client: GraphQLTestClient) =>
      expectData(await client.gql<{ meeting: { calendarFeedUrl: string } }>(FEED, { id: m.id })).meeting
        .calendarFeedUrl;
    const organiserFeed = await feedOf(asOrganiser);
    const expertFeed = await feedOf(asExpert);
    expect(organiserFeed).not.toBe(expertFeed);
    expect(await feedOf(asExpert)).toBe(expertFeed);
    for (const feed of [organiserFeed, expertFeed]) {
      const response = await download(null, feed);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('SUMMARY:Expert Group Meeting on Energy Connectivity');
    }

    // Someone else's address cannot be made from one's own, nor from the meeting alone.
    const meetingKey = (
      await t.dataSource.query<{ calendar_token: string }[]>(`SELECT calendar_token FROM meetings WHERE id = $1`, [
        m.id,
      ])
    )[0]!.calendar_token;
    const own = Buffer.from(/\/calendar\/([\w-]+)\.ics$/.exec(expertFeed)![1]!, 'base64url');
    own.set(Buffer.from(organiser.personId.replaceAll('-', ''), 'hex'), 16);
    expect((await download(null, `/calendar/${own.toString('base64url')}.ics`)).status).toBe(404);
    expect((await download(null, `/calendar/${meetingKey}.ics`)).status).toBe(404);

    expectData(
      await asOrganiser.gql(`mutation D($id: ID!) { removeParticipation(id: $id) }`, { id: inviteParticipant.id }),
    );
    expect((await download(null, expertFeed)).status).toBe(404);
    expect((await download(null, organiserFeed)).status).toBe(200);
  });
});

describe('the log', () => {
  it('records requests to addresses that carry a secret, and sign-ins, without the secret', async () => {
    const { m, asOrganiser } = await organisedMeeting();
    const email = `logged-${Date.now()}@example.org`;
    expectData(
      await asOrganiser.gql(INVITE, {
        meetingId: m.id,
        input: { newPerson: { name: 'Kim', email }, role: 'OBSERVER' },
      }),
    );
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    const { rsvp, account } = await mailbox(email);
    const feed = expectData(await asOrganiser.gql<{ meeting: { calendarFeedUrl: string } }>(FEED, { id: m.id })).meeting
      .calendarFeedUrl;
    const feedToken = /\/calendar\/([\w-]+)\.ics$/.exec(feed)![1]!;

    const page = await fetch(`${t.baseUrl}/rsvp/${rsvp}`, {
      headers: { accept: 'text/html', cookie: asOrganiser.sessionCookie! },
    });
    // The page's address is not passed on to whatever it links to or loads.
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    await fetch(`${t.baseUrl}/invitation/${account}?from=mail`, { headers: { accept: 'text/html' } });
    await fetch(`${t.baseUrl}/calendar/${feedToken}.ics`);
    await fetch(`${t.baseUrl}/CALENDAR/${feedToken}.ics`);
    await t.client().gql(`query V($token: String!) { meetingInvitation(token: $token) { state } }`, { token: rsvp });
    await t.client().gql(`{ meetingInvitation(token: "${rsvp}") { state } }`);
    await t.client().signIn(email, 'a password typed wrongly');

    // Each request is logged once its response has gone out.
    await expect.poll(() => log.filter((line) => line.includes('[redacted]')).length).toBeGreaterThanOrEqual(4);
    const written = log.join('');
    expect(written).toContain('"url":"/rsvp/[redacted]"');
    expect(written).toContain('"url":"/invitation/[redacted]"');
    expect(written).toContain('"url":"/calendar/[redacted]"');
    const session = asOrganiser.sessionCookie!.split('=')[1]!;
    for (const secret of [rsvp, account!, feedToken, session, 'a password typed wrongly']) {
      expect(written).not.toContain(secret);
    }
  });
});
