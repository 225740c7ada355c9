import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, meeting } from '@plenary/seeds';
import { seedDemoData } from '../../apps/api/src/database/seed';
import { Factory } from '../helpers/factories';
import { expectData } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
});
afterAll(() => t.close());

const PAGE = `query M($id: ID!) { meeting(id: $id) {
  objectives participantCategories confidentiality sequenceNumber
  agendaDays { date items { kind title startTime endTime subItems { text } chair { sortName } } }
  agendaWarnings { message }
  participants { role state representing { acronym } }
} }`;

interface Page {
  meeting: {
    objectives: string[];
    participantCategories: string[];
    confidentiality: string;
    sequenceNumber: number | null;
    agendaDays: {
      date: string;
      items: {
        kind: string;
        title: string;
        startTime: string;
        endTime: string;
        subItems: { text: string }[];
        chair: { sortName: string } | null;
      }[];
    }[];
    agendaWarnings: { message: string }[];
    participants: { role: string; state: string; representing: { acronym: string } | null }[];
  };
}

describe('the demo data', () => {
  it('has the Incheon agenda of the concept note, both days, every time and bullet, without warnings', async () => {
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const { meeting: m } = expectData(await client.gql<Page>(PAGE, { id: meeting.incheon }));
    expect(m.objectives).toHaveLength(4);
    expect(m.participantCategories[0]).toMatch(/^Subregional and regional organizations/);
    expect(
      m.agendaDays.map((d) => [d.date, d.items.map((i) => `${i.startTime}-${i.endTime} ${i.title.split(':')[0]}`)]),
    ).toEqual([
      [
        '2019-12-04',
        ['09:00-09:30 Opening Session', '09:30-12:00 Session 1', '12:00-13:30 Lunch', '13:30-17:00 Session 2'],
      ],
      [
        '2019-12-05',
        ['09:00-12:00 Session 3', '12:00-13:30 Lunch', '13:30-16:30 Session 4', '16:30-17:00 Closing Session'],
      ],
    ]);
    expect(m.agendaDays[0]!.items[0]!.subItems.map((s) => s.text)).toEqual([
      'Opening Remarks',
      'Tour de Table',
      'Group photo',
    ]);
    expect(m.agendaDays[1]!.items[0]!.subItems).toHaveLength(3);
    expect(m.agendaWarnings).toEqual([]);
    expect(m.participants.length).toBeGreaterThanOrEqual(12);
  });

  it('has the three Vladivostok sessions and more than 20 experts from 9 member committees, under the Chatham House rule', async () => {
    const client = await t.client().as('co-chair@plenary.example', demoPassword);
    const { meeting: m } = expectData(await client.gql<Page>(PAGE, { id: meeting.vladivostok }));
    expect(m.sequenceNumber).toBe(3);
    expect(m.confidentiality).toBe('CHATHAM_HOUSE');
    expect(m.agendaDays[0]!.items.filter((i) => i.kind === 'SESSION').map((i) => i.title.split(':')[0])).toEqual([
      'Session 1',
      'Session 2',
      'Session 3',
    ]);
    const committees = new Set(
      m.participants.map((p) => p.representing?.acronym).filter((a) => a?.startsWith('CSCAP') || a === 'AUS-CSCAP'),
    );
    expect(m.participants.length).toBeGreaterThan(20);
    expect(committees.size).toBe(9);
  });

  it('loads once: a second run adds nothing and keeps what users changed', async () => {
    const factory = new Factory(t.dataSource);
    await t.dataSource.query(`UPDATE meetings SET title = 'Renamed by the secretariat' WHERE id = $1`, [
      meeting.incheon,
    ]);
    await t.dataSource.query(`DELETE FROM agenda_items WHERE title = 'Closing Session'`);
    const before = {
      items: await factory.count('agenda_items'),
      people: await factory.count('people'),
      participations: await factory.count('participations'),
    };
    expect(await seedDemoData(t.databaseUrl)).toEqual([]);
    expect({
      items: await factory.count('agenda_items'),
      people: await factory.count('people'),
      participations: await factory.count('participations'),
    }).toEqual(before);
    expect(await factory.count('meetings', `title = 'Renamed by the secretariat'`)).toBe(1);
  });
});
