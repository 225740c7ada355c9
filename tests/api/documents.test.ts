import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  circulateMemorandum,
  type DraftedParagraph,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf as roundOf,
  type Person,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;

const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id status version { number isWorking } } }`;
const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const SAVE = `mutation S($input: SaveParagraphInput!) { saveParagraph(input: $input) { paragraphId revision html text kind number } }`;
const SPLIT = `mutation S($input: SplitParagraphInput!) { splitParagraph(input: $input) { id } }`;
const MERGE = `mutation M($input: MergeParagraphsInput!) { mergeParagraphs(input: $input) { id } }`;
const MOVE = `mutation M($input: MoveParagraphInput!) { moveParagraph(input: $input) { id } }`;
const DELETE = `mutation D($input: DeleteParagraphInput!) { deleteParagraph(input: $input) { id } }`;
const CIRCULATE = `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { id status } }`;
const CLOSE = `mutation C($id: ID!) { closeCommentRound(id: $id) { id status closedAt closedAtDeadline } }`;
const POST = `mutation P($input: PostCommentInput!) { postComment(input: $input) { id kind body quote attributed author { id } speaksFor { id } personalCapacity viewerIsAuthor } }`;
const EDIT = `mutation E($id: ID!, $input: EditCommentInput!) { editComment(id: $id, input: $input) { id body kind } }`;
const WITHDRAW = `mutation W($id: ID!) { withdrawComment(id: $id) }`;
const RESPOND = `mutation R($input: RespondToRoundInput!) { respondToRound(input: $input) { id response responseNote } }`;
const DISPOSE = `mutation D($input: DisposeCommentsInput!) { disposeComments(input: $input) { id disposition reply answeredByParagraphId } }`;
const FINALISE = `mutation F($id: ID!) { finaliseDocument(id: $id) { id status } }`;
const SUBMIT = `mutation S($id: ID!) { submitDocument(id: $id) { id status submittedTo { id } } }`;
const DECIDE = `mutation D($input: DecideDocumentInput!) { decideDocument(input: $input) { id status } }`;
/** The day the body met to decide: today. */
const today = new Date().toISOString().slice(0, 10);
const PUBLISH = `mutation P($input: PublishDocumentInput!) { publishDocument(input: $input) { id status disseminatedToOrganizations { id } } }`;
const COMPARE = `query C($id: ID!, $from: Int!, $to: Int!) { documentComparison(documentId: $id, from: $from, to: $to) {
  paragraphs { paragraphId change number segments { kind text } } } }`;
const DOCUMENT = `query D($id: ID!, $number: Int) { document(id: $id) {
  id status viewerCanEdit viewerCanSeeDraft viewerCanDecide viewerCanPublish
  versions { number isWorking isFinal }
  version(number: $number) { id number isWorking
    paragraphs { paragraphId kind number recommendationNumber html text revision issueAreas addressees { kind organization { id } }
      comments { id roundNumber body attributed changedSince author { id name } speaksFor { id } paragraphThen { number text } disposition reply } }
    removedParagraphs { paragraphId number text comments { id body } }
  }
  rounds { id number status acceptingComments attribution versionNumber undisposedCount
    recipients { id response organization { id } person { id } }
    viewerRecipients { id }
    comments { id body attributed author { id name } speaksFor { id } paragraphThen { number } disposition } }
  openRound { id number }
  history { action fromState toState actor { id } }
  decisions { decision guidance }
} }`;

let steering: string;
let committeeA: string;
let committeeC: string;
let committeeD: string;
let secretary: Person;
let coChair: Person;
let coChair2: Person;
let focalA: Person;
let focalC: Person;
let member: Person;
let expert: Person;
let observer: Person;
let steeringMember: Person;
let outsider: Person;
let groupId: string;

async function document(client: GraphQLTestClient, id: string, number?: number) {
  return expectData<{ document: DocumentView }>(await client.gql(DOCUMENT, { id, number }));
}

interface ParagraphView {
  paragraphId: string;
  kind: string;
  number: number | null;
  recommendationNumber: number | null;
  html: string;
  text: string;
  revision: number;
  issueAreas: string[];
  addressees: { kind: string; organization: { id: string } | null }[];
  comments: {
    id: string;
    roundNumber: number;
    body: string;
    attributed: boolean;
    changedSince: boolean;
    author: { id: string; name: string } | null;
    speaksFor: { id: string } | null;
    paragraphThen: { number: number | null; text: string };
    disposition: string | null;
    reply: string;
  }[];
}
interface DocumentView {
  id: string;
  status: string;
  viewerCanEdit: boolean;
  viewerCanSeeDraft: boolean;
  viewerCanDecide: boolean;
  viewerCanPublish: boolean;
  versions: { number: number; isWorking: boolean; isFinal: boolean }[];
  version: {
    id: string;
    number: number;
    isWorking: boolean;
    paragraphs: ParagraphView[];
    removedParagraphs: {
      paragraphId: string;
      number: number | null;
      text: string;
      comments: { id: string; body: string }[];
    }[];
  } | null;
  rounds: {
    id: string;
    number: number;
    status: string;
    acceptingComments: boolean;
    attribution: string;
    versionNumber: number;
    undisposedCount: number;
    recipients: { id: string; response: string; organization: { id: string } | null; person: { id: string } | null }[];
    viewerRecipients: { id: string }[];
    comments: {
      id: string;
      body: string;
      attributed: boolean;
      author: { id: string; name: string } | null;
      speaksFor: { id: string } | null;
      paragraphThen: { number: number | null };
      disposition: string | null;
    }[];
  }[];
  openRound: { id: string; number: number } | null;
  history: { action: string; fromState: string | null; toState: string | null; actor: { id: string } | null }[];
  decisions: { decision: string; guidance: string }[];
}

const draft = (title: string, texts: string[]) => draftMemorandum(cast, title, texts);
const circulate = (documentId: string, overrides: Record<string, unknown> = {}) =>
  circulateMemorandum(cast, documentId, overrides);

let cast: MemorandumCast;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
  ({
    groupId,
    steering,
    committeeA,
    committeeC,
    committeeD,
    secretary,
    coChair,
    coChair2,
    focalA,
    focalC,
    member,
    expert,
    observer,
    steeringMember,
    outsider,
  } = cast);
});
afterAll(() => t.close());

describe('starting a document', () => {
  it('lets a co-chair start a memorandum with an empty working version 1', async () => {
    const { createDocument } = expectData<{
      createDocument: { status: string; version: { number: number; isWorking: boolean } };
    }>(await coChair.client.gql(CREATE, { input: { kind: 'MEMORANDUM', title: 'Memorandum', studyGroupId: groupId } }));
    expect(createDocument).toMatchObject({ status: 'DRAFTING', version: { number: 1, isWorking: true } });
  });

  it('refuses a focal point (FORBIDDEN) and an outsider (NOT_FOUND), and creates nothing', async () => {
    const before = await factory.count('documents');
    const input = { kind: 'MEMORANDUM', title: 'Memorandum', studyGroupId: groupId };
    expectError(await focalC.client.gql(CREATE, { input }), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await outsider.client.gql(CREATE, { input }), 'NOT_FOUND', 'NOT_FOUND');
    expect(await factory.count('documents')).toBe(before);
  });

  it('refuses a document that names no owner, or two', async () => {
    expectError(
      await coChair.client.gql(CREATE, { input: { kind: 'MEMORANDUM', title: 'Memorandum' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
  });
});

describe('drafting together', () => {
  it('keeps light formatting, removes scripts, and numbers paragraphs and recommendations', async () => {
    const { createDocument } = expectData<{ createDocument: { id: string } }>(
      await coChair.client.gql(CREATE, { input: { kind: 'MEMORANDUM', title: 'Formatting', studyGroupId: groupId } }),
    );
    const id = createDocument.id;
    const add = (afterParagraphId: string | null, content: Record<string, unknown>) =>
      coChair.client.gql(ADD, { input: { documentId: id, afterParagraphId, content } });
    expectData(await add(null, { kind: 'HEADING', html: 'Recommendations' }));
    let doc = (await document(coChair.client, id)).document;
    const heading = doc.version!.paragraphs[0]!.paragraphId;
    expectData(
      await add(heading, {
        kind: 'TEXT',
        html: '<p>The region <em>lacks</em> a forum <script>alert(1)</script><a href="javascript:alert(1)">here</a> <a href="https://www.cscap.org" onclick="x()">CSCAP</a>.</p><ul><li>one</li></ul>',
      }),
    );
    doc = (await document(coChair.client, id)).document;
    const text = doc.version!.paragraphs[1]!.paragraphId;
    expectData(
      await add(text, {
        kind: 'RECOMMENDATION',
        html: 'Establish a standing energy dialogue.',
        addressees: [{ kind: 'POLICY_MAKERS' }, { kind: 'NAMED_BODY', organizationId: steering }],
        issueAreas: ['ENERGY', 'ENVIRONMENT', 'ENERGY'],
      }),
    );
    doc = (await document(coChair.client, id)).document;
    const [h, p, r] = doc.version!.paragraphs as [ParagraphView, ParagraphView, ParagraphView];
    expect(h).toMatchObject({ kind: 'HEADING', number: null, recommendationNumber: null });
    expect(p.html).toContain('<em>lacks</em>');
    expect(p.html).toContain('<ul><li>one</li></ul>');
    expect(p.html).not.toMatch(/script|javascript|onclick|alert/);
    expect(p.html).toContain('href="https://www.cscap.org"');
    expect(p.text).toBe('The region lacks a forum here CSCAP.\n• one');
    expect(p).toMatchObject({ number: 1, recommendationNumber: null });
    expect(r).toMatchObject({ kind: 'RECOMMENDATION', number: 2, recommendationNumber: 1 });
    expect(r.issueAreas).toEqual(['ENERGY', 'ENVIRONMENT']);
    expect(r.addressees).toEqual([
      { kind: 'POLICY_MAKERS', organization: null },
      { kind: 'NAMED_BODY', organization: { id: steering } },
    ]);
    expectError(
      await add(r.paragraphId, { kind: 'RECOMMENDATION', html: 'x', addressees: [{ kind: 'NAMED_BODY' }] }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expectError(
      await add(r.paragraphId, { kind: 'TEXT', html: 'x'.repeat(20_001) }),
      'BAD_USER_INPUT',
      'TEXT_TOO_LONG',
    );
    expectError(
      await add('00000000-0000-4000-8000-000000000000', { kind: 'TEXT', html: 'x' }),
      'BAD_USER_INPUT',
      'UNKNOWN_PARAGRAPH',
    );
  });

  it('refuses edits by anyone but the co-chairs, and changes nothing', async () => {
    const { id, paragraphs } = await draft('Co-chairs only', ['First paragraph.']);
    const input = {
      documentId: id,
      paragraphId: paragraphs[0]!.paragraphId,
      baseRevision: 1,
      content: { kind: 'TEXT', html: 'Rewritten.' },
    };
    expectError(await secretary.client.gql(SAVE, { input }), 'FORBIDDEN', 'NOT_PERMITTED');
    // Before circulation only the co-chairs and the secretariat know the draft exists.
    expectError(await focalA.client.gql(SAVE, { input }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await member.client.gql(SAVE, { input }), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await outsider.client.gql(SAVE, { input }), 'NOT_FOUND', 'NOT_FOUND');
    const after = (await document(coChair.client, id)).document.version!.paragraphs[0];
    expect(after).toMatchObject({ text: 'First paragraph.', revision: 1 });
  });

  it('gives the second of two co-chairs saving one paragraph a conflict carrying the current text', async () => {
    const { id, paragraphs } = await draft('Conflict', ['Original text.']);
    const paragraphId = paragraphs[0]!.paragraphId;
    const first = expectData<{ saveParagraph: { revision: number; text: string } }>(
      await coChair.client.gql(SAVE, {
        input: { documentId: id, paragraphId, baseRevision: 1, content: { kind: 'TEXT', html: 'First co-chair.' } },
      }),
    );
    expect(first.saveParagraph).toMatchObject({ revision: 2, text: 'First co-chair.' });
    const second = await coChair2.client.gql(SAVE, {
      input: { documentId: id, paragraphId, baseRevision: 1, content: { kind: 'TEXT', html: 'Second co-chair.' } },
    });
    const error = expectError(second, 'CONFLICT', 'VERSION_CONFLICT');
    expect(error.extensions).toMatchObject({
      currentRevision: 2,
      currentText: 'First co-chair.',
      updatedById: coChair.personId,
      updatedByName: coChair.name,
    });
    // Reconciled: saved again from the revision the conflict reported.
    expectData(
      await coChair2.client.gql(SAVE, {
        input: { documentId: id, paragraphId, baseRevision: 2, content: { kind: 'TEXT', html: 'Both co-chairs.' } },
      }),
    );
    expect((await document(coChair.client, id)).document.version!.paragraphs[0]!).toMatchObject({
      text: 'Both co-chairs.',
      revision: 3,
    });
  });

  it('splits, merges, moves and deletes paragraphs, keeping identities', async () => {
    const { id, paragraphs } = await draft('Structure', ['Alpha beta.', 'Gamma.', 'Delta.']);
    const [a, b, c] = paragraphs.map((p) => p.paragraphId);
    expectData(
      await coChair.client.gql(SPLIT, {
        input: { documentId: id, paragraphId: a, baseRevision: 1, beforeHtml: 'Alpha', afterHtml: 'beta.' },
      }),
    );
    let texts = (await document(coChair.client, id)).document.version!.paragraphs;
    expect(texts.map((p) => p.text)).toEqual(['Alpha', 'beta.', 'Gamma.', 'Delta.']);
    expect(texts[0]!.paragraphId).toBe(a);
    expectData(
      await coChair.client.gql(MERGE, {
        input: { documentId: id, paragraphId: b, baseRevision: 1, nextParagraphId: c, nextBaseRevision: 1 },
      }),
    );
    expectError(
      await coChair.client.gql(MERGE, {
        input: { documentId: id, paragraphId: a, baseRevision: 2, nextParagraphId: b, nextBaseRevision: 1 },
      }),
      'CONFLICT',
      'VERSION_CONFLICT',
    );
    texts = (await document(coChair.client, id)).document.version!.paragraphs;
    expect(texts.map((p) => p.text)).toEqual(['Alpha', 'beta.', 'Gamma. Delta.']);
    expectData(await coChair.client.gql(MOVE, { input: { documentId: id, paragraphId: b, afterParagraphId: null } }));
    texts = (await document(coChair.client, id)).document.version!.paragraphs;
    expect(texts.map((p) => [p.paragraphId, p.number])).toEqual([
      [b, 1],
      [a, 2],
      [texts[2]!.paragraphId, 3],
    ]);
    expectError(
      await coChair.client.gql(DELETE, { input: { documentId: id, paragraphId: a, baseRevision: 1 } }),
      'CONFLICT',
      'VERSION_CONFLICT',
    );
    expectData(await coChair.client.gql(DELETE, { input: { documentId: id, paragraphId: a, baseRevision: 2 } }));
    texts = (await document(coChair.client, id)).document.version!.paragraphs;
    expect(texts.map((p) => p.number)).toEqual([1, 2]);
    expect(texts.some((p) => p.paragraphId === a)).toBe(false);
  });
});

describe('circulating and commenting', () => {
  it('refuses a circulation with no recipients, closing before opening, or a past deadline', async () => {
    const { id } = await draft('Bad circulation', ['Text.']);
    expectError(await circulate(id, { organizationIds: [], personIds: [] }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    expectError(
      await circulate(id, {
        opensAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
      'BAD_USER_INPUT',
      'DATES_OUT_OF_ORDER',
    );
    expectError(
      await circulate(id, {
        opensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() - 86_400_000).toISOString(),
      }),
      'BAD_USER_INPUT',
      'INVALID_DATE',
    );
    expectError(
      await circulate(id, { organizationIds: ['00000000-0000-4000-8000-000000000000'] }),
      'BAD_USER_INPUT',
      'UNKNOWN_ORGANIZATION',
    );
    expectError(
      await focalA.client.gql(CIRCULATE, {
        input: {
          documentId: id,
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          attribution: 'ATTRIBUTED',
          organizationIds: [committeeA],
          personIds: [],
        },
      }),
      'NOT_FOUND',
      'NOT_FOUND',
    );
    expect((await document(coChair.client, id)).document).toMatchObject({ status: 'DRAFTING', rounds: [] });
  });

  it('freezes the circulated version, opens the next working version, and tells the recipients', async () => {
    const { id, paragraphs } = await draft('Circulated', ['One.', 'Two.']);
    const outboxBefore = await factory.count('outbox_messages', `kind = 'ROUND_OPENED'`);
    expect(expectData<{ circulateDocument: { status: string } }>(await circulate(id)).circulateDocument.status).toBe(
      'IN_COMMENT_ROUND',
    );
    const { document: doc } = await document(coChair.client, id);
    expect(doc.versions).toEqual([
      { number: 1, isWorking: false, isFinal: false },
      { number: 2, isWorking: true, isFinal: false },
    ]);
    expect(doc.version!.paragraphs.map((p) => p.paragraphId)).toEqual(paragraphs.map((p) => p.paragraphId));
    expect(doc.rounds[0]!).toMatchObject({ number: 1, status: 'OPEN', acceptingComments: true, versionNumber: 1 });
    expect(doc.rounds[0]!.recipients).toHaveLength(3);
    // Everyone who may speak for either committee (its focal point, and the co-chair who represents
    // committee A in the group) and the named expert.
    expect(await factory.count('outbox_messages', `kind = 'ROUND_OPENED'`)).toBe(outboxBefore + 4);
    // The circulated text is frozen, and while the round is open nothing is edited.
    expectError(
      await coChair.client.gql(SAVE, {
        input: {
          documentId: id,
          paragraphId: paragraphs[0]!.paragraphId,
          baseRevision: 1,
          content: { kind: 'TEXT', html: 'x' },
        },
      }),
      'CONFLICT',
      'DOCUMENT_NOT_EDITABLE',
    );
    // Recipients see the circulated version only, and the round.
    const seen = (await document(focalC.client, id)).document;
    expect(seen.versions.map((v) => v.number)).toEqual([1]);
    expect(seen).toMatchObject({ viewerCanEdit: false, viewerCanSeeDraft: false, history: [] });
    expect(seen.rounds[0]!.viewerRecipients).toHaveLength(1);
  });

  it('lets only recipients comment, each for a committee they belong to or in personal capacity', async () => {
    const { id, paragraphs } = await draft('Comments', ['Energy cooperation remains weak.', 'Second.']);
    expectData(await circulate(id));
    const roundId = await roundOf(cast, id);
    const paragraphId = paragraphs[0]!.paragraphId;
    const post = (who: Person, extra: Record<string, unknown>) =>
      who.client.gql<{
        postComment: { id: string; speaksFor: { id: string }; viewerIsAuthor: boolean; personalCapacity: boolean };
      }>(POST, { input: { roundId, paragraphId, kind: 'SUBSTANTIVE', body: 'A comment.', ...extra } });

    const mine = expectData<{ postComment: { id: string; speaksFor: { id: string }; viewerIsAuthor: boolean } }>(
      await post(focalC, { speaksForId: committeeC, quote: 'remains weak' }),
    ).postComment;
    expect(mine).toMatchObject({ speaksFor: { id: committeeC }, viewerIsAuthor: true });
    expect(
      expectData<{ postComment: { personalCapacity: boolean } }>(await post(expert, {})).postComment.personalCapacity,
    ).toBe(true);

    const before = await factory.count('comments');
    expectError(await post(focalC, { speaksForId: committeeA }), 'FORBIDDEN', 'NOT_YOUR_COMMITTEE');
    expectError(await post(member, {}), 'FORBIDDEN', 'NOT_A_RECIPIENT');
    expectError(await post(outsider, {}), 'NOT_FOUND', 'NOT_FOUND');
    expectError(await post(focalC, { quote: 'not in the text' }), 'BAD_USER_INPUT', 'QUOTE_NOT_IN_PARAGRAPH');
    expectError(await post(focalC, { body: '   ' }), 'BAD_USER_INPUT', 'INVALID_INPUT');
    expectError(
      await focalC.client.gql(POST, {
        input: { roundId, paragraphId: '00000000-0000-4000-8000-000000000000', kind: 'GENERAL', body: 'x' },
      }),
      'BAD_USER_INPUT',
      'UNKNOWN_PARAGRAPH',
    );
    expect(await factory.count('comments')).toBe(before);

    // A selection may break lines differently from the stored text; the words are what count.
    expectData(await post(expert, { quote: 'cooperation\n  remains' }));

    // Authors edit or withdraw their own comments only.
    expectError(
      await expert.client.gql(EDIT, { id: mine.id, input: { kind: 'EDITORIAL', body: 'Hijacked.' } }),
      'FORBIDDEN',
      'NOT_YOUR_COMMENT',
    );
    expect(
      expectData<{ editComment: { body: string } }>(
        await focalC.client.gql(EDIT, { id: mine.id, input: { kind: 'EDITORIAL', body: 'Edited.' } }),
      ).editComment.body,
    ).toBe('Edited.');
    expectError(await expert.client.gql(WITHDRAW, { id: mine.id }), 'FORBIDDEN', 'NOT_YOUR_COMMENT');
    expectData(await focalC.client.gql(WITHDRAW, { id: mine.id }));
    const round = (await document(coChair.client, id)).document.rounds[0]!;
    expect(round.comments.map((c) => c.body)).toEqual(['A comment.', 'A comment.']);
    // Commenting recorded committee C's response.
    expect(round.recipients.find((r) => r.organization?.id === committeeC)?.response).toBe('COMMENTED');
  });

  it('records responses for oneself or one’s own committee only', async () => {
    const { id } = await draft('Responses', ['Text.']);
    expectData(await circulate(id));
    const { document: doc } = await document(coChair.client, id);
    const recipientC = doc.rounds[0]!.recipients.find((r) => r.organization?.id === committeeC)!;
    expectError(
      await focalA.client.gql(RESPOND, { input: { recipientId: recipientC.id, response: 'ENDORSED' } }),
      'FORBIDDEN',
      'NOT_YOUR_COMMITTEE',
    );
    expectError(
      await focalC.client.gql(RESPOND, { input: { recipientId: recipientC.id, response: 'NOT_YET' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    const answered = expectData<{ respondToRound: { response: string; responseNote: string } }>(
      await focalC.client.gql(RESPOND, {
        input: { recipientId: recipientC.id, response: 'NO_COMMENTS', note: 'Committee C has no comments.' },
      }),
    );
    expect(answered.respondToRound).toMatchObject({
      response: 'NO_COMMENTS',
      responseNote: 'Committee C has no comments.',
    });
  });

  it('asks the recipients for a response while the round is open, but not the co-chairs, though their committee is a recipient', async () => {
    const { id } = await draft('Who is asked', ['Text.']);
    expectData(await circulate(id));
    const ROUND = `query R($id: ID!) { document(id: $id) { rounds { viewerCanRespond viewerRecipients { id } } } }`;
    const asked = async (who: Person) => {
      const { document: doc } = expectData<{
        document: { rounds: { viewerCanRespond: boolean; viewerRecipients: { id: string }[] }[] };
      }>(await who.client.gql(ROUND, { id }));
      return { canRespond: doc.rounds[0]!.viewerCanRespond, answersFor: doc.rounds[0]!.viewerRecipients.length };
    };
    expect(await asked(focalA)).toEqual({ canRespond: true, answersFor: 1 });
    expect(await asked(focalC)).toEqual({ canRespond: true, answersFor: 1 });
    expect(await asked(expert)).toEqual({ canRespond: true, answersFor: 1 });
    // The co-chair represents committee A, a recipient, yet is not asked about the text he drafted.
    expect(await asked(coChair)).toEqual({ canRespond: false, answersFor: 1 });
    expect(await asked(secretary)).toEqual({ canRespond: false, answersFor: 0 });
    expect(await asked(member)).toEqual({ canRespond: false, answersFor: 0 });

    expectData(await coChair.client.gql(CLOSE, { id: (await document(coChair.client, id)).document.rounds[0]!.id }));
    expect(await asked(focalC)).toEqual({ canRespond: false, answersFor: 1 });
  });

  it('shows recipients a non-attributed round without names; co-chairs and the secretariat see who wrote what', async () => {
    const { id, paragraphs } = await draft('Non-attributed', ['Text under discussion.']);
    expectData(await circulate(id, { attribution: 'NON_ATTRIBUTED' }));
    const roundId = await roundOf(cast, id);
    expectData(
      await focalC.client.gql(POST, {
        input: {
          roundId,
          paragraphId: paragraphs[0]!.paragraphId,
          kind: 'RESERVATION',
          body: 'We cannot agree.',
          speaksForId: committeeC,
        },
      }),
    );
    const asRecipient = await focalA.client.gql<{ document: DocumentView }>(DOCUMENT, { id });
    const seen = expectData<{ document: DocumentView }>(asRecipient).document;
    expect(seen.rounds[0]!.comments[0]!).toMatchObject({
      body: 'We cannot agree.',
      attributed: false,
      author: null,
      speaksFor: null,
    });
    expect(seen.version!.paragraphs[0]!.comments[0]!).toMatchObject({
      attributed: false,
      author: null,
      speaksFor: null,
    });
    // Nothing in the whole answer names the author or their committee.
    const raw = JSON.stringify(asRecipient);
    expect(raw).not.toContain(focalC.name);
    expect(raw).not.toContain(focalC.personId);
    for (const viewer of [coChair, secretary]) {
      const { document: full } = await document(viewer.client, id, 1);
      expect(full.rounds[0]!.comments[0]!).toMatchObject({
        attributed: true,
        author: { id: focalC.personId, name: focalC.name },
        speaksFor: { id: committeeC },
      });
    }
    // Nor do the responses point at who commented: a recipient sees only the responses they give.
    expect(seen.rounds[0]!.recipients.map((r) => r.organization?.id)).toEqual([committeeA]);
    expect((await document(coChair.client, id)).document.rounds[0]!.recipients).toHaveLength(3);
    // The author always sees their own name.
    expect((await document(focalC.client, id)).document.rounds[0]!.comments[0]!.attributed).toBe(true);
  });

  it('refuses comments before the round opens and after it closes', async () => {
    const { id, paragraphs } = await draft('Window', ['Text.']);
    expectData(await circulate(id, { opensAt: new Date(Date.now() + 86_400_000).toISOString() }));
    const roundId = await roundOf(cast, id);
    const input = { roundId, paragraphId: paragraphs[0]!.paragraphId, kind: 'GENERAL', body: 'Too early.' };
    expectError(await focalC.client.gql(POST, { input }), 'CONFLICT', 'ROUND_NOT_OPEN');
    expectError(await focalC.client.gql(CLOSE, { id: roundId }), 'FORBIDDEN', 'NOT_PERMITTED');
    const closed = expectData<{ closeCommentRound: { status: string; closedAtDeadline: boolean } }>(
      await coChair.client.gql(CLOSE, { id: roundId }),
    );
    expect(closed.closeCommentRound).toMatchObject({ status: 'CLOSED', closedAtDeadline: false });
    expectError(await focalC.client.gql(POST, { input: { ...input, body: 'Too late.' } }), 'CONFLICT', 'ROUND_CLOSED');
    // Closing it again is a matter of the round's state, not of the co-chair's role.
    expectError(await coChair.client.gql(CLOSE, { id: roundId }), 'CONFLICT', 'ROUND_CLOSED');
    expect((await document(coChair.client, id)).document.status).toBe('REVISING');
  });
});

describe('dispositions, revision and the rest of the workflow', () => {
  let id: string;
  let paragraphs: DraftedParagraph[];
  let commentIds: string[];

  beforeAll(async () => {
    ({ id, paragraphs } = await draft('The memorandum', [
      'Northeast Asia lacks a standing security forum.',
      'Energy cooperation remains weak.',
      'This paragraph will be removed.',
      'This paragraph will be merged.',
    ]));
    expectData(await circulate(id));
    const roundId = await roundOf(cast, id);
    commentIds = [];
    for (const [i, body] of [
      'Name the Six-Party Talks.',
      'Mention the Greater Tumen Initiative.',
      'Remove this.',
      'Keep this.',
    ].entries()) {
      const { postComment } = expectData<{ postComment: { id: string } }>(
        await focalC.client.gql(POST, {
          input: {
            roundId,
            paragraphId: paragraphs[i]!.paragraphId,
            kind: 'SUBSTANTIVE',
            body,
            speaksForId: committeeC,
          },
        }),
      );
      commentIds.push(postComment.id);
    }
  });

  it('refuses dispositions from anyone but the co-chairs', async () => {
    const input = { commentIds: [commentIds[0]], disposition: 'ACCEPTED', reply: 'Done.' };
    expectError(await secretary.client.gql(DISPOSE, { input }), 'FORBIDDEN', 'NOT_PERMITTED');
    expectError(await focalC.client.gql(DISPOSE, { input }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(await factory.count('comments', 'disposition IS NOT NULL AND id = $1', [commentIds[0]])).toBe(0);
  });

  it('disposes of several comments at once, and counts those still without one', async () => {
    const { document: open } = await document(coChair.client, id);
    expect(open.rounds[0]!.undisposedCount).toBe(4);
    const { disposeComments } = expectData<{ disposeComments: { disposition: string; reply: string }[] }>(
      await coChair.client.gql(DISPOSE, {
        input: {
          commentIds: commentIds.slice(0, 2),
          disposition: 'ACCEPTED',
          reply: 'Added to the text.',
          answeredByParagraphId: paragraphs[1]!.paragraphId,
        },
      }),
    );
    expect(disposeComments.map((c) => c.disposition)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect((await document(coChair.client, id)).document.rounds[0]!.undisposedCount).toBe(2);
  });

  it('refuses to finalise while a comment of the last round has no disposition', async () => {
    expectData(await coChair.client.gql(CLOSE, { id: await roundOf(cast, id) }));
    expectError(await coChair.client.gql(FINALISE, { id }), 'CONFLICT', 'UNDISPOSED_COMMENTS');
    expect((await document(coChair.client, id)).document.status).toBe('REVISING');
  });

  it('carries comments to the next version on their paragraphs, marks changed text, and keeps removed text', async () => {
    const [, energy, removed, merged] = paragraphs as [
      DraftedParagraph,
      DraftedParagraph,
      DraftedParagraph,
      DraftedParagraph,
    ];
    expectData(
      await coChair.client.gql(SAVE, {
        input: {
          documentId: id,
          paragraphId: energy.paragraphId,
          baseRevision: 1,
          content: {
            kind: 'TEXT',
            html: 'Energy cooperation, including through the Greater Tumen Initiative, remains weak.',
          },
        },
      }),
    );
    expectData(
      await coChair.client.gql(DELETE, {
        input: { documentId: id, paragraphId: removed.paragraphId, baseRevision: 1 },
      }),
    );
    expectData(
      await coChair.client.gql(MERGE, {
        input: {
          documentId: id,
          paragraphId: energy.paragraphId,
          baseRevision: 2,
          nextParagraphId: merged.paragraphId,
          nextBaseRevision: 1,
        },
      }),
    );
    const { document: doc } = await document(coChair.client, id, 2);
    const [first, second] = doc.version!.paragraphs as [ParagraphView, ParagraphView];
    expect(first.comments).toMatchObject([{ body: 'Name the Six-Party Talks.', roundNumber: 1, changedSince: false }]);
    expect(second.comments.map((c) => [c.body, c.changedSince])).toEqual([
      ['Mention the Greater Tumen Initiative.', true],
      ['Keep this.', true],
    ]);
    expect(second.comments[0]!.paragraphThen).toEqual({ number: 2, text: 'Energy cooperation remains weak.' });
    expect(doc.version!.removedParagraphs).toMatchObject([
      {
        paragraphId: removed.paragraphId,
        number: 3,
        text: 'This paragraph will be removed.',
        comments: [{ body: 'Remove this.' }],
      },
    ]);
    // Version 1 still reads as circulated.
    const { document: v1 } = await document(coChair.client, id, 1);
    expect(v1.version!.paragraphs.map((p) => p.text)).toContain('This paragraph will be removed.');
  });

  it('compares any two versions word by word', async () => {
    const { documentComparison } = expectData<{
      documentComparison: {
        paragraphs: { change: string; number: number | null; segments: { kind: string; text: string }[] }[];
      };
    }>(await focalC.client.gql(COMPARE, { id, from: 1, to: 1 }));
    expect(documentComparison.paragraphs.every((p) => p.change === 'UNCHANGED')).toBe(true);
    // The working version is for the co-chairs.
    expectError(await focalC.client.gql(COMPARE, { id, from: 1, to: 2 }), 'BAD_USER_INPUT', 'UNKNOWN_VERSION');
    const { documentComparison: redline } = expectData<{
      documentComparison: { paragraphs: { change: string; segments: { kind: string; text: string }[] }[] };
    }>(await coChair.client.gql(COMPARE, { id, from: 1, to: 2 }));
    expect(redline.paragraphs.map((p) => p.change)).toEqual(['UNCHANGED', 'CHANGED', 'REMOVED', 'REMOVED']);
    const added = redline.paragraphs[1]!.segments.filter((s) => s.kind === 'ADDED').map((s) => s.text);
    expect(added.join('')).toContain('including through the Greater Tumen Initiative');
    expect(added.join('')).toContain('This paragraph will be merged.');
  });

  it('finalises, submits to the reporting body, which returns it with guidance, then approves; then it is published', async () => {
    expectData(
      await coChair.client.gql(DISPOSE, {
        input: { commentIds: commentIds.slice(2), disposition: 'NOTED', reply: 'Thank you.' },
      }),
    );
    expectError(await secretary.client.gql(FINALISE, { id }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(
      expectData<{ finaliseDocument: { status: string } }>(await coChair.client.gql(FINALISE, { id })).finaliseDocument
        .status,
    ).toBe('FINAL');
    expectError(await coChair.client.gql(FINALISE, { id }), 'CONFLICT', 'INVALID_TRANSITION');

    const mailed = await factory.count('outbox_messages', `kind = 'DOCUMENT_SUBMITTED'`);
    expectError(await focalC.client.gql(SUBMIT, { id }), 'FORBIDDEN', 'NOT_PERMITTED');
    expect(
      expectData<{ submitDocument: { status: string; submittedTo: { id: string } } }>(
        await coChair.client.gql(SUBMIT, { id }),
      ).submitDocument,
    ).toEqual({
      id,
      status: 'SUBMITTED',
      submittedTo: { id: steering },
    });
    expect(await factory.count('outbox_messages', `kind = 'DOCUMENT_SUBMITTED'`)).toBe(mailed + 1);

    // The body sees the final text; only its members decide.
    const body = (await document(steeringMember.client, id)).document;
    expect(body).toMatchObject({ viewerCanDecide: true, viewerCanEdit: false });
    expect(body.versions.map((v) => v.isFinal)).toContain(true);
    expectError(
      await coChair.client.gql(DECIDE, { input: { documentId: id, decision: 'APPROVED', meetingDate: today } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expectError(
      await steeringMember.client.gql(DECIDE, { input: { documentId: id, decision: 'RETURNED', meetingDate: today } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expect(
      expectData<{ decideDocument: { status: string } }>(
        await steeringMember.client.gql(DECIDE, {
          input: { documentId: id, decision: 'RETURNED', meetingDate: today, guidance: 'Shorten the recommendations.' },
        }),
      ).decideDocument.status,
    ).toBe('REVISING');
    const returned = (await document(coChair.client, id)).document;
    expect(returned.versions.at(-1)).toEqual({ number: 3, isWorking: true, isFinal: false });
    expect(returned.decisions).toEqual([{ decision: 'RETURNED', guidance: 'Shorten the recommendations.' }]);

    expectData(await coChair.client.gql(FINALISE, { id }));
    expectData(await coChair.client.gql(SUBMIT, { id }));
    expectData(
      await steeringMember.client.gql(DECIDE, { input: { documentId: id, decision: 'APPROVED', meetingDate: today } }),
    );
    expectError(
      await focalC.client.gql(PUBLISH, { input: { documentId: id, organizationIds: [], personIds: [] } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    const published = expectData<{
      publishDocument: { status: string; disseminatedToOrganizations: { id: string }[] };
    }>(
      await secretary.client.gql(PUBLISH, {
        input: { documentId: id, organizationIds: [committeeD], personIds: [outsider.personId] },
      }),
    );
    expect(published.publishDocument).toMatchObject({
      status: 'PUBLISHED',
      disseminatedToOrganizations: [{ id: committeeD }],
    });

    // Observers see the published final text only, without the comments.
    const seen = (await document(observer.client, id)).document;
    expect(seen.versions).toEqual([{ number: 3, isWorking: false, isFinal: true }]);
    expect(seen.rounds).toEqual([]);
    expect(seen.version!.paragraphs.every((p) => p.comments.length === 0)).toBe(true);

    // Every step is audited, with who and from → to; readers other than co-chairs and secretariat see none of it.
    const { document: audited } = await document(secretary.client, id);
    expect(
      audited.history.filter((h) => h.action === 'document.status_changed').map((h) => `${h.fromState}→${h.toState}`),
    ).toEqual([
      'DRAFTING→IN_COMMENT_ROUND',
      'IN_COMMENT_ROUND→REVISING',
      'REVISING→FINAL',
      'FINAL→SUBMITTED',
      'SUBMITTED→REVISING',
      'REVISING→FINAL',
      'FINAL→SUBMITTED',
      'SUBMITTED→APPROVED',
      'APPROVED→PUBLISHED',
    ]);
    expect(audited.history.find((h) => h.toState === 'SUBMITTED')?.actor).toEqual({ id: coChair.personId });
    expect(audited.history.find((h) => h.toState === 'APPROVED')?.actor).toEqual({ id: steeringMember.personId });
    expect((await document(focalC.client, id)).document.history).toEqual([]);
  });
});

describe('reading one version', () => {
  it('refuses version 0 or a negative number as bad input, and gives the newest when the number is left out', async () => {
    const { id } = await draft('Versions by number', ['Only text.']);
    expectData(await circulate(id));
    for (const number of [0, -1]) {
      const error = expectError(await coChair.client.gql(DOCUMENT, { id, number }), 'BAD_USER_INPUT', 'INVALID_INPUT');
      expect(error.extensions?.field).toBe('number');
    }
    expect((await document(coChair.client, id)).document.version).toMatchObject({ number: 2, isWorking: true });
    expect((await document(coChair.client, id, 1)).document.version).toMatchObject({ number: 1, isWorking: false });
    // A reader's newest is the newest circulated version.
    expect((await document(focalC.client, id)).document.version).toMatchObject({ number: 1 });
  });
});

describe('steps out of turn', () => {
  /** A memorandum circulated, revised and finalised by the co-chair, then submitted to the Steering Committee. */
  async function submitted(title: string): Promise<string> {
    const { id } = await draft(title, ['Final text.']);
    expectData(await circulate(id));
    expectData(await coChair.client.gql(CLOSE, { id: await roundOf(cast, id) }));
    expectData(await coChair.client.gql(FINALISE, { id }));
    expectData(await coChair.client.gql(SUBMIT, { id }));
    return id;
  }

  const decide = (id: string, decision: 'APPROVED' | 'RETURNED') =>
    steeringMember.client.gql(DECIDE, {
      input: {
        documentId: id,
        decision,
        meetingDate: today,
        ...(decision === 'RETURNED' ? { guidance: 'Shorten it.' } : {}),
      },
    });

  it('answers a second decision by a member of the body with a conflict, and records nothing', async () => {
    const id = await submitted('Decided once');
    expectData(await decide(id, 'APPROVED'));
    for (const decision of ['APPROVED', 'RETURNED'] as const) {
      const error = expectError(await decide(id, decision), 'CONFLICT', 'INVALID_TRANSITION');
      expect(error.message).toBe('The decision on this text has already been recorded: it was approved.');
    }
    const { document: approved } = await document(steeringMember.client, id);
    expect(approved).toMatchObject({ status: 'APPROVED', viewerCanDecide: false });
    expect(approved.decisions).toEqual([{ decision: 'APPROVED', guidance: '' }]);
    // Someone outside the body is still refused for their role.
    expectError(
      await coChair.client.gql(DECIDE, { input: { documentId: id, decision: 'APPROVED', meetingDate: today } }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
  });

  it('keeps a returned text open to the body, whose members meet a conflict until it is submitted again', async () => {
    const id = await submitted('Returned once');
    expectData(await decide(id, 'RETURNED'));
    const { document: returned } = await document(steeringMember.client, id);
    expect(returned).toMatchObject({ status: 'REVISING', viewerCanDecide: false, viewerCanEdit: false });
    expect(returned.decisions).toEqual([{ decision: 'RETURNED', guidance: 'Shorten it.' }]);
    expect(returned.versions.every((v) => !v.isWorking)).toBe(true);
    const error = expectError(await decide(id, 'APPROVED'), 'CONFLICT', 'INVALID_TRANSITION');
    expect(error.message).toBe(
      'This text was returned for revision; it awaits no decision until it is submitted again.',
    );
    expect((await document(coChair.client, id)).document.decisions).toHaveLength(1);
  });

  it('answers the co-chairs’ and the secretariat’s steps out of turn with a conflict', async () => {
    const id = await submitted('Submitted, not yet decided');
    expectError(await circulate(id), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await coChair.client.gql(FINALISE, { id }), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(await coChair.client.gql(SUBMIT, { id }), 'CONFLICT', 'INVALID_TRANSITION');
    expectError(
      await secretary.client.gql(PUBLISH, { input: { documentId: id, organizationIds: [], personIds: [] } }),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
    expect((await document(coChair.client, id)).document.status).toBe('SUBMITTED');
  });
});
