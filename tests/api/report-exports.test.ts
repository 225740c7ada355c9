import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, org, person } from '@plenary/seeds';
import { docxXml, pdfPages, wordText } from '../helpers/files';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let secretariat: GraphQLTestClient;

const CREATE_MEETING = `mutation C($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const DAYS = `query D($id: ID!) { meeting(id: $id) { agendaDays { id date } } }`;
const ADD_ITEM = `mutation I($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { id } }`;
const MEETING_STATUS = `mutation S($id: ID!, $input: ChangeMeetingStatusInput!) { changeMeetingStatus(id: $id, input: $input) { status } }`;
const INVITE = `mutation V($meetingId: ID!, $input: InviteParticipantInput!) {
  inviteParticipant(meetingId: $meetingId, input: $input) { id person { id } } }`;
const ATTENDED = `mutation A($id: ID!) { markAttendance(id: $id, attended: true) { state } }`;
const REPORT_FIELDS = `id status revision current { sections { agendaItemId heading } }`;
const START = `mutation R($meetingId: ID!) { startMeetingReport(meetingId: $meetingId) { ${REPORT_FIELDS} } }`;
const SAVE = `mutation W($input: SaveMeetingReportInput!) { saveMeetingReport(input: $input) { ${REPORT_FIELDS} } }`;
const ADD_ACTION = `mutation X($reportId: ID!, $input: ActionItemInput!) { addActionItem(reportId: $reportId, input: $input) { id } }`;
const REPORT_STATUS = `mutation P($id: ID!, $input: ChangeMeetingReportStatusInput!) {
  changeMeetingReportStatus(id: $id, input: $input) { status } }`;

interface Report {
  id: string;
  status: string;
  revision: number;
  current: { sections: { agendaItemId: string | null; heading: string }[] };
}

const meetingInput = {
  title: 'Meeting on Multilateral Energy Cooperation in North-East Asia',
  kind: 'WORKSHOP',
  track: 'TRACK_2',
  venue: 'Far Eastern Federal University, Russky Island',
  city: 'Vladivostok',
  country: 'RU',
  timeZone: 'Asia/Vladivostok',
  startDate: '2025-11-14',
  endDate: '2025-11-14',
  organizerIds: [org.escapEnea],
};

async function createMeeting(overrides: Record<string, unknown> = {}): Promise<string> {
  const { createMeeting } = expectData(
    await secretariat.gql<{ createMeeting: { id: string } }>(CREATE_MEETING, {
      input: { ...meetingInput, ...overrides },
    }),
  );
  return createMeeting.id;
}

async function download(client: GraphQLTestClient | null, path: string): Promise<Response> {
  return fetch(`${t.baseUrl}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
}

async function docxText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return wordText(await docxXml(response));
}

async function pdfText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  // Lines are joined, and words split across them (by justification or wrapping) come back together.
  return (await pdfPages(response)).join('\n').replace(/\s+/g, ' ');
}

const SESSION_TITLE = 'Session 1: Energy security and regional institutions';
const FREE_HEADING = 'Other business';
const GROUP_TITLE = 'CSCAP Study Group on Energy Security in Northeast Asia';
const participation = '2 experts from 1 member committee and 1 other institution participated in the meeting.';
const summary = [
  'The Co-Chairs thanked CSCAP-Russia for the excellent conference arrangements.',
  'The meeting was divided into one session and a discussion of other business.',
];
const sessionText = [
  'One participant proposed a multilateral energy regime as an international public good.',
  'Some concerns were expressed about the transit fees of a gas pipeline.',
];
const actionTitle = 'Circulate a draft memorandum to the member committees';

let meetingId: string;
let reportId: string;
let expert: GraphQLTestClient;

beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
  expert = await t.client().as('expert@plenary.example', demoPassword);

  // A meeting held under the Chatham House rule, the third and last of a study group's series.
  meetingId = await createMeeting({ confidentiality: 'CHATHAM_HOUSE', sequenceNumber: 3 });
  const [group] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO study_groups (title, council_id, start_date, end_date, status, version)
     VALUES ($1, $2, '2024-06-01', '2026-05-31', 'ACTIVE', 1) RETURNING id`,
    [GROUP_TITLE, org.cscap],
  );
  for (const sequence of [1, 2, 3]) {
    await t.dataSource.query(
      `INSERT INTO meeting_plans (study_group_id, sequence, expected_month, meeting_id) VALUES ($1, $2, $3, $4)`,
      [group!.id, sequence, `2025-${String(sequence * 3 + 2).padStart(2, '0')}-01`, sequence === 3 ? meetingId : null],
    );
  }
  await t.dataSource.query(`UPDATE meetings SET study_group_id = $2 WHERE id = $1`, [meetingId, group!.id]);

  // The meeting's days come from its dates.
  const { meeting } = expectData(
    await secretariat.gql<{ meeting: { agendaDays: { id: string; date: string }[] } }>(DAYS, { id: meetingId }),
  );
  const day = meeting.agendaDays.find((d) => d.date === '2025-11-14')!;
  expectData(
    await secretariat.gql(ADD_ITEM, {
      dayId: day.id,
      input: { kind: 'SESSION', title: SESSION_TITLE, startTime: '09:30', endTime: '12:30' },
    }),
  );

  // Two experts came: one for a member committee, one from another institution.
  type Invited = { inviteParticipant: { id: string; person: { id: string } } };
  const invited = [
    expectData(
      await secretariat.gql<Invited>(INVITE, {
        meetingId,
        input: { personId: person.expert, role: 'PARTICIPANT', representingId: org.cscapRussia },
      }),
    ).inviteParticipant,
    expectData(
      await secretariat.gql<Invited>(INVITE, {
        meetingId,
        input: {
          role: 'PRESENTER',
          newPerson: {
            name: '김민준',
            sortName: 'Kim, Min-jun',
            honorific: 'Prof.',
            email: 'kim.minjun@tcs.example',
            affiliationId: org.tcs,
          },
        },
      }),
    ).inviteParticipant,
  ];
  for (const participant of invited) expectData(await secretariat.gql(ATTENDED, { id: participant.id }));
  const kimId = invited[1]!.person.id;

  for (const [from, to] of [
    ['PLANNED', 'AGENDA_PROVISIONAL'],
    ['AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'],
    ['AGENDA_ADOPTED', 'HELD'],
  ]) {
    expectData(await secretariat.gql(MEETING_STATUS, { id: meetingId, input: { from, to } }));
  }

  const { startMeetingReport } = expectData(
    await secretariat.gql<{ startMeetingReport: Report }>(START, { meetingId }),
  );
  reportId = startMeetingReport.id;
  const [session] = startMeetingReport.current.sections;
  expect(session).toMatchObject({ heading: SESSION_TITLE });
  expectData(
    await secretariat.gql(SAVE, {
      input: {
        reportId,
        baseRevision: startMeetingReport.revision,
        summary: summary.join('\n\n'),
        sections: [
          { agendaItemId: session!.agendaItemId, heading: SESSION_TITLE, text: sessionText.join('\n\n') },
          { heading: FREE_HEADING, text: 'The participants agreed to meet again in the spring.' },
        ],
      },
    }),
  );
  expectData(
    await secretariat.gql(ADD_ACTION, {
      reportId,
      input: { title: actionTitle, ownerPersonId: kimId, ownerOrganizationId: org.cscapKorea, dueDate: '2026-03-01' },
    }),
  );
});
afterAll(() => t.close());

async function publish(): Promise<void> {
  for (const [from, to] of [
    ['DRAFT', 'FINAL'],
    ['FINAL', 'PUBLISHED'],
  ]) {
    expectData(await secretariat.gql(REPORT_STATUS, { id: reportId, input: { from, to } }));
  }
}

describe('the report of a meeting as documents', () => {
  it('shows a draft to its writers, marked as a draft', async () => {
    const response = await download(secretariat, `/meetings/${meetingId}/report.docx`);
    expect(response.headers.get('content-disposition')).toMatch(/Draft%20report/);
    const text = await docxText(response);
    expect(text).toContain('Draft — not for circulation');
    expect(text).toContain(sessionText[1]);
    expect(await pdfText(await download(secretariat, `/meetings/${meetingId}/report.pdf`))).toContain(
      'Draft — not for circulation',
    );
  });

  it('refuses a draft to a participant, who may read only the published report', async () => {
    for (const format of ['docx', 'pdf']) {
      const response = await download(expert, `/meetings/${meetingId}/report.${format}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('exports the published report as a DOCX laid out like the Vladivostok report', async () => {
    await publish();
    const response = await download(expert, `/meetings/${meetingId}/report.docx`);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''Report%20-%20Meeting%20on/);
    const text = await docxText(response);
    expect(text).toContain(
      `Report of the Meeting of the ${GROUP_TITLE}, 14 November 2025, Vladivostok, Russian Federation`,
    );
    expect(text).toContain('Held under the Chatham House rule');
    expect(text).not.toContain('Draft');
    expect(text).toContain('1. Summary');
    expect(text).toContain(
      `The third and final meeting of the ${GROUP_TITLE} was held in Vladivostok, Russian Federation on 14 November 2025. ` +
        `${participation} ${summary[0]}`,
    );
    expect(text).toContain(summary[1]);
    expect(text).toContain(SESSION_TITLE);
    // Paragraphs separated by blank lines stay separate paragraphs.
    expect(text).toContain(`${sessionText[0]}\n${sessionText[1]}\n`);
    expect(text).toContain(FREE_HEADING);
    expect(text).toContain('2. Next Tasks');
    expect(text).toContain(`${actionTitle} — Prof. 김민준 (CSCAP-Korea), due 1 March 2026`);
    // In reading order: title, summary, sessions, next tasks.
    const order = ['Report of the Meeting', '1. Summary', SESSION_TITLE, FREE_HEADING, '2. Next Tasks', actionTitle];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('exports the published report as a PDF with the same content', async () => {
    const text = await pdfText(await download(secretariat, `/meetings/${meetingId}/report.pdf`));
    expect(text).toContain(`Report of the Meeting of the ${GROUP_TITLE}, 14 November 2025`);
    expect(text).toContain('Held under the Chatham House rule');
    expect(text).not.toContain('Draft');
    expect(text).toContain('1. Summary');
    expect(text).toContain(participation);
    expect(text).toContain(SESSION_TITLE);
    expect(text).toContain(sessionText[0]);
    expect(text).toContain('2. Next Tasks');
    expect(text).toContain(actionTitle);
    expect(text).toContain('due 1 March 2026');
    expect(text).toContain('Prof. 김민준 (CSCAP-Korea)');
  });

  it('names a meeting outside any study group by its own title', async () => {
    const id = await createMeeting({
      title: 'Subregional Forum on Trade Facilitation',
      city: 'Ulaanbaatar',
      country: 'MN',
    });
    expectData(await secretariat.gql(START, { meetingId: id }));
    const text = await docxText(await download(secretariat, `/meetings/${id}/report.docx`));
    expect(text).toContain(
      'Report of the Subregional Forum on Trade Facilitation, 14 November 2025, Ulaanbaatar, Mongolia',
    );
    expect(text).toContain(
      'The Subregional Forum on Trade Facilitation was held in Ulaanbaatar, Mongolia on 14 November 2025. ' +
        'No participants have been recorded for the meeting yet.',
    );
    expect(text).toContain('Draft — not for circulation');
    expect(text).not.toContain('Chatham House');
  });
});

describe('access to the report documents', () => {
  it('answers 404 to a signed-in user with no role on the meeting, and 401 to someone signed out', async () => {
    const admin = await t.client().as('admin@plenary.example', demoPassword);
    for (const format of ['docx', 'pdf']) {
      const hidden = await download(admin, `/meetings/${meetingId}/report.${format}`);
      expect(hidden.status).toBe(404);
      expect(await hidden.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    const signedOut = await download(null, `/meetings/${meetingId}/report.pdf`);
    expect(signedOut.status).toBe(401);
  });

  it('answers 404 for a meeting without a report, and for an id that is not one', async () => {
    const id = await createMeeting({ title: 'Meeting without a report' });
    for (const format of ['docx', 'pdf']) {
      const response = await download(secretariat, `/meetings/${id}/report.${format}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await download(secretariat, `/meetings/not-a-uuid/report.pdf`)).status).toBe(404);
  });
});
