import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind, OrganizationRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;

const CREATE = `mutation C($input: CreateStudyGroupInput!) { createStudyGroup(input: $input) {
  id title status version viewerRoles viewerCanManage
  committees { role organization { id } focalPoints { id } }
} }`;
const GROUP = `query G($id: ID!) { studyGroup(id: $id) {
  id title status version viewerRoles viewerCanManage viewerNamesMembersFor { id }
  members { id role person { id } representing { id } }
  meetingPlans { id sequence label expectedMonth scheduled schedule { title status } meeting { id } }
  subGroups { title members { id } }
} }`;
const GROUPS = `{ studyGroups { id } }`;
const STATUS = `mutation S($id: ID!, $input: ChangeStudyGroupStatusInput!) { changeStudyGroupStatus(id: $id, input: $input) { status nextStatuses } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateStudyGroupInput!) { updateStudyGroup(id: $id, input: $input) { title version } }`;
const ADD_MEMBER = `mutation A($input: AddStudyGroupMemberInput!) { addStudyGroupMember(input: $input) { members { id role person { id } representing { id } } } }`;
const REMOVE_MEMBER = `mutation R($id: ID!) { removeStudyGroupMember(id: $id) { members { id } } }`;
const PLAN = `mutation P($studyGroupId: ID!, $input: MeetingPlanInput!) { planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) { id sequence expectedMonth label } }`;
const REMOVE_PLAN = `mutation R($id: ID!) { removeMeetingPlan(id: $id) { meetingPlans { sequence city } } }`;
const SCHEDULE = `mutation S($input: ScheduleMeetingInput!) { scheduleStudyGroupMeeting(input: $input) {
  id title kind sequenceNumber seriesLabel confidentiality viewerCanManage studyGroup { id } organizers { id } host { id }
} }`;
const SUB_GROUP = `mutation S($studyGroupId: ID!, $input: SubGroupInput!) { createSubGroup(studyGroupId: $studyGroupId, input: $input) { id title members { id } } }`;

interface Cast {
  council: string;
  steering: string;
  /** Member committees: a and b co-chair, c takes part, d stays outside. */
  a: string;
  b: string;
  c: string;
  d: string;
  thinkTank: string;
}
interface Person {
  personId: string;
  client: GraphQLTestClient;
}

let cast: Cast;
let secretary: Person;
let coChair: Person;
let focalA: Person;
let focalC: Person;
let member: Person;
let observer: Person;
let steeringMember: Person;
let outsider: Person;
let groupId: string;

async function person(): Promise<Person> {
  const user = await factory.user();
  return { personId: user.personId, client: await t.client().as(user.email, user.password) };
}

const committee = async (name: string) =>
  (await factory.organization({ name, kind: OrganizationKind.MEMBER_COMMITTEE })).id;

function groupInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Study Group on Northeast Asia Peace and Cooperation',
    councilId: cast.council,
    reportsToId: cast.steering,
    objectives: ['To evaluate current sources of insecurity in Northeast Asia.', 'To analyse remedies.'],
    principles: [{ name: 'Open', description: 'Any issue may be raised.' }],
    anticipatedOutputs: ['Specific policy recommendations'],
    startDate: '2019-09-01',
    endDate: '2021-08-31',
    coChairCommitteeIds: [cast.a, cast.b],
    participatingCommitteeIds: [cast.c],
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = {
    council: (await factory.organization({ name: 'Council for Security Cooperation', kind: OrganizationKind.COUNCIL }))
      .id,
    steering: (await factory.organization({ name: 'Steering Committee', kind: OrganizationKind.COUNCIL })).id,
    a: await committee('Committee A'),
    b: await committee('Committee B'),
    c: await committee('Committee C'),
    d: await committee('Committee D'),
    thinkTank: (await factory.organization({ name: 'Think tank', kind: OrganizationKind.THINK_TANK })).id,
  };
  secretary = await person();
  coChair = await person();
  focalA = await person();
  focalC = await person();
  member = await person();
  observer = await person();
  steeringMember = await person();
  outsider = await person();
  await factory.grant(secretary.personId, 'ORGANIZATION', cast.council, OrganizationRole.SECRETARIAT);
  await factory.grant(focalA.personId, 'ORGANIZATION', cast.a, OrganizationRole.FOCAL_POINT);
  await factory.grant(focalC.personId, 'ORGANIZATION', cast.c, OrganizationRole.FOCAL_POINT);
  await factory.grant(steeringMember.personId, 'ORGANIZATION', cast.steering, OrganizationRole.MEMBER);
});
afterAll(() => t.close());

describe('setting up a study group', () => {
  it('refuses someone who is not on the council’s secretariat, and creates nothing', async () => {
    const before = await factory.count('study_groups');
    expectError(await outsider.client.gql(CREATE, { input: groupInput() }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(await factory.count('study_groups')).toBe(before);
  });

  it.each([
    ['dates in the wrong order', { endDate: '2019-08-31' }, 'BAD_USER_INPUT', 'DATES_OUT_OF_ORDER'],
    ['no co-chair committee', { coChairCommitteeIds: [] }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ['a think tank as co-chair committee', { coChairCommitteeIds: [null] }, 'BAD_USER_INPUT', 'INVALID_INPUT'],
    ['an over-long title', { title: 'x'.repeat(301) }, 'BAD_USER_INPUT', 'TEXT_TOO_LONG'],
    [
      'an unknown committee',
      { participatingCommitteeIds: ['6f1c1b9e-0000-4000-8000-000000000000'] },
      'BAD_USER_INPUT',
      'UNKNOWN_ORGANIZATION',
    ],
  ])('refuses %s with a clear error and creates nothing', async (_, overrides, code, reason) => {
    const before = await factory.count('study_groups');
    const input = groupInput(overrides);
    if ('coChairCommitteeIds' in overrides && overrides.coChairCommitteeIds?.[0] === null) {
      input.coChairCommitteeIds = [cast.thinkTank];
    }
    expectError(await secretary.client.gql(CREATE, { input }), code, reason);
    expect(await factory.count('study_groups')).toBe(before);
  });

  it('lets the council’s secretariat create it; committees’ focal points become the group’s focal points', async () => {
    const { createStudyGroup: group } = expectData(
      await secretary.client.gql<{
        createStudyGroup: {
          id: string;
          status: string;
          viewerRoles: string[];
          viewerCanManage: boolean;
          committees: { role: string; organization: { id: string }; focalPoints: { id: string }[] }[];
        };
      }>(CREATE, { input: groupInput() }),
    );
    groupId = group.id;
    expect(group.status).toBe('PROPOSED');
    expect(group.viewerRoles).toEqual(['SECRETARIAT']);
    expect(group.viewerCanManage).toBe(true);
    expect(group.committees.map((c) => [c.organization.id, c.role, c.focalPoints.map((p) => p.id)])).toEqual([
      [cast.a, 'CO_CHAIR', [focalA.personId]],
      [cast.b, 'CO_CHAIR', []],
      [cast.c, 'PARTICIPANT', [focalC.personId]],
    ]);
  });
});

describe('who sees the group', () => {
  it('shows it to a focal point of a member committee and to members of the body it reports to', async () => {
    for (const viewer of [focalA, steeringMember]) {
      const { studyGroups } = expectData(await viewer.client.gql<{ studyGroups: { id: string }[] }>(GROUPS));
      expect(studyGroups.map((g) => g.id)).toContain(groupId);
    }
    const { studyGroup } = expectData(
      await steeringMember.client.gql<{ studyGroup: { viewerRoles: string[]; viewerCanManage: boolean } }>(GROUP, {
        id: groupId,
      }),
    );
    expect(studyGroup).toMatchObject({ viewerRoles: [], viewerCanManage: false });
  });

  it('gives an unrelated user nothing: not in the list, NOT_FOUND by id', async () => {
    const { studyGroups } = expectData(await outsider.client.gql<{ studyGroups: unknown[] }>(GROUPS));
    expect(studyGroups).toEqual([]);
    expectError(await outsider.client.gql(GROUP, { id: groupId }), 'NOT_FOUND', 'NOT_FOUND');
  });
});

describe('naming members', () => {
  it('lets a focal point name a member for their own committee', async () => {
    const res = await focalA.client.gql<{
      addStudyGroupMember: { members: { role: string; person: { id: string } }[] };
    }>(ADD_MEMBER, {
      input: { studyGroupId: groupId, personId: member.personId, role: 'MEMBER', representingId: cast.a },
    });
    expect(expectData(res).addStudyGroupMember.members).toContainEqual(
      expect.objectContaining({ role: 'MEMBER', person: { id: member.personId } }),
    );
  });

  it.each([
    ['for another committee', { role: 'MEMBER', representingId: 'c' }],
    ['as co-chair', { role: 'CO_CHAIR', representingId: 'a' }],
  ])('refuses a focal point naming someone %s', async (_, input) => {
    const before = await factory.count('memberships', `object_id = $1`, [groupId]);
    const representingId = cast[input.representingId as 'a' | 'c'];
    expectError(
      await focalA.client.gql(ADD_MEMBER, {
        input: { studyGroupId: groupId, personId: outsider.personId, role: input.role, representingId },
      }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expect(await factory.count('memberships', `object_id = $1`, [groupId])).toBe(before);
  });

  it('refuses a plain member naming anyone', async () => {
    expectError(
      await member.client.gql(ADD_MEMBER, {
        input: { studyGroupId: groupId, personId: outsider.personId, role: 'MEMBER', representingId: cast.a },
      }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
  });

  it('lets the secretariat name a co-chair and an observer, and refuses duplicates and outside committees', async () => {
    const add = (input: Record<string, unknown>) =>
      secretary.client.gql(ADD_MEMBER, { input: { studyGroupId: groupId, ...input } });
    expectData(await add({ personId: coChair.personId, role: 'CO_CHAIR', representingId: cast.b }));
    expectData(await add({ personId: observer.personId, role: 'OBSERVER' }));
    expectError(
      await add({ personId: coChair.personId, role: 'CO_CHAIR', representingId: cast.b }),
      'CONFLICT',
      'ALREADY_MEMBER',
    );
    expectError(
      await add({ personId: outsider.personId, role: 'MEMBER', representingId: cast.d }),
      'BAD_USER_INPUT',
      'COMMITTEE_NOT_IN_GROUP',
    );
    expectError(await add({ personId: outsider.personId, role: 'FOCAL_POINT' }), 'BAD_USER_INPUT', 'INVALID_INPUT');
  });

  it('keeps at least one co-chair or secretariat member', async () => {
    const { studyGroup } = expectData(
      await secretary.client.gql<{ studyGroup: { members: { id: string; role: string; person: { id: string } }[] } }>(
        GROUP,
        { id: groupId },
      ),
    );
    const mine = studyGroup.members.find((m) => m.person.id === secretary.personId)!;
    const theirs = studyGroup.members.find((m) => m.person.id === coChair.personId)!;
    expectData(await secretary.client.gql(REMOVE_MEMBER, { id: theirs.id }));
    expectError(await secretary.client.gql(REMOVE_MEMBER, { id: mine.id }), 'CONFLICT', 'LAST_MANAGER');
    expectData(
      await secretary.client.gql(ADD_MEMBER, {
        input: { studyGroupId: groupId, personId: coChair.personId, role: 'CO_CHAIR', representingId: cast.b },
      }),
    );
  });
});

describe('managing the group', () => {
  it('lets a co-chair edit it, and refuses an edit made from an older version', async () => {
    const { studyGroup } = expectData(
      await coChair.client.gql<{ studyGroup: { version: number } }>(GROUP, { id: groupId }),
    );
    const edited = await coChair.client.gql<{ updateStudyGroup: { version: number } }>(UPDATE, {
      id: groupId,
      input: { version: studyGroup.version, title: 'Study Group on Northeast Asia Peace and Cooperation (2019–2021)' },
    });
    expect(expectData(edited).updateStudyGroup.version).toBe(studyGroup.version + 1);
    expectError(
      await coChair.client.gql(UPDATE, { id: groupId, input: { version: studyGroup.version, title: 'Lost' } }),
      'CONFLICT',
      'VERSION_CONFLICT',
    );
  });

  it('refuses a member or focal point editing it, or moving its status', async () => {
    expectError(
      await member.client.gql(UPDATE, { id: groupId, input: { version: 1, title: 'Mine now' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expectError(
      await focalA.client.gql(STATUS, { id: groupId, input: { from: 'PROPOSED', to: 'APPROVED' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
  });

  it('plans four meetings within its dates, hosted by its committees, named in series', async () => {
    const plan = (input: Record<string, unknown>) =>
      secretary.client.gql<{ planStudyGroupMeeting: { sequence: number; expectedMonth: string } }>(PLAN, {
        studyGroupId: groupId,
        input,
      });
    expectError(await plan({ expectedMonth: '2022-01-01', city: 'Seoul' }), 'BAD_USER_INPUT', 'INVALID_DATE');
    expectError(
      await plan({ expectedMonth: '2019-10-01', hostId: cast.d }),
      'BAD_USER_INPUT',
      'COMMITTEE_NOT_IN_GROUP',
    );
    expectError(
      await focalA.client.gql(PLAN, { studyGroupId: groupId, input: { expectedMonth: '2019-10-01' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    const first = expectData(await plan({ expectedMonth: '2019-10-17', hostId: cast.a, city: 'Seoul', country: 'KR' }));
    expect(first.planStudyGroupMeeting).toMatchObject({ sequence: 1, expectedMonth: '2019-10-01' });
    expectData(await plan({ expectedMonth: '2020-04-01', hostId: cast.b, city: 'Beijing', country: 'CN' }));
    expectData(await plan({ expectedMonth: '2020-10-01', hostId: cast.c, city: 'Tokyo', country: 'JP' }));
    expectData(await plan({ expectedMonth: '2021-04-01', city: 'Washington', country: 'US' }));
    const { studyGroup } = expectData(
      await secretary.client.gql<{ studyGroup: { meetingPlans: { label: string }[] } }>(GROUP, { id: groupId }),
    );
    expect(studyGroup.meetingPlans.map((p) => p.label)).toEqual([
      'First meeting',
      'Second meeting',
      'Third meeting',
      'Fourth and final meeting',
    ]);
  });
});

describe('scheduling a planned meeting', () => {
  const schedule = async (client: GraphQLTestClient, sequence: number, extra: Record<string, unknown> = {}) => {
    const { studyGroup } = expectData(
      await secretary.client.gql<{ studyGroup: { meetingPlans: { id: string; sequence: number }[] } }>(GROUP, {
        id: groupId,
      }),
    );
    const planId = studyGroup.meetingPlans.find((p) => p.sequence === sequence)!.id;
    return client.gql<{ scheduleStudyGroupMeeting: Record<string, unknown> & { id: string } }>(SCHEDULE, {
      input: {
        planId,
        venue: 'Lotte Hotel',
        timeZone: 'Asia/Seoul',
        startDate: '2019-10-17',
        endDate: '2019-10-18',
        ...extra,
      },
    });
  };

  it('waits for the group to be approved', async () => {
    expectError(await schedule(secretary.client, 1), 'CONFLICT', 'GROUP_NOT_APPROVED');
    expect(await factory.count('meetings', 'study_group_id = $1', [groupId])).toBe(0);
  });

  it('moves the group along its status machine only', async () => {
    expectError(
      await secretary.client.gql(STATUS, { id: groupId, input: { from: 'PROPOSED', to: 'ACTIVE' } }),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
    const approved = await secretary.client.gql<{ changeStudyGroupStatus: { status: string; nextStatuses: string[] } }>(
      STATUS,
      { id: groupId, input: { from: 'PROPOSED', to: 'APPROVED' } },
    );
    expect(expectData(approved).changeStudyGroupStatus).toEqual({ status: 'APPROVED', nextStatuses: ['ACTIVE'] });
    expectError(
      await secretary.client.gql(STATUS, { id: groupId, input: { from: 'PROPOSED', to: 'APPROVED' } }),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
  });

  it('refuses a member scheduling, and refuses dates in the wrong order', async () => {
    expectError(await schedule(member.client, 1), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await schedule(secretary.client, 1, { endDate: '2019-10-16' }), 'BAD_USER_INPUT', 'DATES_OUT_OF_ORDER');
    expect(await factory.count('meetings', 'study_group_id = $1', [groupId])).toBe(0);
  });

  it('creates the meeting, numbered in the series, convened by the council and the host committee', async () => {
    const { scheduleStudyGroupMeeting: meeting } = expectData(await schedule(secretary.client, 1));
    expect(meeting).toMatchObject({
      title: 'First Meeting of the Study Group on Northeast Asia Peace and Cooperation (2019–2021)',
      kind: 'STUDY_GROUP_MEETING',
      sequenceNumber: 1,
      seriesLabel: 'First meeting',
      confidentiality: 'CHATHAM_HOUSE',
      viewerCanManage: true,
      studyGroup: { id: groupId },
      organizers: [{ id: cast.council }, { id: cast.a }],
      host: { id: cast.a },
    });
    expectError(await schedule(secretary.client, 1), 'CONFLICT', 'ALREADY_SCHEDULED');
  });

  it('shows the meeting to members and co-chairs, and only its outline to observers', async () => {
    const { studyGroup } = expectData(
      await observer.client.gql<{
        studyGroup: { meetingPlans: { schedule: { status: string } | null; meeting: { id: string } | null }[] };
      }>(GROUP, { id: groupId }),
    );
    expect(studyGroup.meetingPlans[0]).toMatchObject({ schedule: { status: 'PLANNED' }, meeting: null });
    const meetingId = (
      await t.dataSource.query<{ id: string }[]>(`SELECT id FROM meetings WHERE study_group_id = $1`, [groupId])
    )[0]!.id;
    const MEETING = `query M($id: ID!) { meeting(id: $id) { id viewerCanManage viewerRoles } }`;
    expect(expectData(await member.client.gql(MEETING, { id: meetingId }))).toEqual({
      meeting: { id: meetingId, viewerCanManage: false, viewerRoles: [] },
    });
    expect(expectData(await coChair.client.gql(MEETING, { id: meetingId }))).toMatchObject({
      meeting: { viewerCanManage: true },
    });
    const { meetings } = expectData(await member.client.gql<{ meetings: { id: string }[] }>(`{ meetings { id } }`));
    expect(meetings.map((m) => m.id)).toEqual([meetingId]);
    expectError(await observer.client.gql(MEETING, { id: meetingId }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await outsider.client.gql(MEETING, { id: meetingId }), 'NOT_FOUND', 'NOT_FOUND');
  });

  it('removes an unscheduled plan and renumbers the rest; a scheduled one stays', async () => {
    const { studyGroup } = expectData(
      await secretary.client.gql<{ studyGroup: { meetingPlans: { id: string; sequence: number }[] } }>(GROUP, {
        id: groupId,
      }),
    );
    const [first, second] = studyGroup.meetingPlans;
    expectError(await secretary.client.gql(REMOVE_PLAN, { id: first!.id }), 'CONFLICT', 'ALREADY_SCHEDULED');
    const removed = await secretary.client.gql<{ removeMeetingPlan: { meetingPlans: unknown[] } }>(REMOVE_PLAN, {
      id: second!.id,
    });
    expect(expectData(removed).removeMeetingPlan.meetingPlans).toEqual([
      { sequence: 1, city: 'Seoul' },
      { sequence: 2, city: 'Tokyo' },
      { sequence: 3, city: 'Washington' },
    ]);
  });
});

describe('sub-groups', () => {
  it('takes members of the study group only', async () => {
    expectError(
      await secretary.client.gql(SUB_GROUP, {
        studyGroupId: groupId,
        input: { title: 'Trust-building', memberIds: [outsider.personId] },
      }),
      'BAD_USER_INPUT',
      'NOT_A_GROUP_MEMBER',
    );
    expectError(
      await observer.client.gql(SUB_GROUP, { studyGroupId: groupId, input: { title: 'Mine', memberIds: [] } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    const created = await secretary.client.gql<{ createSubGroup: { title: string; members: { id: string }[] } }>(
      SUB_GROUP,
      { studyGroupId: groupId, input: { title: 'Trust-building', memberIds: [member.personId, focalA.personId] } },
    );
    expect(
      expectData(created)
        .createSubGroup.members.map((m) => m.id)
        .sort(),
    ).toEqual([member.personId, focalA.personId].sort());
  });
});

describe('committees', () => {
  const SET = `mutation S($input: SetStudyGroupCommitteeInput!) { setStudyGroupCommittee(input: $input) {
    committees { role organization { id } focalPoints { id } } } }`;
  const REMOVE = `mutation R($studyGroupId: ID!, $organizationId: ID!) { removeStudyGroupCommittee(studyGroupId: $studyGroupId, organizationId: $organizationId) {
    committees { role organization { id } } } }`;

  it('refuses a focal point adding a committee, and adds nothing', async () => {
    expectError(
      await focalA.client.gql(SET, { input: { studyGroupId: groupId, organizationId: cast.d, role: 'PARTICIPANT' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expect(await factory.count('study_group_committees', 'study_group_id = $1', [groupId])).toBe(3);
  });

  it('lets the secretariat add a committee, whose focal point joins the group', async () => {
    const focalD = await person();
    await factory.grant(focalD.personId, 'ORGANIZATION', cast.d, OrganizationRole.FOCAL_POINT);
    const res = await secretary.client.gql<{
      setStudyGroupCommittee: {
        committees: { role: string; organization: { id: string }; focalPoints: { id: string }[] }[];
      };
    }>(SET, { input: { studyGroupId: groupId, organizationId: cast.d, role: 'PARTICIPANT' } });
    expect(expectData(res).setStudyGroupCommittee.committees).toContainEqual({
      role: 'PARTICIPANT',
      organization: { id: cast.d },
      focalPoints: [{ id: focalD.personId }],
    });
    const { studyGroups } = expectData(await focalD.client.gql<{ studyGroups: { id: string }[] }>(GROUPS));
    expect(studyGroups.map((g) => g.id)).toEqual([groupId]);
  });

  it('refuses a think tank as a committee, and removing the last co-chair committee', async () => {
    expectError(
      await secretary.client.gql(SET, {
        input: { studyGroupId: groupId, organizationId: cast.thinkTank, role: 'PARTICIPANT' },
      }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expectData(await secretary.client.gql(REMOVE, { studyGroupId: groupId, organizationId: cast.b }));
    expectError(
      await secretary.client.gql(REMOVE, { studyGroupId: groupId, organizationId: cast.a }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expect(await factory.count('study_group_committees', `study_group_id = $1 AND role = 'CO_CHAIR'`, [groupId])).toBe(
      1,
    );
  });
});

describe('changing plans, sub-groups and members later', () => {
  const GROUP_PLANS = `query G($id: ID!) { studyGroup(id: $id) {
    meetingPlans { id sequence city scheduled } subGroups { id title }
    members { id role person { id } } } }`;
  const UPDATE_PLAN = `mutation U($id: ID!, $input: MeetingPlanInput!) { updateMeetingPlan(id: $id, input: $input) { city expectedMonth } }`;
  const UPDATE_SUB = `mutation U($id: ID!, $input: SubGroupInput!) { updateSubGroup(id: $id, input: $input) { title members { id } } }`;
  const REMOVE_SUB = `mutation R($id: ID!) { removeSubGroup(id: $id) { subGroups { id } } }`;

  async function current() {
    return expectData(
      await secretary.client.gql<{
        studyGroup: {
          meetingPlans: { id: string; sequence: number; city: string; scheduled: boolean }[];
          subGroups: { id: string; title: string }[];
          members: { id: string; role: string; person: { id: string } }[];
        };
      }>(GROUP_PLANS, { id: groupId }),
    ).studyGroup;
  }

  it('edits a plan not yet scheduled, refusing a scheduled one and a member', async () => {
    const { meetingPlans } = await current();
    const scheduled = meetingPlans.find((p) => p.scheduled)!;
    const open = meetingPlans.find((p) => !p.scheduled)!;
    const edited = await secretary.client.gql<{ updateMeetingPlan: unknown }>(UPDATE_PLAN, {
      id: open.id,
      input: { expectedMonth: '2020-11-20', city: 'Osaka', country: 'JP' },
    });
    expect(expectData(edited).updateMeetingPlan).toEqual({ city: 'Osaka', expectedMonth: '2020-11-01' });
    expectError(
      await secretary.client.gql(UPDATE_PLAN, { id: scheduled.id, input: { expectedMonth: '2019-11-01' } }),
      'CONFLICT',
      'ALREADY_SCHEDULED',
    );
    expectError(
      await member.client.gql(UPDATE_PLAN, { id: open.id, input: { expectedMonth: '2020-12-01' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expect((await current()).meetingPlans.find((p) => p.id === open.id)!.city).toBe('Osaka');
  });

  it('edits and removes a sub-group for managers only', async () => {
    const [sub] = (await current()).subGroups;
    expectError(
      await member.client.gql(UPDATE_SUB, { id: sub!.id, input: { title: 'Mine', memberIds: [] } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expectError(await member.client.gql(REMOVE_SUB, { id: sub!.id }), 'FORBIDDEN', 'NOT_PERMITTED');
    const updated = await coChair.client.gql<{ updateSubGroup: { title: string; members: { id: string }[] } }>(
      UPDATE_SUB,
      { id: sub!.id, input: { title: 'Trust-building on the Korean Peninsula', memberIds: [member.personId] } },
    );
    expect(expectData(updated).updateSubGroup).toEqual({
      title: 'Trust-building on the Korean Peninsula',
      members: [{ id: member.personId }],
    });
    const removed = await coChair.client.gql<{ removeSubGroup: { subGroups: unknown[] } }>(REMOVE_SUB, {
      id: sub!.id,
    });
    expect(expectData(removed).removeSubGroup.subGroups).toEqual([]);
  });

  it('lets a focal point remove a member of their own committee only', async () => {
    const { members } = await current();
    const theMember = members.find((m) => m.person.id === member.personId && m.role === 'MEMBER')!;
    expectError(await focalC.client.gql(REMOVE_MEMBER, { id: theMember.id }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(await factory.count('memberships', 'id = $1', [theMember.id])).toBe(1);
    expectData(await focalA.client.gql(REMOVE_MEMBER, { id: theMember.id }));
    expect(await factory.count('memberships', 'id = $1', [theMember.id])).toBe(0);
  });
});
