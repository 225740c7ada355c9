import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole, OrganizationKind, StudyGroupRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  POST_COMMENT,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const MEETINGS_PAGE = `{
  viewer { email person { name affiliation { name } } canConveneFor { name } }
  meetings { id title startDate endDate status viewerRoles host { name parent { name } } organizers { name acronym parent { name } } }
}`;

/** A user who sees `count` meetings, each with three organizers (one with a parent) and a host. */
async function userWithMeetings(count: number): Promise<GraphQLTestClient> {
  const user = await factory.user();
  const council = await factory.organization();
  const organizers = [await factory.organization(), await factory.organization(), await factory.organization()];
  await t.dataSource.query(`UPDATE organizations SET parent_id = $1 WHERE id = $2`, [council.id, organizers[0]!.id]);
  for (let i = 0; i < count; i++) {
    const m = await factory.meeting({ organizerIds: organizers.map((o) => o.id) });
    await t.dataSource.query(`UPDATE meetings SET host_id = $1 WHERE id = $2`, [organizers[i % 3]!.id, m.id]);
    await factory.grant(user.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
  }
  return t.client().as(user.email, user.password);
}

async function statementsFor(client: GraphQLTestClient): Promise<{ statements: number; meetings: number }> {
  t.queries.reset(true);
  const data = expectData(await client.gql<{ meetings: unknown[] }>(MEETINGS_PAGE));
  return { statements: t.queries.total, meetings: data.meetings.length };
}

describe('the meetings page', () => {
  it('issues the same number of SQL statements for 2 meetings as for 40', async () => {
    const few = await statementsFor(await userWithMeetings(2));
    const many = await statementsFor(await userWithMeetings(40));
    expect(few.meetings).toBe(2);
    expect(many.meetings).toBe(40);
    expect(many.statements).toBe(few.statements);
    // session, viewer, person, affiliation, convenable orgs, meetings, organizer links, organizations,
    // viewer roles, parents: batched per level, never per row.
    expect(many.statements).toBeLessThanOrEqual(12);
  });
});

const STUDY_GROUP_PAGE = `query G($id: ID!) { studyGroup(id: $id) {
  id title status nextStatuses objectives principles { name description } anticipatedOutputs startDate endDate version
  viewerRoles viewerCanManage viewerNamesMembersFor { id name }
  council { name } reportsTo { name }
  committees { role organization { id name acronym } focalPoints { id name } }
  members { id role person { id name sortName } representing { id acronym } }
  subGroups { id title mandate members { id name } }
  meetingPlans { id sequence label city country expectedMonth scheduled host { acronym }
    schedule { title venue startDate endDate status } meeting { id title } report { id status } }
  reports { id status publishedAt meeting { id title } }
  openActionItems { id title dueDate status ownerPerson { name } ownerOrganization { acronym } }
} }`;

/** A study group with `size` committees, members, sub-groups and meetings, each meeting with a published report and two action items. */
async function studyGroupOfSize(size: number): Promise<{ id: string; client: GraphQLTestClient }> {
  const viewer = await factory.user();
  const council = await factory.organization({ kind: OrganizationKind.COUNCIL });
  const [group] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO study_groups (title, council_id, reports_to_id, start_date, end_date, version, status)
     VALUES ('Study group', $1, $1, '2019-01-01', '2022-12-31', 1, 'ACTIVE') RETURNING id`,
    [council.id],
  );
  await factory.grant(viewer.personId, 'STUDY_GROUP', group!.id, StudyGroupRole.SECRETARIAT);
  for (let i = 0; i < size; i++) {
    const committee = await factory.organization({ kind: OrganizationKind.MEMBER_COMMITTEE });
    await t.dataSource.query(
      `INSERT INTO study_group_committees (study_group_id, organization_id, role, position) VALUES ($1, $2, $3, $4)`,
      [group!.id, committee.id, i === 0 ? 'CO_CHAIR' : 'PARTICIPANT', i],
    );
    const focal = await factory.user();
    await factory.grant(focal.personId, 'STUDY_GROUP', group!.id, StudyGroupRole.FOCAL_POINT, committee.id);
    const [sub] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO sub_groups (study_group_id, title, position) VALUES ($1, $2, $3) RETURNING id`,
      [group!.id, `Sub-group ${i}`, i],
    );
    await t.dataSource.query(`INSERT INTO sub_group_members (sub_group_id, person_id) VALUES ($1, $2)`, [
      sub!.id,
      focal.personId,
    ]);
    const meeting = await factory.meeting({ organizerIds: [council.id] });
    await t.dataSource.query(`UPDATE meetings SET study_group_id = $1, sequence_number = $2 WHERE id = $3`, [
      group!.id,
      i + 1,
      meeting.id,
    ]);
    await t.dataSource.query(
      `INSERT INTO meeting_plans (study_group_id, sequence, host_id, city, expected_month, meeting_id)
       VALUES ($1, $2, $3, 'Seoul', '2020-01-01', $4)`,
      [group!.id, i + 1, committee.id, meeting.id],
    );
    const [report] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO meeting_reports (meeting_id, status, revision, published_at) VALUES ($1, 'PUBLISHED', 0, now()) RETURNING id`,
      [meeting.id],
    );
    for (const position of [0, 1]) {
      await t.dataSource.query(
        `INSERT INTO action_items (report_id, position, title, owner_person_id, owner_organization_id)
         VALUES ($1, $2, 'Draft the memorandum', $3, $4)`,
        [report!.id, position, focal.personId, committee.id],
      );
    }
  }
  return { id: group!.id, client: await t.client().as(viewer.email, viewer.password) };
}

describe('the study-group page', () => {
  it('issues a fixed number of SQL statements, whether the group has 2 committees and meetings or 12', async () => {
    const count = async (size: number) => {
      const { id, client } = await studyGroupOfSize(size);
      t.queries.reset(true);
      const { studyGroup } = expectData(
        await client.gql<{ studyGroup: { meetingPlans: unknown[]; openActionItems: unknown[]; members: unknown[] } }>(
          STUDY_GROUP_PAGE,
          { id },
        ),
      );
      expect(studyGroup.meetingPlans).toHaveLength(size);
      expect(studyGroup.openActionItems).toHaveLength(size * 2);
      expect(studyGroup.members).toHaveLength(size + 1);
      return t.queries.total;
    };
    // 16 statements: session, roles on the group, the group, roles on its meetings, committees,
    // members, organizations, sub-groups, their members, people, plans, reports, meetings, action
    // items. Whether people and organizations asked for at different depths share one batch
    // depends on when earlier statements return, so one more is allowed; a query per row would add
    // at least 12 for the larger group.
    const few = await count(2);
    const many = await count(12);
    expect(few).toBeLessThanOrEqual(17);
    expect(many).toBeLessThanOrEqual(17);
  });
});

const DOCUMENT_PAGE = `query D($id: ID!, $number: Int) { document(id: $id) {
  id title kind status viewerCanEdit viewerCanSeeDraft viewerCanDecide viewerCanPublish
  studyGroup { id title } viewerCommittees { id name }
  versions { id number isWorking isFinal frozenAt }
  openRound { id number acceptingComments closesAt viewerRecipients { id response } }
  rounds { id number status attribution versionNumber undisposedCount
    recipients { id response respondedAt organization { id name } person { id name } } }
  version(number: $number) { id number isWorking
    paragraphs { id paragraphId kind number recommendationNumber html revision issueAreas
      addressees { kind organization { id name } }
      comments { id roundNumber kind body quote attributed changedSince viewerIsAuthor personalCapacity
        author { id name } speaksFor { id name } disposition reply paragraphThen { number text } } }
    removedParagraphs { paragraphId number text comments { id body author { id name } } }
  }
} }`;

/**
 * A memorandum of `size` paragraphs, circulated twice; in each round each paragraph gets a comment
 * from committee C's focal point and one from the named expert, and one paragraph is deleted in between.
 */
async function memorandumOfSize(size: number): Promise<{ cast: MemorandumCast; id: string }> {
  const cast = await memorandumCast(t, factory);
  const texts = Array.from({ length: size }, (_, i) => `Paragraph ${i + 1} of the memorandum.`);
  const { id, paragraphs } = await draftMemorandum(cast, `Memorandum of ${size}`, texts);
  for (const round of [1, 2]) {
    expectData(await circulateMemorandum(cast, id));
    const roundId = await openRoundOf(cast, id);
    for (const p of paragraphs.slice(round - 1)) {
      for (const [who, speaksForId] of [
        [cast.focalC, cast.committeeC],
        [cast.expert, null],
      ] as const) {
        expectData(
          await who.client.gql(POST_COMMENT, {
            input: { roundId, paragraphId: p.paragraphId, kind: 'SUBSTANTIVE', body: 'A comment.', speaksForId },
          }),
        );
      }
    }
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: roundId }));
    if (round === 1) {
      const first = paragraphs[0]!;
      expectData(
        await cast.coChair.client.gql(
          `mutation D($input: DeleteParagraphInput!) { deleteParagraph(input: $input) { id } }`,
          { input: { documentId: id, paragraphId: first.paragraphId, baseRevision: 1 } },
        ),
      );
    }
  }
  return { cast, id };
}

describe('the document page', () => {
  it('issues a fixed number of SQL statements, whether the memorandum has 3 paragraphs or 20', async () => {
    const count = async (size: number) => {
      const { cast, id } = await memorandumOfSize(size);
      t.queries.reset(true);
      const { document } = expectData(
        await cast.coChair.client.gql<{
          document: { version: { paragraphs: { comments: unknown[] }[]; removedParagraphs: unknown[] } };
        }>(DOCUMENT_PAGE, { id, number: 2 }),
      );
      expect(document.version.paragraphs).toHaveLength(size - 1);
      expect(document.version.paragraphs.flatMap((p) => p.comments)).toHaveLength((size - 1) * 4);
      expect(document.version.removedParagraphs).toHaveLength(1);
      return t.queries.total;
    };
    // 17 statements: session, the document, roles on it, its study group, versions, rounds, the
    // rounds' comment counts, the version's paragraphs, merges, recipients, the paragraphs of the
    // rounds' versions, comments, the viewer's committees, organizations, people. People and
    // organizations asked for at different depths may share a batch or not, depending on when
    // earlier statements return, so one more is allowed; a query per row would add at least 17 for
    // the larger memorandum.
    const few = await count(3);
    const many = await count(20);
    expect(few).toBeLessThanOrEqual(18);
    expect(many).toBeLessThanOrEqual(18);
  }, 120_000);
});

const POST_COMMENT_ANSWER = `mutation P($input: PostCommentInput!) { postComment(input: $input) {
  id kind body quote attributed personalCapacity roundNumber changedSince disposition reply viewerIsAuthor createdAt
  paragraphThen { number text } author { id name } speaksFor { id name acronym }
} }`;

interface PostedComment {
  body: string;
  attributed: boolean;
  personalCapacity: boolean;
  roundNumber: number;
  changedSince: boolean;
  viewerIsAuthor: boolean;
  paragraphThen: { number: number | null; text: string };
  author: { id: string } | null;
  speaksFor: { id: string } | null;
}

describe('posting a comment', () => {
  it('answers with the comment in the same few SQL statements, whether its version has 3 comments or 300', async () => {
    const count = async (comments: number) => {
      const cast = await memorandumCast(t, factory);
      const { id, paragraphs } = await draftMemorandum(cast, `Memorandum with ${comments} comments`, [
        'The first paragraph.',
        'The second paragraph.',
        'The third paragraph.',
      ]);
      expectData(await circulateMemorandum(cast, id));
      const roundId = await openRoundOf(cast, id);
      // Earlier comments of the round, spread over its paragraphs.
      await t.dataSource.query(
        `INSERT INTO comments (round_id, paragraph_id, kind, body, author_id)
         SELECT $1, ($2::uuid[])[1 + g % 3], 'GENERAL', 'An earlier comment ' || g, $3 FROM generate_series(1, $4) g`,
        [roundId, paragraphs.map((p) => p.paragraphId), cast.expert.personId, comments],
      );
      t.queries.reset(true);
      const { postComment } = expectData(
        await cast.focalC.client.gql<{ postComment: PostedComment }>(POST_COMMENT_ANSWER, {
          input: {
            roundId,
            paragraphId: paragraphs[2]!.paragraphId,
            kind: 'SUBSTANTIVE',
            body: 'Committee C would add a word.',
            quote: 'third',
            speaksForId: cast.committeeC,
          },
        }),
      );
      const statements = t.queries.total;
      expect(postComment).toMatchObject({
        body: 'Committee C would add a word.',
        attributed: true,
        personalCapacity: false,
        roundNumber: 1,
        changedSince: false,
        viewerIsAuthor: true,
        paragraphThen: { number: 3, text: 'The third paragraph.' },
        author: { id: cast.focalC.personId },
        speaksFor: { id: cast.committeeC },
      });
      return statements;
    };
    const few = await count(3);
    const many = await count(300);
    expect(many).toBe(few);
    // 7 statements: the session; the transaction (begin and commit) with one read of the locked
    // round, the document's state, the poster's roles, recipients and committees, the numbered
    // paragraph, the author and the committee; the comment and the response; the change event.
    // Placing every comment of the version again to answer with one would cost more.
    expect(few).toBeLessThanOrEqual(7);
  }, 60_000);
});
