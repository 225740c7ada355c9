import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting } from '@plenary/seeds';
import { Factory } from '../helpers/factories';
import { pdfPages, wordText } from '../helpers/files';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let secretariat: GraphQLTestClient;
let coChair: GraphQLTestClient;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
  coChair = await t.client().as('co-chair@plenary.example', demoPassword);
  await t.dataSource.query(`UPDATE meetings SET status = 'AGENDA_PROVISIONAL' WHERE id = $1`, [meeting.incheon]);
});
afterAll(() => t.close());

function download(client: GraphQLTestClient, path: string): Promise<Response> {
  return fetch(`${t.baseUrl}${path}`, { headers: { cookie: client.sessionCookie! } });
}

/** The PDF's pages as text, with the gaps a reader puts between pieces of a line closed up. */
async function pdfPageTexts(path: string): Promise<string[]> {
  return (await pdfPages(await download(secretariat, path))).map((page) =>
    page.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')'),
  );
}

async function wordParts(path: string): Promise<{ document: string; styles: string; footers: string }> {
  const zip = await JSZip.loadAsync(await (await download(secretariat, path)).arrayBuffer());
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map((name) => zip.file(name)!.async('string')),
  );
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    styles: await zip.file('word/styles.xml')!.async('string'),
    footers: footers.join(''),
  };
}

const layoutQuery = `query ($id: ID!) {
  meeting(id: $id) {
    agendaLayout { symbol dateLine heading days { heading items { number times title people { role name affiliation } } } }
  }
}`;

interface LayoutData {
  meeting: {
    agendaLayout: {
      symbol: string | null;
      dateLine: string | null;
      heading: string;
      days: {
        heading: string;
        items: {
          number: number | null;
          times: string;
          title: string;
          people: { role: string; name: string; affiliation: string | null }[];
        }[];
      }[];
    };
  };
}

describe('the agenda as a UN office lays it out', () => {
  it('numbers sessions but not breaks, and names people romanised with the name as written beside it', async () => {
    const { meeting: m } = expectData(await coChair.gql<LayoutData>(layoutQuery, { id: meeting.incheon }));
    const layout = m.agendaLayout;
    expect(layout.symbol).toBe('ESCAP/EGM/2019/1');
    expect(layout.heading).toBe('Provisional agenda');
    const items = layout.days.flatMap((d) => d.items);
    expect(items.map((i) => [i.number, i.title.split(':')[0]])).toEqual([
      [1, 'Opening Session'],
      [2, 'Session 1'],
      [null, 'Lunch'],
      [3, 'Session 2'],
      [4, 'Session 3'],
      [null, 'Lunch'],
      [5, 'Session 4'],
      [6, 'Closing Session'],
    ]);
    expect(items[1]!.people[0]).toEqual({
      role: 'Chair',
      name: 'Prof. Kim Tae-hoon (김태훈)',
      affiliation: 'Korea National Diplomatic Academy',
    });
  });

  it('prints the PDF with the symbol and date line, numbered sessions, native names beside romanised ones and page numbers', async () => {
    const pages = await pdfPageTexts(`/meetings/${meeting.incheon}/agenda.pdf`);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]).toMatch(/^ESCAP\/EGM\/2019\/1 28 November 2019 /);
    expect(pages[0]).toContain('Provisional agenda');
    expect(pages[0]).toContain('09:00–09:30 1. Opening Session');
    expect(pages[0]).toContain('12:00–13:30 Lunch');
    expect(pages[0]).toContain('Chair: Prof. Kim Tae-hoon (김태훈), Korea National Diplomatic Academy');
    for (const [index, page] of pages.entries()) {
      // Each page ends with its number; the pages after the first carry the symbol at the top.
      expect(page.trimEnd().endsWith(` ${index + 1}`)).toBe(true);
      if (index > 0) expect(page).toContain('ESCAP/EGM/2019/1');
    }
  });

  it('writes the Word file in its own sober styles, with page numbers and each session kept on one page', async () => {
    const { document, styles, footers } = await wordParts(`/meetings/${meeting.incheon}/agenda.docx`);
    const text = wordText(document);
    expect(text).toMatch(/^ESCAP\/EGM\/2019\/1\n28 November 2019\n/);
    expect(text).toContain('09:00–09:30\t1.\tOpening Session');
    expect(text).toContain('12:00–13:30\t\tLunch');
    expect(text).toContain('Chair: Prof. Kim Tae-hoon (김태훈), Korea National Diplomatic Academy');
    // The document's own styles, none of Word's headings (blue in Word's default theme).
    expect(document).toContain('<w:pStyle w:val="AgendaDay"/>');
    expect(document).not.toMatch(/<w:pStyle w:val="(Heading\d|Title)"\/>/);
    expect(styles).toContain('w:styleId="AgendaItem"');
    expect(styles).not.toMatch(/w:color w:val="(2E74B5|4472C4|1F3763|2F5496)"/i);
    expect(document).toContain('<w:keepNext/>');
    expect(footers).toMatch(/PAGE/);
  });

  it('lets the organiser set the symbol and how names are written, and leave affiliations out', async () => {
    const update = (input: Record<string, unknown>) =>
      secretariat.gql(
        `mutation ($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id agendaSymbol agendaNameStyle agendaAffiliations } }`,
        { id: meeting.incheon, input },
      );
    expectData(
      await update({
        agendaSymbol: 'ESCAP/EGM/2019/1/Rev.1',
        agendaNameStyle: 'AS_WRITTEN',
        agendaAffiliations: false,
      }),
    );
    let { meeting: m } = expectData(await coChair.gql<LayoutData>(layoutQuery, { id: meeting.incheon }));
    expect(m.agendaLayout.symbol).toBe('ESCAP/EGM/2019/1/Rev.1');
    expect(m.agendaLayout.days[0]!.items[1]!.people[0]).toEqual({
      role: 'Chair',
      name: 'Prof. 김태훈',
      affiliation: null,
    });
    const text = wordText((await wordParts(`/meetings/${meeting.incheon}/agenda.docx`)).document);
    expect(text).toContain('Chair: Prof. 김태훈\n');

    expectData(await update({ agendaNameStyle: 'ROMANISED', agendaAffiliations: true }));
    ({ meeting: m } = expectData(await coChair.gql<LayoutData>(layoutQuery, { id: meeting.incheon })));
    expect(m.agendaLayout.days[0]!.items[1]!.people[0]!.name).toBe('Prof. Kim Tae-hoon');
    const pages = await pdfPageTexts(`/meetings/${meeting.incheon}/agenda.pdf`);
    expect(pages[0]).toContain('Chair: Prof. Kim Tae-hoon, Korea National Diplomatic Academy');
    expect(pages.join(' ')).not.toContain('김태훈');

    expectData(await update({ agendaSymbol: 'ESCAP/EGM/2019/1', agendaNameStyle: 'ROMANISED_WITH_NATIVE' }));
  });

  it('refuses the layout to a participant and a symbol too long, changing nothing', async () => {
    const update = (client: GraphQLTestClient, input: Record<string, unknown>) =>
      client.gql(`mutation ($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`, {
        id: meeting.incheon,
        input,
      });
    expectError(await update(coChair, { agendaSymbol: 'MINE/1' }), 'FORBIDDEN');
    expectError(await update(secretariat, { agendaSymbol: 'X'.repeat(201) }), 'BAD_USER_INPUT', 'TEXT_TOO_LONG');
    expectError(await update(secretariat, { agendaNameStyle: 'NICKNAMES' }), 'BAD_USER_INPUT');
    const [row] = await t.dataSource.query<{ agenda_symbol: string; agenda_name_style: string }[]>(
      `SELECT agenda_symbol, agenda_name_style FROM meetings WHERE id = $1`,
      [meeting.incheon],
    );
    expect(row).toEqual({ agenda_symbol: 'ESCAP/EGM/2019/1', agenda_name_style: 'ROMANISED_WITH_NATIVE' });
  });
});

describe('pages of the agenda PDF', () => {
  async function agendaOf(days: { date: string; items: number }[]): Promise<string> {
    const factory = new Factory(t.dataSource);
    const host = await factory.organization();
    const chair = await factory.user({ name: '이서연', sortName: 'Lee Seo-yeon' });
    const created = await factory.meeting({
      startDate: days[0]!.date,
      endDate: days.at(-1)!.date,
      organizerIds: [host.id],
    });
    await t.dataSource.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role)
       SELECT person_id, 'MEETING', $1, 'ORGANIZER' FROM users WHERE email = 'secretariat@plenary.example'`,
      [created.id],
    );
    for (const day of days) {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO agenda_days (meeting_id, date) VALUES ($1, $2) RETURNING id`,
        [created.id, day.date],
      );
      for (let n = 0; n < day.items; n++) {
        const [item] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO agenda_items (meeting_id, day_id, position, kind, title, starts_at, ends_at, chair_id)
           VALUES ($1, $2, $3, 'SESSION', $4, $5::timestamptz + make_interval(mins => $3 * 20),
                   $5::timestamptz + make_interval(mins => $3 * 20 + 15), $6) RETURNING id`,
          [created.id, row!.id, n, `Topic ${day.date} ${n + 1}`, `${day.date}T00:00:00Z`, chair.personId],
        );
        for (let s = 0; s < 4; s++) {
          await t.dataSource.query(`INSERT INTO agenda_sub_items (item_id, position, text) VALUES ($1, $2, $3)`, [
            item!.id,
            s,
            `Point ${s + 1} of a discussion that runs long enough to fill a line of the agenda and wrap onto the next one`,
          ]);
        }
      }
    }
    return created.id;
  }

  it('lets a short second day follow the first on the same page', async () => {
    const id = await agendaOf([
      { date: '2026-04-01', items: 1 },
      { date: '2026-04-02', items: 1 },
    ]);
    const pages = await pdfPageTexts(`/meetings/${id}/agenda.pdf`);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Day 1 – Wednesday, 1 April 2026');
    expect(pages[0]).toContain('Day 2 – Thursday, 2 April 2026');
  });

  it('never splits a session across two pages', async () => {
    const id = await agendaOf([{ date: '2026-04-01', items: 14 }]);
    const pages = await pdfPageTexts(`/meetings/${id}/agenda.pdf`);
    expect(pages.length).toBeGreaterThan(2);
    for (let n = 1; n <= 14; n++) {
      const title = `Topic 2026-04-01 ${n} `;
      const page = pages.find((p) => p.includes(title));
      expect(page, title).toBeDefined();
      // From its title to the next item's, the whole item is on that page, down to its last line.
      const start = page!.indexOf(title);
      const next = page!.indexOf('Topic 2026-04-01', start + title.length);
      const item = page!.slice(start, next === -1 ? undefined : next);
      expect(item, title).toContain('Point 4 of');
      expect(item, title).toContain('Chair: Lee Seo-yeon (이서연)');
    }
  });
});
