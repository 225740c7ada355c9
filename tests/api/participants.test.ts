import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const INVITE = `mutation I($meetingId: ID!, $input: InviteParticipantInput!) {
  inviteParticipant(meetingId: $meetingId, input: $input) { id role state person { name } representing { name } } }`;
const PARTICIPANTS = `query P($id: ID!) { meeting(id: $id) { participants { id role state email person { name } } } }`;
const OUTBOX = `query O($id: ID!) { meeting(id: $id) { outbox { to subject body kind } } }`;
const PREVIEW = `query V($token: String!) { meetingInvitation(token: $token) { personName meetingTitle state open hasAccount role } }`;
const RESPOND = `mutation R($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { state open } }`;
const ATTEND = `mutation A($id: ID!, $attended: Boolean!) { markAttendance(id: $id, attended: $attended) { state } }`;
const SEND = `mutation S($meetingId: ID!) { sendInvitations(meetingId: $meetingId) { sent { id state } } }`;
const REPLY = `mutation Y($meetingId: ID!, $response: InvitationState!) { replyToInvitation(meetingId: $meetingId, response: $response) { state } }`;

async function setup() {
  const m = await factory.meeting({ title: 'Expert Group Meeting on Connectivity' });
  const organizer = await factory.user({ name: 'Lee Seo-yeon' });
  await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  const asOrganizer = await t.client().as(organizer.email, organizer.password);
  return { m, organizer, asOrganizer };
}

async function latestMail(to: string): Promise<string> {
  const [row] = await t.dataSource.query<{ body_text: string }[]>(
    `SELECT body_text FROM outbox_messages WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
    [to],
  );
  return row!.body_text;
}

const link = (body: string, path: string) => new RegExp(`/${path}/([\\w-]+)`).exec(body)![1]!;

describe('inviting participants', () => {
  it('invites someone with an account: a personal reply link by e-mail, seen in the meeting outbox', async () => {
    const { m, asOrganizer } = await setup();
    const expert = await factory.user({ name: 'Анна Соколова' });
    const org = await factory.organization({ name: 'Far Eastern Federal University' });
    const { inviteParticipant } = expectData(
      await asOrganizer.gql<{ inviteParticipant: { id: string; state: string } }>(INVITE, {
        meetingId: m.id,
        input: { personId: expert.personId, role: 'PRESENTER', representingId: org.id, category: 'Academia' },
      }),
    );
    expect(inviteParticipant).toMatchObject({
      role: 'PRESENTER',
      state: 'NOT_INVITED',
      person: { name: 'Анна Соколова' },
      representing: { name: org.name },
    });
    expect(expectData(await asOrganizer.gql(SEND, { meetingId: m.id }))).toEqual({
      sendInvitations: { sent: [{ id: inviteParticipant.id, state: 'INVITED' }] },
    });
    const body = await latestMail(expert.email);
    expect(body).toContain('Dear Анна Соколова');
    expect(body).toContain('as presenter');
    expect(body).not.toContain('/invitation/');
    const { meeting } = expectData(
      await asOrganizer.gql<{ meeting: { outbox: { to: string; kind: string }[] } }>(OUTBOX, { id: m.id }),
    );
    expect(meeting.outbox).toEqual([expect.objectContaining({ to: expert.email, kind: 'MEETING_INVITATION' })]);
    // The invited person now sees the meeting.
    const asExpert = await t.client().as(expert.email, expert.password);
    expectData(await asExpert.gql(PARTICIPANTS, { id: m.id }));
  });

  it('invites a new person by e-mail, who replies once through the link and sets a password through the other', async () => {
    const { m, asOrganizer } = await setup();
    const email = `new-expert-${Date.now()}@example.org`;
    expectData(
      await asOrganizer.gql(INVITE, {
        meetingId: m.id,
        input: { newPerson: { name: '김민준', sortName: 'Kim Min-jun', email }, role: 'PARTICIPANT' },
      }),
    );
    expectData(await asOrganizer.gql(SEND, { meetingId: m.id }));
    const body = await latestMail(email);
    const rsvp = link(body, 'rsvp');
    const account = link(body, 'invitation');
    const visitor = t.client();
    expect(expectData(await visitor.gql(PREVIEW, { token: rsvp }))).toEqual({
      meetingInvitation: {
        personName: '김민준',
        meetingTitle: 'Expert Group Meeting on Connectivity',
        state: 'INVITED',
        open: true,
        hasAccount: false,
        role: 'PARTICIPANT',
      },
    });
    expect(expectData(await visitor.gql(RESPOND, { input: { token: rsvp, response: 'ACCEPTED' } }))).toEqual({
      respondToInvitation: { state: 'ACCEPTED', open: false },
    });
    expectError(
      await visitor.gql(RESPOND, { input: { token: rsvp, response: 'DECLINED' } }),
      'BAD_USER_INPUT',
      'INVITATION_USED',
    );
    expectData(
      await visitor.gql(
        `mutation S($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { user { email } } }`,
        {
          input: { token: account, password: 'a good long password' },
        },
      ),
    );
    const { meeting } = expectData(
      await visitor.gql<{ meeting: { participants: { state: string; email: string | null }[] } }>(PARTICIPANTS, {
        id: m.id,
      }),
    );
    expect(meeting.participants[0]).toMatchObject({ state: 'ACCEPTED', email: null });
  });

  it('refuses a participant (FORBIDDEN) and an outsider (NOT_FOUND), storing and sending nothing', async () => {
    const { m } = await setup();
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const outsider = await factory.user();
    const target = await factory.user();
    for (const [user, code] of [
      [participant, 'FORBIDDEN'],
      [outsider, 'NOT_FOUND'],
    ] as const) {
      const client = await t.client().as(user.email, user.password);
      expectError(
        await client.gql(INVITE, { meetingId: m.id, input: { personId: target.personId, role: 'PARTICIPANT' } }),
        code,
      );
    }
    expect(await factory.count('participations', 'meeting_id = $1', [m.id])).toBe(0);
    expect(await factory.count('outbox_messages', 'to_address = $1', [target.email])).toBe(0);
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(await asParticipant.gql(OUTBOX, { id: m.id }), 'FORBIDDEN');
  });

  it('refuses bad invitations with the reason named, storing nothing', async () => {
    const { m, asOrganizer } = await setup();
    const expert = await factory.user();
    expectData(
      await asOrganizer.gql(INVITE, { meetingId: m.id, input: { personId: expert.personId, role: 'PARTICIPANT' } }),
    );
    const cases: [Record<string, unknown>, string, string][] = [
      [{ personId: expert.personId, role: 'PARTICIPANT' }, 'CONFLICT', 'ALREADY_INVITED'],
      [{ newPerson: { name: 'X', email: 'not-an-email' }, role: 'PARTICIPANT' }, 'BAD_USER_INPUT', 'INVALID_EMAIL'],
      [{ personId: '0b000000-0000-4000-8000-0000000000ff', role: 'PARTICIPANT' }, 'BAD_USER_INPUT', 'UNKNOWN_PERSON'],
      [{ newPerson: { name: 'Y', email: 'y@example.org' }, role: 'ORGANIZER' }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [{ role: 'PARTICIPANT' }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ];
    for (const [input, code, reason] of cases)
      expectError(await asOrganizer.gql(INVITE, { meetingId: m.id, input }), code, reason);
    expect(await factory.count('participations', 'meeting_id = $1', [m.id])).toBe(1);
    expect(await factory.count('people', `email = 'y@example.org'`)).toBe(0);
  });
});

describe('replies and attendance', () => {
  async function invited() {
    const { m, asOrganizer } = await setup();
    const expert = await factory.user();
    const { inviteParticipant } = expectData(
      await asOrganizer.gql<{ inviteParticipant: { id: string } }>(INVITE, {
        meetingId: m.id,
        input: { personId: expert.personId, role: 'DISCUSSANT' },
      }),
    );
    expectData(await asOrganizer.gql(SEND, { meetingId: m.id }));
    return {
      m,
      asOrganizer,
      expert,
      participationId: inviteParticipant.id,
      asExpert: await t.client().as(expert.email, expert.password),
    };
  }

  it('lets a signed-in participant change their reply, and organisers mark attendance', async () => {
    const { m, asOrganizer, asExpert, participationId } = await invited();
    expect(expectData(await asExpert.gql(REPLY, { meetingId: m.id, response: 'TENTATIVE' }))).toEqual({
      replyToInvitation: { state: 'TENTATIVE' },
    });
    expect(expectData(await asExpert.gql(REPLY, { meetingId: m.id, response: 'ACCEPTED' }))).toEqual({
      replyToInvitation: { state: 'ACCEPTED' },
    });
    expect(expectData(await asOrganizer.gql(ATTEND, { id: participationId, attended: true }))).toEqual({
      markAttendance: { state: 'ATTENDED' },
    });
  });

  it('refuses attendance marked by a participant, and a reply that is not a reply', async () => {
    const { m, asExpert, participationId } = await invited();
    expectError(await asExpert.gql(ATTEND, { id: participationId, attended: true }), 'FORBIDDEN');
    expectError(await asExpert.gql(REPLY, { meetingId: m.id, response: 'ATTENDED' }), 'BAD_USER_INPUT');
    expect(await factory.count('participations', `id = $1 AND state = 'INVITED'`, [participationId])).toBe(1);
  });

  it('closes replies once the meeting has been held', async () => {
    const { m, asExpert } = await invited();
    await t.dataSource.query(`UPDATE meetings SET status = 'HELD' WHERE id = $1`, [m.id]);
    expectError(await asExpert.gql(REPLY, { meetingId: m.id, response: 'DECLINED' }), 'CONFLICT', 'REPLIES_CLOSED');
  });

  it('answers a made-up reply link as invalid', async () => {
    expectError(
      await new GraphQLTestClient(t.baseUrl).gql(PREVIEW, { token: 'nope' }),
      'BAD_USER_INPUT',
      'INVITATION_INVALID',
    );
  });
});
