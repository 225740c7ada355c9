// The meeting page: a meeting over two days with 40 agenda items and 300 participants, from Plenary
// and from the baseline server (one hand-written statement), in alternation.
import { alternate, describeComparison, firstDifference } from './compare.mjs';
import { machine, probeServer, signIn, writeResult } from './server.mjs';

/** A meeting over two days with 40 agenda items and 300 participants, organised by the demo secretariat. */
export async function createLargeMeeting(db) {
  const {
    rows: [secretariat],
  } = await db.query(`SELECT person_id FROM users WHERE email = 'secretariat@plenary.example'`);
  const { rows: orgs } = await db.query(`SELECT id FROM organizations`);
  const {
    rows: [meeting],
  } = await db.query(
    `INSERT INTO meetings (title, kind, track, venue, city, country, time_zone, start_date, end_date, calendar_token, version)
     VALUES ('Bench forum', 'FORUM', 'TRACK_2', 'Conference centre', 'Incheon', 'KR', 'Asia/Seoul', '2026-05-12', '2026-05-13',
             md5(random()::text), 1) RETURNING id`,
  );
  await db.query(`INSERT INTO meeting_organizers (meeting_id, organization_id, position) VALUES ($1, $2, 1)`, [
    meeting.id,
    orgs[1].id,
  ]);
  await db.query(
    `INSERT INTO memberships (person_id, object_type, object_id, role) VALUES ($1, 'MEETING', $2, 'ORGANIZER')`,
    [secretariat.person_id, meeting.id],
  );
  const people = [];
  for (let i = 0; i < 300; i++) {
    const {
      rows: [p],
    } = await db.query(
      `INSERT INTO people (name, sort_name, affiliation_id, email) VALUES ($1, $1, $2, $3) RETURNING id`,
      [`Participant ${String(i).padStart(3, '0')}`, orgs[i % orgs.length].id, `p${i}@bench.example`],
    );
    people.push(p.id);
    await db.query(
      `INSERT INTO participations (meeting_id, person_id, role, representing_id, state) VALUES ($1, $2, 'PARTICIPANT', $3, 'ACCEPTED')`,
      [meeting.id, p.id, orgs[i % orgs.length].id],
    );
    await db.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role) VALUES ($1, 'MEETING', $2, 'PARTICIPANT')`,
      [p.id, meeting.id],
    );
  }
  for (const [d, date] of ['2026-05-12', '2026-05-13'].entries()) {
    const {
      rows: [day],
    } = await db.query(`INSERT INTO agenda_days (meeting_id, date) VALUES ($1, $2) RETURNING id`, [meeting.id, date]);
    for (let i = 0; i < 20; i++) {
      const start = `${date}T${String((i / 2 + 8) | 0).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00+09:00`;
      const {
        rows: [item],
      } = await db.query(
        `INSERT INTO agenda_items (meeting_id, day_id, position, kind, title, starts_at, ends_at, chair_id)
         VALUES ($1, $2, $3, 'SESSION', $4, $5::timestamptz, $5::timestamptz + interval '30 minutes', $6) RETURNING id`,
        [meeting.id, day.id, i, `Session ${d * 20 + i + 1}`, start, people[i]],
      );
      for (let s = 0; s < 3; s++) {
        await db.query(`INSERT INTO agenda_sub_items (item_id, position, text) VALUES ($1, $2, $3)`, [
          item.id,
          s,
          `Point ${s + 1}`,
        ]);
        await db.query(
          `INSERT INTO agenda_speakers (item_id, person_id, role, position) VALUES ($1, $2, 'SPEAKER', $3)`,
          [item.id, people[(i * 3 + s + 50) % 300], s],
        );
      }
    }
  }
  return meeting.id;
}

/** The meeting page's core: the meeting, its agenda and participants (the web's query asks for more around them). */
export const MEETING_PAGE = `query MeetingPage($id: ID!) { meeting(id: $id) {
  id title status startDate endDate timeZone viewerRoles organizers { name } host { name }
  agendaDays { id date items { id kind title startTime endTime subItems { text } chair { name } speakers { role person { name } } papers { filename } } }
  agendaWarnings { kind message }
  participants { id role state email person { name sortName affiliation { name country } } representing { name acronym country } }
} }`;

/**
 * Measures the meeting page against the baseline; writes bench-results/meeting-page.json and returns
 * the report. Both must give the same answer first, and Plenary's SQL statements for one page are counted.
 */
export async function benchMeetingPage({ server, baseline, db, duration, connections, rounds }) {
  const meetingId = await createLargeMeeting(db);
  const cookie = await signIn(server, 'secretariat@plenary.example');
  const body = JSON.stringify({ query: MEETING_PAGE, variables: { id: meetingId } });
  const plenaryRequest = {
    url: `${server.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  };
  const baselineRequest = { url: `${baseline.url}/meeting?id=${meetingId}`, method: 'GET', headers: { cookie } };

  const before = (await probeServer(server)).statements;
  const answer = await (await fetch(plenaryRequest.url, plenaryRequest)).json();
  const sqlStatements = (await probeServer(server)).statements - before;
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  const baselineAnswer = await (await fetch(baselineRequest.url, baselineRequest)).json();
  const difference = firstDifference(answer, baselineAnswer);
  if (difference) console.warn(`The baseline's meeting page differs from Plenary's at ${difference}`);
  const m = answer.data.meeting;
  const items = m.agendaDays.reduce((n, d) => n + d.items.length, 0);
  console.log(
    `Meeting page: ${m.agendaDays.length} days, ${items} agenda items, ${m.participants.length} participants; ` +
      `${JSON.stringify(answer).length} bytes answered; ${sqlStatements} SQL statements.`,
  );

  const comparisons = await alternate({
    plenary: { request: plenaryRequest, server },
    baseline: { request: baselineRequest, server: baseline },
    rounds,
    duration,
    connections: [connections, 1],
  });
  for (const c of comparisons) console.log(`  ${describeComparison(c)}`);
  const [loaded] = comparisons;
  const report = {
    page: 'meeting (2 days, 40 items, 300 participants)',
    machine: machine(),
    seconds: duration,
    rounds,
    sqlStatementsPerRequest: sqlStatements,
    sameAnswerAsBaseline: difference === null,
    ...(difference ? { differenceFromBaseline: difference } : {}),
    // The figures at `connections`, as earlier reports gave them.
    connections,
    throughputPerSecond: loaded.plenary.throughputPerSecond,
    latencyMs: loaded.plenary.latencyMs,
    serverRssMb: loaded.plenary.peakRssMb,
    errors: comparisons.reduce((n, c) => n + c.plenary.errors + c.baseline.errors, 0),
    comparisons,
  };
  writeResult('meeting-page.json', report);
  return report;
}
