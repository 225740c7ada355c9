import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind, OrganizationRole, StudyGroupRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;

interface Person {
  personId: string;
  client: GraphQLTestClient;
}

let secretary: Person;
let coChair: Person;
let member: Person;
let observer: Person;
let outsider: Person;
/** A member of the Steering Committee the group reports to. */
let steeringMember: Person;
let groupId: string;
let committees: string[];
let firstMeetingId: string;
let secondMeetingId: string;
let reportId: string;
let sessionIds: string[];

const REPORT_FIELDS = `id status revision nextStatuses attributionAllowed viewerCanEdit
  current { number summary sections { agendaItemId heading text } author { id } }
  revisions { number }
  participation { experts memberCommittees otherOrganizations attendanceMarked sentence }
  attributionWarnings { location personName excerpt }
  actionItems { id title status dueDate ownerPerson { id } ownerOrganization { id } }`;
const START = `mutation S($meetingId: ID!) { startMeetingReport(meetingId: $meetingId) { ${REPORT_FIELDS} } }`;
const SAVE = `mutation S($input: SaveMeetingReportInput!) { saveMeetingReport(input: $input) { ${REPORT_FIELDS} } }`;
const STATUS = `mutation S($id: ID!, $input: ChangeMeetingReportStatusInput!) { changeMeetingReportStatus(id: $id, input: $input) { status nextStatuses } }`;
const REPORT = `query R($id: ID!) { meetingReport(id: $id) { ${REPORT_FIELDS} } }`;
const READER_REPORT = `query R($id: ID!) { meetingReport(id: $id) { status
  current { summary sections { heading } } reportedMeeting { id title startDate }
  meeting { id participants { id } } studyGroup { id } revisions { number } actionItems { title } } }`;
const MEETING_REPORT = `query M($id: ID!) { meeting(id: $id) { status report { id status } viewerCanWriteReport } }`;
const ADD_ACTION = `mutation A($reportId: ID!, $input: ActionItemInput!) { addActionItem(reportId: $reportId, input: $input) { id title status } }`;
const ACTION_STATUS = `mutation A($id: ID!, $input: ChangeActionItemStatusInput!) { changeActionItemStatus(id: $id, input: $input) { status } }`;
const COMPARE = `query C($reportId: ID!, $from: Int!, $to: Int!) { reportComparison(reportId: $reportId, from: $from, to: $to) {
  summary { kind text } sections { heading segments { kind text } } } }`;
const AGENDA = `query A($id: ID!) { meeting(id: $id) { agendaDays { items { title kind subItems { text } } } } }`;

async function person(): Promise<Person> {
  const user = await factory.user({ name: `Person ${Math.random().toString(36).slice(2, 8)}` });
  return { personId: user.personId, client: await t.client().as(user.email, user.password) };
}

async function gql<T>(client: GraphQLTestClient, query: string, variables: Record<string, unknown>): Promise<T> {
  return expectData(await client.gql<T>(query, variables));
}

async function scheduleNext(): Promise<string> {
  const { studyGroup } = await gql<{ studyGroup: { meetingPlans: { id: string; scheduled: boolean }[] } }>(
    secretary.client,
    `query G($id: ID!) { studyGroup(id: $id) { meetingPlans { id scheduled } } }`,
    { id: groupId },
  );
  const plan = studyGroup.meetingPlans.find((p) => !p.scheduled)!;
  const { scheduleStudyGroupMeeting } = await gql<{ scheduleStudyGroupMeeting: { id: string } }>(
    secretary.client,
    `mutation S($input: ScheduleMeetingInput!) { scheduleStudyGroupMeeting(input: $input) { id } }`,
    {
      input: {
        planId: plan.id,
        venue: 'Hotel',
        timeZone: 'Asia/Seoul',
        startDate: '2020-04-14',
        endDate: '2020-04-14',
      },
    },
  );
  return scheduleStudyGroupMeeting.id;
}

/** Moves a meeting to "held" through its status machine, as its organiser would. */
async function hold(meetingId: string): Promise<void> {
  const steps = [
    ['PLANNED', 'AGENDA_PROVISIONAL'],
    ['AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'],
    ['AGENDA_ADOPTED', 'HELD'],
  ];
  for (const [from, to] of steps) {
    await gql(
      secretary.client,
      `mutation C($id: ID!, $input: ChangeMeetingStatusInput!) { changeMeetingStatus(id: $id, input: $input) { status } }`,
      { id: meetingId, input: { from, to } },
    );
  }
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  const council = await factory.organization({ kind: OrganizationKind.COUNCIL });
  const steering = await factory.organization({ name: 'Steering Committee', kind: OrganizationKind.COUNCIL });
  committees = [];
  for (let i = 0; i < 10; i++) {
    committees.push(
      (await factory.organization({ name: `Committee ${i}`, kind: OrganizationKind.MEMBER_COMMITTEE })).id,
    );
  }
  secretary = await person();
  coChair = await person();
  member = await person();
  observer = await person();
  outsider = await person();
  steeringMember = await person();
  await factory.grant(secretary.personId, 'ORGANIZATION', council.id, OrganizationRole.SECRETARIAT);
  await factory.grant(steeringMember.personId, 'ORGANIZATION', steering.id, OrganizationRole.MEMBER);
  const { createStudyGroup } = await gql<{ createStudyGroup: { id: string } }>(
    secretary.client,
    `mutation C($input: CreateStudyGroupInput!) { createStudyGroup(input: $input) { id } }`,
    {
      input: {
        title: 'Study Group on Multilateral Security Governance',
        councilId: council.id,
        reportsToId: steering.id,
        startDate: '2019-09-01',
        endDate: '2021-08-31',
        coChairCommitteeIds: committees.slice(0, 2),
        participatingCommitteeIds: committees.slice(2),
      },
    },
  );
  groupId = createStudyGroup.id;
  await factory.grant(coChair.personId, 'STUDY_GROUP', groupId, StudyGroupRole.CO_CHAIR, committees[0]);
  await factory.grant(member.personId, 'STUDY_GROUP', groupId, StudyGroupRole.MEMBER, committees[2]);
  await factory.grant(observer.personId, 'STUDY_GROUP', groupId, StudyGroupRole.OBSERVER);
  await gql(
    secretary.client,
    `mutation S($id: ID!, $input: ChangeStudyGroupStatusInput!) { changeStudyGroupStatus(id: $id, input: $input) { status } }`,
    { id: groupId, input: { from: 'PROPOSED', to: 'APPROVED' } },
  );
  for (const [month, city] of [
    ['2019-11-01', 'Seoul'],
    ['2020-04-01', 'Beijing'],
    ['2020-10-01', 'Tokyo'],
  ]) {
    await gql(
      secretary.client,
      `mutation P($studyGroupId: ID!, $input: MeetingPlanInput!) { planStudyGroupMeeting(studyGroupId: $studyGroupId, input: $input) { id } }`,
      { studyGroupId: groupId, input: { expectedMonth: month, city } },
    );
  }
  firstMeetingId = await scheduleNext();
  // Two sessions on the agenda: the report starts with one section for each.
  const { addAgendaDay } = await gql<{ addAgendaDay: { id: string } }>(
    secretary.client,
    `mutation D($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id } }`,
    { input: { meetingId: firstMeetingId, date: '2019-10-17' } },
  );
  sessionIds = [];
  for (const [title, startTime, endTime] of [
    ['Session 1: Reviewing multilateral institutions', '09:30', '11:00'],
    ['Session 2: Designing institutional arrangements', '11:30', '13:00'],
  ]) {
    const { addAgendaItem } = await gql<{ addAgendaItem: { id: string } }>(
      secretary.client,
      `mutation I($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { id } }`,
      { dayId: addAgendaDay.id, input: { kind: 'SESSION', title, startTime, endTime, subItems: [] } },
    );
    sessionIds.push(addAgendaItem.id);
  }
  // 21 experts from 9 member committees attended, one of them a named expert; one declined.
  for (let i = 0; i < 21; i++) {
    const expert =
      i === 0
        ? await factory.user({ name: 'Irina Volkova', sortName: 'Volkova, Irina' })
        : await factory.user({ affiliationId: committees[(i % 9) + 1] });
    await t.dataSource.query(
      `INSERT INTO participations (meeting_id, person_id, role, state, representing_id) VALUES ($1, $2, 'PARTICIPANT', 'ATTENDED', $3)`,
      [firstMeetingId, expert.personId, i === 0 ? committees[1] : null],
    );
  }
  const declined = await factory.user();
  await t.dataSource.query(
    `INSERT INTO participations (meeting_id, person_id, role, state) VALUES ($1, $2, 'PARTICIPANT', 'DECLINED')`,
    [firstMeetingId, declined.personId],
  );
});
afterAll(() => t.close());

describe('starting a report', () => {
  it('refuses a member of the group, who may read but not write it', async () => {
    expectError(await member.client.gql(START, { meetingId: firstMeetingId }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(await factory.count('meeting_reports')).toBe(0);
  });

  it('opens it for a co-chair with a section for each session and the participation computed', async () => {
    const { startMeetingReport: report } = await gql<{
      startMeetingReport: Record<string, unknown> & {
        id: string;
        current: { sections: unknown[]; summary: string };
        attributionWarnings: unknown[];
      };
    }>(coChair.client, START, { meetingId: firstMeetingId });
    reportId = report.id;
    expect(report).toMatchObject({ status: 'DRAFT', revision: 1, viewerCanEdit: true, attributionAllowed: false });
    expect(report.current.sections).toEqual([
      { agendaItemId: sessionIds[0], heading: 'Session 1: Reviewing multilateral institutions', text: '' },
      { agendaItemId: sessionIds[1], heading: 'Session 2: Designing institutional arrangements', text: '' },
    ]);
    expect(report.participation).toEqual({
      experts: 21,
      memberCommittees: 9,
      otherOrganizations: 0,
      attendanceMarked: true,
      sentence: 'More than 20 experts from 9 member committees participated in the meeting.',
    });
    expectError(await coChair.client.gql(START, { meetingId: firstMeetingId }), 'CONFLICT', 'REPORT_EXISTS');
  });
});

describe('writing it', () => {
  const sections = (first: string, second: string) => [
    { agendaItemId: sessionIds[0], heading: 'Session 1: Reviewing multilateral institutions', text: first },
    { agendaItemId: sessionIds[1], heading: 'Session 2: Designing institutional arrangements', text: second },
  ];

  it('saves a new revision, and refuses a save made from an older one without losing the newer text', async () => {
    const saved = await gql<{ saveMeetingReport: { revision: number } }>(coChair.client, SAVE, {
      input: {
        reportId,
        baseRevision: 1,
        summary: 'The first meeting was held in Seoul.',
        sections: sections('One participant reviewed the Six Party Talks.', 'Energy cooperation was discussed.'),
      },
    });
    expect(saved.saveMeetingReport.revision).toBe(2);
    const stale = expectError(
      await secretary.client.gql(SAVE, {
        input: { reportId, baseRevision: 1, summary: 'Overwrite', sections: [] },
      }),
      'CONFLICT',
      'VERSION_CONFLICT',
    );
    expect(stale.extensions?.currentRevision).toBe(2);
    const { meetingReport } = await gql<{
      meetingReport: Record<string, unknown> & {
        id: string;
        current: { sections: unknown[]; summary: string };
        attributionWarnings: unknown[];
      };
    }>(coChair.client, REPORT, {
      id: reportId,
    });
    expect(meetingReport.current.summary).toBe('The first meeting was held in Seoul.');
  });

  it('refuses a section tied to a session of another meeting, and an over-long text', async () => {
    const base = { reportId, baseRevision: 2, summary: 'x' };
    expectError(
      await coChair.client.gql(SAVE, {
        input: {
          ...base,
          sections: [{ agendaItemId: '6f1c1b9e-0000-4000-8000-000000000000', heading: 'H', text: '' }],
        },
      }),
      'BAD_USER_INPUT',
      'UNKNOWN_SESSION',
    );
    expectError(
      await coChair.client.gql(SAVE, { input: { ...base, summary: 'x'.repeat(20_001), sections: [] } }),
      'BAD_USER_INPUT',
      'TEXT_TOO_LONG',
    );
    const { meetingReport } = await gql<{ meetingReport: { revision: number } }>(coChair.client, REPORT, {
      id: reportId,
    });
    expect(meetingReport.revision).toBe(2);
  });

  it('warns its writers when the text names a participant', async () => {
    const { saveMeetingReport } = await gql<{
      saveMeetingReport: Record<string, unknown> & {
        id: string;
        current: { sections: unknown[]; summary: string };
        attributionWarnings: unknown[];
      };
    }>(coChair.client, SAVE, {
      input: {
        reportId,
        baseRevision: 2,
        summary: 'The first meeting was held in Seoul.',
        sections: sections(
          'One participant reviewed the Six Party Talks.',
          'Energy cooperation was discussed. Irina Volkova proposed a regional energy regime.',
        ),
      },
    });
    expect(saveMeetingReport.attributionWarnings).toEqual([
      {
        location: 'Session 2: Designing institutional arrangements',
        personName: 'Irina Volkova',
        excerpt: 'Energy cooperation was discussed. Irina Volkova proposed a regional energy regime.',
      },
    ]);
    const { meetingReport } = await gql<{ meetingReport: { attributionWarnings: unknown[] } }>(member.client, REPORT, {
      id: reportId,
    });
    expect(meetingReport.attributionWarnings).toEqual([]);
  });

  it('compares any two revisions word by word', async () => {
    const { reportComparison } = await gql<{
      reportComparison: { sections: { heading: string; segments: { kind: string; text: string }[] }[] };
    }>(member.client, COMPARE, { reportId, from: 2, to: 3 });
    const second = reportComparison.sections[1]!;
    expect(second.segments.filter((s) => s.kind === 'ADDED').map((s) => s.text.trim())).toEqual([
      'Irina Volkova proposed a regional energy regime.',
    ]);
    expect(second.segments.filter((s) => s.kind === 'REMOVED')).toEqual([]);
    expectError(await member.client.gql(COMPARE, { reportId, from: 1, to: 9 }), 'BAD_USER_INPUT', 'UNKNOWN_REVISION');
  });

  it('records action items with an owner, refusing one with nobody responsible', async () => {
    expectError(
      await coChair.client.gql(ADD_ACTION, { reportId, input: { title: 'Nobody does this' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expectError(
      await member.client.gql(ADD_ACTION, { reportId, input: { title: 'Mine', ownerPersonId: member.personId } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    for (const input of [
      { title: 'Circulate a first draft of the memorandum', ownerPersonId: coChair.personId, dueDate: '2020-02-28' },
      { title: 'Propose speakers for the energy session', ownerOrganizationId: committees[3] },
    ]) {
      await gql(coChair.client, ADD_ACTION, { reportId, input });
    }
  });
});

describe('editing next tasks', () => {
  const UPDATE_ACTION = `mutation U($id: ID!, $input: ActionItemInput!) { updateActionItem(id: $id, input: $input) { id title dueDate } }`;
  const REMOVE_ACTION = `mutation R($id: ID!) { removeActionItem(id: $id) { actionItems { id } } }`;

  it('lets a writer edit and remove a task of a draft, and refuses a member', async () => {
    const added = await gql<{ addActionItem: { id: string } }>(coChair.client, ADD_ACTION, {
      reportId,
      input: { title: 'Temporary task', ownerOrganizationId: committees[4] },
    });
    const id = added.addActionItem.id;
    expectError(
      await member.client.gql(UPDATE_ACTION, { id, input: { title: 'Mine', ownerPersonId: member.personId } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expectError(await member.client.gql(REMOVE_ACTION, { id }), 'FORBIDDEN', 'NOT_PERMITTED');
    const updated = await gql<{ updateActionItem: unknown }>(coChair.client, UPDATE_ACTION, {
      id,
      input: { title: 'Renamed task', ownerOrganizationId: committees[4], dueDate: '2020-03-31' },
    });
    expect(updated.updateActionItem).toEqual({ id, title: 'Renamed task', dueDate: '2020-03-31' });
    const removed = await gql<{ removeActionItem: { actionItems: { id: string }[] } }>(coChair.client, REMOVE_ACTION, {
      id,
    });
    expect(removed.removeActionItem.actionItems.map((a) => a.id)).not.toContain(id);
    expect(removed.removeActionItem.actionItems).toHaveLength(2);
  });
});

describe('drafts and publication', () => {
  it('shows the draft to the group’s members but not to observers or outsiders', async () => {
    const { meetingReport } = await gql<{ meetingReport: { status: string } }>(member.client, REPORT, { id: reportId });
    expect(meetingReport.status).toBe('DRAFT');
    expectError(await observer.client.gql(REPORT, { id: reportId }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await outsider.client.gql(REPORT, { id: reportId }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await steeringMember.client.gql(READER_REPORT, { id: reportId }), 'NOT_FOUND', 'NOT_FOUND');
  });

  it('locks a final report against edits and new action items', async () => {
    expect(
      (
        await gql<{ changeMeetingReportStatus: unknown }>(coChair.client, STATUS, {
          id: reportId,
          input: { from: 'DRAFT', to: 'FINAL' },
        })
      ).changeMeetingReportStatus,
    ).toEqual({ status: 'FINAL', nextStatuses: ['DRAFT', 'PUBLISHED'] });
    expectError(
      await coChair.client.gql(SAVE, { input: { reportId, baseRevision: 3, summary: 'Late', sections: [] } }),
      'CONFLICT',
      'REPORT_LOCKED',
    );
    expectError(
      await coChair.client.gql(ADD_ACTION, { reportId, input: { title: 'Late', ownerPersonId: coChair.personId } }),
      'CONFLICT',
      'REPORT_LOCKED',
    );
  });

  it('refuses editing or removing a task of a final report, until it is reopened as a draft', async () => {
    const { meetingReport } = await gql<{ meetingReport: { actionItems: { id: string; title: string }[] } }>(
      coChair.client,
      REPORT,
      { id: reportId },
    );
    const task = meetingReport.actionItems[0]!;
    expectError(
      await coChair.client.gql(`mutation R($id: ID!) { removeActionItem(id: $id) { id } }`, { id: task.id }),
      'CONFLICT',
      'REPORT_LOCKED',
    );
    expect(
      (
        await gql<{ changeMeetingReportStatus: unknown }>(coChair.client, STATUS, {
          id: reportId,
          input: { from: 'FINAL', to: 'DRAFT' },
        })
      ).changeMeetingReportStatus,
    ).toEqual({ status: 'DRAFT', nextStatuses: ['FINAL'] });
    await gql(coChair.client, STATUS, { id: reportId, input: { from: 'DRAFT', to: 'FINAL' } });
  });

  it('publishes only once the meeting has been held', async () => {
    expectError(
      await coChair.client.gql(STATUS, { id: reportId, input: { from: 'FINAL', to: 'PUBLISHED' } }),
      'CONFLICT',
      'MEETING_NOT_HELD',
    );
    expectError(
      await member.client.gql(STATUS, { id: reportId, input: { from: 'FINAL', to: 'PUBLISHED' } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    secondMeetingId = await scheduleNext();
    await hold(firstMeetingId);
    // The meeting is marked "report published" by publishing its report, not by hand.
    expectError(
      await secretary.client.gql(
        `mutation C($id: ID!, $input: ChangeMeetingStatusInput!) { changeMeetingStatus(id: $id, input: $input) { status } }`,
        { id: firstMeetingId, input: { from: 'HELD', to: 'REPORT_PUBLISHED' } },
      ),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
    await gql(coChair.client, STATUS, { id: reportId, input: { from: 'FINAL', to: 'PUBLISHED' } });
    const { meeting } = await gql<{ meeting: { status: string } }>(secretary.client, MEETING_REPORT, {
      id: firstMeetingId,
    });
    expect(meeting.status).toBe('REPORT_PUBLISHED');
  });

  it('then shows it to observers of the group, through the group', async () => {
    const { studyGroup } = await gql<{ studyGroup: { reports: { id: string; status: string }[] } }>(
      observer.client,
      `query G($id: ID!) { studyGroup(id: $id) { reports { id status } openActionItems { title } } }`,
      { id: groupId },
    );
    expect(studyGroup.reports).toEqual([{ id: reportId, status: 'PUBLISHED' }]);
    const { meetingReport } = await gql<{ meetingReport: { status: string } }>(observer.client, REPORT, {
      id: reportId,
    });
    expect(meetingReport.status).toBe('PUBLISHED');
  });
});

describe('the published report for those who may not open the meeting', () => {
  interface ReaderView {
    status: string;
    current: { summary: string; sections: { heading: string }[] };
    reportedMeeting: { id: string; title: string; startDate: string };
    meeting: { id: string; participants: { id: string }[] } | null;
    studyGroup: { id: string } | null;
    revisions: { number: number }[];
    actionItems: { title: string }[];
  }

  it('lets a member of the body the group reports to read it, without the meeting, its participants or its drafts', async () => {
    const { meetingReport } = await gql<{ meetingReport: ReaderView }>(steeringMember.client, READER_REPORT, {
      id: reportId,
    });
    expect(meetingReport).toMatchObject({
      status: 'PUBLISHED',
      reportedMeeting: { id: firstMeetingId, startDate: '2020-04-14' },
      meeting: null,
      studyGroup: { id: groupId },
      revisions: [],
    });
    expect(meetingReport.current.sections.map((s) => s.heading)).toEqual([
      'Session 1: Reviewing multilateral institutions',
      'Session 2: Designing institutional arrangements',
    ]);
    expect(meetingReport.actionItems.length).toBeGreaterThan(0);
    // Earlier revisions are drafts, and the meeting is not theirs to open.
    expectError(await steeringMember.client.gql(COMPARE, { reportId, from: 1, to: 2 }), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await steeringMember.client.gql(MEETING_REPORT, { id: firstMeetingId }), 'NOT_FOUND', 'NOT_FOUND');
    // The group's outputs list it the same way.
    const { studyGroup } = await gql<{ studyGroup: { reports: { id: string; meeting: unknown }[] } }>(
      steeringMember.client,
      `query G($id: ID!) { studyGroup(id: $id) { reports { id meeting { id participants { id } } } } }`,
      { id: groupId },
    );
    expect(studyGroup.reports).toEqual([{ id: reportId, meeting: null }]);
  });

  it('gives its writers the meeting and the revisions as before', async () => {
    const { meetingReport } = await gql<{ meetingReport: ReaderView }>(coChair.client, READER_REPORT, {
      id: reportId,
    });
    expect(meetingReport.meeting?.id).toBe(firstMeetingId);
    expect(meetingReport.meeting?.participants.length).toBeGreaterThan(0);
    expect(meetingReport.revisions.length).toBeGreaterThan(1);
  });
});

describe('carrying action items into the next meeting', () => {
  const agendaOf = async (meetingId: string) => {
    const { meeting } = await gql<{
      meeting: { agendaDays: { items: { title: string; kind: string; subItems: { text: string }[] }[] }[] };
    }>(secretary.client, AGENDA, { id: meetingId });
    return meeting.agendaDays.flatMap((d) => d.items.map((i) => ({ ...i, subItems: i.subItems.map((s) => s.text) })));
  };

  it('adds the open action items to the agenda of the meeting already scheduled next', async () => {
    expect(await agendaOf(secondMeetingId)).toEqual([
      {
        title: 'Review of action items from the first meeting',
        kind: 'SESSION',
        subItems: [
          expect.stringMatching(
            /^Circulate a first draft of the memorandum \(Person \w+; due 28 February 2020; Open\)$/,
          ),
          'Propose speakers for the energy session (Committee 3; Open)',
        ],
      },
    ]);
  });

  it('keeps the item current as action items are done, and carries into meetings scheduled later', async () => {
    // The organisers give the carried item a speaker; refreshing its bullets keeps them.
    await t.dataSource.query(
      `INSERT INTO agenda_speakers (item_id, person_id, role, position)
       SELECT id, $2, 'SPEAKER', 0 FROM agenda_items WHERE meeting_id = $1 AND carries_report_id IS NOT NULL`,
      [secondMeetingId, coChair.personId],
    );
    const { meetingReport } = await gql<{ meetingReport: { actionItems: { id: string }[] } }>(coChair.client, REPORT, {
      id: reportId,
    });
    await gql(coChair.client, ACTION_STATUS, {
      id: meetingReport.actionItems[1]!.id,
      input: { from: 'OPEN', to: 'DONE' },
    });
    expectError(
      await coChair.client.gql(ACTION_STATUS, {
        id: meetingReport.actionItems[1]!.id,
        input: { from: 'OPEN', to: 'DONE' },
      }),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
    const [carried] = await agendaOf(secondMeetingId);
    expect(carried!.subItems).toHaveLength(1);
    const speakers = await t.dataSource.query<{ person_id: string }[]>(
      `SELECT s.person_id FROM agenda_speakers s JOIN agenda_items i ON i.id = s.item_id
        WHERE i.meeting_id = $1 AND i.carries_report_id IS NOT NULL`,
      [secondMeetingId],
    );
    expect(speakers).toEqual([{ person_id: coChair.personId }]);
    const third = await scheduleNext();
    expect((await agendaOf(third)).map((i) => [i.title, i.subItems.length])).toEqual([
      ['Review of action items from the first meeting', 1],
    ]);
  });
});
