import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNamedParticipants } from '@plenary/shared';
import { demoPassword, meeting, org, person, studyGroup } from '@plenary/seeds';
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

  it('has both CSCAP study groups, with their co-chair and participating committees', async () => {
    const groups = await t.dataSource.query<
      { id: string; status: string; council: string; reports_to: string; co_chairs: string[]; participants: string[] }[]
    >(
      `SELECT g.id, g.status, c.acronym AS council, r.acronym AS reports_to,
              array_agg(o.acronym ORDER BY sc.position) FILTER (WHERE sc.role = 'CO_CHAIR') AS co_chairs,
              array_agg(o.acronym ORDER BY sc.position) FILTER (WHERE sc.role = 'PARTICIPANT') AS participants
         FROM study_groups g
         JOIN organizations c ON c.id = g.council_id
         JOIN organizations r ON r.id = g.reports_to_id
         JOIN study_group_committees sc ON sc.study_group_id = g.id
         JOIN organizations o ON o.id = sc.organization_id
        GROUP BY g.id, c.acronym, r.acronym
        ORDER BY g.start_date`,
    );
    expect(groups).toEqual([
      {
        id: studyGroup.governance2011,
        status: 'CONCLUDED',
        council: 'CSCAP',
        reports_to: 'CSCAP SC',
        co_chairs: ['CSCAP-Korea', 'CSCAP-China'],
        participants: expect.any(Array),
      },
      {
        id: studyGroup.peace2019,
        status: 'ACTIVE',
        council: 'CSCAP',
        reports_to: 'CSCAP SC',
        co_chairs: ['CSCAP-Korea', 'CSCAP-China'],
        participants: ['CSCAP-Japan', 'CSCAP-US'],
      },
    ]);
    // The 2011 group's committees are the nine member committees that met in Vladivostok.
    const inVladivostok = await t.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT o.id FROM participations p JOIN organizations o ON o.id = p.representing_id
        WHERE p.meeting_id = $1 AND o.kind = 'MEMBER_COMMITTEE'`,
      [meeting.vladivostok],
    );
    const ofGroup = await t.dataSource.query<{ organization_id: string }[]>(
      `SELECT organization_id FROM study_group_committees WHERE study_group_id = $1`,
      [studyGroup.governance2011],
    );
    expect(inVladivostok).toHaveLength(9);
    expect(ofGroup.map((c) => c.organization_id).sort()).toEqual(inVladivostok.map((o) => o.id).sort());
  });

  it('makes Vladivostok the third and final of the 2011 group’s meetings, with its report published at revision 2', async () => {
    const series = await t.dataSource.query<
      { sequence: number; city: string; month: string; host: string; meeting_id: string; meeting_sequence: number }[]
    >(
      `SELECT p.sequence, p.city, to_char(p.expected_month, 'YYYY-MM') AS month, h.acronym AS host, p.meeting_id,
              m.sequence_number AS meeting_sequence
         FROM meeting_plans p
         JOIN organizations h ON h.id = p.host_id
         JOIN meetings m ON m.id = p.meeting_id AND m.study_group_id = p.study_group_id
                        AND m.kind = 'STUDY_GROUP_MEETING'
        WHERE p.study_group_id = $1 ORDER BY p.sequence`,
      [studyGroup.governance2011],
    );
    expect(series.map(({ meeting_id: _, ...plan }) => plan)).toEqual([
      { sequence: 1, city: 'Seoul', month: '2010-12', host: 'CSCAP-Korea', meeting_sequence: 1 },
      { sequence: 2, city: 'Beijing', month: '2011-05', host: 'CSCAP-China', meeting_sequence: 2 },
      { sequence: 3, city: 'Vladivostok', month: '2011-11', host: 'CSCAP-Russia', meeting_sequence: 3 },
    ]);
    expect(series[2]!.meeting_id).toBe(meeting.vladivostok);
    expect(await new Factory(t.dataSource).count('meetings', `study_group_id = $1`, [studyGroup.governance2011])).toBe(
      3,
    );

    const [report] = await t.dataSource.query<
      { id: string; status: string; revision: number; attribution_allowed: boolean; published: string }[]
    >(
      `SELECT id, status, revision, attribution_allowed, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS published
         FROM meeting_reports WHERE meeting_id = $1`,
      [meeting.vladivostok],
    );
    expect(report).toMatchObject({
      status: 'PUBLISHED',
      revision: 2,
      attribution_allowed: false,
      published: '2011-12-15',
    });
    const revisions = await t.dataSource.query<
      { number: number; summary: string; sections: { agendaItemId: string | null; heading: string; text: string }[] }[]
    >(`SELECT number, summary, sections FROM report_revisions WHERE report_id = $1 ORDER BY number`, [report!.id]);
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    const current = revisions[1]!;
    const sessions = await t.dataSource.query<{ id: string; title: string }[]>(
      `SELECT i.id, i.title FROM agenda_items i WHERE i.meeting_id = $1 AND i.kind = 'SESSION' ORDER BY i.starts_at`,
      [meeting.vladivostok],
    );
    expect(sessions).toHaveLength(3);
    expect(current.sections.map((s) => ({ id: s.agendaItemId, title: s.heading }))).toEqual(sessions);
    expect(current.summary).toMatch(/^The third and final meeting of the CSCAP Study Group/);
    expect(current.summary).toContain('CSCAP-Russia');
    // The app writes the participation sentence itself.
    expect(current.summary).not.toContain('More than 20 experts');
    expect(current.sections[1]!.text).toContain('second meeting of the Study Group in May');
    expect(current.sections.every((s) => s.text.split('\n\n').length >= 3)).toBe(true);
    expect(revisions[0]!.sections.map((s) => s.agendaItemId)).toEqual(sessions.map((s) => s.id));
    // Chatham House: no participant is named anywhere in the report.
    const named = await t.dataSource.query<{ id: string; name: string; sortName: string | null }[]>(
      `SELECT pe.id, pe.name, pe.sort_name AS "sortName" FROM participations pa JOIN people pe ON pe.id = pa.person_id
        WHERE pa.meeting_id = $1`,
      [meeting.vladivostok],
    );
    const texts = revisions.flatMap((r) => [r.summary, ...r.sections.map((s) => s.text)]);
    expect(texts.flatMap((text) => findNamedParticipants(text, named))).toEqual([]);

    const actions = await t.dataSource.query<
      { title: string; owner_person_id: string; owner_organization_id: string; due: string; status: string }[]
    >(
      `SELECT title, owner_person_id, owner_organization_id, to_char(due_date, 'YYYY-MM-DD') AS due, status
         FROM action_items WHERE report_id = $1`,
      [report!.id],
    );
    expect(actions).toEqual([
      {
        title: expect.stringMatching(/^Produce a CSCAP Memorandum for the CSCAP Steering Committee/),
        owner_person_id: person.coChair,
        owner_organization_id: org.cscapKorea,
        due: '2012-05-31',
        status: 'IN_PROGRESS',
      },
    ]);
  });

  it('plans the 2019 group’s four meetings, Seoul in October 2019 first, none of them scheduled yet', async () => {
    const plans = await t.dataSource.query<
      { sequence: number; city: string; country: string; month: string; host: string; meeting_id: string | null }[]
    >(
      `SELECT p.sequence, p.city, p.country, to_char(p.expected_month, 'YYYY-MM') AS month, h.acronym AS host,
              p.meeting_id
         FROM meeting_plans p JOIN organizations h ON h.id = p.host_id
        WHERE p.study_group_id = $1 ORDER BY p.sequence`,
      [studyGroup.peace2019],
    );
    expect(plans).toEqual([
      { sequence: 1, city: 'Seoul', country: 'KR', month: '2019-10', host: 'CSCAP-Korea', meeting_id: null },
      { sequence: 2, city: 'Beijing', country: 'CN', month: '2020-04', host: 'CSCAP-China', meeting_id: null },
      { sequence: 3, city: 'Tokyo', country: 'JP', month: '2020-10', host: 'CSCAP-Japan', meeting_id: null },
      { sequence: 4, city: 'Washington', country: 'US', month: '2021-04', host: 'CSCAP-US', meeting_id: null },
    ]);
    const [group] = await t.dataSource.query<
      { objectives: string[]; principles: { name: string }[]; start: string; end: string }[]
    >(
      `SELECT objectives, principles, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(end_date, 'YYYY-MM-DD') AS end
         FROM study_groups WHERE id = $1`,
      [studyGroup.peace2019],
    );
    expect(group!.objectives).toHaveLength(4);
    expect(group!.objectives[0]).toBe('To evaluate current sources of insecurity in Northeast Asia');
    expect(group!.principles.map((p) => p.name)).toEqual(['Open', 'Plus']);
    expect([group!.start, group!.end]).toEqual(['2019-09-01', '2021-08-31']);

    const roles = await t.dataSource.query<{ person_id: string; role: string; representing_id: string | null }[]>(
      `SELECT person_id, role, representing_id FROM memberships
        WHERE object_type = 'STUDY_GROUP' AND object_id = $1 ORDER BY role, person_id`,
      [studyGroup.peace2019],
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        { person_id: person.cscapSecretariat, role: 'SECRETARIAT', representing_id: null },
        { person_id: person.coChair, role: 'CO_CHAIR', representing_id: org.cscapKorea },
        { person_id: person.focalPoint, role: 'FOCAL_POINT', representing_id: org.cscapJapan },
        { person_id: person.observer, role: 'OBSERVER', representing_id: null },
      ]),
    );
    expect(roles.map((r) => r.person_id)).not.toContain(person.expert);
    // Every sub-group member holds a working role in the group.
    const subGroups = await t.dataSource.query<{ title: string; members: string[] }[]>(
      `SELECT s.title, array_agg(m.person_id) AS members FROM sub_groups s
         JOIN sub_group_members m ON m.sub_group_id = s.id
        WHERE s.study_group_id = $1 GROUP BY s.id ORDER BY s.position`,
      [studyGroup.peace2019],
    );
    expect(subGroups.map((s) => [s.title, s.members.length])).toEqual([
      ['Trust-building on the Korean Peninsula', 2],
      ['Non-traditional security cooperation', 2],
    ]);
    const working = roles.filter((r) => r.role !== 'OBSERVER').map((r) => r.person_id);
    expect(subGroups.flatMap((s) => s.members).every((id) => working.includes(id))).toBe(true);
  });

  it('gives the CSCAP secretariat an account that runs both groups', async () => {
    // Signing in asserts that it succeeds.
    await t.client().as('cscap.secretariat@plenary.example', demoPassword);
    const rows = await t.dataSource.query<{ object_id: string }[]>(
      `SELECT object_id FROM memberships WHERE person_id = $1 AND object_type = 'STUDY_GROUP' AND role = 'SECRETARIAT'
        ORDER BY object_id`,
      [person.cscapSecretariat],
    );
    expect(rows.map((r) => r.object_id)).toEqual([studyGroup.governance2011, studyGroup.peace2019]);
  });

  it('loads once: a second run adds nothing and keeps what users changed', async () => {
    await t.dataSource.query(`UPDATE meetings SET title = 'Renamed by the secretariat' WHERE id = $1`, [
      meeting.incheon,
    ]);
    await t.dataSource.query(`DELETE FROM agenda_items WHERE title = 'Closing Session'`);
    const before = await countRows();
    expect(await seedDemoData(t.databaseUrl)).toEqual([]);
    expect(await countRows()).toEqual(before);
    expect(await new Factory(t.dataSource).count('meetings', `title = 'Renamed by the secretariat'`)).toBe(1);
  });

  it('brings a database seeded before the study groups up to date, without duplicating anything', async () => {
    const complete = await countRows();
    // The state of a database seeded before this data set existed: no CSCAP secretariat, no study groups.
    await t.dataSource.transaction(async (db) => {
      await db.query(`UPDATE seed_runs SET version = 1 WHERE name = 'foundation'`);
      await db.query(`DELETE FROM seed_runs WHERE name = 'study-groups'`);
      await db.query(`DELETE FROM people WHERE id = $1`, [person.cscapSecretariat]);
      await db.query(`DELETE FROM memberships WHERE object_type = 'STUDY_GROUP'`);
      await db.query(`DELETE FROM meeting_reports WHERE meeting_id = $1`, [meeting.vladivostok]);
      await db.query(`UPDATE meetings SET study_group_id = NULL WHERE id = $1`, [meeting.vladivostok]);
      await db.query(`DELETE FROM meetings WHERE study_group_id IS NOT NULL`);
      await db.query(`DELETE FROM study_groups`);
    });
    expect(await new Factory(t.dataSource).count('study_groups')).toBe(0);
    expect(await seedDemoData(t.databaseUrl)).toEqual(['foundation', 'study-groups']);
    expect(await countRows()).toEqual(complete);
    expect(await seedDemoData(t.databaseUrl)).toEqual([]);
    expect(await countRows()).toEqual(complete);
  });
});

/** How many rows each table the demo data writes to holds. */
async function countRows(): Promise<Record<string, number>> {
  const factory = new Factory(t.dataSource);
  const tables = [
    'organizations',
    'people',
    'users',
    'memberships',
    'meetings',
    'meeting_organizers',
    'participations',
    'agenda_items',
    'study_groups',
    'study_group_committees',
    'meeting_plans',
    'sub_groups',
    'sub_group_members',
    'meeting_reports',
    'report_revisions',
    'action_items',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await factory.count(table);
  return counts;
}
