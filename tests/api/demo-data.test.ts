import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceRequiredStatuses, findNamedParticipants, recommendationStatusMachine } from '@plenary/shared';
import {
  comment,
  commentRound,
  demoPassword,
  meeting,
  memorandum,
  memorandumParagraph,
  memorandumVersion,
  org,
  person,
  publishedMemorandum,
  publishedMemorandumVersion,
  studyGroup,
  trackedRecommendation,
} from '@plenary/seeds';
import { committeesOfSql } from '../../apps/api/src/access/access.repository';
import { sanitizeRichText } from '../../apps/api/src/common/rich-text';
import { seedDemoData } from '../../apps/api/src/database/seed';
import { Factory } from '../helpers/factories';
import { docxXml, wordText } from '../helpers/files';
import { expectData, expectError } from '../helpers/graphql-client';
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

  it('stores the memorandum’s text as the editor would, and its comments by the rules of a round', async () => {
    const rows = await t.dataSource.query<{ version: number; html: string; text: string; kind: string }[]>(
      `SELECT v.number AS version, vp.html, vp.text, vp.kind FROM version_paragraphs vp
         JOIN document_versions v ON v.id = vp.version_id WHERE v.document_id = $1 ORDER BY v.number, vp.position`,
      [memorandum.governance2011],
    );
    expect(rows.filter((r) => r.version === 1).length).toBeGreaterThanOrEqual(14);
    for (const row of rows) {
      expect(sanitizeRichText('html', row.html, 100_000), row.text).toEqual({ html: row.html, text: row.text });
      if (row.kind === 'HEADING') expect(row.text).not.toContain('\n');
    }
    // The working copy is version 2 again, each paragraph at its first revision.
    const copies = await t.dataSource.query<{ differs: number }[]>(
      `SELECT count(*)::int AS differs FROM version_paragraphs w
         FULL JOIN (SELECT * FROM version_paragraphs WHERE version_id = $2) c ON c.paragraph_id = w.paragraph_id
        WHERE (w.version_id = $1 OR w.version_id IS NULL)
          AND (w.paragraph_id IS NULL OR c.paragraph_id IS NULL OR w.position <> c.position OR w.html <> c.html
               OR w.revision <> 1)`,
      [memorandumVersion.working, memorandumVersion.v2],
    );
    expect(copies[0]!.differs).toBe(0);
    // Every comment is on a paragraph of its round's version, quotes what that paragraph says, comes from a
    // recipient, and speaks for a committee its author belongs to (or for no one).
    const broken = await t.dataSource.query<{ id: string; problem: string }[]>(
      `SELECT c.id, CASE
                WHEN vp.paragraph_id IS NULL THEN 'paragraph not in version'
                WHEN c.quote IS NOT NULL AND position(c.quote IN vp.text) = 0 THEN 'quote not in paragraph'
                WHEN NOT EXISTS (SELECT 1 FROM round_recipients rr WHERE rr.round_id = c.round_id
                                    AND (rr.person_id = c.author_id OR rr.organization_id IN (
                                      SELECT object_id FROM (${committeesOfSql('c.author_id')}) m(object_id))))
                  THEN 'author not a recipient'
                WHEN c.speaks_for_id IS NOT NULL AND c.speaks_for_id NOT IN (
                       SELECT object_id FROM (${committeesOfSql('c.author_id')}) m(object_id))
                  THEN 'speaks for a committee the author is not in'
              END AS problem
         FROM comments c JOIN comment_rounds r ON r.id = c.round_id
         LEFT JOIN version_paragraphs vp ON vp.version_id = r.version_id AND vp.paragraph_id = c.paragraph_id
        WHERE r.document_id = $1`,
      [memorandum.governance2011],
    );
    expect(broken.filter((b) => b.problem)).toEqual([]);
    expect(broken.length).toBeGreaterThanOrEqual(12);
  });

  it('shows the co-chair the memorandum: two circulated versions and the working one, round 1 answered, round 2 open', async () => {
    const client = await t.client().as('co-chair@plenary.example', demoPassword);
    const { document: d } = expectData(
      await client.gql<{
        document: {
          kind: string;
          status: string;
          viewerCanEdit: boolean;
          studyGroup: { id: string };
          versions: {
            number: number;
            isWorking: boolean;
            frozenAt: string | null;
            paragraphs: {
              paragraphId: string;
              kind: string;
              recommendationNumber: number | null;
              addressees: { kind: string; organization: { acronym: string } | null }[];
              issueAreas: string[];
            }[];
          }[];
          rounds: {
            number: number;
            status: string;
            attribution: string;
            acceptingComments: boolean;
            closedAtDeadline: boolean;
            closedBy: { name: string } | null;
            versionNumber: number;
            undisposedCount: number;
            instructions: string;
            recipients: {
              organization: { acronym: string } | null;
              person: { name: string } | null;
              response: string;
            }[];
            comments: {
              kind: string;
              disposition: string | null;
              reply: string;
              author: { name: string } | null;
              speaksFor: { acronym: string } | null;
              personalCapacity: boolean | null;
              answeredByParagraphId: string | null;
            }[];
          }[];
          openRound: { id: string } | null;
          history: {
            action: string;
            fromState: string | null;
            toState: string | null;
            actor: { name: string } | null;
            roundNumber: number | null;
            versionNumber: number | null;
            closesAt: string | null;
            commentCount: number | null;
            changes: { changed: number; added: number; removed: number } | null;
          }[];
        };
      }>(
        `query D($id: ID!) { document(id: $id) {
          kind status viewerCanEdit studyGroup { id }
          versions { number isWorking frozenAt
            paragraphs { paragraphId kind recommendationNumber addressees { kind organization { acronym } } issueAreas } }
          rounds { number status attribution acceptingComments closedAtDeadline closedBy { name } versionNumber
            undisposedCount instructions
            recipients { organization { acronym } person { name } response }
            comments { kind disposition reply author { name } speaksFor { acronym } personalCapacity answeredByParagraphId } }
          openRound { id }
          history { action fromState toState actor { name } roundNumber versionNumber closesAt commentCount
            changes { changed added removed } }
        } }`,
        { id: memorandum.governance2011 },
      ),
    );
    expect(d).toMatchObject({
      kind: 'MEMORANDUM',
      status: 'IN_COMMENT_ROUND',
      viewerCanEdit: true,
      studyGroup: { id: studyGroup.governance2011 },
      openRound: { id: commentRound.second },
    });
    expect(d.versions.map((v) => [v.number, v.isWorking, v.frozenAt !== null])).toEqual([
      [1, false, true],
      [2, false, true],
      [3, true, false],
    ]);
    const [v1, v2] = d.versions;
    expect(v1!.paragraphs.length).toBeGreaterThanOrEqual(14);
    expect(v1!.paragraphs.length).toBeLessThanOrEqual(18);
    const recommendations = v2!.paragraphs.filter((p) => p.kind === 'RECOMMENDATION');
    expect(recommendations.length).toBeGreaterThanOrEqual(5);
    expect(recommendations.every((p) => p.addressees.length > 0 && p.issueAreas.length > 0)).toBe(true);
    expect(recommendations.flatMap((p) => p.addressees.map((a) => a.organization?.acronym))).toEqual(
      expect.arrayContaining(['TCS', 'GTI', 'ASEAN', 'ESCAP-ENEA']),
    );
    // Version 2: one paragraph merged away, one deleted, one added.
    const ids = (v: (typeof d.versions)[number]) => v.paragraphs.map((p) => p.paragraphId);
    expect(
      ids(v1!)
        .filter((id) => !ids(v2!).includes(id))
        .sort(),
    ).toEqual([memorandumParagraph.submission, memorandumParagraph.trade].sort());
    expect(ids(v2!).filter((id) => !ids(v1!).includes(id))).toEqual([memorandumParagraph.recommendMaritime]);

    const [first, second] = d.rounds;
    expect(first).toMatchObject({
      number: 1,
      status: 'CLOSED',
      attribution: 'ATTRIBUTED',
      acceptingComments: false,
      closedAtDeadline: false,
      closedBy: { name: '김태훈' },
      versionNumber: 1,
      undisposedCount: 0,
    });
    expect(first!.instructions).toMatch(/^Please send comments by /);
    expect(first!.comments.length).toBeGreaterThanOrEqual(8);
    expect(first!.comments.length).toBeLessThanOrEqual(12);
    expect(first!.comments.every((c) => c.disposition && c.reply && c.author)).toBe(true);
    expect(new Set(first!.comments.map((c) => c.disposition))).toEqual(
      new Set(['ACCEPTED', 'ACCEPTED_IN_PART', 'NOT_ACCEPTED', 'NOTED']),
    );
    expect(new Set(first!.comments.map((c) => c.kind)).size).toBe(4);
    expect(first!.comments.filter((c) => c.personalCapacity)).toHaveLength(1);
    expect(new Set(first!.comments.map((c) => c.speaksFor?.acronym).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    expect(first!.comments.filter((c) => c.answeredByParagraphId).length).toBeGreaterThanOrEqual(2);
    expect(first!.recipients).toHaveLength(10);
    expect(first!.recipients.filter((r) => r.person)).toEqual([
      { organization: null, person: { name: 'Ингрид Ольсен' }, response: 'COMMENTED' },
    ]);
    expect(new Set(first!.recipients.map((r) => r.response))).toEqual(
      new Set(['COMMENTED', 'NO_COMMENTS', 'ENDORSED', 'ENDORSED_WITH_RESERVATION', 'NOT_YET']),
    );

    expect(second).toMatchObject({
      number: 2,
      status: 'OPEN',
      attribution: 'NON_ATTRIBUTED',
      acceptingComments: true,
      closedBy: null,
      versionNumber: 2,
    });
    expect(second!.comments.length).toBeGreaterThanOrEqual(3);
    expect(second!.undisposedCount).toBe(second!.comments.length);
    // The co-chairs see who wrote every comment, even in a non-attributed round.
    expect(second!.comments.every((c) => c.author && c.disposition === null)).toBe(true);
    expect(second!.recipients.map((r) => r.organization?.acronym ?? r.person?.name).sort()).toEqual(
      first!.recipients.map((r) => r.organization?.acronym ?? r.person?.name).sort(),
    );
    expect(second!.recipients.find((r) => r.organization?.acronym === 'CSCAP-Japan')!.response).toBe('NOT_YET');

    const disposed = d.history.filter((h) => h.action === 'comments.disposed');
    expect(
      d.history.filter((h) => h.action !== 'comments.disposed').map((h) => [h.action, h.fromState, h.toState]),
    ).toEqual([
      ['document.created', null, 'DRAFTING'],
      ['round.opened', null, 'OPEN'],
      ['document.status_changed', 'DRAFTING', 'IN_COMMENT_ROUND'],
      ['round.closed', 'OPEN', 'CLOSED'],
      ['document.status_changed', 'IN_COMMENT_ROUND', 'REVISING'],
      ['round.opened', null, 'OPEN'],
      ['document.status_changed', 'REVISING', 'IN_COMMENT_ROUND'],
    ]);
    // The co-chairs answered round 1 over several sittings, between its close and round 2.
    expect(disposed.length).toBeGreaterThan(1);
    expect(disposed.every((h) => h.roundNumber === 1)).toBe(true);
    expect(disposed.reduce((sum, h) => sum + h.commentCount!, 0)).toBe(first!.comments.length);
    const actions = d.history.map((h) => h.action);
    expect(actions.indexOf('comments.disposed')).toBeGreaterThan(actions.indexOf('round.closed'));
    expect(actions.lastIndexOf('comments.disposed')).toBeLessThan(actions.lastIndexOf('round.opened'));
    expect(new Set(d.history.map((h) => h.actor?.name))).toEqual(new Set(['김태훈', '王磊']));
    // Each round says which version it circulated and until when; version 2 what it changed.
    const opened = d.history.filter((h) => h.action === 'round.opened');
    expect(opened.map((h) => [h.roundNumber, h.versionNumber])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(opened.every((h) => h.closesAt !== null)).toBe(true);
    expect(opened[1]!.changes).toMatchObject({ added: 1, removed: 2 });
    expect(opened[1]!.changes!.changed).toBeGreaterThan(0);
  });

  it('shows the co-chair whom the next round of the 2011 memorandum would reach, Anna Sokolova for CSCAP-Russia among them', async () => {
    const client = await t.client().as('co-chair@plenary.example', demoPassword);
    const { circulationAudience } = expectData<{
      circulationAudience: {
        recipients: {
          organization: { acronym: string } | null;
          expert: { name: string } | null;
          canNameMember: boolean;
          people: { person: { id: string; name: string }; hasEmail: boolean; hasAccount: boolean }[];
        }[];
      };
    }>(
      await client.gql(
        `query A($documentId: ID!, $organizationIds: [ID!]!, $personIds: [ID!]!) {
          circulationAudience(documentId: $documentId, organizationIds: $organizationIds, personIds: $personIds) {
            recipients { organization { acronym } expert { name } canNameMember
              people { person { id name } hasEmail hasAccount } } } }`,
        {
          documentId: memorandum.governance2011,
          organizationIds: [org.cscapRussia, org.cscapJapan, org.cscapNewZealand, org.cscapSingapore],
          personIds: [],
        },
      ),
    );
    const [russia, japan, newZealand, singapore] = circulationAudience.recipients;
    // Through her membership of CSCAP-Russia, not as its focal point: told all the same.
    expect(russia!.people.find((p) => p.person.id === person.expert)).toMatchObject({
      person: { name: 'Анна Соколова' },
      hasEmail: true,
      hasAccount: true,
    });
    expect(japan!.people.map((p) => p.person.id)).toContain(person.focalPoint);
    // A committee whose only member has no account is told by e-mail; one with nobody is for the co-chairs to fill.
    expect(newZealand!.people.length).toBeGreaterThan(0);
    expect(newZealand!.people.every((p) => p.hasEmail && !p.hasAccount)).toBe(true);
    expect(singapore).toMatchObject({ organization: { acronym: 'CSCAP-Singapore' }, people: [], canNameMember: false });
    expect(russia!.canNameMember).toBe(true);
  });

  it('lets CSCAP-Japan’s focal point read the circulated versions, with names only where the round allows, and comment in round 2', async () => {
    const client = await t.client().as('focal-point@plenary.example', demoPassword);
    const DOC = `query D($id: ID!) { document(id: $id) {
      viewerCanEdit viewerCanSeeDraft versions { number isWorking } viewerCommittees { id }
      rounds { id number acceptingComments viewerRecipients { organization { id } response }
        comments { id attributed author { name } speaksFor { acronym } personalCapacity } }
    } }`;
    type Doc = {
      document: {
        viewerCanEdit: boolean;
        viewerCanSeeDraft: boolean;
        versions: { number: number; isWorking: boolean }[];
        viewerCommittees: { id: string }[];
        rounds: {
          id: string;
          number: number;
          acceptingComments: boolean;
          viewerRecipients: { organization: { id: string } | null; response: string }[];
          comments: {
            id: string;
            attributed: boolean;
            author: { name: string } | null;
            speaksFor: { acronym: string } | null;
            personalCapacity: boolean | null;
          }[];
        }[];
      };
    };
    const { document: d } = expectData(await client.gql<Doc>(DOC, { id: memorandum.governance2011 }));
    expect(d.viewerCanEdit).toBe(false);
    expect(d.viewerCanSeeDraft).toBe(false);
    expect(d.versions).toEqual([
      { number: 1, isWorking: false },
      { number: 2, isWorking: false },
    ]);
    expect(d.viewerCommittees.map((o) => o.id)).toContain(org.cscapJapan);
    const [first, second] = d.rounds;
    expect(first!.comments.every((c) => c.attributed && c.author)).toBe(true);
    expect(first!.comments.find((c) => c.id === comment.sixPartyTalksBalance)).toMatchObject({
      author: { name: '陈明' },
      speaksFor: { acronym: 'CSCAP-China' },
    });
    expect(second!.acceptingComments).toBe(true);
    expect(second!.comments.length).toBeGreaterThanOrEqual(3);
    expect(
      second!.comments.every((c) => !c.attributed && !c.author && !c.speaksFor && c.personalCapacity === null),
    ).toBe(true);
    expect(second!.viewerRecipients).toEqual([{ organization: { id: org.cscapJapan }, response: 'NOT_YET' }]);
    // Nor can the working version be opened by number.
    const working = expectData(
      await client.gql<{ document: { version: unknown } }>(
        `query V($id: ID!) { document(id: $id) { version(number: 3) { number } } }`,
        { id: memorandum.governance2011 },
      ),
    );
    expect(working.document.version).toBeNull();

    const posted = expectData(
      await client.gql<{
        postComment: {
          id: string;
          roundNumber: number;
          attributed: boolean;
          viewerIsAuthor: boolean;
          author: { name: string } | null;
          speaksFor: { acronym: string } | null;
        };
      }>(
        `mutation P($input: PostCommentInput!) { postComment(input: $input) {
          id roundNumber attributed viewerIsAuthor author { name } speaksFor { acronym } } }`,
        {
          input: {
            roundId: commentRound.second,
            paragraphId: memorandumParagraph.recommendMaritime,
            kind: 'SUBSTANTIVE',
            quote: 'drawing on the experience of the ASEAN Regional Forum',
            body: 'CSCAP-Japan supports the new recommendation and would add the Western Pacific Naval Symposium.',
            speaksForId: org.cscapJapan,
          },
        },
      ),
    ).postComment;
    try {
      expect(posted).toMatchObject({
        roundNumber: 2,
        attributed: true,
        viewerIsAuthor: true,
        author: { name: '佐藤遥' },
        speaksFor: { acronym: 'CSCAP-Japan' },
      });
      const after = expectData(await client.gql<Doc>(DOC, { id: memorandum.governance2011 })).document.rounds[1]!;
      expect(after.viewerRecipients).toEqual([{ organization: { id: org.cscapJapan }, response: 'COMMENTED' }]);
      expect(after.comments.map((c) => c.id)).toContain(posted.id);
    } finally {
      // Leave the demo as it was for the tests that count rows.
      await t.dataSource.query(`DELETE FROM comments WHERE id = $1`, [posted.id]);
      await t.dataSource.query(
        `UPDATE round_recipients SET response = 'NOT_YET', responded_by_id = NULL, responded_at = NULL
          WHERE round_id = $1 AND organization_id = $2`,
        [commentRound.second, org.cscapJapan],
      );
    }
  });

  it('carries round 1’s comments onto the same paragraphs of version 2, and keeps those on deleted text apart', async () => {
    const client = await t.client().as('focal-point@plenary.example', demoPassword);
    const { document: d } = expectData(
      await client.gql<{
        document: {
          version: {
            paragraphs: {
              paragraphId: string;
              comments: { id: string; roundNumber: number; changedSince: boolean; paragraphThen: { number: number } }[];
            }[];
            removedParagraphs: { paragraphId: string; number: number; text: string; comments: { id: string }[] }[];
          };
        };
      }>(
        `query V($id: ID!) { document(id: $id) { version(number: 2) {
          paragraphs { paragraphId comments { id roundNumber changedSince paragraphThen { number } } }
          removedParagraphs { paragraphId number text comments { id } }
        } } }`,
        { id: memorandum.governance2011 },
      ),
    );
    const on = (paragraphId: string) =>
      Object.fromEntries(
        d.version.paragraphs
          .find((p) => p.paragraphId === paragraphId)!
          .comments.map((c) => [c.id, [c.roundNumber, c.changedSince]]),
      );
    const P = memorandumParagraph;
    // Reworded since round 1: marked as changed; round 2's comment is on the text as it stands.
    expect(on(P.sixPartyTalks)).toEqual({
      [comment.sixPartyTalksBalance]: [1, true],
      [comment.agreedFramework]: [2, false],
    });
    expect(on(P.energy)).toEqual({ [comment.pipelineTransit]: [1, true], [comment.pipelineRevised]: [2, false] });
    expect(on(P.recommendSixPartyTalks)).toEqual({ [comment.sixPartyTalksReservation]: [1, true] });
    // Unchanged paragraphs keep their comments unmarked.
    expect(on(P.nuclearSafety)).toEqual({ [comment.fukushimaReference]: [1, false] });
    expect(on(P.recommendTrack2)).toEqual({ [comment.outsideObservers]: [1, false] });
    // The comment on the paragraph merged into the first one follows it there.
    expect(on(P.studyGroup)).toEqual({ [comment.mergeIntroduction]: [1, true] });
    expect(
      d.version.paragraphs.flatMap((p) => p.comments).find((c) => c.id === comment.mergeIntroduction)!.paragraphThen,
    ).toEqual({ number: 2 });
    // The deleted paragraph's comments are under the removed text.
    expect(d.version.removedParagraphs).toEqual([
      {
        paragraphId: P.trade,
        number: 9,
        text: expect.stringMatching(/^The negotiations on a Trans-Pacific Partnership/),
        comments: [{ id: comment.tradeOutOfScope }, { id: comment.tradeWhy }],
      },
    ]);
    const placed = [
      ...d.version.paragraphs.flatMap((p) => p.comments.filter((c) => c.roundNumber === 1)),
      ...d.version.removedParagraphs.flatMap((p) => p.comments),
    ];
    expect(placed).toHaveLength(
      await new Factory(t.dataSource).count('comments', 'round_id = $1', [commentRound.first]),
    );
  });

  it('registers each recommendation of the published 2019 memorandum from its approved final version', async () => {
    const [doc] = await t.dataSource.query<
      {
        status: string;
        study_group_id: string;
        submitted_to_id: string;
        published: boolean;
        decision: string;
        decided_by_id: string;
        decided_on: string;
        disseminated: number;
      }[]
    >(
      `SELECT d.status, d.study_group_id, d.submitted_to_id, d.published_at > dd.decided_at AS published,
              dd.decision, dd.decided_by_id, to_char(dd.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS decided_on,
              (SELECT count(*)::int FROM document_disseminations WHERE document_id = d.id) AS disseminated
         FROM documents d JOIN document_decisions dd ON dd.document_id = d.id WHERE d.id = $1`,
      [publishedMemorandum.peace2019],
    );
    expect(doc).toEqual({
      status: 'PUBLISHED',
      study_group_id: studyGroup.peace2019,
      submitted_to_id: org.cscapSteeringCommittee,
      published: true,
      decision: 'APPROVED',
      decided_by_id: person.steering,
      decided_on: expect.any(String),
      disseminated: expect.any(Number),
    });
    expect(doc!.disseminated).toBeGreaterThanOrEqual(3);

    const paragraphs = await t.dataSource.query<
      {
        paragraph_id: string;
        kind: string;
        html: string;
        text: string;
        addressees: unknown;
        issue_areas: string[];
        is_final: boolean;
        frozen: boolean;
      }[]
    >(
      `SELECT vp.paragraph_id, vp.kind, vp.html, vp.text, vp.addressees, vp.issue_areas, v.is_final,
              v.frozen_at IS NOT NULL AS frozen
         FROM version_paragraphs vp JOIN document_versions v ON v.id = vp.version_id
        WHERE v.document_id = $1 ORDER BY v.number, vp.position`,
      [publishedMemorandum.peace2019],
    );
    expect(paragraphs.every((p) => p.is_final && p.frozen)).toBe(true);
    for (const p of paragraphs) {
      expect(sanitizeRichText('html', p.html, 100_000), p.text).toEqual({ html: p.html, text: p.text });
    }
    const adopted = paragraphs.filter((p) => p.kind === 'RECOMMENDATION');
    expect(adopted.length).toBeGreaterThanOrEqual(8);
    expect(adopted.length).toBeLessThanOrEqual(10);
    expect(adopted.filter((p) => p.issue_areas.includes('ENERGY')).length).toBeGreaterThanOrEqual(3);

    const registered = await t.dataSource.query<
      {
        paragraph_id: string;
        version_id: string;
        number: number;
        text: string;
        addressees: unknown;
        issue_areas: string[];
        source_title: string;
        study_group_id: string;
        responsible_id: string;
        adopted_on: string;
        title: string;
      }[]
    >(
      `SELECT r.paragraph_id, r.version_id, r.number, r.text, r.addressees, r.issue_areas, r.source_title,
              r.study_group_id, r.responsible_id, to_char(r.adopted_on, 'YYYY-MM-DD') AS adopted_on, d.title
         FROM recommendations r JOIN documents d ON d.id = r.document_id
        WHERE r.document_id = $1 ORDER BY r.number`,
      [publishedMemorandum.peace2019],
    );
    // What approval registers: every recommendation paragraph of the final version, numbered in order, as adopted.
    expect(registered.map((r) => [r.paragraph_id, r.number, r.text, r.addressees, r.issue_areas])).toEqual(
      adopted.map((p, i) => [p.paragraph_id, i + 1, p.text, p.addressees, p.issue_areas]),
    );
    for (const r of registered) {
      expect(r).toMatchObject({
        version_id: publishedMemorandumVersion.final,
        source_title: r.title,
        study_group_id: studyGroup.peace2019,
        responsible_id: org.cscap,
        adopted_on: doc!.decided_on,
      });
    }
  });

  it('shows the CSCAP secretariat the memorandum’s follow-up in four statuses or more, with energy ones overdue', async () => {
    const client = await t.client().as('cscap.secretariat@plenary.example', demoPassword);
    const REGISTRY = `query R($filter: RecommendationFilterInput) { recommendationRegistry(filter: $filter) {
      totalCount overdueCount statusCounts { status count } progress { year counts { status count } }
      recommendations { id status issueAreas overdue nextFollowUpOn viewerCanTrack document { id }
        history { fromStatus toStatus occurredOn recordedBy { name } } }
    } }`;
    type Registry = {
      recommendationRegistry: {
        totalCount: number;
        overdueCount: number;
        statusCounts: { status: string; count: number }[];
        progress: { year: number; counts: { status: string; count: number }[] }[];
        recommendations: {
          id: string;
          status: string;
          issueAreas: string[];
          overdue: boolean;
          nextFollowUpOn: string | null;
          viewerCanTrack: boolean;
          document: { id: string } | null;
          history: { fromStatus: string | null; toStatus: string; occurredOn: string; recordedBy: { name: string } }[];
        }[];
      };
    };
    const ofMemorandum = expectData(
      await client.gql<Registry>(REGISTRY, { filter: { documentId: publishedMemorandum.peace2019 } }),
    ).recommendationRegistry;
    expect(ofMemorandum.totalCount).toBe(
      await new Factory(t.dataSource).count('recommendations', 'document_id = $1', [publishedMemorandum.peace2019]),
    );
    expect(ofMemorandum.statusCounts.filter((c) => c.count > 0).length).toBeGreaterThanOrEqual(4);
    expect(
      ofMemorandum.recommendations.every((r) => r.viewerCanTrack && r.document?.id === publishedMemorandum.peace2019),
    ).toBe(true);
    // Every one has moved on from adoption but those the secretariat has yet to send, and the history shows who recorded what.
    expect(ofMemorandum.recommendations.filter((r) => r.history.length > 1).length).toBeGreaterThanOrEqual(6);
    expect(
      new Set(ofMemorandum.recommendations.flatMap((r) => r.history.slice(1).map((h) => h.recordedBy.name))),
    ).toEqual(new Set(['Nor Azlina Hashim']));
    // The progress chart has something to show over at least three years.
    expect(ofMemorandum.progress.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ofMemorandum.progress.map((p) => JSON.stringify(p.counts))).size).toBeGreaterThanOrEqual(3);

    const today = new Date().toISOString().slice(0, 10);
    const overdueEnergy = expectData(
      await client.gql<Registry>(REGISTRY, { filter: { issueArea: 'ENERGY', overdue: true } }),
    ).recommendationRegistry;
    expect(overdueEnergy.totalCount).toBeGreaterThanOrEqual(2);
    expect(overdueEnergy.overdueCount).toBe(overdueEnergy.totalCount);
    for (const r of overdueEnergy.recommendations) {
      expect(r.issueAreas).toContain('ENERGY');
      expect(r.overdue).toBe(true);
      expect(r.nextFollowUpOn! < today).toBe(true);
    }
    expect(overdueEnergy.recommendations.map((r) => r.id)).toEqual(
      expect.arrayContaining([trackedRecommendation.energyDialogue, trackedRecommendation.powerGrid]),
    );
    // And some open energy recommendations come up for follow-up later.
    const energy = expectData(await client.gql<Registry>(REGISTRY, { filter: { issueArea: 'ENERGY' } }))
      .recommendationRegistry.recommendations;
    expect(
      energy.filter((r) => !r.overdue && r.nextFollowUpOn !== null && r.nextFollowUpOn > today).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('follows the allowed moves in every seeded history, on dates that never go backwards', async () => {
    const allowed = recommendationStatusMachine.states.flatMap((from) =>
      recommendationStatusMachine.next(from).map((to) => `${from}>${to}`),
    );
    const steps = await t.dataSource.query<{ recommendation_id: string; n: number; problem: string | null }[]>(
      `WITH steps AS (
         SELECT u.recommendation_id, u.from_status, u.to_status, u.occurred_on, u.evidence_url, u.evidence_file_id,
                r.status, r.adopted_on, r.next_follow_up_on,
                lag(u.to_status) OVER w AS previous_status, lag(u.occurred_on) OVER w AS previous_on,
                row_number() OVER w AS n, count(*) OVER (PARTITION BY u.recommendation_id) AS steps
           FROM recommendation_updates u JOIN recommendations r ON r.id = u.recommendation_id
         WINDOW w AS (PARTITION BY u.recommendation_id ORDER BY u.created_at, u.id))
       SELECT recommendation_id, n::int, CASE
                WHEN n = 1 AND (from_status IS NOT NULL OR to_status <> 'ADOPTED' OR occurred_on <> adopted_on)
                  THEN 'does not start with the adoption'
                WHEN n > 1 AND from_status IS DISTINCT FROM previous_status THEN 'does not start where the last step ended'
                WHEN n > 1 AND NOT (from_status || '>' || to_status = ANY($1::text[])) THEN 'a move the machine refuses'
                WHEN occurred_on < previous_on THEN 'dated before the step before it'
                WHEN occurred_on > current_date THEN 'dated in the future'
                WHEN to_status = ANY($2::text[]) AND evidence_url IS NULL AND evidence_file_id IS NULL
                  THEN 'no evidence'
                WHEN n = steps AND to_status <> status THEN 'ends elsewhere than the recommendation'
                WHEN n = steps AND next_follow_up_on <= occurred_on THEN 'follow-up not after the last step'
              END AS problem
         FROM steps ORDER BY recommendation_id, n`,
      [allowed, evidenceRequiredStatuses],
    );
    expect(steps.filter((s) => s.problem)).toEqual([]);
    const tracked = await new Factory(t.dataSource).count('recommendations');
    expect(new Set(steps.map((s) => s.recommendation_id)).size).toBe(tracked);
    expect(tracked).toBeGreaterThanOrEqual(Object.keys(trackedRecommendation).length);
    // Not only adoptions: most have moved on, and one was taken up again after being turned down.
    expect(steps.length).toBeGreaterThan(tracked * 2);
    const moves = await t.dataSource.query<{ move: string }[]>(
      `SELECT DISTINCT from_status || '>' || to_status AS move FROM recommendation_updates WHERE from_status IS NOT NULL`,
    );
    expect(moves.map((m) => m.move)).toEqual(expect.arrayContaining(['NOT_TAKEN_UP>UNDER_CONSIDERATION']));
    expect(moves.length).toBeGreaterThanOrEqual(7);
    // Implemented ones are closed: nothing left to follow up.
    expect(
      await new Factory(t.dataSource).count(
        'recommendations',
        `status = 'IMPLEMENTED' AND next_follow_up_on IS NOT NULL`,
      ),
    ).toBe(0);
  });

  it('keeps the memorandum’s recommendations from accounts with no role on the 2019 group or its council', async () => {
    const fromMemorandum = (
      await t.dataSource.query<{ id: string }[]>(`SELECT id FROM recommendations WHERE document_id = $1`, [
        publishedMemorandum.peace2019,
      ])
    ).map((r) => r.id);
    expect(fromMemorandum.length).toBeGreaterThanOrEqual(8);
    const LIST = `query R($filter: RecommendationFilterInput) { recommendationRegistry(filter: $filter, limit: 500) {
      totalCount recommendations { id viewerCanTrack responsible { acronym } } } }`;
    type List = {
      recommendationRegistry: {
        totalCount: number;
        recommendations: { id: string; viewerCanTrack: boolean; responsible: { acronym: string } }[];
      };
    };
    const byMemorandum = { documentId: publishedMemorandum.peace2019 };

    // The 2011 group's expert holds no role on the 2019 group, on CSCAP or on its Steering Committee.
    const expert = await t.client().as('expert@plenary.example', demoPassword);
    const seenByExpert = expectData(await expert.gql<List>(LIST, {})).recommendationRegistry.recommendations;
    expect(seenByExpert.filter((r) => fromMemorandum.includes(r.id))).toEqual([]);
    expect(expectData(await expert.gql<List>(LIST, { filter: byMemorandum })).recommendationRegistry.totalCount).toBe(
      0,
    );
    expectError(
      await expert.gql(`query O($id: ID!) { recommendation(id: $id) { id } }`, {
        id: trackedRecommendation.energyDialogue,
      }),
      'NOT_FOUND',
    );
    const sources = expectData(
      await expert.gql<{ recommendationSources: { documentId: string }[] }>(`{ recommendationSources { documentId } }`),
    ).recommendationSources;
    expect(sources.map((s) => s.documentId)).not.toContain(publishedMemorandum.peace2019);

    // The ESCAP secretariat follows up what it entered itself, and sees none of CSCAP's.
    const escap = await t.client().as('secretariat@plenary.example', demoPassword);
    const seenByEscap = expectData(await escap.gql<List>(LIST, {})).recommendationRegistry.recommendations;
    expect(seenByEscap.filter((r) => fromMemorandum.includes(r.id))).toEqual([]);
    expect(seenByEscap.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        trackedRecommendation.gtiCorridors,
        trackedRecommendation.gridOperators,
        trackedRecommendation.marineProtectedAreas,
        trackedRecommendation.floodWarnings,
        trackedRecommendation.ferryService,
      ]),
    );
    expect(seenByEscap.every((r) => r.viewerCanTrack && r.responsible.acronym === 'ESCAP-ENEA')).toBe(true);

    // The 2019 group's observer reads them all, and cannot record their follow-up.
    const observer = await t.client().as('observer@plenary.example', demoPassword);
    const seenByObserver = expectData(await observer.gql<List>(LIST, { filter: byMemorandum })).recommendationRegistry;
    expect(seenByObserver.recommendations.map((r) => r.id).sort()).toEqual([...fromMemorandum].sort());
    expect(seenByObserver.recommendations.some((r) => r.viewerCanTrack)).toBe(false);
  });

  it('keeps a move the secretariat recorded when the recommendations are loaded again', async () => {
    const client = await t.client().as('cscap.secretariat@plenary.example', demoPassword);
    const moved = expectData(
      await client.gql<{ changeRecommendationStatus: { status: string; history: { toStatus: string }[] } }>(
        `mutation M($input: ChangeRecommendationStatusInput!) { changeRecommendationStatus(input: $input) {
          status history { toStatus } } }`,
        {
          input: {
            recommendationId: trackedRecommendation.energyData,
            status: 'TRANSMITTED',
            note: 'Sent to the energy research institutes of the member committees.',
          },
        },
      ),
    ).changeRecommendationStatus;
    try {
      expect(moved.history.map((h) => h.toStatus)).toEqual(['ADOPTED', 'TRANSMITTED']);
      const before = await countRows();
      await t.dataSource.query(`DELETE FROM seed_runs WHERE name = 'recommendations'`);
      expect(await seedDemoData(t.databaseUrl)).toEqual(['recommendations']);
      expect(await countRows()).toEqual(before);
      const [after] = await t.dataSource.query<{ status: string }[]>(
        `SELECT status FROM recommendations WHERE id = $1`,
        [trackedRecommendation.energyData],
      );
      expect(after!.status).toBe('TRANSMITTED');
    } finally {
      // Leave the demo as it was for the tests that count rows.
      await t.dataSource.query(
        `DELETE FROM recommendation_updates WHERE recommendation_id = $1 AND from_status IS NOT NULL`,
        [trackedRecommendation.energyData],
      );
      await t.dataSource.query(`UPDATE recommendations SET status = 'ADOPTED' WHERE id = $1`, [
        trackedRecommendation.energyData,
      ]);
    }
  });

  it('shows every meeting already held as held, its agenda adopted, not provisional', async () => {
    const meetings = await t.dataSource.query<{ title: string; status: string }[]>(
      `SELECT title, status FROM meetings WHERE end_date < current_date ORDER BY start_date`,
    );
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    for (const m of meetings) expect(['HELD', 'REPORT_PUBLISHED'], m.title).toContain(m.status);
    const client = await t.client().as('secretariat@plenary.example', demoPassword);
    const agenda = await fetch(`${t.baseUrl}/meetings/${meeting.incheon}/agenda.docx`, {
      headers: { cookie: client.sessionCookie! },
    });
    const text = wordText(await docxXml(agenda));
    expect(text).toContain('Agenda');
    expect(text).not.toMatch(/provisional/i);
  });

  it('addresses everyone with an honorific that fits them', async () => {
    // Who each person of the demo data is; Dr. and Prof. fit anyone, Mr. only men, Ms. only women.
    const women = [
      'Rahman, Amina',
      'Lee Seo-yeon',
      'Sato Haruka',
      'Sokolova, Anna',
      'Batbayar Oyunchimeg',
      'Hashim, Nor Azlina',
      'Park Min-ji',
      'Rahmawati, Siti',
      'Li Na',
      'Olsen, Ingrid',
      'Dorj, Oyun',
      'Whitfield, Sarah',
      'Ngata, Aroha',
      'Suzuki Hanako',
      'Jung Su-min',
      'Smirnova, Olga',
      'Bold, Tsetseg',
    ];
    const men = [
      'Kim Tae-hoon',
      'Wang Lei',
      'Brennan, Michael',
      'Zhang Wei',
      'Ganzorig Batbayar',
      'Mehta, Rohan',
      'Tan, Daniel',
      'Abdykalykov, Nurlan',
      'Tanaka Ken',
      'Petrov, Igor',
      'Harland, James',
      'Santoso, Budi',
      'Chen Ming',
      'Nguyen Van An',
    ];
    const people = await t.dataSource.query<{ sort_name: string; honorific: string | null }[]>(
      `SELECT p.sort_name, p.honorific FROM people p
        WHERE p.email LIKE '%@plenary.example' OR p.email LIKE '%@participants.example'`,
    );
    expect(people.map((p) => p.sort_name).sort()).toEqual([...women, ...men].sort());
    for (const { sort_name, honorific } of people) {
      const fitting = women.includes(sort_name) ? ['Ms.', 'Dr.', 'Prof.'] : ['Mr.', 'Dr.', 'Prof.'];
      expect(fitting, sort_name).toContain(honorific);
    }
  });

  it('has the Incheon concept note in the voice of the ESCAP office that wrote it, without co-chairs', async () => {
    const notes = await t.dataSource.query<{ meeting_id: string | null; created_by_id: string; texts: string[] }[]>(
      `SELECT d.meeting_id, d.created_by_id, array_agg(d.title) || array_agg(vp.text) AS texts
         FROM documents d JOIN document_versions v ON v.document_id = d.id
         JOIN version_paragraphs vp ON vp.version_id = v.id
        WHERE d.kind = 'CONCEPT_NOTE' GROUP BY d.id`,
    );
    expect(notes.map((n) => [n.meeting_id, n.created_by_id])).toEqual([[meeting.incheon, person.secretariat]]);
    for (const text of notes.flatMap((n) => n.texts)) expect(text).not.toMatch(/co-?chair/i);
    // Stored as the editor would store it.
    const rows = await t.dataSource.query<{ html: string; text: string }[]>(
      `SELECT vp.html, vp.text FROM version_paragraphs vp JOIN document_versions v ON v.id = vp.version_id
         JOIN documents d ON d.id = v.document_id WHERE d.kind = 'CONCEPT_NOTE'`,
    );
    for (const row of rows) expect(sanitizeRichText('html', row.html, 100_000)).toEqual(row);
    expect(notes[0]!.texts.join('\n')).toContain('ESCAP East and North-East Asia Office');
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

  it('gives guests seeded with another honorific their own, and shows the Incheon meeting held, unless a user changed them', async () => {
    const [siti, daniel] = [5, 6].map((n) => `0b000001-0000-4000-8000-${String(n).padStart(12, '0')}`);
    await t.dataSource.transaction(async (db) => {
      await db.query(`DELETE FROM seed_runs WHERE name = 'corrections'`);
      await db.query(`UPDATE people SET honorific = 'Mr.' WHERE id = $1`, [siti]);
      await db.query(`UPDATE people SET honorific = 'H.E.' WHERE id = $1`, [daniel]);
      await db.query(`UPDATE meetings SET status = 'AGENDA_PROVISIONAL' WHERE id = $1`, [meeting.incheon]);
    });
    const before = await countRows();
    expect(await seedDemoData(t.databaseUrl)).toEqual(['corrections']);
    expect(await countRows()).toEqual(before);
    const honorifics = await t.dataSource.query<{ id: string; honorific: string }[]>(
      `SELECT id, honorific FROM people WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [[siti, daniel]],
    );
    expect(honorifics).toEqual([
      { id: siti, honorific: 'Ms.' },
      { id: daniel, honorific: 'H.E.' },
    ]);
    expect(await new Factory(t.dataSource).count('meetings', `id = $1 AND status = 'HELD'`, [meeting.incheon])).toBe(1);
  });

  it('brings a database seeded before the study groups up to date, without duplicating anything', async () => {
    const complete = await countRows();
    // The state of a database seeded before this data set existed: no CSCAP secretariat, no study groups.
    await t.dataSource.transaction(async (db) => {
      await db.query(`UPDATE seed_runs SET version = 1 WHERE name = 'foundation'`);
      await db.query(`DELETE FROM seed_runs WHERE name IN ('study-groups', 'memoranda', 'recommendations')`);
      await db.query(`DELETE FROM people WHERE id = $1`, [person.cscapSecretariat]);
      await db.query(`DELETE FROM memberships WHERE object_type = 'STUDY_GROUP'`);
      await db.query(`DELETE FROM meeting_reports WHERE meeting_id = $1`, [meeting.vladivostok]);
      await db.query(`UPDATE meetings SET study_group_id = NULL WHERE id = $1`, [meeting.vladivostok]);
      await db.query(`DELETE FROM meetings WHERE study_group_id IS NOT NULL`);
      await db.query(`DELETE FROM study_groups`);
    });
    expect(await new Factory(t.dataSource).count('study_groups')).toBe(0);
    expect(await seedDemoData(t.databaseUrl)).toEqual(['foundation', 'study-groups', 'memoranda', 'recommendations']);
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
    'documents',
    'document_versions',
    'paragraphs',
    'version_paragraphs',
    'comment_rounds',
    'round_recipients',
    'comments',
    'document_decisions',
    'document_disseminations',
    'recommendations',
    'recommendation_updates',
    'audit_events',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await factory.count(table);
  return counts;
}
