import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole, OrganizationRole } from '@plenary/shared';
import { demoPassword, meeting, org, studyGroupMeeting } from '@plenary/seeds';
import { Factory } from '../helpers/factories';
import { expectData, expectError } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const MEETINGS = `{ meetings { id title startDate endDate timeZone status organizers { acronym } host { acronym } viewerRoles } }`;
const MEETING = `query M($id: ID!) { meeting(id: $id) { id title kind track venue city country timeZone startDate endDate status version viewerRoles organizers { name } } }`;
const CREATE = `mutation C($input: CreateMeetingInput!) { createMeeting(input: $input) { id title startDate endDate viewerRoles organizers { id } host { id } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id title version endDate } }`;

const newMeeting = {
  title: 'Subregional Forum on Trade Facilitation',
  kind: 'FORUM',
  track: 'TRACK_1_5',
  venue: 'Ulaanbaatar Conference Centre',
  city: 'Ulaanbaatar',
  country: 'MN',
  timeZone: 'Asia/Ulaanbaatar',
  startDate: '2026-05-12',
  endDate: '2026-05-13',
  organizerIds: [org.escapEnea],
};

describe('seeing meetings', () => {
  it('shows the secretariat the Incheon meeting with its organizers and their role', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const { meetings } = expectData(await client.gql<{ meetings: Record<string, unknown>[] }>(MEETINGS));
    expect(meetings).toEqual([
      {
        id: meeting.incheon,
        title: 'Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia',
        startDate: '2019-12-04',
        endDate: '2019-12-05',
        timeZone: 'Asia/Seoul',
        status: 'HELD',
        organizers: [{ acronym: 'ESCAP-ENEA' }],
        host: { acronym: 'ESCAP-ENEA' },
        viewerRoles: ['ORGANIZER', 'SECRETARIAT'],
      },
    ]);
  });

  it('shows a person the meetings they take part in and those of their study group, most recent first', async () => {
    const client = await t.client().as('co-chair@plenary.example', demoPassword);
    const { meetings } = expectData(await client.gql<{ meetings: { id: string; viewerRoles: string[] }[] }>(MEETINGS));
    // The first two meetings of the 2011 study group are seen through the group: no role on the meeting itself.
    expect(meetings.map((m) => [m.id, m.viewerRoles])).toEqual([
      [meeting.incheon, ['CHAIR']],
      [meeting.vladivostok, ['CO_CHAIR', 'ORGANIZER']],
      [studyGroupMeeting.governanceBeijing, []],
      [studyGroupMeeting.governanceSeoul, []],
    ]);
  });

  it('shows someone without a role in any meeting none', async () => {
    const user = await factory.user();
    const client = await t.client().as(user.email, user.password);
    expect(expectData(await client.gql(MEETINGS))).toEqual({ meetings: [] });
  });

  it("answers NOT_FOUND when a user asks for another meeting's id, exactly as for an id that does not exist", async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const hidden = expectError(await client.gql(MEETING, { id: meeting.vladivostok }), 'NOT_FOUND', 'NOT_FOUND');
    const missing = expectError(
      await client.gql(MEETING, { id: '0c000000-0000-4000-8000-0000000000ff' }),
      'NOT_FOUND',
      'NOT_FOUND',
    );
    expect(hidden.message).toBe(missing.message);
  });

  it('refuses to show meetings to someone signed out', async () => {
    expectError(await t.client().gql(MEETINGS), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
    expectError(await t.client().gql(MEETING, { id: meeting.incheon }), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
  });

  it('answers a malformed id with a typed error', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    expectError(await client.gql(MEETING, { id: 'not-a-uuid' }), 'BAD_USER_INPUT', 'INVALID_ID');
  });
});

describe('convening a meeting', () => {
  it('lets the secretariat of an organization convene a meeting for it, and makes them its organizer', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const { createMeeting } = expectData(
      await client.gql<{ createMeeting: { id: string; viewerRoles: string[]; organizers: { id: string }[] } }>(CREATE, {
        input: { ...newMeeting, hostId: org.escapEnea },
      }),
    );
    expect(createMeeting.viewerRoles).toEqual(['ORGANIZER']);
    expect(createMeeting.organizers).toEqual([{ id: org.escapEnea }]);
    const { meetings } = expectData(await client.gql<{ meetings: { id: string }[] }>(MEETINGS));
    expect(meetings.map((m) => m.id)).toContain(createMeeting.id);
    expect(
      await factory.count('audit_events', `object_id = $1 AND action = 'meeting.created'`, [createMeeting.id]),
    ).toBe(1);
  });

  it('refuses someone who is not secretariat of any convening organization, storing nothing', async () => {
    const client = await t.client().as('expert@plenary.example', demoPassword);
    const before = await factory.count('meetings');
    expectError(await client.gql(CREATE, { input: newMeeting }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(await factory.count('meetings')).toBe(before);
  });

  it('refuses bad input with the field named, storing nothing', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const before = await factory.count('meetings');
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ endDate: '2026-05-11' }, 'DATES_OUT_OF_ORDER', 'endDate'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'INVALID_TIME_ZONE', 'timeZone'],
      [{ title: '' }, 'INVALID_INPUT', 'title'],
      [{ title: 'T'.repeat(301) }, 'TEXT_TOO_LONG', 'title'],
      [{ venue: 'x'.repeat(5000) }, 'TEXT_TOO_LONG', 'venue'],
      [{ country: 'Korea' }, 'INVALID_COUNTRY', 'country'],
      [{ organizerIds: [] }, 'ORGANIZER_REQUIRED', 'organizerIds'],
      [{ startDate: '2026-02-30' }, 'INVALID_DATE', undefined],
      [{ startDate: 20260512 }, 'INVALID_DATE', undefined],
      [{ kind: 'PARTY' }, 'INVALID_INPUT', undefined],
      [{ participantCategories: ['Think tanks', 'Think tanks'] }, 'INVALID_INPUT', 'participantCategories'],
    ];
    for (const [override, reason, field] of cases) {
      const error = expectError(
        await client.gql(CREATE, { input: { ...newMeeting, ...override } }),
        'BAD_USER_INPUT',
        reason,
      );
      if (field) expect(error.extensions?.field, reason).toBe(field);
    }
    expect(await factory.count('meetings')).toBe(before);
  });

  it('refuses an unknown host organization, storing nothing', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const before = await factory.count('meetings');
    expectError(
      await client.gql(CREATE, { input: { ...newMeeting, hostId: '0a000000-0000-4000-8000-0000000000ff' } }),
      'BAD_USER_INPUT',
      'UNKNOWN_ORGANIZATION',
    );
    expect(await factory.count('meetings')).toBe(before);
  });
});

describe('editing a meeting', () => {
  async function meetingWithOrganizer() {
    const organizer = await factory.user();
    const organization = await factory.organization();
    const m = await factory.meeting({ organizerIds: [organization.id] });
    await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
    return { organizer, m };
  }

  it('lets an organizer change the details, counting versions', async () => {
    const { organizer, m } = await meetingWithOrganizer();
    const client = await t.client().as(organizer.email, organizer.password);
    const { updateMeeting } = expectData(
      await client.gql<{ updateMeeting: { title: string; version: number } }>(UPDATE, {
        id: m.id,
        input: { title: 'Renamed workshop', version: 1 },
      }),
    );
    expect(updateMeeting).toMatchObject({ title: 'Renamed workshop', version: 2 });
  });

  it('refuses a save made against an older version, keeping the newer text', async () => {
    const { organizer, m } = await meetingWithOrganizer();
    const client = await t.client().as(organizer.email, organizer.password);
    expectData(await client.gql(UPDATE, { id: m.id, input: { title: 'First edit', version: 1 } }));
    expectError(
      await client.gql(UPDATE, { id: m.id, input: { title: 'Stale edit', version: 1 } }),
      'CONFLICT',
      'VERSION_CONFLICT',
    );
    const { meeting: after } = expectData(await client.gql<{ meeting: { title: string } }>(MEETING, { id: m.id }));
    expect(after.title).toBe('First edit');
  });

  it('refuses a participant (FORBIDDEN) and an outsider (NOT_FOUND), changing nothing', async () => {
    const { m } = await meetingWithOrganizer();
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const outsider = await factory.user();
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(
      await asParticipant.gql(UPDATE, { id: m.id, input: { title: 'Hijacked' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    const asOutsider = await t.client().as(outsider.email, outsider.password);
    expectError(await asOutsider.gql(UPDATE, { id: m.id, input: { title: 'Hijacked' } }), 'NOT_FOUND', 'NOT_FOUND');
    expect(await factory.count('meetings', `id = $1 AND title = 'Hijacked'`, [m.id])).toBe(0);
  });

  it('checks dates against the stored ones when only one is changed', async () => {
    const { organizer, m } = await meetingWithOrganizer();
    const client = await t.client().as(organizer.email, organizer.password);
    expectError(
      await client.gql(UPDATE, { id: m.id, input: { endDate: '2026-03-01' } }),
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
    );
    expect(await factory.count('meetings', `id = $1 AND end_date = '2026-03-11'`, [m.id])).toBe(1);
  });

  it('leaves a secretariat member of an organization without rights on meetings they do not organize', async () => {
    const secretariat = await factory.user();
    const organization = await factory.organization();
    await factory.grant(secretariat.personId, 'ORGANIZATION', organization.id, OrganizationRole.SECRETARIAT);
    const { m } = await meetingWithOrganizer();
    const client = await t.client().as(secretariat.email, secretariat.password);
    expectError(await client.gql(UPDATE, { id: m.id, input: { title: 'Mine now' } }), 'NOT_FOUND');
  });
});
