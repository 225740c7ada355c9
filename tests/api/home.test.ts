import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvitationState, MeetingRole, MeetingStatus, OrganizationKind, OrganizationRole } from '@plenary/shared';
import { demoAccounts, demoPassword, meeting as demoMeeting, memorandum } from '@plenary/seeds';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  type Person,
  POST_COMMENT,
  signedInPerson,
} from '../helpers/memoranda';
import { wsClient } from '../helpers/live-client';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { HOME_EVENT_COALESCE_MS } from '../../apps/api/src/home/home.service';

let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
});
afterAll(() => t.close());

const HOME = `{ home {
  today
  roundsToAnswer { id number versionNumber closesAt ownCommentCount awaitingResponse path deadline
    document { id title status ownerTitle } recipients { id name response } }
  roundsInProgress { id number recipientCount viewerCanClose path deadline document { id } notResponded { name response } }
  commentsToDispose { id roundNumber roundOpen undisposedCount commentCount path document { id } }
  returnedDocuments { id guidance body path document { id status } }
  documentsToDecide { id body submittedAt path document { id status } }
  followUps { id number sourceTitle nextFollowUpOn overdue path deadline }
  invitations { id path deadline meeting { id viewerInvitation viewerRole } }
  unansweredInvitations { id noReplyCount invitedCount path meeting { id } }
  agendasToAdopt { id path meeting { id status } }
  reportsToPublish { id reportStatus path meeting { id status } }
  upcomingMeetings { id startDate path }
  pastMeetings { id endDate path }
} }`;

interface Item {
  id: string;
  path: string;
  deadline?: string | null;
  document?: { id: string; status?: string; title?: string; ownerTitle?: string };
  meeting?: { id: string; status?: string; viewerInvitation?: string | null; viewerRole?: string | null };
  [field: string]: unknown;
}

interface Home {
  today: string;
  roundsToAnswer: (Item & {
    closesAt: string;
    ownCommentCount: number;
    awaitingResponse: boolean;
    recipients: { id: string; name: string; response: string }[];
  })[];
  roundsInProgress: (Item & {
    recipientCount: number;
    viewerCanClose: boolean;
    notResponded: { name: string; response: string }[];
  })[];
  commentsToDispose: (Item & {
    roundNumber: number;
    roundOpen: boolean;
    undisposedCount: number;
    commentCount: number;
  })[];
  returnedDocuments: (Item & { guidance: string; body: string | null })[];
  documentsToDecide: (Item & { body: string | null })[];
  followUps: (Item & { nextFollowUpOn: string; overdue: boolean })[];
  invitations: Item[];
  unansweredInvitations: (Item & { noReplyCount: number; invitedCount: number })[];
  agendasToAdopt: Item[];
  reportsToPublish: (Item & { reportStatus: string | null })[];
  upcomingMeetings: (Item & { startDate: string })[];
  pastMeetings: (Item & { endDate: string })[];
}

const LISTS = [
  'roundsToAnswer',
  'roundsInProgress',
  'commentsToDispose',
  'returnedDocuments',
  'documentsToDecide',
  'followUps',
  'invitations',
  'unansweredInvitations',
  'agendasToAdopt',
  'reportsToPublish',
  'upcomingMeetings',
  'pastMeetings',
] as const;

async function homeOf(client: GraphQLTestClient): Promise<Home> {
  return expectData<{ home: Home }>(await client.gql(HOME)).home;
}

/** A calendar date `days` from today (UTC). */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const OPENS = {
  documents: `query D($id: ID!) { document(id: $id) { id openRound { viewerRecipients { id } } } }`,
  meetings: `query M($id: ID!) { meeting(id: $id) { id } }`,
  recommendations: `query R($id: ID!) { recommendation(id: $id) { id } }`,
} as const;

interface Opened {
  id: string;
  openRound?: { viewerRecipients: unknown[] } | null;
}

/** Opens what a link of the home page points at, as the page it leads to asks for it. */
async function open(client: GraphQLTestClient, path: string) {
  const match = /^\/(documents|meetings|recommendations)\/([0-9a-f-]{36})(\?[\w=&]*)?$/.exec(path);
  expect(match, `a link into the app: ${path}`).not.toBeNull();
  const [, kind, id] = match! as unknown as [string, keyof typeof OPENS, string];
  const response = await client.gql<Record<string, Opened | null>>(OPENS[kind], { id });
  return { kind, id, response };
}

function everyPath(home: Home): string[] {
  return LISTS.flatMap((list) =>
    home[list].flatMap((item: Item) => [item.path, ...(item.meeting ? [`/meetings/${item.meeting.id}`] : [])]),
  );
}

async function invite(meetingId: string, personId: string, role: string, state: InvitationState) {
  await t.dataSource.query(`INSERT INTO participations (meeting_id, person_id, role, state) VALUES ($1, $2, $3, $4)`, [
    meetingId,
    personId,
    role,
    state,
  ]);
  await factory.grant(personId, 'MEETING', meetingId, role);
}

async function meetingOn(startDate: string, endDate: string, status: MeetingStatus) {
  const created = await factory.meeting({ startDate, endDate });
  await t.dataSource.query(`UPDATE meetings SET status = $2 WHERE id = $1`, [created.id, status]);
  return created.id;
}

describe('home page: recipients of a comment round', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = (await draftMemorandum(cast, 'Memorandum on maritime security', ['First.', 'Second.'])).id;
    expectData(await circulateMemorandum(cast, documentId));
  });

  it('lists the round open for the committee a focal point answers for, with its response, their comments, and a link to respond', async () => {
    const before = (await homeOf(cast.focalC.client)).roundsToAnswer.find((r) => r.document!.id === documentId);
    expect(before).toMatchObject({
      number: 1,
      versionNumber: 1,
      ownCommentCount: 0,
      awaitingResponse: true,
      path: `/documents/${documentId}?respond=1`,
      document: { title: 'Memorandum on maritime security', status: 'IN_COMMENT_ROUND' },
      recipients: [{ name: 'Committee C', response: 'NOT_YET' }],
    });
    expect(before!.deadline).toBe(before!.closesAt);

    const paragraphId = await firstCirculatedParagraph(cast.focalC.client, documentId);
    expectData(
      await cast.focalC.client.gql(POST_COMMENT, {
        input: {
          roundId: before!.id,
          paragraphId,
          kind: 'SUBSTANTIVE',
          body: 'Say who convenes.',
          speaksForId: cast.committeeC,
        },
      }),
    );
    const after = (await homeOf(cast.focalC.client)).roundsToAnswer.find((r) => r.document!.id === documentId);
    expect(after).toMatchObject({
      ownCommentCount: 1,
      awaitingResponse: false,
      recipients: [{ name: 'Committee C', response: 'COMMENTED' }],
    });
  });

  it('lists the round for an expert named in person, and for nobody it was not sent to', async () => {
    const expertRound = (await homeOf(cast.expert.client)).roundsToAnswer.find((r) => r.document!.id === documentId);
    expect(expertRound?.recipients).toEqual([expect.objectContaining({ name: cast.expert.name, response: 'NOT_YET' })]);
    for (const person of [cast.outsider, cast.member, cast.observer, cast.steeringMember]) {
      const home = await homeOf(person.client);
      expect(home.roundsToAnswer.map((r) => r.document!.id)).not.toContain(documentId);
      expect(home.roundsInProgress.map((r) => r.document!.id)).not.toContain(documentId);
    }
  });

  it('drops the round once it has closed', async () => {
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: await openRoundOf(cast, documentId) }));
    const home = await homeOf(cast.focalC.client);
    expect(home.roundsToAnswer.map((r) => r.document!.id)).not.toContain(documentId);
  });
});

/** The id of the first paragraph of the version circulated in the open round. */
async function firstCirculatedParagraph(client: GraphQLTestClient, documentId: string): Promise<string> {
  const { document } = expectData<{ document: { version: { paragraphs: { paragraphId: string }[] } } }>(
    await client.gql(`query D($id: ID!) { document(id: $id) { version { paragraphs { paragraphId } } } }`, {
      id: documentId,
    }),
  );
  return document.version.paragraphs[0]!.paragraphId;
}

const DISPOSE = `mutation D($input: DisposeCommentsInput!) { disposeComments(input: $input) { id } }`;
const FINALISE = `mutation F($id: ID!) { finaliseDocument(id: $id) { id status } }`;
const SUBMIT = `mutation S($id: ID!) { submitDocument(id: $id) { id status } }`;
const DECIDE = `mutation D($input: DecideDocumentInput!) { decideDocument(input: $input) { id status } }`;

describe('home page: co-chairs, secretariat and the reporting body', () => {
  it('shows the co-chairs who has not responded yet and the comments awaiting their disposition', async () => {
    const { id } = await draftMemorandum(cast, 'Memorandum on energy security', ['Only paragraph.']);
    expectData(await circulateMemorandum(cast, id));
    const roundId = await openRoundOf(cast, id);
    const paragraphId = await firstCirculatedParagraph(cast.focalC.client, id);
    const commentIds: string[] = [];
    for (const body of ['Too long.', 'Name the institutions.']) {
      const { postComment } = expectData<{ postComment: { id: string } }>(
        await cast.focalC.client.gql(POST_COMMENT, {
          input: { roundId, paragraphId, kind: 'GENERAL', body, speaksForId: cast.committeeC },
        }),
      );
      commentIds.push(postComment.id);
    }

    const coChair = await homeOf(cast.coChair.client);
    expect(coChair.roundsInProgress.find((r) => r.document!.id === id)).toMatchObject({
      id: roundId,
      recipientCount: 3,
      viewerCanClose: true,
      path: `/documents/${id}?tab=comments&round=1`,
      notResponded: expect.arrayContaining([
        { name: 'Committee A', response: 'NOT_YET' },
        { name: cast.expert.name, response: 'NOT_YET' },
      ]) as unknown,
    });
    expect(coChair.roundsInProgress.find((r) => r.document!.id === id)!.notResponded).toHaveLength(2);
    // The co-chair speaks for committee A, a recipient; those who run the round follow it instead.
    expect(coChair.roundsToAnswer.map((r) => r.document!.id)).not.toContain(id);
    expect(coChair.commentsToDispose.find((c) => c.document!.id === id)).toMatchObject({
      id: roundId,
      roundNumber: 1,
      roundOpen: true,
      undisposedCount: 2,
      commentCount: 2,
      path: `/documents/${id}?tab=comments&round=1&disposition=NONE`,
    });

    // The secretariat follows the round, but dispositions are the co-chairs' to give.
    const secretary = await homeOf(cast.secretary.client);
    expect(secretary.roundsInProgress.find((r) => r.document!.id === id)).toMatchObject({ viewerCanClose: false });
    expect(secretary.commentsToDispose.map((c) => c.document!.id)).not.toContain(id);

    expectData(
      await cast.coChair.client.gql(DISPOSE, { input: { commentIds: [commentIds[0]], disposition: 'ACCEPTED' } }),
    );
    expect((await homeOf(cast.coChair2.client)).commentsToDispose.find((c) => c.document!.id === id)).toMatchObject({
      undisposedCount: 1,
      commentCount: 2,
    });
    expectData(
      await cast.coChair.client.gql(DISPOSE, { input: { commentIds: [commentIds[1]], disposition: 'NOTED' } }),
    );
    expect((await homeOf(cast.coChair.client)).commentsToDispose.map((c) => c.document!.id)).not.toContain(id);
  });

  it('lists a submitted document for the body to decide, and once returned, the guidance for its co-chairs', async () => {
    const { id } = await draftMemorandum(cast, 'Memorandum on nuclear safety', ['Only paragraph.']);
    expectData(await circulateMemorandum(cast, id));
    expectData(await cast.coChair.client.gql(CLOSE_ROUND, { id: await openRoundOf(cast, id) }));
    expectData(await cast.coChair.client.gql(FINALISE, { id }));
    expectData(await cast.coChair.client.gql(SUBMIT, { id }));

    const body = await homeOf(cast.steeringMember.client);
    expect(body.documentsToDecide.find((d) => d.document!.id === id)).toMatchObject({
      body: 'Steering Committee',
      path: `/documents/${id}`,
      document: { status: 'SUBMITTED' },
    });
    expect((await homeOf(cast.coChair.client)).documentsToDecide.map((d) => d.document!.id)).not.toContain(id);

    expectData(
      await cast.steeringMember.client.gql(DECIDE, {
        input: {
          documentId: id,
          decision: 'RETURNED',
          guidance: 'Say what each government should do.',
          meetingDate: day(0),
        },
      }),
    );
    expect((await homeOf(cast.steeringMember.client)).documentsToDecide.map((d) => d.document!.id)).not.toContain(id);
    for (const coChair of [cast.coChair, cast.coChair2]) {
      expect((await homeOf(coChair.client)).returnedDocuments.find((d) => d.document!.id === id)).toMatchObject({
        guidance: 'Say what each government should do.',
        body: 'Steering Committee',
        path: `/documents/${id}`,
        document: { status: 'REVISING' },
      });
    }
    // Only the drafters revise it.
    expect((await homeOf(cast.secretary.client)).returnedDocuments.map((d) => d.document!.id)).not.toContain(id);
  });

  it('leaves out a meeting’s document once its named drafter no longer takes part in the meeting', async () => {
    const organiser = await signedInPerson(t, factory);
    const drafter = await signedInPerson(t, factory);
    const reader = await signedInPerson(t, factory);
    const meetingId = await meetingOn(day(30), day(31), MeetingStatus.PLANNED);
    await factory.grant(organiser.personId, 'MEETING', meetingId, MeetingRole.ORGANIZER);
    await invite(meetingId, drafter.personId, MeetingRole.PARTICIPANT, InvitationState.ACCEPTED);
    await invite(meetingId, reader.personId, MeetingRole.PARTICIPANT, InvitationState.ACCEPTED);
    const { createDocument } = expectData<{ createDocument: { id: string } }>(
      await organiser.client.gql(`mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`, {
        input: { kind: 'CONCEPT_NOTE', title: 'Concept note', meetingId },
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
        `mutation N($input: SetDocumentDraftersInput!) { setDocumentDrafters(input: $input) { id } }`,
        { input: { documentId: id, personIds: [drafter.personId] } },
      ),
    );
    expectData(
      await organiser.client.gql(
        `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { id } }`,
        {
          input: {
            documentId: id,
            closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            attribution: 'ATTRIBUTED',
            organizationIds: [],
            personIds: [reader.personId],
          },
        },
      ),
    );
    expect((await homeOf(drafter.client)).roundsInProgress.map((r) => r.document!.id)).toContain(id);

    await t.dataSource.query(`DELETE FROM participations WHERE meeting_id = $1 AND person_id = $2`, [
      meetingId,
      drafter.personId,
    ]);
    await t.dataSource.query(`DELETE FROM memberships WHERE object_id = $1 AND person_id = $2`, [
      meetingId,
      drafter.personId,
    ]);
    const home = await homeOf(drafter.client);
    expect(LISTS.map((list) => home[list].length)).toEqual(LISTS.map(() => 0));
    expectError(await drafter.client.gql(OPENS.documents, { id }), 'NOT_FOUND');
  });
});

describe('home page: secretariats and organisers', () => {
  it('lists follow-ups overdue or due within a week to the staff of the responsible secretariat, soonest first', async () => {
    const office = await factory.organization({ name: 'Regional office', kind: OrganizationKind.UN_BODY });
    const staff = await signedInPerson(t, factory);
    const colleague = await signedInPerson(t, factory);
    await factory.grant(staff.personId, 'ORGANIZATION', office.id, OrganizationRole.SECRETARIAT);
    await factory.grant(colleague.personId, 'ORGANIZATION', office.id, OrganizationRole.MEMBER);
    const recommendation = async (number: number, status: string, followUpOn: string) => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO recommendations (source_title, number, text, status, responsible_id, adopted_on, next_follow_up_on)
         VALUES ('Outcome of the Expert Group Meeting', $1, 'Strengthen cooperation.', $2, $3, $4, $5) RETURNING id`,
        [number, status, office.id, day(-400), followUpOn],
      );
      return row!.id;
    };
    const dueSoon = await recommendation(1, 'UNDER_CONSIDERATION', day(5));
    const overdue = await recommendation(2, 'TRANSMITTED', day(-3));
    const dueToday = await recommendation(3, 'ADOPTED', day(0));
    await recommendation(4, 'TRANSMITTED', day(10));
    await recommendation(5, 'IMPLEMENTED', day(-3));

    const { followUps } = await homeOf(staff.client);
    expect(followUps.map((f) => [f.id, f.overdue])).toEqual([
      [overdue, true],
      [dueToday, false],
      [dueSoon, false],
    ]);
    expect(followUps[0]).toMatchObject({ number: 2, nextFollowUpOn: day(-3), path: `/recommendations/${overdue}` });
    expect((await homeOf(colleague.client)).followUps).toEqual([]);
  });

  it('lists for an organiser the invitations without a reply, agendas not adopted three weeks ahead and reports not published', async () => {
    const organiser = await signedInPerson(t, factory);
    const invitee = await signedInPerson(t, factory);
    const soon = await meetingOn(day(10), day(11), MeetingStatus.PLANNED);
    const later = await meetingOn(day(40), day(41), MeetingStatus.AGENDA_PROVISIONAL);
    const adopted = await meetingOn(day(5), day(5), MeetingStatus.AGENDA_ADOPTED);
    const held = await meetingOn(day(-20), day(-19), MeetingStatus.HELD);
    const reported = await meetingOn(day(-200), day(-199), MeetingStatus.REPORT_PUBLISHED);
    for (const id of [soon, later, adopted, held, reported]) {
      await factory.grant(organiser.personId, 'MEETING', id, MeetingRole.ORGANIZER);
    }
    const others = await Promise.all([factory.user(), factory.user(), factory.user()]);
    await invite(soon, invitee.personId, MeetingRole.PRESENTER, InvitationState.INVITED);
    await invite(soon, others[0].personId, MeetingRole.PARTICIPANT, InvitationState.INVITED);
    await invite(soon, others[1].personId, MeetingRole.PARTICIPANT, InvitationState.ACCEPTED);
    await invite(later, others[2].personId, MeetingRole.PARTICIPANT, InvitationState.INVITED);
    await invite(held, others[2].personId, MeetingRole.PARTICIPANT, InvitationState.INVITED);

    const home = await homeOf(organiser.client);
    expect(home.unansweredInvitations.map((m) => [m.id, m.noReplyCount, m.invitedCount, m.path])).toEqual([
      [soon, 2, 3, `/meetings/${soon}?tab=participants`],
      [later, 1, 1, `/meetings/${later}?tab=participants`],
    ]);
    expect(home.agendasToAdopt.map((m) => [m.id, m.path])).toEqual([[soon, `/meetings/${soon}?tab=agenda`]]);
    expect(home.reportsToPublish.map((m) => [m.id, m.reportStatus, m.path])).toEqual([
      [held, null, `/meetings/${held}?tab=report`],
    ]);
    expect(home.upcomingMeetings.map((m) => m.id)).toEqual([adopted, soon, later]);
    expect(home.pastMeetings.map((m) => m.id)).toEqual([held, reported]);
    expect(home.invitations).toEqual([]);

    // The one invited sees their own invitation, and none of the organiser's work.
    const invited = await homeOf(invitee.client);
    expect(invited.invitations).toEqual([
      {
        id: soon,
        path: `/meetings/${soon}?tab=participants`,
        deadline: expect.any(String) as unknown,
        meeting: { id: soon, viewerInvitation: 'INVITED', viewerRole: 'PRESENTER' },
      },
    ]);
    expect(invited.upcomingMeetings.map((m) => m.id)).toEqual([soon]);
    expect([invited.unansweredInvitations, invited.agendasToAdopt, invited.reportsToPublish]).toEqual([[], [], []]);
  });

  it('answers a person who holds no role anywhere with nothing at all', async () => {
    const nobody = await signedInPerson(t, factory);
    const home = await homeOf(nobody.client);
    expect(home.today).toBe(day(0));
    expect(LISTS.map((list) => home[list])).toEqual(LISTS.map(() => []));
  });

  it('refuses a visitor who is not signed in', async () => {
    expectError(await t.client().gql(HOME), 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
  });
});

describe('home page: the demo accounts', () => {
  const as = (email: string) => t.client().as(email, demoPassword);

  it('shows the focal point the open round to answer for CSCAP-Japan, and the co-chair its progress', async () => {
    const focal = await homeOf(await as('focal-point@plenary.example'));
    expect(focal.roundsToAnswer.find((r) => r.document!.id === memorandum.governance2011)).toMatchObject({
      number: 2,
      awaitingResponse: true,
      recipients: [{ name: 'CSCAP-Japan', response: 'NOT_YET' }],
      path: `/documents/${memorandum.governance2011}?respond=1`,
    });

    const coChair = await homeOf(await as('co-chair@plenary.example'));
    const round = coChair.roundsInProgress.find((r) => r.document!.id === memorandum.governance2011)!;
    expect(round.notResponded.map((r) => r.name)).toContain('CSCAP-Japan');
    expect(round.recipientCount).toBe(10);
    expect(
      coChair.commentsToDispose.find((c) => c.document!.id === memorandum.governance2011 && c.roundNumber === 2)
        ?.undisposedCount,
    ).toBeGreaterThan(0);
    // A session's chair in Incheon; the 2011 group's meetings are long concluded: no report is theirs to publish.
    expect(coChair.reportsToPublish).toEqual([]);
  });

  it('shows the secretariats their overdue follow-ups, and the ESCAP officer the Incheon report to publish', async () => {
    const escap = await homeOf(await as('secretariat@plenary.example'));
    expect(escap.followUps.some((f) => f.overdue)).toBe(true);
    expect(escap.reportsToPublish.map((r) => r.meeting!.id)).toContain(demoMeeting.incheon);
    const cscap = await homeOf(await as('cscap.secretariat@plenary.example'));
    expect(cscap.followUps.filter((f) => f.overdue).length).toBeGreaterThanOrEqual(2);
    expect(cscap.roundsInProgress.map((r) => r.document!.id)).toContain(memorandum.governance2011);
  });

  it('gives every account only links that open for it', async () => {
    let links = 0;
    for (const { email } of demoAccounts) {
      const client = await as(email);
      const home = await homeOf(client);
      for (const path of everyPath(home)) {
        const { kind, id, response } = await open(client, path);
        const opened = expectData(response);
        expect(opened[kind.replace(/s$/, '')]?.id, `${email}: ${path}`).toBe(id);
        links += 1;
      }
      // A link to respond leads to a round the account may answer.
      for (const round of home.roundsToAnswer) {
        const { response } = await open(client, round.path);
        const opened = expectData(response)['document'];
        expect(opened?.openRound?.viewerRecipients.length, `${email}: ${round.path}`).toBeGreaterThan(0);
      }
    }
    expect(links).toBeGreaterThan(10);
  });

  it('gives the people around a memorandum only links that open for them', async () => {
    for (const person of Object.values(cast).filter((value): value is Person => typeof value === 'object')) {
      for (const path of everyPath(await homeOf(person.client))) {
        expectData((await open(person.client, path)).response);
      }
    }
  });
});

describe('home page: SQL statements', () => {
  /**
   * A person with `n` items of every kind: rounds to answer for their committee, rounds of their own
   * group in progress, comments to dispose, documents returned, documents for their body to decide,
   * follow-ups, invitations, meetings to organise and reports to publish.
   */
  async function busyPerson(n: number): Promise<GraphQLTestClient> {
    const db = t.dataSource;
    const person = await signedInPerson(t, factory);
    const commenter = await factory.user();
    const [committee, otherCommittee, office, body, council] = await Promise.all([
      factory.organization({ kind: OrganizationKind.MEMBER_COMMITTEE }),
      factory.organization({ kind: OrganizationKind.MEMBER_COMMITTEE }),
      factory.organization({ kind: OrganizationKind.UN_BODY }),
      factory.organization({ kind: OrganizationKind.COUNCIL }),
      factory.organization({ kind: OrganizationKind.COUNCIL }),
    ]);
    await factory.grant(person.personId, 'ORGANIZATION', committee.id, OrganizationRole.FOCAL_POINT);
    await factory.grant(person.personId, 'ORGANIZATION', office.id, OrganizationRole.SECRETARIAT);
    await factory.grant(person.personId, 'ORGANIZATION', body.id, OrganizationRole.MEMBER);
    const group = async () => {
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO study_groups (title, council_id, reports_to_id, start_date, end_date, version, status)
         VALUES ('Study group', $1, $2, '2026-01-01', '2027-12-31', 1, 'ACTIVE') RETURNING id`,
        [council.id, body.id],
      );
      return row!.id;
    };
    const elsewhere = await group();
    const chaired = await group();
    await factory.grant(person.personId, 'STUDY_GROUP', chaired, 'CO_CHAIR');

    const documents = (
      groupId: string,
      status: string,
      roundStatus: string,
      recipientId: string,
      authorId: string,
      speaksForId: string | null,
    ) =>
      db.query(
        `WITH docs AS (
           INSERT INTO documents (kind, title, status, study_group_id)
           SELECT 'MEMORANDUM', 'Memorandum ' || i, $2, $1 FROM generate_series(1, $3) i RETURNING id
         ), versions AS (
           INSERT INTO document_versions (document_id, number, frozen_at) SELECT id, 1, now() FROM docs
           RETURNING id, document_id
         ), rounds AS (
           INSERT INTO comment_rounds (document_id, version_id, number, opens_at, closes_at, status)
           SELECT document_id, id, 1, now() - interval '1 day', now() + interval '7 days', $4 FROM versions
           RETURNING id, document_id
         ), recipients AS (
           INSERT INTO round_recipients (round_id, organization_id) SELECT id, $5 FROM rounds
         ), paragraphs AS (
           INSERT INTO paragraphs (document_id) SELECT id FROM docs RETURNING id, document_id
         ), decisions AS (
           INSERT INTO document_decisions (document_id, version_id, decision, guidance)
           SELECT document_id, id, 'RETURNED', 'Revise.' FROM versions WHERE $2 = 'REVISING'
         )
         INSERT INTO comments (round_id, paragraph_id, kind, body, author_id, speaks_for_id)
         SELECT r.id, p.id, 'GENERAL', 'A comment.', $6, $7 FROM rounds r JOIN paragraphs p ON p.document_id = r.document_id`,
        [groupId, status, n, roundStatus, recipientId, authorId, speaksForId],
      );
    await documents(elsewhere, 'IN_COMMENT_ROUND', 'OPEN', committee.id, person.personId, committee.id);
    await documents(chaired, 'IN_COMMENT_ROUND', 'OPEN', otherCommittee.id, commenter.personId, null);
    await documents(chaired, 'REVISING', 'CLOSED', otherCommittee.id, commenter.personId, null);
    await db.query(
      `INSERT INTO documents (kind, title, status, study_group_id, submitted_to_id, submitted_at)
       SELECT 'MEMORANDUM', 'Submitted ' || i, 'SUBMITTED', $1, $2, now() FROM generate_series(1, $3) i`,
      [elsewhere, body.id, n],
    );
    await db.query(
      `INSERT INTO recommendations (source_title, number, text, status, responsible_id, adopted_on, next_follow_up_on)
       SELECT 'Outcome document', i, 'Strengthen cooperation.', 'TRANSMITTED', $1, '2025-01-01', $2::date
         FROM generate_series(1, $3) i`,
      [office.id, day(-2), n],
    );
    const meetings = (on: string, status: string, role: string, invitedId: string) =>
      db.query(
        `WITH m AS (
           INSERT INTO meetings (title, kind, track, venue, time_zone, start_date, end_date, status, version, calendar_token)
           SELECT 'Meeting ' || i, 'WORKSHOP', 'TRACK_2', 'Conference room', 'Asia/Seoul', $2::date, $2::date, $3, 1,
                  gen_random_uuid()::text
             FROM generate_series(1, $1) i RETURNING id
         ), roles AS (
           INSERT INTO memberships (person_id, object_type, object_id, role) SELECT $4, 'MEETING', id, $5 FROM m
         ), invited AS (
           INSERT INTO memberships (person_id, object_type, object_id, role) SELECT $6, 'MEETING', id, 'PARTICIPANT' FROM m
            WHERE $6::uuid <> $4::uuid
         )
         INSERT INTO participations (meeting_id, person_id, role, state) SELECT id, $6, 'PARTICIPANT', 'INVITED' FROM m`,
        [n, on, status, person.personId, role, invitedId],
      );
    await meetings(day(10), 'PLANNED', 'ORGANIZER', commenter.personId);
    await meetings(day(-20), 'HELD', 'ORGANIZER', commenter.personId);
    await meetings(day(30), 'AGENDA_ADOPTED', 'PARTICIPANT', person.personId);
    return person.client;
  }

  async function statementsFor(client: GraphQLTestClient) {
    t.queries.reset(true);
    const home = await homeOf(client);
    return { statements: t.queries.total, recorded: [...t.queries.recorded], home };
  }

  it('loads the page in the same number of statements for 3 items of every kind as for 30', async () => {
    const few = await statementsFor(await busyPerson(3));
    const many = await statementsFor(await busyPerson(30));
    for (const [size, { home }] of [
      [3, few],
      [30, many],
    ] as const) {
      expect(LISTS.filter((list) => list !== 'pastMeetings').map((list) => [list, home[list].length])).toEqual([
        ['roundsToAnswer', size],
        ['roundsInProgress', size],
        ['commentsToDispose', 2 * size],
        ['returnedDocuments', size],
        ['documentsToDecide', size],
        ['followUps', size],
        ['invitations', size],
        ['unansweredInvitations', size],
        ['agendasToAdopt', size],
        ['reportsToPublish', size],
        ['upcomingMeetings', 2 * size],
      ]);
    }
    expect(many.statements, many.recorded.join('\n---\n')).toBe(few.statements);
    // The session; documents, their roles, open rounds, undisposed comments; follow-ups and their roles;
    // meetings and their roles.
    expect(many.statements).toBeLessThanOrEqual(9);
  });
});

describe('home page: live', () => {
  const sockets: Client[] = [];
  afterAll(async () => {
    for (const socket of sockets) await socket.dispose();
  });

  /** The viewer's home events, over graphql-ws with the browser's session cookie. */
  function homeEvents(person: Person) {
    const socket = wsClient(t, person.client);
    sockets.push(socket);
    return socket.iterate<{ homeEvents: { at: string } }>({ query: `subscription { homeEvents { at } } ` });
  }

  /** Whether the next event comes within twice the time a burst is gathered in. */
  async function heardSoon(next: Promise<unknown>): Promise<boolean> {
    const quiet = new Promise((resolve) => setTimeout(() => resolve('quiet'), 2 * HOME_EVENT_COALESCE_MS + 500));
    return (await Promise.race([next.then(() => 'heard'), quiet])) === 'heard';
  }

  it('tells a co-chair once per burst of comments on their document, and then the page counts them', async () => {
    const { id } = await draftMemorandum(cast, 'Memorandum on disaster risk', ['Only paragraph.']);
    expectData(await circulateMemorandum(cast, id));
    const roundId = await openRoundOf(cast, id);
    const paragraphId = await firstCirculatedParagraph(cast.focalC.client, id);
    const events = homeEvents(cast.coChair);
    const uninvolved = await signedInPerson(t, factory);
    const quietEvents = homeEvents(uninvolved);
    const first = events.next();
    const unrelated = quietEvents.next();
    // Give the subscriptions time to be registered before the change is made.
    await new Promise((resolve) => setTimeout(resolve, 300));

    for (const body of ['One.', 'Two.', 'Three.']) {
      expectData(
        await cast.focalC.client.gql(POST_COMMENT, {
          input: { roundId, paragraphId, kind: 'EDITORIAL', body, speaksForId: cast.committeeC },
        }),
      );
    }
    expect((await first).value?.data?.homeEvents.at).toEqual(expect.any(String));
    expect((await homeOf(cast.coChair.client)).commentsToDispose.find((c) => c.document!.id === id)).toMatchObject({
      undisposedCount: 3,
    });
    expect(await heardSoon(events.next())).toBe(false);
    // Someone the document means nothing to hears nothing of it; their own notifications they do hear of.
    expect(await heardSoon(unrelated)).toBe(false);
    expectData(await uninvolved.client.gql(`mutation { markAllNotificationsRead }`));
    expect(await heardSoon(unrelated)).toBe(true);
    await events.return?.();
    await quietEvents.return?.();
  });
});
