import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const ADD = `mutation A($meetingId: ID!, $input: InviteParticipantInput!) {
  inviteParticipant(meetingId: $meetingId, input: $input) { id state invitedAt } }`;
const SEND = `mutation S($meetingId: ID!, $ids: [ID!]) {
  sendInvitations(meetingId: $meetingId, participationIds: $ids) { sent { id state } notAsked { id state } } }`;
const REMIND = `mutation R($meetingId: ID!, $ids: [ID!]) { remindInvitees(meetingId: $meetingId, participationIds: $ids) { id } }`;
const LETTER = `query L($id: ID!) { meeting(id: $id) { invitationLetter { subject body logistics signature linkAgenda linkConceptNote version previewSubject previewText } } }`;
const UPDATE_LETTER = `mutation U($meetingId: ID!, $input: InvitationLetterInput!) {
  updateInvitationLetter(meetingId: $meetingId, input: $input) { subject version previewText } }`;
const COUNTS = `query C($id: ID!) { meeting(id: $id) { participantCounts { status count } } }`;
const OUTBOX = `query O($id: ID!) { meeting(id: $id) { outbox { to subject body kind } } }`;
const REPLY = `mutation Y($meetingId: ID!, $response: InvitationState!) { replyToInvitation(meetingId: $meetingId, response: $response) { state } }`;
const ADD_ORG = `mutation O($meetingId: ID!, $input: CreateOrganizationInput!) {
  addOrganizationForMeeting(meetingId: $meetingId, input: $input) { id name needsReview } }`;
const CONFIRM_ORG = `mutation C($id: ID!) { confirmOrganization(id: $id) { needsReview } }`;

async function setup() {
  const office = await factory.organization({ name: 'ESCAP East and North-East Asia Office' });
  const m = await factory.meeting({ title: 'Expert Group Meeting on Energy Connectivity', organizerIds: [office.id] });
  const organiser = await factory.user({ name: 'Lee Seo-yeon' });
  await factory.grant(organiser.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  const asOrganiser = await t.client().as(organiser.email, organiser.password);
  return { m, office, organiser, asOrganiser };
}

async function add(
  client: Awaited<ReturnType<typeof setup>>['asOrganiser'],
  meetingId: string,
  personId: string,
  role = 'PARTICIPANT',
) {
  return expectData(
    await client.gql<{ inviteParticipant: { id: string; state: string; invitedAt: string | null } }>(ADD, {
      meetingId,
      input: { personId, role },
    }),
  ).inviteParticipant;
}

async function mailsTo(
  address: string,
): Promise<{ subject: string; body_text: string; body_shown: string; kind: string }[]> {
  return t.dataSource.query(
    `SELECT subject, body_text, body_shown, kind FROM outbox_messages WHERE to_address = $1 ORDER BY created_at`,
    [address],
  );
}

describe('preparing the list', () => {
  it('puts people on the list as not yet invited: no e-mail, no access to the meeting', async () => {
    const { m, asOrganiser } = await setup();
    const expert = await factory.user({ name: 'Батбаатарын Цэрэндорж' });
    const added = await add(asOrganiser, m.id, expert.personId);
    expect(added).toMatchObject({ state: 'NOT_INVITED', invitedAt: null });
    expect(await mailsTo(expert.email)).toEqual([]);
    const asExpert = await t.client().as(expert.email, expert.password);
    expectError(await asExpert.gql(`query M($id: ID!) { meeting(id: $id) { id } }`, { id: m.id }), 'NOT_FOUND');
    expectError(await asExpert.gql(REPLY, { meetingId: m.id, response: 'ACCEPTED' }), 'NOT_FOUND');
  });

  it('counts the list by status, not yet invited included', async () => {
    const { m, asOrganiser } = await setup();
    const [a, b, c] = [await factory.user(), await factory.user(), await factory.user()];
    const pa = await add(asOrganiser, m.id, a.personId);
    await add(asOrganiser, m.id, b.personId);
    await add(asOrganiser, m.id, c.personId);
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id, ids: [pa.id] }));
    const asA = await t.client().as(a.email, a.password);
    expectData(await asA.gql(REPLY, { meetingId: m.id, response: 'ACCEPTED' }));
    const { meeting } = expectData(
      await asOrganiser.gql<{ meeting: { participantCounts: { status: string; count: number }[] } }>(COUNTS, {
        id: m.id,
      }),
    );
    expect(Object.fromEntries(meeting.participantCounts.map((c) => [c.status, c.count]))).toEqual({
      ATTENDING: 1,
      NOT_INVITED: 2,
      INVITED: 1,
      ACCEPTED: 1,
      TENTATIVE: 0,
      DECLINED: 0,
      NO_REPLY: 0,
      ATTENDED: 0,
      ALL: 3,
    });
  });
});

describe('sending invitations', () => {
  it('sends to a selection only, from the letter as edited, addressed to each person, signed as chosen', async () => {
    const { m, asOrganiser } = await setup();
    const chosen = await factory.user({ name: 'Батбаатарын Цэрэндорж', sortName: 'Tserendorj, Batbaatar' });
    await t.dataSource.query(`UPDATE people SET honorific = 'Mr.' WHERE id = $1`, [chosen.personId]);
    const waiting = await factory.user();
    const pc = await add(asOrganiser, m.id, chosen.personId, 'PRESENTER');
    const { meeting } = expectData(
      await asOrganiser.gql<{
        meeting: { invitationLetter: { version: number; signature: string; previewText: string } };
      }>(LETTER, { id: m.id }),
    );
    expect(meeting.invitationLetter.version).toBe(0);
    expect(meeting.invitationLetter.signature).toBe('Secretariat\nESCAP East and North-East Asia Office');
    expect(meeting.invitationLetter.previewText).toContain('Dear Mr. Батбаатарын Цэрэндорж (Batbaatar Tserendorj),');
    expect(meeting.invitationLetter.previewText).toContain('[personal link, sent only to the recipient]');
    const pw = await add(asOrganiser, m.id, waiting.personId);
    expectData(
      await asOrganiser.gql(UPDATE_LETTER, {
        meetingId: m.id,
        input: {
          subject: 'Invitation to the {meeting}',
          body: 'On behalf of ESCAP, I have the honour to invite you to the {meeting} ({dates}) as {role}.',
          logistics: 'ESCAP covers economy-class travel and four nights at the Oakwood Premier.',
          signature: 'Kim Namhee\nEconomic Affairs Officer, ESCAP East and North-East Asia Office',
          linkAgenda: true,
          linkConceptNote: false,
          version: 0,
        },
      }),
    );
    const { sendInvitations } = expectData(
      await asOrganiser.gql<{ sendInvitations: { sent: { id: string; state: string }[]; notAsked: unknown[] } }>(SEND, {
        meetingId: m.id,
        ids: [pc.id],
      }),
    );
    expect(sendInvitations).toEqual({ sent: [{ id: pc.id, state: 'INVITED' }], notAsked: [] });
    const [mail] = await mailsTo(chosen.email);
    expect(mail!.subject).toBe('Invitation to the Expert Group Meeting on Energy Connectivity');
    expect(mail!.body_text).toContain('Dear Mr. Батбаатарын Цэрэндорж (Batbaatar Tserendorj),');
    expect(mail!.body_text).toContain(
      'I have the honour to invite you to the Expert Group Meeting on Energy Connectivity',
    );
    expect(mail!.body_text).toContain('as presenter.');
    expect(mail!.body_text).toContain('Practical arrangements\nESCAP covers economy-class travel');
    expect(mail!.body_text).toContain(`/meetings/${m.id}/agenda.pdf`);
    expect(mail!.body_text).toContain('Kim Namhee\nEconomic Affairs Officer, ESCAP East and North-East Asia Office');
    expect(mail!.body_text).toMatch(/\/rsvp\/[\w-]+/);
    expect(await mailsTo(waiting.email)).toEqual([]);
    expect(await factory.count('participations', `id = $1 AND state = 'NOT_INVITED'`, [pw.id])).toBe(1);
    // The invited person now sees the meeting.
    const asChosen = await t.client().as(chosen.email, chosen.password);
    expectData(await asChosen.gql(`query M($id: ID!) { meeting(id: $id) { id } }`, { id: m.id }));
  });

  it('never shows a personal link in the outbox view, only in the e-mail sent', async () => {
    const { m, asOrganiser } = await setup();
    const email = `new-${Date.now()}@example.org`;
    expectData(
      await asOrganiser.gql(ADD, {
        meetingId: m.id,
        input: { newPerson: { name: '김민준', email }, role: 'PARTICIPANT' },
      }),
    );
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    const [mail] = await mailsTo(email);
    expect(mail!.body_text).toMatch(/\/rsvp\/[\w-]+/);
    expect(mail!.body_text).toMatch(/\/invitation\/[\w-]+/);
    const { meeting } = expectData(
      await asOrganiser.gql<{ meeting: { outbox: { body: string }[] } }>(OUTBOX, { id: m.id }),
    );
    expect(meeting.outbox).toHaveLength(1);
    expect(meeting.outbox[0]!.body).not.toMatch(/\/rsvp\/|\/invitation\//);
    expect(meeting.outbox[0]!.body).toContain('[personal link, sent only to the recipient]');
  });

  it('does not ask organisers or the secretariat to reply to their own meeting', async () => {
    const { m, organiser, asOrganiser } = await setup();
    const secretary = await factory.user();
    const expert = await factory.user();
    const own = await add(asOrganiser, m.id, organiser.personId, 'CHAIR');
    const sec = await add(asOrganiser, m.id, secretary.personId, 'SECRETARIAT');
    const exp = await add(asOrganiser, m.id, expert.personId);
    const { sendInvitations } = expectData(
      await asOrganiser.gql<{ sendInvitations: { sent: { id: string }[]; notAsked: { id: string; state: string }[] } }>(
        SEND,
        { meetingId: m.id },
      ),
    );
    expect(sendInvitations.sent.map((p) => p.id)).toEqual([exp.id]);
    expect(sendInvitations.notAsked.map((p) => [p.id, p.state]).sort()).toEqual(
      [
        [own.id, 'ACCEPTED'],
        [sec.id, 'ACCEPTED'],
      ].sort(),
    );
    expect(await mailsTo(organiser.email)).toEqual([]);
    expect(await mailsTo(secretary.email)).toEqual([]);
    expect(await mailsTo(expert.email)).toHaveLength(1);
  });

  it('refuses anyone but the organisers: a participant (FORBIDDEN) and an outsider (NOT_FOUND), sending nothing', async () => {
    const { m, asOrganiser } = await setup();
    const expert = await factory.user();
    const p = await add(asOrganiser, m.id, expert.personId);
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const outsider = await factory.user();
    for (const [user, code] of [
      [participant, 'FORBIDDEN'],
      [outsider, 'NOT_FOUND'],
    ] as const) {
      const client = await t.client().as(user.email, user.password);
      expectError(await client.gql(SEND, { meetingId: m.id, ids: [p.id] }), code);
      expectError(await client.gql(REMIND, { meetingId: m.id }), code);
      expectError(
        await client.gql(UPDATE_LETTER, {
          meetingId: m.id,
          input: { subject: 'x', body: 'x', signature: 'x', linkAgenda: true, linkConceptNote: true, version: 0 },
        }),
        code,
      );
    }
    const asParticipant = await t.client().as(participant.email, participant.password);
    const { meeting } = expectData(
      await asParticipant.gql<{ meeting: { invitationLetter: unknown } }>(
        `query L($id: ID!) { meeting(id: $id) { invitationLetter { subject } } }`,
        { id: m.id },
      ),
    );
    expect(meeting.invitationLetter).toBeNull();
    expect(await mailsTo(expert.email)).toEqual([]);
    expect(await factory.count('invitation_letters', 'meeting_id = $1', [m.id])).toBe(0);
  });

  it('refuses to send a sent invitation again (a reminder is the way), sending nobody in that selection', async () => {
    const { m, asOrganiser } = await setup();
    const [a, b] = [await factory.user(), await factory.user()];
    const pa = await add(asOrganiser, m.id, a.personId);
    const pb = await add(asOrganiser, m.id, b.personId);
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id, ids: [pa.id] }));
    const error = expectError(
      await asOrganiser.gql(SEND, { meetingId: m.id, ids: [pa.id, pb.id] }),
      'CONFLICT',
      'INVITATION_ALREADY_SENT',
    );
    expect(error.extensions?.participationIds).toEqual([pa.id]);
    expect(await mailsTo(a.email)).toHaveLength(1);
    expect(await mailsTo(b.email)).toEqual([]);
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    expectError(await asOrganiser.gql(SEND, { meetingId: m.id }), 'CONFLICT', 'NOTHING_TO_SEND');
    expectError(
      await asOrganiser.gql(SEND, { meetingId: m.id, ids: ['0b000000-0000-4000-8000-0000000000ff'] }),
      'BAD_USER_INPUT',
      'UNKNOWN_REFERENCE',
    );
  });

  it('keeps a sent invitation as it was sent: later edits of the letter reach only those invited after', async () => {
    const { m, asOrganiser } = await setup();
    const [a, b] = [await factory.user(), await factory.user()];
    const pa = await add(asOrganiser, m.id, a.personId);
    await add(asOrganiser, m.id, b.personId);
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id, ids: [pa.id] }));
    const input = {
      subject: 'Revised: {meeting}',
      body: 'The venue has moved to {venue}.',
      signature: 'The Secretariat',
      linkAgenda: false,
      linkConceptNote: false,
      version: 0,
    };
    expectData(await asOrganiser.gql(UPDATE_LETTER, { meetingId: m.id, input }));
    expectError(await asOrganiser.gql(UPDATE_LETTER, { meetingId: m.id, input }), 'CONFLICT', 'VERSION_CONFLICT');
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    const [first] = await mailsTo(a.email);
    const [second] = await mailsTo(b.email);
    expect(first!.subject).toMatch(/^Invitation: /);
    expect(first!.body_text).not.toContain('The venue has moved');
    expect(second!.subject).toBe('Revised: Expert Group Meeting on Energy Connectivity');
    expect(second!.body_text).toContain('The venue has moved to Conference room.');
    expect(second!.body_text).not.toContain('agenda.pdf');
  });

  it('refuses invitations for a meeting recorded after the fact, or already held', async () => {
    const { m, asOrganiser } = await setup();
    const expert = await factory.user();
    const p = await add(asOrganiser, m.id, expert.personId);
    await t.dataSource.query(`UPDATE meetings SET recorded_after_the_fact = true WHERE id = $1`, [m.id]);
    expectError(await asOrganiser.gql(SEND, { meetingId: m.id }), 'CONFLICT', 'INVITATIONS_CLOSED');
    await t.dataSource.query(`UPDATE meetings SET recorded_after_the_fact = false, status = 'HELD' WHERE id = $1`, [
      m.id,
    ]);
    expectError(await asOrganiser.gql(SEND, { meetingId: m.id }), 'CONFLICT', 'INVITATIONS_CLOSED');
    expect(await factory.count('participations', `id = $1 AND state = 'NOT_INVITED'`, [p.id])).toBe(1);
    expect(await mailsTo(expert.email)).toEqual([]);
  });
});

describe('reminders', () => {
  it('reminds only those who have not replied, with a new link that replaces the first, once a day', async () => {
    const { m, asOrganiser } = await setup();
    const [quiet, replied] = [await factory.user(), await factory.user()];
    const pq = await add(asOrganiser, m.id, quiet.personId);
    const pr = await add(asOrganiser, m.id, replied.personId);
    expectData(await asOrganiser.gql(SEND, { meetingId: m.id }));
    const asReplied = await t.client().as(replied.email, replied.password);
    expectData(await asReplied.gql(REPLY, { meetingId: m.id, response: 'DECLINED' }));
    const firstLink = /\/rsvp\/([\w-]+)/.exec((await mailsTo(quiet.email))[0]!.body_text)![1]!;

    expectError(await asOrganiser.gql(REMIND, { meetingId: m.id, ids: [pr.id] }), 'CONFLICT', 'NOT_AWAITING_REPLY');
    const { remindInvitees } = expectData(
      await asOrganiser.gql<{ remindInvitees: { id: string }[] }>(REMIND, { meetingId: m.id }),
    );
    expect(remindInvitees).toEqual([{ id: pq.id }]);
    const mails = await mailsTo(quiet.email);
    expect(mails.map((mail) => mail.kind)).toEqual(['MEETING_INVITATION', 'INVITATION_REMINDER']);
    const newLink = /\/rsvp\/([\w-]+)/.exec(mails[1]!.body_text)![1]!;
    expect(newLink).not.toBe(firstLink);
    expect(mails[1]!.body_shown).not.toContain(newLink);
    expect(await mailsTo(replied.email)).toHaveLength(1);

    expectError(await asOrganiser.gql(REMIND, { meetingId: m.id }), 'CONFLICT', 'NOTHING_TO_SEND');
    expect(await mailsTo(quiet.email)).toHaveLength(2);

    const visitor = t.client();
    const respond = `mutation R($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { state } }`;
    expectError(
      await visitor.gql(respond, { input: { token: firstLink, response: 'ACCEPTED' } }),
      'BAD_USER_INPUT',
      'INVITATION_INVALID',
    );
    expectData(await visitor.gql(respond, { input: { token: newLink, response: 'ACCEPTED' } }));
  });
});

describe('an organization added on the spot', () => {
  it('lets an organiser add an affiliation the directory lacks, marked for an administrator to review', async () => {
    const { m, asOrganiser } = await setup();
    const { addOrganizationForMeeting: org } = expectData(
      await asOrganiser.gql<{ addOrganizationForMeeting: { id: string; name: string; needsReview: boolean } }>(
        ADD_ORG,
        {
          meetingId: m.id,
          input: { name: 'Ministry of Energy of Mongolia', kind: 'NATIONAL_POLICY_INSTITUTE', country: 'MN' },
        },
      ),
    );
    expect(org).toMatchObject({ name: 'Ministry of Energy of Mongolia', needsReview: true });
    expectError(await asOrganiser.gql(CONFIRM_ORG, { id: org.id }), 'FORBIDDEN', 'PLATFORM_ADMIN_REQUIRED');
    const admin = await factory.user({ isPlatformAdmin: true });
    const asAdmin = await t.client().as(admin.email, admin.password);
    expect(expectData(await asAdmin.gql(CONFIRM_ORG, { id: org.id }))).toEqual({
      confirmOrganization: { needsReview: false },
    });
  });

  it('refuses it to anyone who does not run the meeting, adding nothing', async () => {
    const { m } = await setup();
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(
      await asParticipant.gql(ADD_ORG, {
        meetingId: m.id,
        input: { name: 'Ministry of Energy', kind: 'NATIONAL_POLICY_INSTITUTE' },
      }),
      'FORBIDDEN',
    );
    expect(await factory.count('organizations', `name = 'Ministry of Energy'`)).toBe(0);
  });
});
