import type net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitteeRole, OrganizationKind, OrganizationRole, StudyGroupRole } from '@plenary/shared';
import { committeeMembersSql, committeesOfSql } from '../../apps/api/src/access/access.repository';
import { RoundDeadlinesService } from '../../apps/api/src/comment-rounds/round-deadlines.service';
import { MailDispatcher } from '../../apps/api/src/mail/mail-dispatcher.service';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  POST_COMMENT,
  type Person,
  signedInPerson,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Nobody who must act is missed (PRODUCT.md): everyone who may answer for a recipient committee is
 * told, and nobody else. Each kind of notification is checked against the rule that decides who
 * may act on it.
 */
let smtp: SMTPServer;
let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;

/** The mail server refuses these addresses, as a full mailbox would. */
const REFUSED = /^refused-/;

/** People around committee C, reached by each branch of the rule, and others who are not. */
let memberC: Person;
let representingC: Person;
let sokolova: Person;
let emailOnlyC: string;
let unreachableC: string;
let affiliatedD: Person;
let institute: string;
let contact: Person;
let refusedExpert: Person;
let steeringSecretary: Person;
/** A member committee of the group with nobody in it. */
let committeeE: string;

const today = () => new Date().toISOString().slice(0, 10);
const DAY = 86_400_000;

const RESPOND = `mutation R($input: RespondToRoundInput!) { respondToRound(input: $input) { id response } }`;
const VIEWER_RECIPIENTS = `query D($id: ID!) { document(id: $id) { openRound { viewerRecipients { id organization { id } } } } }`;
const DISPOSE = `mutation D($input: DisposeCommentsInput!) { disposeComments(input: $input) { id } }`;
const FINALISE = `mutation F($id: ID!) { finaliseDocument(id: $id) { id } }`;
const SUBMIT = `mutation S($id: ID!) { submitDocument(id: $id) { id } }`;
const DECIDE = `mutation D($input: DecideDocumentInput!) { decideDocument(input: $input) { id status } }`;
const PUBLISH = `mutation P($input: PublishDocumentInput!) { publishDocument(input: $input) { id status } }`;
const READ = `query D($id: ID!) { document(id: $id) { id status viewerCanDecide } }`;
const NOTICES = `query D($id: ID!) { document(id: $id) { rounds { id notices { kind mail mailSentAt person { id } } } } }`;
const AUDIENCE = `query A($documentId: ID!, $organizationIds: [ID!]!, $personIds: [ID!]!, $closesAt: DateTime!) {
  circulationAudience(documentId: $documentId, organizationIds: $organizationIds, personIds: $personIds) {
    studyGroupId
    recipients { organization { id } expert { id } canNameMember people { person { id } hasEmail hasAccount } }
    mailPreview(closesAt: $closesAt, attribution: NON_ATTRIBUTED, instructions: "Comment on the energy paragraphs.") {
      to subject text
    }
  } }`;
const DEFAULTS = `query D($id: ID!) { document(id: $id) {
  circulationDefaults { attribution closesAt followsRound organizations { id } people { id } } } }`;
const HISTORY = `query D($id: ID!) { document(id: $id) { history {
  action fromState toState roundNumber versionNumber closesAt commentCount disposition decision bodyName guidance
  note meetingDate meetingReference changes { changed added removed } sentToOrganizations sentToPeople } } }`;
const ADD_MEMBER = `mutation M($input: AddStudyGroupMemberInput!) { addStudyGroupMember(input: $input) { id } }`;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      callback(
        REFUSED.test(address.address)
          ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })
          : undefined,
      );
    },
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => callback());
    },
  });
  const port = await new Promise<number>((resolve) =>
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as net.AddressInfo).port)),
  );
  // Mail goes out only when a test sends it, and scheduled jobs wait, so each test decides what happens when.
  t = await startTestApp({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_INTERVAL_MS: '3600000', JOB_POLL_SECONDS: '3600' },
  });
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
  const person = () => signedInPerson(t, factory);
  memberC = await person();
  representingC = await person();
  sokolova = await person();
  affiliatedD = await person();
  contact = await person();
  steeringSecretary = await person();
  await factory.grant(memberC.personId, 'ORGANIZATION', cast.committeeC, OrganizationRole.MEMBER);
  await factory.grant(representingC.personId, 'STUDY_GROUP', cast.groupId, StudyGroupRole.MEMBER, cast.committeeC);
  await factory.grant(steeringSecretary.personId, 'ORGANIZATION', cast.steering, OrganizationRole.SECRETARIAT);
  institute = (await factory.organization({ name: 'Institute for Energy Economics' })).id;
  const affiliate = (personId: string, organizationId: string) =>
    t.dataSource.query(`UPDATE people SET affiliation_id = $2 WHERE id = $1`, [personId, organizationId]);
  await affiliate(sokolova.personId, cast.committeeC);
  await affiliate(affiliatedD.personId, cast.committeeD);
  await affiliate(contact.personId, institute);
  await t.dataSource.query(
    `UPDATE people SET name = 'Анна Соколова', sort_name = 'Sokolova, Anna', honorific = 'Dr.' WHERE id = $1`,
    [sokolova.personId],
  );
  const [emailOnly] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO people (name, sort_name, affiliation_id, email) VALUES ('Tsetseg Bold', 'Bold, Tsetseg', $1, 'tsetseg@example.org') RETURNING id`,
    [cast.committeeC],
  );
  const [unreachable] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO people (name, sort_name, affiliation_id) VALUES ('Aroha Ngata', 'Ngata, Aroha', $1) RETURNING id`,
    [cast.committeeC],
  );
  emailOnlyC = emailOnly!.id;
  unreachableC = unreachable!.id;
  const refused = await factory.user({ email: `refused-${Date.now()}@example.org` });
  refusedExpert = {
    ...refused,
    client: await t.client().as(refused.email, refused.password),
  };
  committeeE = (await factory.organization({ name: 'Committee E', kind: OrganizationKind.MEMBER_COMMITTEE })).id;
  expectData(
    await cast.secretary.client.gql(
      `mutation C($input: SetStudyGroupCommitteeInput!) { setStudyGroupCommittee(input: $input) { id } }`,
      { input: { studyGroupId: cast.groupId, organizationId: committeeE, role: CommitteeRole.PARTICIPANT } },
    ),
  );
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Those told of the kind about the object (a round, a document). */
async function told(objectId: string, kind: string): Promise<string[]> {
  const rows = await t.dataSource.query<{ person_id: string }[]>(
    `SELECT person_id FROM notifications WHERE object_id = $1 AND kind = $2`,
    [objectId, kind],
  );
  return rows.map((r) => r.person_id).sort();
}

/** Sends the whole outbox, a batch at a time, until only refused messages are left. */
async function sendAll(): Promise<void> {
  while ((await t.app.get(MailDispatcher).sendPending()) > 0);
}

const ids = (...people: (Person | string)[]) => people.map((p) => (typeof p === 'string' ? p : p.personId)).sort();

/** A round of the study group's memorandum to committees A and C, the institute, and two experts in person. */
function circulateWidely(documentId: string, overrides: Record<string, unknown> = {}) {
  return circulateMemorandum(cast, documentId, {
    organizationIds: [cast.committeeA, cast.committeeC, institute],
    personIds: [cast.expert.personId, refusedExpert.personId],
    ...overrides,
  });
}

/** Everyone a round to A, C, the institute and the two experts must reach. */
const widelyTold = () =>
  ids(
    cast.focalA,
    cast.coChair,
    cast.focalC,
    memberC,
    representingC,
    sokolova,
    emailOnlyC,
    unreachableC,
    contact,
    cast.expert,
    refusedExpert,
  );

describe('who may speak for a committee, read both ways', () => {
  it('finds as a committee’s people exactly those for whom the committee is one they belong to', async () => {
    const people = [
      ...Object.values(cast).filter((v): v is Person => typeof v === 'object' && v !== null && 'personId' in v),
      memberC,
      representingC,
      sokolova,
      affiliatedD,
      contact,
      steeringSecretary,
    ]
      .map((p) => p.personId)
      .concat(emailOnlyC, unreachableC);
    const organizations = [
      cast.committeeA,
      cast.committeeB,
      cast.committeeC,
      cast.committeeD,
      committeeE,
      institute,
      cast.steering,
      cast.council,
    ];
    const membersOf = await t.dataSource.query<{ person_id: string; organization_id: string }[]>(
      `SELECT person_id, organization_id FROM (${committeeMembersSql('$1::uuid[]')}) m WHERE person_id = ANY($2::uuid[])`,
      [organizations, people],
    );
    const committeesOf = await t.dataSource.query<{ person_id: string; organization_id: string }[]>(
      `SELECT p.id AS person_id, c.organization_id FROM unnest($2::uuid[]) AS p(id)
         CROSS JOIN LATERAL (${committeesOfSql('p.id')}) AS c(organization_id)
        WHERE c.organization_id = ANY($1::uuid[])`,
      [organizations, people],
    );
    const pairs = (rows: { person_id: string; organization_id: string }[]) =>
      [...new Set(rows.map((r) => `${r.person_id}:${r.organization_id}`))].sort();
    expect(pairs(membersOf)).toEqual(pairs(committeesOf));
    // Each way of belonging is in the comparison.
    expect(pairs(membersOf)).toEqual(
      expect.arrayContaining([
        `${cast.focalC.personId}:${cast.committeeC}`,
        `${representingC.personId}:${cast.committeeC}`,
        `${sokolova.personId}:${cast.committeeC}`,
        `${contact.personId}:${institute}`,
      ]),
    );
  });
});

describe('a round opens', () => {
  it('tells everyone who may comment for a recipient, every institution contact and each named expert, and nobody else', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Told memorandum', ['Energy.', 'Nuclear safety.']);
    expectData(await circulateWidely(id));
    const roundId = await openRoundOf(cast, id);
    expect(await told(roundId, 'ROUND_OPENED')).toEqual(widelyTold());

    // Everyone told who can sign in may comment, for the committee they were told for or in person…
    const speaksFor = new Map<string, string | null>([
      [cast.focalA.personId, cast.committeeA],
      [cast.coChair.personId, cast.committeeA],
      [cast.focalC.personId, cast.committeeC],
      [memberC.personId, cast.committeeC],
      [representingC.personId, cast.committeeC],
      [sokolova.personId, cast.committeeC],
      [contact.personId, institute],
      [cast.expert.personId, null],
      [refusedExpert.personId, null],
    ]);
    const comment = (client: GraphQLTestClient, speaksForId: string | null) =>
      client.gql(POST_COMMENT, {
        input: { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body: 'Noted.', speaksForId },
      });
    const accounts = [
      cast.focalA,
      cast.coChair,
      cast.focalC,
      memberC,
      representingC,
      sokolova,
      contact,
      cast.expert,
      refusedExpert,
      cast.coChair2,
      cast.secretary,
      cast.member,
      cast.observer,
      cast.steeringMember,
      cast.outsider,
      affiliatedD,
      steeringSecretary,
    ];
    const mayComment: string[] = [];
    for (const person of accounts) {
      const result = await comment(person.client, speaksFor.get(person.personId) ?? null);
      if (!result.errors) mayComment.push(person.personId);
    }
    // …and everyone with an account who may comment was told.
    expect(mayComment.sort()).toEqual(
      (await told(roundId, 'ROUND_OPENED')).filter((personId) => ![emailOnlyC, unreachableC].includes(personId)),
    );
  });

  it('writes to each person what they are asked, for whom and by when, addressed by name and signed by the co-chairs', async () => {
    const { id } = await draftMemorandum(cast, 'Addressed memorandum', ['Text.']);
    expectData(await circulateWidely(id, { closesAt: '2031-01-17T16:00:00.000Z' }));
    const roundId = await openRoundOf(cast, id);
    const [notification] = await t.dataSource.query<{ body: string; path: string }[]>(
      `SELECT body, path FROM notifications WHERE object_id = $1 AND person_id = $2`,
      [roundId, sokolova.personId],
    );
    expect(notification!.body).toBe(
      `${cast.coChair.name} circulated version 1 of the memorandum "Addressed memorandum" of the Study Group on ` +
        'Multilateral Security Governance in Northeast Asia for comment (round 1), for its co-chairs. You may comment ' +
        'and respond for Committee C. Comments are open until Friday 17 January 2031, 16:00 UTC.',
    );
    expect(notification!.path).toBe(`/documents/${id}`);
    const [mail] = await t.dataSource.query<{ subject: string; body_text: string; body_shown: string }[]>(
      `SELECT subject, body_text, body_shown FROM outbox_messages WHERE object_id = $1 AND to_address = $2`,
      [roundId, sokolova.email],
    );
    expect(mail!.subject).toBe('For comment: Addressed memorandum (version 1)');
    expect(mail!.body_text.split('\n')[0]).toBe('Dear Dr. Анна Соколова (Anna Sokolova),');
    expect(mail!.body_text).toContain(
      `${cast.coChair.name} and ${cast.coChair2.name}\nCo-chairs, Study Group on Multilateral Security Governance in Northeast Asia`,
    );
    expect(mail!.body_text).toMatch(new RegExp(`\nRead and comment: \\S+/documents/${id}\n`));
    // The expert is asked in person; the committee's people, for their committee.
    const [expertNote] = await t.dataSource.query<{ body: string }[]>(
      `SELECT body FROM notifications WHERE object_id = $1 AND person_id = $2`,
      [roundId, cast.expert.personId],
    );
    expect(expertNote!.body).toContain('You are asked in person, to comment in a personal capacity.');
  });

  it('shows the drafters whom it told, when, and whether each e-mail was sent, is waiting or failed', async () => {
    expectData(
      await memberC.client.gql(
        `mutation { setNotificationPreference(kind: ROUND_OPENED, delivery: DAILY_DIGEST) { kind } }`,
      ),
    );
    const { id } = await draftMemorandum(cast, 'Followed-up memorandum', ['Text.']);
    expectData(await circulateWidely(id));
    const notices = async (client: GraphQLTestClient) => {
      const { document } = expectData<{
        document: {
          rounds: { notices: { kind: string; mail: string; mailSentAt: string | null; person: { id: string } }[] }[];
        };
      }>(await client.gql(NOTICES, { id }));
      return document.rounds[0]!.notices;
    };
    const mailOf = async () => new Map((await notices(cast.coChair.client)).map((n) => [n.person.id, n.mail] as const));

    const before = await mailOf();
    expect([...before.keys()].sort()).toEqual(widelyTold());
    expect(before.get(cast.focalC.personId)).toBe('WAITING');
    expect(before.get(memberC.personId)).toBe('IN_DIGEST');
    expect(before.get(unreachableC)).toBe('NO_ADDRESS');

    await sendAll();
    const after = await mailOf();
    expect(after.get(cast.focalC.personId)).toBe('SENT');
    expect(after.get(emailOnlyC)).toBe('SENT');
    expect(after.get(refusedExpert.personId)).toBe('FAILED');
    expect(after.get(memberC.personId)).toBe('IN_DIGEST');
    expect(
      (await notices(cast.coChair.client)).find((n) => n.person.id === cast.focalC.personId)!.mailSentAt,
    ).not.toBeNull();

    // The digest carries it: waiting, then sent.
    await t.app.get(NotificationsService).sendDigests();
    expect((await mailOf()).get(memberC.personId)).toBe('WAITING');
    await sendAll();
    expect((await mailOf()).get(memberC.personId)).toBe('SENT');

    // The secretariat sees it too; a recipient sees no one's notices.
    expect(await notices(cast.secretary.client)).toHaveLength(widelyTold().length);
    expect(await notices(cast.focalC.client)).toEqual([]);
    // Whatever the notices show, personal links never are: only who, when and what became of the e-mail.
    expect(JSON.stringify(await notices(cast.coChair.client))).not.toMatch(/https?:/);
  });
});

describe('reminders before a round closes', () => {
  it('reach the people of the recipients that have not responded, and stop for a committee or an expert once they have', async () => {
    const { id } = await draftMemorandum(cast, 'Reminded memorandum', ['Text.']);
    expectData(
      await circulateWidely(id, {
        opensAt: new Date(Date.now() - 6 * DAY).toISOString(),
        closesAt: new Date(Date.now() + 20 * 3_600_000).toISOString(),
      }),
    );
    const roundId = await openRoundOf(cast, id);
    const recipientsOf = async (person: Person) =>
      expectData<{
        document: { openRound: { viewerRecipients: { id: string; organization: { id: string } | null }[] } };
      }>(await person.client.gql(VIEWER_RECIPIENTS, { id })).document.openRound.viewerRecipients;
    // Committee C answers through one of its people; the expert answers for himself.
    const [committeeC] = await recipientsOf(memberC);
    expectData(await memberC.client.gql(RESPOND, { input: { recipientId: committeeC!.id, response: 'NO_COMMENTS' } }));
    const [himself] = await recipientsOf(cast.expert);
    expectData(await cast.expert.client.gql(RESPOND, { input: { recipientId: himself!.id, response: 'ENDORSED' } }));

    expect(await t.app.get(RoundDeadlinesService).remindRound({ roundId, days: 1 })).toBe(4);
    expect(await told(roundId, 'ROUND_CLOSING')).toEqual(ids(cast.focalA, cast.coChair, contact, refusedExpert));
    const [reminder] = await t.dataSource.query<{ title: string; body: string }[]>(
      `SELECT title, body FROM notifications WHERE object_id = $1 AND kind = 'ROUND_CLOSING' AND person_id = $2`,
      [roundId, cast.focalA.personId],
    );
    expect(reminder!.title).toBe('Closes tomorrow: comments on Reminded memorandum');
    expect(reminder!.body).toContain('No response yet from Committee A:');
  });
});

describe('after the round', () => {
  let documentId: string;

  it('tells the authors of the comments disposed of, and nobody else', async () => {
    const { id, paragraphs } = await draftMemorandum(cast, 'Decided memorandum', ['First.', 'Second.']);
    documentId = id;
    expectData(await circulateWidely(id));
    const roundId = await openRoundOf(cast, id);
    const post = async (person: Person, paragraph: number, speaksForId: string | null) =>
      expectData<{ postComment: { id: string } }>(
        await person.client.gql(POST_COMMENT, {
          input: {
            roundId,
            paragraphId: paragraphs[paragraph]!.paragraphId,
            kind: 'SUBSTANTIVE',
            body: 'Why?',
            speaksForId,
          },
        }),
      ).postComment.id;
    const comments = [
      await post(cast.expert, 1, null),
      await post(memberC, 0, cast.committeeC),
      await post(cast.coChair, 0, cast.committeeA),
    ];
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: roundId }));
    expectData(
      await cast.coChair.client.gql(DISPOSE, {
        input: { commentIds: comments, disposition: 'NOTED', reply: 'Taken into account in paragraph 2.' },
      }),
    );
    // The co-chair who answered is not told about their own comment.
    expect(await told(id, 'DISPOSITION_PUBLISHED')).toEqual(ids(cast.expert, memberC));
    const [toExpert] = await t.dataSource.query<{ title: string; body: string; path: string }[]>(
      `SELECT title, body, path FROM notifications WHERE object_id = $1 AND kind = 'DISPOSITION_PUBLISHED' AND person_id = $2`,
      [id, cast.expert.personId],
    );
    expect(toExpert).toEqual({
      title: 'Noted: your comment on Decided memorandum',
      body: `${cast.coChair.name} gave your comment on paragraph 2 (round 1) the disposition "Noted". Reply: Taken into account in paragraph 2.`,
      path: `/documents/${id}?paragraph=${paragraphs[1]!.paragraphId}`,
    });
  });

  it('tells every member of the body the text is submitted to, and only them', async () => {
    expectData(await cast.coChair.client.gql(FINALISE, { id: documentId }));
    expectData(await cast.coChair.client.gql(SUBMIT, { id: documentId }));
    const submittedTo = await told(documentId, 'DOCUMENT_SUBMITTED');
    expect(submittedTo).toEqual(ids(cast.steeringMember, steeringSecretary));
    // Exactly those who may record the decision.
    for (const person of [cast.steeringMember, steeringSecretary, cast.coChair, cast.secretary, cast.focalC]) {
      const result = await person.client.gql<{ document: { viewerCanDecide: boolean } }>(READ, { id: documentId });
      expect(result.data?.document.viewerCanDecide ?? false).toBe(submittedTo.includes(person.personId));
    }
  });

  it('records the body’s meeting, its guidance and who recorded it, refusing a meeting yet to come', async () => {
    const future = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
    const refused = expectError(
      await cast.steeringMember.client.gql(DECIDE, {
        input: { documentId, decision: 'RETURNED', guidance: 'Shorter.', meetingDate: future },
      }),
      'BAD_USER_INPUT',
      'INVALID_DATE',
    );
    expect(refused.extensions?.field).toBe('meetingDate');
    expectError(
      await cast.steeringMember.client.gql(DECIDE, {
        input: { documentId, decision: 'RETURNED', guidance: 'Shorter.' },
      }),
      'BAD_USER_INPUT',
    );
    expect(
      expectData<{ document: { status: string } }>(await cast.coChair.client.gql(READ, { id: documentId })).document
        .status,
    ).toBe('SUBMITTED');

    expectData(
      await cast.steeringMember.client.gql(DECIDE, {
        input: {
          documentId,
          decision: 'RETURNED',
          meetingDate: today(),
          meetingReference: 'SC 35, item 4',
          guidance: 'Name the addressees of each recommendation.',
          note: 'The Committee thanks the co-chairs.',
        },
      }),
    );
    const { document } = expectData<{
      document: {
        decisions: {
          decision: string;
          meetingDate: string;
          meetingReference: string;
          guidance: string;
          note: string;
          recordedBy: { id: string };
        }[];
      };
    }>(
      await cast.coChair.client.gql(
        `query D($id: ID!) { document(id: $id) { decisions { decision meetingDate meetingReference guidance note recordedBy { id } } } }`,
        { id: documentId },
      ),
    );
    expect(document.decisions).toEqual([
      {
        decision: 'RETURNED',
        meetingDate: today(),
        meetingReference: 'SC 35, item 4',
        guidance: 'Name the addressees of each recommendation.',
        note: 'The Committee thanks the co-chairs.',
        recordedBy: { id: cast.steeringMember.personId },
      },
    ]);
    // The co-chairs and the secretariat who work on the text, and the body's members; no recipient.
    expect(await told(documentId, 'DOCUMENT_DECIDED')).toEqual(
      ids(cast.coChair, cast.coChair2, cast.secretary, cast.steeringMember, steeringSecretary),
    );
    const [toCoChair] = await t.dataSource.query<{ body: string; path: string }[]>(
      `SELECT body, path FROM notifications WHERE object_id = $1 AND kind = 'DOCUMENT_DECIDED' AND person_id = $2`,
      [documentId, cast.coChair.personId],
    );
    expect(toCoChair!.body).toContain(
      'Steering Committee returned version 2 of the memorandum "Decided memorandum" of the Study Group on Multilateral ' +
        'Security Governance in Northeast Asia with guidance at its meeting on ',
    );
    expect(toCoChair!.body).toContain(`(SC 35, item 4): Name the addressees of each recommendation.`);
    expect(toCoChair!.body).toContain(`${cast.steeringMember.name} recorded the decision.`);
    expect(toCoChair!.path).toBe(`/documents/${documentId}?tab=history`);
  });

  it('sends the published text to everyone on the dissemination list, who may then read it', async () => {
    expectData(await cast.coChair.client.gql(FINALISE, { id: documentId }));
    expectData(await cast.coChair.client.gql(SUBMIT, { id: documentId }));
    expectData(
      await cast.steeringMember.client.gql(DECIDE, {
        input: { documentId, decision: 'APPROVED', meetingDate: today() },
      }),
    );
    expectError(await affiliatedD.client.gql(READ, { id: documentId }), 'NOT_FOUND', 'NOT_FOUND');
    expectData(
      await cast.secretary.client.gql(PUBLISH, {
        input: { documentId, organizationIds: [cast.committeeD, institute], personIds: [cast.outsider.personId] },
      }),
    );
    expect(await told(documentId, 'DOCUMENT_PUBLISHED')).toEqual(ids(affiliatedD, contact, cast.outsider));
    for (const person of [affiliatedD, cast.outsider, contact]) {
      expect(
        expectData<{ document: { status: string } }>(await person.client.gql(READ, { id: documentId })).document.status,
      ).toBe('PUBLISHED');
    }
    const [mail] = await t.dataSource.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_messages WHERE object_id = $1 AND kind = 'DOCUMENT_PUBLISHED' AND to_address = $2`,
      [documentId, affiliatedD.email],
    );
    expect(mail!.body_text).toContain(
      `${cast.secretary.name} published the memorandum "Decided memorandum" of the Study Group on Multilateral ` +
        'Security Governance in Northeast Asia, approved by Steering Committee, and sent it to you as a member of Committee D.',
    );
    expect(mail!.body_text).toContain(
      `${cast.secretary.name}\nSecretariat, Study Group on Multilateral Security Governance in Northeast Asia`,
    );
  });

  it('tells the story in its history: rounds with their versions and deadlines, dispositions, decisions', async () => {
    const { document } = expectData<{ document: { history: Record<string, unknown>[] } }>(
      await cast.coChair.client.gql(HISTORY, { id: documentId }),
    );
    const opened = document.history.find((h) => h.action === 'round.opened')!;
    expect(opened).toMatchObject({ roundNumber: 1, versionNumber: 1, changes: null });
    expect(typeof opened.closesAt).toBe('string');
    expect(document.history.find((h) => h.action === 'comments.disposed')).toMatchObject({
      roundNumber: 1,
      commentCount: 3,
      disposition: 'NOTED',
    });
    expect(document.history.find((h) => h.fromState === 'SUBMITTED' && h.toState === 'REVISING')).toMatchObject({
      decision: 'RETURNED',
      bodyName: 'Steering Committee',
      guidance: 'Name the addressees of each recommendation.',
      note: 'The Committee thanks the co-chairs.',
      meetingDate: today(),
      meetingReference: 'SC 35, item 4',
    });
    expect(document.history.filter((h) => h.toState === 'FINAL').map((h) => h.versionNumber)).toEqual([2, 3]);
    expect(document.history.find((h) => h.toState === 'PUBLISHED')).toMatchObject({
      sentToOrganizations: 2,
      sentToPeople: 1,
    });
  });
});

describe('before circulating', () => {
  it('shows who each recipient would reach and how, and lets the co-chairs name someone for a committee with nobody', async () => {
    const { id } = await draftMemorandum(cast, 'Previewed memorandum', ['Text.']);
    const ask = (client: GraphQLTestClient) =>
      client.gql<{
        circulationAudience: {
          studyGroupId: string | null;
          recipients: {
            organization: { id: string } | null;
            expert: { id: string } | null;
            canNameMember: boolean;
            people: { person: { id: string }; hasEmail: boolean; hasAccount: boolean }[];
          }[];
          mailPreview: { to: string; subject: string; text: string } | null;
        };
      }>(AUDIENCE, {
        documentId: id,
        organizationIds: [cast.committeeC, committeeE, institute],
        personIds: [cast.expert.personId],
        closesAt: '2031-01-17T16:00:00.000Z',
      });
    const { circulationAudience: audience } = expectData(await ask(cast.coChair.client));
    expect(audience.studyGroupId).toBe(cast.groupId);
    const [c, e, inst, expert] = audience.recipients;
    expect(c!.organization).toEqual({ id: cast.committeeC });
    expect(c!.people.map((p) => p.person.id).sort()).toEqual(
      ids(cast.focalC, memberC, representingC, sokolova, emailOnlyC, unreachableC),
    );
    expect(c!.people.find((p) => p.person.id === emailOnlyC)).toMatchObject({ hasEmail: true, hasAccount: false });
    expect(c!.people.find((p) => p.person.id === unreachableC)).toMatchObject({ hasEmail: false, hasAccount: false });
    expect(c!.people.find((p) => p.person.id === memberC.personId)).toMatchObject({ hasEmail: true, hasAccount: true });
    expect(e).toMatchObject({ organization: { id: committeeE }, people: [], canNameMember: true });
    // The institute is not a committee of the group: nobody can be named to it here.
    expect(inst).toMatchObject({ organization: { id: institute }, canNameMember: false });
    expect(inst!.people.map((p) => p.person.id)).toEqual([contact.personId]);
    expect(expert).toMatchObject({ expert: { id: cast.expert.personId }, organization: null });
    expect(expert!.people.map((p) => p.person.id)).toEqual([cast.expert.personId]);

    // The e-mail as the first person with an address will read it, exactly as the round will send it.
    const preview = audience.mailPreview!;
    expect(preview.subject).toBe('For comment: Previewed memorandum (version 1)');
    expect(preview.text.split('\n')[0]).toBe(`Dear ${preview.to},`);
    expect(preview.text).toContain('Comment on the energy paragraphs.');
    expect(preview.text).toContain('This round is non-attributed');
    expect(preview.text).toContain('Co-chairs, Study Group on Multilateral Security Governance in Northeast Asia');

    // Naming a member for the empty committee, through the group's own membership step.
    const named = await signedInPerson(t, factory);
    expectData(
      await cast.coChair.client.gql(ADD_MEMBER, {
        input: { studyGroupId: cast.groupId, personId: named.personId, role: 'MEMBER', representingId: committeeE },
      }),
    );
    const again = expectData(await ask(cast.coChair.client)).circulationAudience;
    expect(again.recipients[1]!.people.map((p) => p.person.id)).toEqual([named.personId]);

    // Only those who circulate the document may ask: not the secretariat, who reads the draft; not others.
    expectError(await ask(cast.secretary.client), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await ask(cast.outsider.client), 'NOT_FOUND', 'NOT_FOUND');
    expectError(
      await cast.coChair.client.gql(AUDIENCE, {
        documentId: id,
        organizationIds: ['00000000-0000-4000-8000-000000000000'],
        personIds: [],
        closesAt: '2031-01-17T16:00:00.000Z',
      }),
      'BAD_USER_INPUT',
    );
  });

  it('proposes the last round’s recipients, experts and attribution, and a deadline as far off as its own', async () => {
    const { id } = await draftMemorandum(cast, 'Second-round memorandum', ['Text.']);
    const defaults = async () =>
      expectData<{
        document: {
          circulationDefaults: {
            attribution: string;
            closesAt: string | null;
            followsRound: number | null;
            organizations: { id: string }[];
            people: { id: string }[];
          } | null;
        };
      }>(await cast.coChair.client.gql(DEFAULTS, { id })).document.circulationDefaults!;

    const first = await defaults();
    expect(first).toMatchObject({ attribution: 'ATTRIBUTED', closesAt: null, followsRound: null, people: [] });
    expect(first.organizations.map((o) => o.id).sort()).toEqual(
      [cast.committeeA, cast.committeeB, cast.committeeC, committeeE].sort(),
    );

    const opensAt = new Date(Date.now() - DAY);
    expectData(
      await circulateMemorandum(cast, id, {
        opensAt: opensAt.toISOString(),
        closesAt: new Date(opensAt.getTime() + 10 * DAY).toISOString(),
        attribution: 'NON_ATTRIBUTED',
        organizationIds: [cast.committeeC, institute],
        personIds: [cast.expert.personId],
      }),
    );
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: await openRoundOf(cast, id) }));
    const asked = Date.now();
    const next = await defaults();
    expect(next).toMatchObject({
      attribution: 'NON_ATTRIBUTED',
      followsRound: 1,
      people: [{ id: cast.expert.personId }],
    });
    expect(next.organizations.map((o) => o.id).sort()).toEqual([cast.committeeC, institute].sort());
    const closes = Date.parse(next.closesAt!);
    expect(closes).toBeGreaterThanOrEqual(asked + 10 * DAY - 60_000);
    expect(closes).toBeLessThanOrEqual(asked + 10 * DAY + 3_600_000);
    expect(closes % 3_600_000).toBe(0);

    // Not for readers.
    expect(
      expectData<{ document: { circulationDefaults: unknown } }>(await cast.focalC.client.gql(DEFAULTS, { id }))
        .document.circulationDefaults,
    ).toBeNull();
  });
});

describe('a meeting’s document', () => {
  it('is circulated by the meeting’s organisers, in their name and on the meeting’s clock, never by “the co-chairs”', async () => {
    const meeting = await factory.meeting({
      title: 'Expert Group Meeting on Energy Connectivity',
      timeZone: 'Asia/Seoul',
    });
    const organiser = await signedInPerson(t, factory);
    const participant = await signedInPerson(t, factory);
    await factory.grant(organiser.personId, 'MEETING', meeting.id, 'ORGANIZER');
    expectData(
      await organiser.client.gql(
        `mutation I($meetingId: ID!, $input: InviteParticipantInput!) { inviteParticipant(meetingId: $meetingId, input: $input) { id } }`,
        { meetingId: meeting.id, input: { personId: participant.personId, role: 'PARTICIPANT' } },
      ),
    );
    const { createDocument } = expectData<{ createDocument: { id: string } }>(
      await organiser.client.gql(`mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`, {
        input: { kind: 'CONCEPT_NOTE', title: 'Concept note', meetingId: meeting.id },
      }),
    );
    const id = createDocument.id;
    expectData(
      await organiser.client.gql(`mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`, {
        input: { documentId: id, content: { kind: 'TEXT', html: '<p>Purpose.</p>' } },
      }),
    );
    expectData(
      await organiser.client.gql(
        `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { id } }`,
        {
          input: {
            documentId: id,
            closesAt: '2031-01-17T08:00:00.000Z',
            attribution: 'ATTRIBUTED',
            organizationIds: [],
            personIds: [participant.personId],
          },
        },
      ),
    );
    const [mail] = await t.dataSource.query<{ body_text: string }[]>(
      `SELECT body_text FROM outbox_messages WHERE kind = 'ROUND_OPENED' AND to_address = $1`,
      [participant.email],
    );
    expect(mail!.body_text).toContain(
      `${organiser.name} circulated version 1 of the concept note "Concept note" of the Expert Group Meeting on ` +
        'Energy Connectivity for comment (round 1), for the meeting’s organisers.',
    );
    expect(mail!.body_text).toContain('until Friday 17 January 2031, 17:00 (Seoul time, UTC+9).');
    expect(mail!.body_text).toContain(
      `${organiser.name}\nFor the organisers of the Expert Group Meeting on Energy Connectivity`,
    );
    expect(mail!.body_text).not.toMatch(/co-chair/i);
  });
});
