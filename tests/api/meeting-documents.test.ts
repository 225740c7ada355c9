import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { draftMemorandum, memorandumCast, signedInPerson, type Person } from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * A meeting's documents (a concept note, say) are drafted by those who run the meeting, its
 * organisers and secretariat, and by participants they name; chairing a session, presenting or
 * attending does not make one a drafter.
 */
let t: TestApp;
let factory: Factory;
let meetingId: string;
let organizer: Person;
let secretariat: Person;
let chair: Person;
let coChair: Person;
let presenter: Person;
let participant: Person;
let outsider: Person;
const participationOf = new Map<string, string>();

const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const SAVE = `mutation S($input: SaveParagraphInput!) { saveParagraph(input: $input) { paragraphId revision text } }`;
const DELETE = `mutation D($input: DeleteParagraphInput!) { deleteParagraph(input: $input) { id } }`;
const PRESENCE = `mutation P($documentId: ID!) { setDocumentPresence(documentId: $documentId, paragraphId: null) }`;
const CIRCULATE = `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { id status } }`;
const CLOSE = `mutation C($id: ID!) { closeCommentRound(id: $id) { id status } }`;
const FINALISE = `mutation F($id: ID!) { finaliseDocument(id: $id) { id status } }`;
const PUBLISH = `mutation P($input: PublishDocumentInput!) { publishDocument(input: $input) { id status } }`;
const DRAFTERS = `mutation D($input: SetDocumentDraftersInput!) { setDocumentDrafters(input: $input) { id drafters { id } } }`;
const INVITE = `mutation I($meetingId: ID!, $input: InviteParticipantInput!) { inviteParticipant(meetingId: $meetingId, input: $input) { id } }`;
const REMOVE = `mutation R($id: ID!) { removeParticipation(id: $id) }`;
const SEARCH = `query S($q: String!) { search(query: $q) { kind id snippet } }`;
const DOCUMENT = `query D($id: ID!) { document(id: $id) {
  id status viewerCanEdit viewerCanSeeDraft viewerCanNameDrafters
  versions { number isWorking }
  version { number isWorking paragraphs { paragraphId revision text } }
  openRound { id }
  drafters { id }
  history { action }
} }`;

interface DocumentView {
  id: string;
  status: string;
  viewerCanEdit: boolean;
  viewerCanSeeDraft: boolean;
  viewerCanNameDrafters: boolean;
  versions: { number: number; isWorking: boolean }[];
  version: {
    number: number;
    isWorking: boolean;
    paragraphs: { paragraphId: string; revision: number; text: string }[];
  };
  openRound: { id: string } | null;
  drafters: { id: string }[];
  history: { action: string }[];
}

async function read(client: GraphQLTestClient, id: string): Promise<DocumentView> {
  return expectData<{ document: DocumentView }>(await client.gql(DOCUMENT, { id })).document;
}

/** The concept note as its organiser sees it: its working paragraphs and status. */
async function working(id: string) {
  const doc = await read(organizer.client, id);
  return { status: doc.status, paragraphs: doc.version.paragraphs };
}

/** A concept note started by the organiser with one paragraph. */
async function conceptNote(text: string): Promise<{ id: string; paragraphId: string }> {
  const { createDocument } = expectData<{ createDocument: { id: string } }>(
    await organizer.client.gql(CREATE, {
      input: { kind: 'CONCEPT_NOTE', title: 'Concept note: Energy Connectivity in North-East Asia', meetingId },
    }),
  );
  expectData(
    await organizer.client.gql(ADD, {
      input: { documentId: createDocument.id, content: { kind: 'TEXT', html: `<p>${text}</p>` } },
    }),
  );
  const [paragraph] = (await working(createDocument.id)).paragraphs;
  return { id: createDocument.id, paragraphId: paragraph!.paragraphId };
}

function circulate(client: GraphQLTestClient, documentId: string) {
  return client.gql<{ circulateDocument: { status: string } }>(CIRCULATE, {
    input: {
      documentId,
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      attribution: 'ATTRIBUTED',
      organizationIds: [],
      personIds: [participant.personId],
    },
  });
}

function save(
  client: GraphQLTestClient,
  documentId: string,
  paragraph: { paragraphId: string; revision: number },
  text: string,
) {
  return client.gql(SAVE, {
    input: {
      documentId,
      paragraphId: paragraph.paragraphId,
      baseRevision: paragraph.revision,
      content: { kind: 'TEXT', html: `<p>${text}</p>` },
    },
  });
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  const meeting = await factory.meeting({ title: 'Expert Group Meeting on Energy Connectivity' });
  meetingId = meeting.id;
  const person = () => signedInPerson(t, factory);
  organizer = await person();
  secretariat = await person();
  chair = await person();
  coChair = await person();
  presenter = await person();
  participant = await person();
  outsider = await person();
  await factory.grant(organizer.personId, 'MEETING', meetingId, MeetingRole.ORGANIZER);
  for (const [person, role] of [
    [secretariat, MeetingRole.SECRETARIAT],
    [chair, MeetingRole.CHAIR],
    [coChair, MeetingRole.CO_CHAIR],
    [presenter, MeetingRole.PRESENTER],
    [participant, MeetingRole.PARTICIPANT],
  ] as const) {
    const { inviteParticipant } = expectData<{ inviteParticipant: { id: string } }>(
      await organizer.client.gql(INVITE, { meetingId, input: { personId: person.personId, role } }),
    );
    participationOf.set(person.personId, inviteParticipant.id);
  }
  expectData(
    await organizer.client.gql(`mutation S($id: ID!) { sendInvitations(meetingId: $id) { sent { id } } }`, {
      id: meetingId,
    }),
  );
});
afterAll(() => t.close());

describe('who drafts a meeting’s document', () => {
  it('lets the organiser and the meeting’s secretariat draft and circulate it', async () => {
    const { id, paragraphId } = await conceptNote('The meeting reviews cross-border power trade.');
    for (const drafter of [organizer, secretariat]) {
      expect(await read(drafter.client, id)).toMatchObject({ viewerCanEdit: true, viewerCanSeeDraft: true });
    }
    const [paragraph] = (await working(id)).paragraphs;
    expectData(
      await save(secretariat.client, id, paragraph!, 'The meeting reviews cross-border power trade and grids.'),
    );
    expect((await working(id)).paragraphs).toEqual([
      expect.objectContaining({ paragraphId, text: 'The meeting reviews cross-border power trade and grids.' }),
    ]);
    expect(
      expectData<{ circulateDocument: { status: string } }>(await circulate(secretariat.client, id)).circulateDocument
        .status,
    ).toBe('IN_COMMENT_ROUND');
  });

  it('refuses the session chair, the co-chair, a presenter and a participant every drafter action, before and after circulation, and changes nothing', async () => {
    const { id } = await conceptNote('Draft objectives of the secretariat, not yet circulated.');
    const [paragraph] = (await working(id)).paragraphs;
    const others = [chair, coChair, presenter, participant];

    // Before circulation the draft does not exist for them.
    for (const person of others) {
      expectError(await person.client.gql(DOCUMENT, { id }), 'NOT_FOUND', 'NOT_FOUND');
      expectError(await save(person.client, id, paragraph!, 'Rewritten by someone else.'), 'NOT_FOUND', 'NOT_FOUND');
      expectError(
        await person.client.gql(ADD, { input: { documentId: id, content: { kind: 'TEXT', html: '<p>Added.</p>' } } }),
        'NOT_FOUND',
        'NOT_FOUND',
      );
      expectError(await person.client.gql(PRESENCE, { documentId: id }), 'NOT_FOUND', 'NOT_FOUND');
      expectError(await circulate(person.client, id), 'NOT_FOUND', 'NOT_FOUND');
    }
    expect(await working(id)).toEqual({ status: 'DRAFTING', paragraphs: [paragraph] });

    // Once circulated, they read the circulated version, and nothing more.
    expectData(await circulate(organizer.client, id));
    const roundId = (await read(organizer.client, id)).openRound!.id;
    const next = (await working(id)).paragraphs[0]!;
    for (const person of others) {
      const seen = await read(person.client, id);
      expect(seen).toMatchObject({ viewerCanEdit: false, viewerCanSeeDraft: false, viewerCanNameDrafters: false });
      expect(seen.versions).toEqual([{ number: 1, isWorking: false }]);
      expect(seen.version.number).toBe(1);
      expect(seen.history).toEqual([]);
      expectError(await save(person.client, id, next, 'Rewritten by someone else.'), 'FORBIDDEN', 'NOT_PERMITTED');
      expectError(
        await person.client.gql(DELETE, {
          input: { documentId: id, paragraphId: next.paragraphId, baseRevision: next.revision },
        }),
        'FORBIDDEN',
        'NOT_PERMITTED',
      );
      expectError(await person.client.gql(PRESENCE, { documentId: id }), 'FORBIDDEN', 'NOT_PERMITTED');
      expectError(await person.client.gql(CLOSE, { id: roundId }), 'FORBIDDEN', 'NOT_PERMITTED');
      expectError(await person.client.gql(FINALISE, { id }), 'FORBIDDEN', 'NOT_PERMITTED');
      expectError(
        await person.client.gql(PUBLISH, { input: { documentId: id, organizationIds: [], personIds: [] } }),
        'FORBIDDEN',
        'NOT_PERMITTED',
      );
      expectError(
        await person.client.gql(DRAFTERS, { input: { documentId: id, personIds: [person.personId] } }),
        'FORBIDDEN',
        'NOT_PERMITTED',
      );
    }
    expect(await working(id)).toEqual({ status: 'IN_COMMENT_ROUND', paragraphs: [next] });
    expect((await read(organizer.client, id)).drafters).toEqual([]);
    expect(await factory.count('memberships', `object_type = 'DOCUMENT' AND object_id = $1`, [id])).toBe(0);
  });

  it('keeps the draft text out of the chair’s search results, and finds it for the drafters', async () => {
    const { id } = await conceptNote('Objectives: interconnectors across the Tumen delta.');
    expectData(await circulate(organizer.client, id));
    expectData(await organizer.client.gql(CLOSE, { id: (await read(organizer.client, id)).openRound!.id }));
    const [paragraph] = (await working(id)).paragraphs;
    expectData(
      await save(
        organizer.client,
        id,
        paragraph!,
        'Objectives: electrolysers and interconnectors across the Tumen delta.',
      ),
    );

    for (const person of [organizer, secretariat]) {
      const hits = expectData<{ search: { kind: string; snippet: string }[] }>(
        await person.client.gql(SEARCH, { q: 'electrolysers' }),
      ).search;
      expect(hits).toEqual([
        expect.objectContaining({ kind: 'PARAGRAPH', snippet: expect.stringContaining('electrolysers') }),
      ]);
    }
    for (const person of [chair, coChair, presenter]) {
      expect(expectData<{ search: unknown[] }>(await person.client.gql(SEARCH, { q: 'electrolysers' })).search).toEqual(
        [],
      );
      // The circulated text is theirs to find.
      expect(
        expectData<{ search: { kind: string }[] }>(await person.client.gql(SEARCH, { q: 'interconnectors' })).search,
      ).toEqual([expect.objectContaining({ kind: 'PARAGRAPH' })]);
    }
  });
});

describe('drafters named by the organisers', () => {
  it('lets the organiser name the chair a drafter, who then drafts and finds the draft, until no longer named', async () => {
    const { id } = await conceptNote('Session plan: the chair may be asked to draft this.');
    const [paragraph] = (await working(id)).paragraphs;
    expect((await read(organizer.client, id)).viewerCanNameDrafters).toBe(true);

    const named = expectData<{ setDocumentDrafters: { drafters: { id: string }[] } }>(
      await organizer.client.gql(DRAFTERS, { input: { documentId: id, personIds: [chair.personId] } }),
    );
    expect(named.setDocumentDrafters.drafters).toEqual([{ id: chair.personId }]);
    expect(await read(chair.client, id)).toMatchObject({
      viewerCanEdit: true,
      viewerCanSeeDraft: true,
      viewerCanNameDrafters: false,
    });
    expectData(await save(chair.client, id, paragraph!, 'Session plan: drafted by the chair, with hydrolysis pilots.'));
    expect(
      expectData<{ search: { kind: string }[] }>(await chair.client.gql(SEARCH, { q: 'hydrolysis' })).search,
    ).toEqual([expect.objectContaining({ kind: 'PARAGRAPH' })]);
    // A named drafter does not name others.
    expectError(
      await chair.client.gql(DRAFTERS, { input: { documentId: id, personIds: [presenter.personId] } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expect((await read(organizer.client, id)).drafters).toEqual([{ id: chair.personId }]);
    expect((await read(organizer.client, id)).history.map((h) => h.action)).toContain('document.drafters_named');

    // The secretariat names someone else instead: the chair drafts no more.
    expectData(await secretariat.client.gql(DRAFTERS, { input: { documentId: id, personIds: [presenter.personId] } }));
    const current = (await working(id)).paragraphs[0]!;
    expectError(await chair.client.gql(DOCUMENT, { id }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await save(chair.client, id, current, 'One more change.'), 'NOT_FOUND', 'NOT_FOUND');
    expectData(await save(presenter.client, id, current, 'Session plan: drafted by the presenter.'));
  });

  it('names drafters from the meeting’s participants only, and stops a drafter who leaves the meeting', async () => {
    const { id } = await conceptNote('Logistics and travel support.');
    expectError(
      await organizer.client.gql(DRAFTERS, {
        input: { documentId: id, personIds: [participant.personId, outsider.personId] },
      }),
      'BAD_USER_INPUT',
      'NOT_A_PARTICIPANT',
    );
    expect((await read(organizer.client, id)).drafters).toEqual([]);

    expectData(await organizer.client.gql(DRAFTERS, { input: { documentId: id, personIds: [participant.personId] } }));
    expect((await read(participant.client, id)).viewerCanEdit).toBe(true);
    expectData(await organizer.client.gql(REMOVE, { id: participationOf.get(participant.personId) }));
    const [paragraph] = (await working(id)).paragraphs;
    expectError(await save(participant.client, id, paragraph!, 'Changed after leaving.'), 'NOT_FOUND', 'NOT_FOUND');
    expect((await working(id)).paragraphs).toEqual([paragraph]);
    expect((await read(organizer.client, id)).drafters).toEqual([]);
  });

  it('names no drafters of a study group’s memorandum, which its co-chairs draft', async () => {
    const cast = await memorandumCast(t, factory);
    const memo = await draftMemorandum(cast, 'Memorandum on Maritime Security', ['First paragraph.']);
    expectError(
      await cast.coChair.client.gql(DRAFTERS, { input: { documentId: memo.id, personIds: [cast.member.personId] } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expect(await factory.count('memberships', `object_type = 'DOCUMENT' AND object_id = $1`, [memo.id])).toBe(0);
  });
});
