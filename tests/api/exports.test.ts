import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting } from '@plenary/seeds';
import { pdfFonts } from '../../apps/api/src/exports/pdf-fonts';
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
  it('exports a DOCX laid out like a UN provisional agenda: days, times, sessions, bullets, chairs', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/agenda.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/Provisional%20agenda/);
    const text = await docxText(response);
    expect(text).toContain('Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia');
    expect(text).toContain('Incheon, Republic of Korea, 4–5 December 2019');
    expect(text).toContain('Provisional Agenda');
    expect(text).toContain('Day 1 – Wednesday, 4 December 2019');
    expect(text).toContain('Day 2 – Thursday, 5 December 2019');
    expect(text).toContain('13:30–17:00');
    expect(text).toContain('Session 2: The State of Play');
    expect(text).toContain('Tour de Table');
    expect(text).toMatch(/Chair: Prof\. 김태훈/);
    expect(text.indexOf('Opening Session')).toBeLessThan(text.indexOf('Session 1:'));
  });

  it('exports a PDF with the same content', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/agenda.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(response)).replace(/\s+/g, ' ');
    expect(text).toContain('PROVISIONAL AGENDA');
    expect(text).toContain('Session 3: Way Forward');
    expect(text).toContain('16:30–17:00');
    expect(text).toContain('Closing Session');
    // Names in Korean need a CJK font; the Debian package fonts-noto-cjk provides one.
    if (pdfFonts().regular) expect(text).toContain('김태훈');
  });

  it('says "Agenda" once the agenda has been adopted', async () => {
    await t.dataSource.query(`UPDATE meetings SET status = 'AGENDA_ADOPTED' WHERE id = $1`, [meeting.vladivostok]);
    const coChair = await t.client().as('co-chair@plenary.example', demoPassword);
    const text = await docxText(await download(coChair, `/meetings/${meeting.vladivostok}/agenda.docx`));
    expect(text).toContain('Agenda');
    expect(text).not.toContain('Provisional Agenda');
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
  it('exports CSV readable by spreadsheets, with e-mails for organisers', async () => {
    const response = await download(secretariat, `/meetings/${meeting.incheon}/participants.csv`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'name,sort_name,honorific,title,affiliation,representing,country,role,category,state,travel_support,email',
    );
    expect(lines.length).toBeGreaterThan(12);
    expect(csv).toContain('이서연,Lee Seo-yeon');
    expect(csv).toContain('guest1@participants.example');
  });

  it('leaves e-mails out for participants', async () => {
    const expert = await t.client().as('expert@plenary.example', demoPassword);
    const csv = await (await download(expert, `/meetings/${meeting.incheon}/participants.csv`)).text();
    expect(csv).toContain('Анна Соколова');
    expect(csv).not.toContain('@');
  });

  it('exports a DOCX list of participants', async () => {
    const text = await docxText(await download(secretariat, `/meetings/${meeting.incheon}/participants.docx`));
    expect(text).toContain('LIST OF PARTICIPANTS');
    expect(text).toContain('Ms. 이서연 (Lee Seo-yeon)');
    expect(text).toContain('Trilateral Cooperation Secretariat');
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
