import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const CREATE = `mutation C($input: CreateMeetingInput!) { createMeeting(input: $input) { id recordedAfterTheFact agendaDays { date } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`;
const DAYS = `query D($id: ID!) { meeting(id: $id) { agendaDays { id date items { title } } } }`;
const ADD_ITEM = `mutation A($dayId: ID!, $input: AgendaItemInput!) {
  addAgendaItem(dayId: $dayId, input: $input) { id chairName chair { name } speakers { role name person { name } } } }`;
const NAMED = `query N($id: ID!) { meeting(id: $id) { agendaWarnings { kind } agendaNamedNotListed { asChair person { id name } } } }`;
const ADD_PARTICIPANT = `mutation P($meetingId: ID!, $input: InviteParticipantInput!) { inviteParticipant(meetingId: $meetingId, input: $input) { id } }`;
const COPY = `mutation C($input: CopyAgendaInput!) { copyAgenda(input: $input) { date items { title startTime endTime chairName speakers { name person { name } } papers { id } } } }`;

async function secretariat() {
  const office = await factory.organization({ name: `ESCAP ENEA ${randomUUID().slice(0, 6)}` });
  const officer = await factory.user();
  await factory.grant(officer.personId, 'ORGANIZATION', office.id, 'SECRETARIAT');
  return { office, officer, client: await t.client().as(officer.email, officer.password) };
}

function meetingInput(organizerId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Expert Group Meeting on Energy Connectivity',
    kind: 'EXPERT_GROUP_MEETING',
    track: 'TRACK_1_5',
    venue: 'Oakwood Premier',
    city: 'Incheon',
    timeZone: 'Asia/Seoul',
    startDate: '2027-04-21',
    endDate: '2027-04-22',
    organizerIds: [organizerId],
    ...overrides,
  };
}

async function days(client: GraphQLTestClient, id: string) {
  return expectData(
    await client.gql<{ meeting: { agendaDays: { id: string; date: string; items: { title: string }[] }[] } }>(DAYS, {
      id,
    }),
  ).meeting.agendaDays;
}

function session(title: string, extra: Record<string, unknown> = {}) {
  return { kind: 'SESSION', title, startTime: '10:00', endTime: '11:00', ...extra };
}

describe('the days of an agenda', () => {
  it('come from the meeting’s dates, and follow them when the dates change, keeping a day that has items', async () => {
    const { office, client } = await secretariat();
    const { createMeeting } = expectData(
      await client.gql<{ createMeeting: { id: string; agendaDays: { date: string }[] } }>(CREATE, {
        input: meetingInput(office.id),
      }),
    );
    expect(createMeeting.agendaDays.map((d) => d.date)).toEqual(['2027-04-21', '2027-04-22']);
    const [first] = await days(client, createMeeting.id);
    expectData(
      await client.gql(ADD_ITEM, { dayId: first!.id, input: session('Opening session', { kind: 'OPENING' }) }),
    );
    expectData(
      await client.gql(UPDATE, { id: createMeeting.id, input: { startDate: '2027-04-22', endDate: '2027-04-24' } }),
    );
    expect((await days(client, createMeeting.id)).map((d) => [d.date, d.items.length])).toEqual([
      ['2027-04-21', 1],
      ['2027-04-22', 0],
      ['2027-04-23', 0],
      ['2027-04-24', 0],
    ]);
    expectData(
      await client.gql(UPDATE, { id: createMeeting.id, input: { startDate: '2027-04-21', endDate: '2027-04-21' } }),
    );
    expect((await days(client, createMeeting.id)).map((d) => d.date)).toEqual(['2027-04-21']);
  });

  it('records a meeting created after the fact as such', async () => {
    const { office, client } = await secretariat();
    const { createMeeting } = expectData(
      await client.gql<{ createMeeting: { recordedAfterTheFact: boolean } }>(CREATE, {
        input: meetingInput(office.id, { startDate: '2019-12-04', endDate: '2019-12-05', recordedAfterTheFact: true }),
      }),
    );
    expect(createMeeting.recordedAfterTheFact).toBe(true);
  });
});

describe('names before invitations', () => {
  async function meetingWithDay() {
    const m = await factory.meeting({ startDate: '2027-04-21', endDate: '2027-04-21' });
    const organiser = await factory.user();
    await factory.grant(organiser.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
    const client = await t.client().as(organiser.email, organiser.password);
    const { addAgendaDay } = expectData(
      await client.gql<{ addAgendaDay: { id: string } }>(
        `mutation D($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id } }`,
        {
          input: { meetingId: m.id, date: '2027-04-21' },
        },
      ),
    );
    return { m, client, dayId: addAgendaDay.id };
  }

  it('takes a chair "TBC", a speaker by name and a directory person not yet invited, who joins the list when invited', async () => {
    const { m, client, dayId } = await meetingWithDay();
    const expert = await factory.user({ name: 'Анна Соколова' });
    const { addAgendaItem } = expectData(
      await client.gql<{ addAgendaItem: Record<string, unknown> }>(ADD_ITEM, {
        dayId,
        input: session('Session 1: Setting the Scene', {
          chairName: 'TBC',
          speakers: [
            { personId: expert.personId, role: 'PRESENTER' },
            { name: 'A representative of the Ministry of Energy of Mongolia', role: 'DISCUSSANT' },
          ],
        }),
      }),
    );
    expect(addAgendaItem).toMatchObject({
      chairName: 'TBC',
      chair: null,
      speakers: [
        { role: 'PRESENTER', name: null, person: { name: 'Анна Соколова' } },
        { role: 'DISCUSSANT', name: 'A representative of the Ministry of Energy of Mongolia', person: null },
      ],
    });
    const before = expectData(
      await client.gql<{
        meeting: {
          agendaWarnings: { kind: string }[];
          agendaNamedNotListed: { asChair: boolean; person: { id: string } }[];
        };
      }>(NAMED, { id: m.id }),
    ).meeting;
    expect(before.agendaWarnings.map((w) => w.kind)).not.toContain('NO_CHAIR');
    expect(before.agendaNamedNotListed).toEqual([
      { asChair: false, person: { id: expert.personId, name: 'Анна Соколова' } },
    ]);
    expectData(
      await client.gql(ADD_PARTICIPANT, { meetingId: m.id, input: { personId: expert.personId, role: 'PRESENTER' } }),
    );
    const after = expectData(
      await client.gql<{ meeting: { agendaNamedNotListed: unknown[] } }>(NAMED, { id: m.id }),
    ).meeting;
    expect(after.agendaNamedNotListed).toEqual([]);
  });

  it('refuses a chair named both ways, a speaker named neither or both ways, and someone not in the directory', async () => {
    const { m, client, dayId } = await meetingWithDay();
    const expert = await factory.user();
    const cases: [Record<string, unknown>, string][] = [
      [{ chairId: expert.personId, chairName: 'TBC' }, 'INVALID_INPUT'],
      [{ speakers: [{ role: 'SPEAKER' }] }, 'INVALID_INPUT'],
      [{ speakers: [{ role: 'SPEAKER', personId: expert.personId, name: 'TBC' }] }, 'INVALID_INPUT'],
      [{ chairId: randomUUID() }, 'UNKNOWN_PERSON'],
      [{ speakers: [{ role: 'SPEAKER', personId: randomUUID() }] }, 'UNKNOWN_PERSON'],
    ];
    for (const [extra, reason] of cases) {
      expectError(await client.gql(ADD_ITEM, { dayId, input: session('Session 2', extra) }), 'BAD_USER_INPUT', reason);
    }
    expect(await factory.count('agenda_items', 'meeting_id = $1', [m.id])).toBe(0);
  });

  it('shows who is named but not on the list to organisers only', async () => {
    const { m, client, dayId } = await meetingWithDay();
    const expert = await factory.user();
    expectData(await client.gql(ADD_ITEM, { dayId, input: session('Session 1', { chairId: expert.personId }) }));
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const asParticipant = await t.client().as(participant.email, participant.password);
    expect(
      expectData(await asParticipant.gql<{ meeting: { agendaNamedNotListed: unknown[] } }>(NAMED, { id: m.id })).meeting
        .agendaNamedNotListed,
    ).toEqual([]);
    expect(
      expectData(await client.gql<{ meeting: { agendaNamedNotListed: unknown[] } }>(NAMED, { id: m.id })).meeting
        .agendaNamedNotListed,
    ).toHaveLength(1);
  });
});

describe('copying an agenda from an earlier meeting of the series', () => {
  async function series() {
    const council = await factory.organization({ name: `CSCAP ${randomUUID().slice(0, 6)}` });
    const groupId = randomUUID();
    await t.dataSource.query(
      `INSERT INTO study_groups (id, title, council_id, start_date, end_date, status, version)
       VALUES ($1, 'Study Group on Energy Security', $2, '2026-09-01', '2028-08-31', 'ACTIVE', 1)`,
      [groupId, council.id],
    );
    const earlier = await factory.meeting({ startDate: '2026-10-01', endDate: '2026-10-02', timeZone: 'Asia/Seoul' });
    const later = await factory.meeting({ startDate: '2027-04-21', endDate: '2027-04-22', timeZone: 'Asia/Shanghai' });
    const elsewhere = await factory.meeting({ startDate: '2026-11-01', endDate: '2026-11-01' });
    await t.dataSource.query(`UPDATE meetings SET study_group_id = $1 WHERE id = ANY($2::uuid[])`, [
      groupId,
      [earlier.id, later.id],
    ]);
    const organiser = await factory.user();
    for (const m of [earlier, later, elsewhere])
      await factory.grant(organiser.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
    const client = await t.client().as(organiser.email, organiser.password);
    const chair = await factory.user({ name: '김태훈' });
    const addDay = `mutation D($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id } }`;
    for (const [meetingId, date, title] of [
      [earlier.id, '2026-10-01', 'Session 1: The State of Play'],
      [earlier.id, '2026-10-02', 'Session 3: The Way Forward'],
      [elsewhere.id, '2026-11-01', 'Elsewhere'],
    ] as const) {
      const { addAgendaDay } = expectData(
        await client.gql<{ addAgendaDay: { id: string } }>(addDay, { input: { meetingId, date } }),
      );
      expectData(
        await client.gql(ADD_ITEM, {
          dayId: addAgendaDay.id,
          input: session(title, {
            startTime: '09:30',
            endTime: '11:00',
            chairId: chair.personId,
            speakers: [{ name: 'TBC', role: 'SPEAKER' }],
            subItems: ['Energy demand in North-East Asia'],
          }),
        }),
      );
    }
    return { earlier, later, elsewhere, client };
  }

  it('copies days in order from the meeting’s first date, at the same clock times at the new venue, people and points', async () => {
    const { earlier, later, client } = await series();
    const { copyAgenda } = expectData(
      await client.gql<{ copyAgenda: unknown[] }>(COPY, { input: { meetingId: later.id, fromMeetingId: earlier.id } }),
    );
    expect(copyAgenda).toEqual([
      {
        date: '2027-04-21',
        items: [
          {
            title: 'Session 1: The State of Play',
            startTime: '09:30',
            endTime: '11:00',
            chairName: null,
            speakers: [{ name: 'TBC', person: null }],
            papers: [],
          },
        ],
      },
      {
        date: '2027-04-22',
        items: [
          {
            title: 'Session 3: The Way Forward',
            startTime: '09:30',
            endTime: '11:00',
            chairName: null,
            speakers: [{ name: 'TBC', person: null }],
            papers: [],
          },
        ],
      },
    ]);
  });

  it('refuses a meeting of another series, an agenda that is not empty, and anyone who does not run the meeting', async () => {
    const { earlier, later, elsewhere, client } = await series();
    expectError(
      await client.gql(COPY, { input: { meetingId: later.id, fromMeetingId: elsewhere.id } }),
      'BAD_USER_INPUT',
      'NOT_IN_SERIES',
    );
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', later.id, MeetingRole.PARTICIPANT);
    await factory.grant(participant.personId, 'MEETING', earlier.id, MeetingRole.PARTICIPANT);
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(
      await asParticipant.gql(COPY, { input: { meetingId: later.id, fromMeetingId: earlier.id } }),
      'FORBIDDEN',
    );
    expect(await factory.count('agenda_items', 'meeting_id = $1', [later.id])).toBe(0);
    expectData(await client.gql(COPY, { input: { meetingId: later.id, fromMeetingId: earlier.id } }));
    expectError(
      await client.gql(COPY, { input: { meetingId: later.id, fromMeetingId: earlier.id } }),
      'CONFLICT',
      'AGENDA_NOT_EMPTY',
    );
    expect(await factory.count('agenda_items', 'meeting_id = $1', [later.id])).toBe(2);
  });
});
