import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting } from '@plenary/seeds';
import { docxXml, pdfPages, wordText } from '../helpers/files';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let secretariat: GraphQLTestClient;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
});
afterAll(() => t.close());

async function download(client: GraphQLTestClient | null, path: string): Promise<Response> {
  return fetch(`${t.baseUrl}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
}

/** iCalendar folds long lines; unfold them to read the values. */
async function icsText(response: Response): Promise<string> {
  return (await response.text()).replace(/\r\n[ \t]/g, '');
}

async function docxText(response: Response): Promise<string> {
  return wordText(await docxXml(response));
}

async function pdfText(response: Response): Promise<string> {
  return (await pdfPages(response)).join('\n');
}

describe('the agenda as documents', () => {
  // The Incheon meeting has been held; its agenda as it went out before adoption.
  beforeAll(async () => {
    await t.dataSource.query(`UPDATE meetings SET status = 'AGENDA_PROVISIONAL' WHERE id = $1`, [meeting.incheon]);
  });

  it('exports a DOCX laid out like a UN provisional agenda: days, times, sessions, bullets, chairs', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/agenda.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/Provisional%20agenda/);
    const text = await docxText(response);
    expect(text).toContain('Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia');
    expect(text).toContain('Incheon, Republic of Korea, 4–5 December 2019');
    expect(text).toContain('Provisional agenda');
    expect(text).toContain('Day 1 – Wednesday, 4 December 2019');
    expect(text).toContain('Day 2 – Thursday, 5 December 2019');
    expect(text).toContain('13:30–17:00');
    expect(text).toContain('Session 2: The State of Play');
    expect(text).toContain('Tour de Table');
    expect(text).toContain('Chair: Prof. Kim Tae-hoon (김태훈), Korea National Diplomatic Academy');
    expect(text.indexOf('Opening Session')).toBeLessThan(text.indexOf('Session 1:'));
  });

  it('exports a PDF with the same content', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/agenda.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(response)).replace(/\s+/g, ' ');
    expect(text).toContain('Provisional agenda');
    expect(text).toContain('Session 3: Way Forward');
    expect(text).toContain('16:30–17:00');
    expect(text).toContain('Closing Session');
    expect(text).toContain('김태훈');
  });

  it('says "Agenda" once the agenda has been adopted', async () => {
    await t.dataSource.query(`UPDATE meetings SET status = 'AGENDA_ADOPTED' WHERE id = $1`, [meeting.vladivostok]);
    const coChair = await t.client().as('co-chair@plenary.example', demoPassword);
    const text = await docxText(await download(coChair, `/meetings/${meeting.vladivostok}/agenda.docx`));
    expect(text).toContain('Agenda');
    expect(text).not.toContain('Provisional agenda');
    expect(text).toContain('Session 3: New ideas for multilateral institutions');
  });
});

describe('calendars', () => {
  it('exports the meeting and each item as iCalendar events at the right instants', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/calendar.ics`);
    const ics = await icsText(response);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    // 09:00 in Incheon is midnight UTC.
    const opening = ics.split('BEGIN:VEVENT').find((event) => event.includes('SUMMARY:Opening Session'));
    expect(opening).toContain('DTSTART:20191204T000000Z');
    expect(opening).toContain('DTEND:20191204T003000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20191204');
  });

  it('exports one agenda item on its own', async () => {
    const [item] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agenda_items WHERE title LIKE 'Session 4%'`,
    );
    const ics = await icsText(await download(secretariat, `/meetings/${meeting.incheon}/agenda-items/${item!.id}.ics`));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('SUMMARY:Session 4: In support of new and inclusive multilateralism in North-East Asia');
    expect(ics).toContain('DTSTART:20191205T043000Z');
  });

  it('serves a subscribable feed at a secret address that needs no sign-in', async () => {
    const { meeting: m } = expectData(
      await secretariat.gql<{ meeting: { calendarFeedUrl: string } }>(
        `query { meeting(id: "${meeting.incheon}") { calendarFeedUrl } }`,
      ),
    );
    const path = new URL(m.calendarFeedUrl).pathname;
    expect(path).toMatch(/^\/calendar\/[\w-]{20,}\.ics$/);
    const feed = await download(null, path);
    expect(feed.status).toBe(200);
    expect(await icsText(feed)).toContain('SUMMARY:Session 1: Setting the Scene');
    expect((await download(null, '/calendar/not-a-real-calendar-token-at-all.ics')).status).toBe(404);
  });
});

describe('the list of participants', () => {
  /** Incheon's invitees by the state of their invitation, as the database has them. */
  async function invitees(meetingId: string): Promise<Map<string, { name: string; sortName: string }[]>> {
    const rows = await t.dataSource.query<{ name: string; sortName: string; state: string }[]>(
      `SELECT p.name, p.sort_name AS "sortName", pa.state FROM participations pa JOIN people p ON p.id = pa.person_id
        WHERE pa.meeting_id = $1`,
      [meetingId],
    );
    const byState = new Map<string, { name: string; sortName: string }[]>();
    for (const row of rows) byState.set(row.state, [...(byState.get(row.state) ?? []), row]);
    return byState;
  }

  async function csvOf(path: string, client = secretariat): Promise<string[][]> {
    const response = await download(client, path);
    expect(response.status, await response.clone().text()).toBe(200);
    const rows: string[][] = parse(Buffer.from(await response.arrayBuffer()).toString('utf8'), { bom: true });
    return rows;
  }

  it('exports CSV readable by spreadsheets, with e-mails for organisers', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/participants.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'name,sort_name,honorific,title,affiliation,representing,country,role,category,state,travel_support,email',
    );
    expect(lines.length).toBeGreaterThan(10);
    expect(csv).toContain('이서연,Lee Seo-yeon');
    expect(csv).toContain('guest1@participants.example');
  });

  it('leaves e-mails out for participants', async () => {
    const expert = await t.client().as('expert@plenary.example', demoPassword);
    const csv = await (await download(expert, `/meetings/${meeting.incheon}/participants.csv`)).text();
    expect(csv).toContain('Анна Соколова');
    expect(csv).not.toContain('@');
  });

  it('lists those attending by default: who accepted, not who declined, has not replied or may come', async () => {
    const states = await invitees(meeting.incheon);
    const accepted = states.get('ACCEPTED')!;
    const others = ['DECLINED', 'INVITED', 'TENTATIVE'].flatMap((state) => states.get(state)!);
    expect(accepted.length).toBeGreaterThan(5);
    expect(others.length).toBeGreaterThanOrEqual(3);

    const [header, ...rows] = await csvOf(`/meetings/${meeting.incheon}/participants.csv`);
    expect(rows.map((r) => r[0]).sort()).toEqual(accepted.map((p) => p.name).sort());
    expect(new Set(rows.map((r) => r[header!.indexOf('state')]))).toEqual(new Set(['Accepted']));

    const docx = await download(secretariat, `/meetings/${meeting.incheon}/participants.docx`);
    expect(docx.headers.get('content-disposition')).toContain(encodeURIComponent('List of participants - '));
    const text = await docxText(docx);
    expect(text).toContain('LIST OF PARTICIPANTS');
    expect(text).toContain('Ms. 이서연 (Lee Seo-yeon)');
    expect(text).toContain('Trilateral Cooperation Secretariat');
    expect(text).not.toContain('Status');
    for (const p of accepted) expect(text).toContain(p.name);
    for (const p of others) expect(text).not.toContain(p.name);

    const pdf = await download(secretariat, `/meetings/${meeting.incheon}/participants.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    // Words wrap in the table's narrow columns, at spaces and hyphens.
    const pdfWords = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(pdfWords).toContain('LISTOFPARTICIPANTS');
    for (const p of accepted) expect(pdfWords).toContain(p.sortName.replace(/\s+/g, ''));
    for (const p of others) expect(pdfWords).not.toContain(p.sortName.replace(/\s+/g, ''));
  });

  it('lists who came once attendance is taken, and not the no-shows', async () => {
    const [noShow] = await t.dataSource.query<{ personId: string; name: string }[]>(
      `UPDATE participations pa SET state = 'NO_SHOW' FROM people p
        WHERE p.id = pa.person_id AND pa.meeting_id = $1
          AND pa.person_id = (SELECT person_id FROM participations WHERE meeting_id = $1 ORDER BY person_id LIMIT 1)
       RETURNING pa.person_id AS "personId", p.name`,
      [meeting.vladivostok],
    );
    const attended = (await invitees(meeting.vladivostok)).get('ATTENDED')!;
    expect(attended.length).toBeGreaterThan(10);
    const coChair = await t.client().as('co-chair@plenary.example', demoPassword);
    const rows = (await csvOf(`/meetings/${meeting.vladivostok}/participants.csv`, coChair)).slice(1);
    expect(rows.map((r) => r[0]).sort()).toEqual(attended.map((p) => p.name).sort());
    expect(rows.map((r) => r[0])).not.toContain(noShow!.name);
  });

  it('lists, on request, those of one reply, or everyone invited with the state of each', async () => {
    const states = await invitees(meeting.incheon);
    const names = (...of: string[]) =>
      of
        .flatMap((state) => states.get(state) ?? [])
        .map((p) => p.name)
        .sort();
    const csvNames = async (status: string) =>
      (await csvOf(`/meetings/${meeting.incheon}/participants.csv?status=${status}`))
        .slice(1)
        .map((r) => r[0])
        .sort();
    expect(await csvNames('DECLINED')).toEqual(names('DECLINED'));
    expect(await csvNames('NO_REPLY')).toEqual(names('INVITED'));
    expect(await csvNames('TENTATIVE')).toEqual(names('TENTATIVE'));
    expect(await csvNames('ATTENDING')).toEqual(names('ACCEPTED'));
    expect(await csvNames('ALL')).toEqual(names(...states.keys()));
    expect(names('DECLINED')).toHaveLength(1);

    const all = await download(secretariat, `/meetings/${meeting.incheon}/participants.docx?status=ALL`);
    expect(all.headers.get('content-disposition')).toContain(encodeURIComponent('List of invitees - '));
    const text = await docxText(all);
    expect(text).toContain('LIST OF INVITEES');
    expect(text).toContain('Everyone invited, with the state of their invitation');
    expect(text).toContain('Status');
    for (const state of ['Accepted', 'Declined', 'Tentative', 'No reply yet']) expect(text).toContain(state);
    for (const name of names(...states.keys())) expect(text).toContain(name);

    const declined = await download(secretariat, `/meetings/${meeting.incheon}/participants.pdf?status=DECLINED`);
    expect(declined.headers.get('content-disposition')).toMatch(/List%20of%20invitees%20-%20.*%20-%20Declined\.pdf$/);
    const pdfWords = (await pdfText(declined)).replace(/\s+/g, '');
    for (const p of states.get('DECLINED')!) expect(pdfWords).toContain(p.sortName.replace(/\s+/g, ''));
    for (const p of states.get('ACCEPTED')!) expect(pdfWords).not.toContain(p.sortName.replace(/\s+/g, ''));
  });

  it('refuses a status it does not know, and a status given twice, with a 400 that names it', async () => {
    for (const query of ['status=maybe', 'status=declined', 'status=ALL&status=DECLINED']) {
      for (const format of ['csv', 'docx', 'pdf']) {
        const response = await download(secretariat, `/meetings/${meeting.incheon}/participants.${format}?${query}`);
        expect(response.status, query).toBe(400);
        expect(await response.json()).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT',
          field: 'status',
          message:
            '"status" must be one of ATTENDING, NOT_INVITED, INVITED, ACCEPTED, TENTATIVE, DECLINED, NO_REPLY, ATTENDED, ALL.',
        });
      }
    }
    expect((await download(secretariat, `/meetings/${meeting.incheon}/participants.xlsx`)).status).toBe(404);
  });
});

describe('access to downloads', () => {
  it('answers 401 to someone signed out and 404 to someone who may not see the meeting', async () => {
    const signedOut = await download(null, `/meetings/${meeting.incheon}/agenda.pdf`);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    const admin = await t.client().as('admin@plenary.example', demoPassword);
    const hidden = await download(admin, `/meetings/${meeting.incheon}/participants.csv`);
    expect(hidden.status).toBe(404);
    expect(await hidden.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await download(admin, `/meetings/not-a-uuid/agenda.docx`)).status).toBe(404);
  });
});
