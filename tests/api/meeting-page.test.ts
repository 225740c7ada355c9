import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { demoAccounts, demoPassword } from '@plenary/seeds';
import { Factory } from '../helpers/factories';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

/** What the meeting page shows (the selection `npm run bench` measures). */
const PAGE = `id title status startDate endDate timeZone viewerRoles organizers { name } host { name }
  agendaDays { id date items { id kind title startTime endTime subItems { text } chair { name } speakers { role person { name } } papers { filename } } }
  agendaWarnings { kind itemIds personId message }
  participants { id role state email person { name sortName affiliation { name country } } representing { name acronym country } }`;
const MEETING_PAGE = `query M($id: ID!) { meeting(id: $id) { ${PAGE} } }`;
/** The same selection on the list of meetings, which reads each list through the features' own loaders. */
const MEETINGS = `{ meetings { ${PAGE} } }`;

interface Page {
  id: string;
  agendaDays: { items: unknown[] }[];
  agendaWarnings: { kind: string }[];
  participants: { email: string | null }[];
}

/**
 * A meeting with `size` participants and agenda items on two days, chairs, speakers, points and a
 * paper; two items overlap, one has no chair and one speaker is in both overlapping items, so the
 * agenda checks have something to say. Returns its organiser and one of its participants.
 */
async function meetingOfSize(size: number) {
  const orgs = [await factory.organization(), await factory.organization(), await factory.organization()];
  await t.dataSource.query(`UPDATE organizations SET country = 'KR' WHERE id = $1`, [orgs[0]!.id]);
  const m = await factory.meeting({
    organizerIds: [orgs[1]!.id, orgs[0]!.id],
    startDate: '2026-05-12',
    endDate: '2026-05-13',
  });
  await t.dataSource.query(`UPDATE meetings SET host_id = $1 WHERE id = $2`, [orgs[2]!.id, m.id]);
  const organiser = await factory.user();
  await factory.grant(organiser.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  const participant = await factory.user();
  await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
  const people: string[] = [];
  for (let i = 0; i < size; i++) {
    const [person] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO people (name, sort_name, affiliation_id, email) VALUES ($1, $2, $3, $4) RETURNING id`,
      [
        `Person ${i}`,
        `${String.fromCharCode(90 - (i % 26))} ${i}`,
        i % 4 ? orgs[i % 3]!.id : null,
        `p${i}-${randomUUID()}@example.org`,
      ],
    );
    people.push(person!.id);
    await t.dataSource.query(
      `INSERT INTO participations (meeting_id, person_id, role, representing_id, state) VALUES ($1, $2, 'PARTICIPANT', $3, 'ACCEPTED')`,
      [m.id, person!.id, i % 2 ? orgs[i % 3]!.id : null],
    );
  }
  const [file] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO files (meeting_id, filename, content_type, size_bytes, sha256, data)
     VALUES ($1, 'concept-note.pdf', 'application/pdf', 3, 'abc', '\\x010203') RETURNING id`,
    [m.id],
  );
  for (const date of ['2026-05-12', '2026-05-13']) {
    const [day] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO agenda_days (meeting_id, date) VALUES ($1, $2) RETURNING id`,
      [m.id, date],
    );
    for (let i = 0; i < size; i++) {
      // The second item starts with the first; the third has no chair.
      const start = `${date}T09:00:00+09:00`;
      const [item] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO agenda_items (meeting_id, day_id, position, kind, title, starts_at, ends_at, chair_id)
         VALUES ($1, $2, $3, 'SESSION', $4, $5::timestamptz + $6 * interval '30 minutes', $5::timestamptz + ($6 + 1) * interval '30 minutes', $7)
         RETURNING id`,
        [m.id, day!.id, i, `Session ${date} ${i}`, start, Math.max(0, i - 1), i === 2 ? null : people[i]],
      );
      await t.dataSource.query(
        `INSERT INTO agenda_sub_items (item_id, position, text) VALUES ($1, 0, 'First'), ($1, 1, 'Second')`,
        [item!.id],
      );
      const speakers = i < 2 ? [people[size - 1]!] : [people[(i + 1) % size]!, people[(i + 2) % size]!];
      for (const [position, personId] of [...new Set(speakers)].entries()) {
        await t.dataSource.query(
          `INSERT INTO agenda_speakers (item_id, person_id, role, position) VALUES ($1, $2, 'SPEAKER', $3)`,
          [item!.id, personId, position],
        );
      }
      if (i === 0)
        await t.dataSource.query(`INSERT INTO agenda_papers (item_id, file_id, position) VALUES ($1, $2, 0)`, [
          item!.id,
          file!.id,
        ]);
    }
  }
  return {
    id: m.id,
    organiser: await t.client().as(organiser.email, organiser.password),
    participant: await t.client().as(participant.email, participant.password),
  };
}

async function page(client: GraphQLTestClient, id: string): Promise<{ page: Page; statements: number }> {
  t.queries.reset(true);
  const data = expectData(await client.gql<{ meeting: Page }>(MEETING_PAGE, { id }));
  return { page: data.meeting, statements: t.queries.total };
}

/** Each meeting the client sees, as the list of meetings gives it. */
async function listed(client: GraphQLTestClient): Promise<Page[]> {
  return expectData(await client.gql<{ meetings: Page[] }>(MEETINGS)).meetings;
}

describe('the meeting page', () => {
  it('costs two SQL statements (the session; the roles with the contents) however large the meeting', async () => {
    const small = await meetingOfSize(3);
    const large = await meetingOfSize(30);
    const few = await page(small.organiser, small.id);
    const many = await page(large.organiser, large.id);
    expect(few.page.participants).toHaveLength(3);
    expect(many.page.participants).toHaveLength(30);
    expect(many.page.agendaDays.flatMap((d) => d.items)).toHaveLength(60);
    expect(many.statements).toBe(few.statements);
    expect(many.statements).toBeLessThanOrEqual(2);
    // From its second time on the page's query runs compiled (graphql-jit): the same answer, the same statements.
    const again = await page(large.organiser, large.id);
    expect(again.page).toEqual(many.page);
    expect(again.statements).toBe(many.statements);
  });

  it('answers someone who may not see the meeting that there is none, from the same statements', async () => {
    const m = await meetingOfSize(3);
    const stranger = await factory.user();
    const outsider = await t.client().as(stranger.email, stranger.password);
    for (let i = 0; i < 2; i++) {
      t.queries.reset(true);
      const refused = await outsider.gql<{ meeting: Page | null }>(MEETING_PAGE, { id: m.id });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(refused.data?.meeting ?? null).toBeNull();
      // The session, and the roles read with (no) contents; the page's query runs compiled by now, so
      // graphql-js then answers the refusal with its code, reading the roles once more.
      expect(t.queries.total).toBeLessThanOrEqual(3);
    }
  });

  it('refuses an id that is not one as INVALID_ID every time, before any statement about the meeting', async () => {
    const m = await meetingOfSize(3);
    for (let i = 0; i < 3; i++) {
      t.queries.reset(true);
      const refused = await m.organiser.gql<{ meeting: Page | null }>(MEETING_PAGE, { id: 'not-a-meeting' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
      expect(refused.data ?? null).toBeNull();
      // The session alone: the id is refused before the page's statement, compiled or not.
      expect(t.queries.total).toBeLessThanOrEqual(1);
    }
  });

  it('answers exactly what the features read one list at a time answer, on generated data', async () => {
    for (const size of [3, 12]) {
      const m = await meetingOfSize(size);
      for (const client of [m.organiser, m.participant]) {
        const { page: shown } = await page(client, m.id);
        expect(shown).toEqual((await listed(client)).find((entry) => entry.id === m.id));
        expect(shown.agendaWarnings.map((w) => w.kind)).toEqual(
          expect.arrayContaining(['OVERLAP', 'NO_CHAIR', 'DOUBLE_BOOKED']),
        );
      }
      const asOrganiser = await page(m.organiser, m.id);
      const asParticipant = await page(m.participant, m.id);
      expect(asOrganiser.page.participants.every((p) => p.email)).toBe(true);
      expect(asParticipant.page.participants.every((p) => p.email === null)).toBe(true);
    }
  });

  it('answers exactly what the features read one list at a time answer, on the demo data', async () => {
    let compared = 0;
    for (const { email } of demoAccounts.slice(0, 6)) {
      const client = await t.client().as(email, demoPassword);
      for (const entry of await listed(client)) {
        expect((await page(client, entry.id)).page).toEqual(entry);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(3);
  });
});
