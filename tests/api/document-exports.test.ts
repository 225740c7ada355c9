import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind, OrganizationRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { docxXml, pdfPages, wordText } from '../helpers/files';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;

const CREATE_GROUP = `mutation C($input: CreateStudyGroupInput!) { createStudyGroup(input: $input) { id } }`;
const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const PARAGRAPHS = `paragraphs { paragraphId revision number text }`;
const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { version { ${PARAGRAPHS} } } }`;
const SAVE = `mutation S($input: SaveParagraphInput!) { saveParagraph(input: $input) { paragraphId } }`;
const DELETE = `mutation D($input: DeleteParagraphInput!) { deleteParagraph(input: $input) { id } }`;
const DOCUMENT = `query D($id: ID!) { document(id: $id) { status openRound { id } version { number ${PARAGRAPHS} } } }`;
const CIRCULATE = `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { status } }`;
const POST = `mutation P($input: PostCommentInput!) { postComment(input: $input) { id } }`;
const WITHDRAW = `mutation W($id: ID!) { withdrawComment(id: $id) }`;
const CLOSE = `mutation C($id: ID!) { closeCommentRound(id: $id) { status } }`;
const DISPOSE = `mutation D($input: DisposeCommentsInput!) { disposeComments(input: $input) { id disposition } }`;
const FINALISE = `mutation F($id: ID!) { finaliseDocument(id: $id) { status } }`;
const SUBMIT = `mutation S($id: ID!) { submitDocument(id: $id) { status } }`;
const DECIDE = `mutation D($input: DecideDocumentInput!) { decideDocument(input: $input) { status } }`;
/** The day the body met to decide: today. */
const today = new Date().toISOString().slice(0, 10);
const PUBLISH = `mutation P($input: PublishDocumentInput!) { publishDocument(input: $input) { status } }`;

interface Person {
  personId: string;
  name: string;
  client: GraphQLTestClient;
}
interface Paragraph {
  paragraphId: string;
  revision: number;
  number: number | null;
  text: string;
}

const TITLE = 'Energy Cooperation in Northeast Asia';
const GROUP_TITLE = 'Study Group on Energy Security in Northeast Asia';
const html = {
  heading: 'Background',
  emphasis:
    '<p>The region has <strong>abundant energy</strong> and <em>growing demand</em>; see <a href="https://www.tumenprogramme.org/">the programme</a>.</p>' +
    '<ul><li>Gas pipelines</li><li>Power grids</li></ul>',
  mistrust: '<p>Cooperation has been slow because of mistrust between neighbours.</p>',
  recommendation: '<p>Establish a regional energy forum.</p>',
  removed: '<p>Experts met twice before this memorandum was drafted.</p>',
  revised: '<p>Cooperation has been slow because of mistrust and a financing gap.</p>',
};
const comments = {
  committee: 'Mistrust is not the only reason: name the financing gap.',
  expert: 'Say which forum is meant.',
  withdrawn: 'A comment its author withdrew.',
  committeeReply: 'The financing gap is now named.',
  expertReply: 'Left open for the forum itself to decide.',
};

let cast: { council: string; steering: string; korea: string; russia: string; gti: string };
let coChair: Person;
let focalPoint: Person;
let expert: Person;
let steeringMember: Person;
let observer: Person;
let outsider: Person;
let documentId: string;
let v1: Paragraph[];

async function person(name: string): Promise<Person> {
  const user = await factory.user({ name });
  return { personId: user.personId, name, client: await t.client().as(user.email, user.password) };
}

async function download(client: GraphQLTestClient, path: string): Promise<Response> {
  return fetch(`${t.baseUrl}/documents/${documentId}/${path}`, { headers: { cookie: client.sessionCookie ?? '' } });
}

async function wordXml(response: Response): Promise<string> {
  expect(response.status, await errorOf(response)).toBe(200);
  expect(response.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  return docxXml(response);
}

/** The Word runs whose text contains `text`, with their formatting. */
function runsWith(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs)].map((m) => m[0]).filter((run) => run.includes(text));
}

async function pdfText(response: Response): Promise<string> {
  expect(response.status, await errorOf(response)).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return (await pdfPages(response)).join('\n').replace(/\s+/g, ' ');
}

async function workbook(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status, await errorOf(response)).toBe(200);
  expect(response.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The body of a refusal, for the assertion message of a download that was not expected to fail. */
async function errorOf(response: Response): Promise<string> {
  return response.status === 200 ? '' : await response.clone().text();
}

async function expectRefusal(response: Response, status: number, code: string, reason?: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { code: string; reason: string; message: string };
  expect(body.code).toBe(code);
  if (reason) expect(body.reason).toBe(reason);
  return body;
}

async function paragraphsNow(client: GraphQLTestClient): Promise<Paragraph[]> {
  type Shape = { document: { version: { paragraphs: Paragraph[] } } };
  return expectData(await client.gql<Shape>(DOCUMENT, { id: documentId })).document.version.paragraphs;
}

async function add(kind: string, content: string, extra: Record<string, unknown> = {}): Promise<Paragraph[]> {
  const before = documentId ? await paragraphsNow(coChair.client) : [];
  type Shape = { addParagraph: { version: { paragraphs: Paragraph[] } } };
  const { addParagraph } = expectData(
    await coChair.client.gql<Shape>(ADD, {
      input: { documentId, afterParagraphId: before.at(-1)?.paragraphId, content: { kind, html: content, ...extra } },
    }),
  );
  return addParagraph.version.paragraphs;
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  const organization = async (name: string, kind: OrganizationKind, acronym?: string) =>
    (await factory.organization({ name, kind, acronym })).id;
  cast = {
    council: await organization('Council for Security Cooperation', OrganizationKind.COUNCIL),
    steering: await organization('Steering Committee', OrganizationKind.COUNCIL),
    korea: await organization('CSCAP Korea', OrganizationKind.MEMBER_COMMITTEE),
    russia: await organization('CSCAP Russia', OrganizationKind.MEMBER_COMMITTEE),
    gti: await organization('Greater Tumen Initiative', OrganizationKind.INTERGOVERNMENTAL, 'GTI'),
  };
  const secretary = await person('Council Secretary');
  coChair = await person('Kim Tae-hoon');
  focalPoint = await person('Svetlana Ivanova');
  expert = await person('Batbayar Enkhjargal');
  steeringMember = await person('Steering Member');
  observer = await person('Group Observer');
  outsider = await person('Someone Else');
  await factory.grant(secretary.personId, 'ORGANIZATION', cast.council, OrganizationRole.SECRETARIAT);
  await factory.grant(focalPoint.personId, 'ORGANIZATION', cast.russia, OrganizationRole.FOCAL_POINT);
  await factory.grant(steeringMember.personId, 'ORGANIZATION', cast.steering, OrganizationRole.MEMBER);

  const { createStudyGroup } = expectData(
    await secretary.client.gql<{ createStudyGroup: { id: string } }>(CREATE_GROUP, {
      input: {
        title: GROUP_TITLE,
        councilId: cast.council,
        reportsToId: cast.steering,
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        coChairCommitteeIds: [cast.korea],
        participatingCommitteeIds: [cast.russia],
      },
    }),
  );
  await factory.grant(coChair.personId, 'STUDY_GROUP', createStudyGroup.id, 'CO_CHAIR');
  await factory.grant(observer.personId, 'STUDY_GROUP', createStudyGroup.id, 'OBSERVER');

  const { createDocument } = expectData(
    await coChair.client.gql<{ createDocument: { id: string } }>(CREATE, {
      input: { kind: 'MEMORANDUM', title: TITLE, studyGroupId: createStudyGroup.id },
    }),
  );
  documentId = createDocument.id;
  await add('HEADING', html.heading);
  await add('TEXT', html.emphasis);
  await add('TEXT', html.mistrust);
  await add('RECOMMENDATION', html.recommendation, {
    addressees: [{ kind: 'POLICY_MAKERS' }, { kind: 'NAMED_BODY', organizationId: cast.gti }],
    issueAreas: ['ENERGY', 'TRANSPORT'],
  });
  v1 = await add('TEXT', html.removed);
  expect(v1.map((p) => p.number)).toEqual([null, 1, 2, 3, 4]);
});
afterAll(() => t.close());

describe('the memorandum as a document', () => {
  it('exports the draft as a DOCX with numbered paragraphs, headings, emphasis, lists and links', async () => {
    const response = await download(coChair.client, 'document.docx?version=1');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`Memorandum - ${TITLE} - v1.docx`)}`,
    );
    const xml = await wordXml(response);
    const text = wordText(xml);
    expect(text).toContain(TITLE);
    expect(text).toContain(`Memorandum · ${GROUP_TITLE} · Working draft — version 1, not for circulation`);
    expect(text).toContain('Background\n');
    expect(text).toContain('1.\tThe region has abundant energy and growing demand; see the programme.');
    expect(text).toContain('2.\tCooperation has been slow because of mistrust between neighbours.');
    expect(text).toContain('3.\tRecommendation 1\nEstablish a regional energy forum.');
    expect(text).toContain(
      'Addressed to: Policy makers; Greater Tumen Initiative (GTI) — Issue areas: Energy, Transport',
    );
    expect(text).toContain('4.\tExperts met twice');
    // The heading is a heading and has no number.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Background/s);
    expect(text).not.toMatch(/\d\.\tBackground/);
    // Emphasis stays emphasis; the link stays a link; list items are list items.
    expect(runsWith(xml, 'abundant energy')[0]).toMatch(/<w:b\/>/);
    expect(runsWith(xml, 'abundant energy')[0]).not.toMatch(/<w:i\/>/);
    expect(runsWith(xml, 'growing demand')[0]).toMatch(/<w:i\/>/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>(?:(?!<\/w:hyperlink>).)*the programme/s);
    for (const item of ['Gas pipelines', 'Power grids']) {
      expect(xml).toMatch(new RegExp(`<w:numPr>(?:(?!</w:p>).)*${item}`, 's'));
    }
    // In reading order.
    const order = ['Background', 'abundant energy', 'Gas pipelines', 'mistrust', 'Recommendation 1', 'Experts met'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('exports the same text as a PDF', async () => {
    const text = await pdfText(await download(coChair.client, 'document.pdf?version=1'));
    expect(text).toContain(TITLE);
    expect(text).toContain('Working draft — version 1, not for circulation');
    expect(text).toContain('Background');
    // Text drawn in runs of different fonts comes back from the PDF with a space between the runs.
    expect(text).toMatch(/1\. The region has abundant energy and growing demand ?; see the programme ?\./);
    expect(text).toMatch(/• Gas pipelines • Power grids/);
    expect(text).toMatch(/3\. Recommendation 1 Establish a regional energy forum\./);
    expect(text).toContain('Addressed to: Policy makers; Greater Tumen Initiative (GTI)');
    expect(text).toMatch(/4\. Experts met twice/);
  });
});

describe('a comment round', () => {
  let roundId: string;
  let committeeComment: string;
  let expertComment: string;

  beforeAll(async () => {
    expectData(
      await coChair.client.gql(CIRCULATE, {
        input: {
          documentId,
          closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          attribution: 'NON_ATTRIBUTED',
          organizationIds: [cast.russia],
          personIds: [expert.personId],
        },
      }),
    );
    type Shape = { document: { openRound: { id: string } } };
    roundId = expectData(await coChair.client.gql<Shape>(DOCUMENT, { id: documentId })).document.openRound.id;
    const [, emphasis, mistrust, recommendation] = v1 as [Paragraph, Paragraph, Paragraph, Paragraph];
    const post = async (who: Person, input: Record<string, unknown>) =>
      expectData(await who.client.gql<{ postComment: { id: string } }>(POST, { input: { roundId, ...input } }))
        .postComment.id;
    // In the opposite order to the paragraphs, to see the table put them back in order.
    expertComment = await post(expert, {
      paragraphId: recommendation.paragraphId,
      kind: 'EDITORIAL',
      body: comments.expert,
    });
    committeeComment = await post(focalPoint, {
      paragraphId: mistrust.paragraphId,
      kind: 'SUBSTANTIVE',
      quote: 'mistrust between neighbours',
      body: comments.committee,
      speaksForId: cast.russia,
    });
    const withdrawn = await post(expert, {
      paragraphId: emphasis.paragraphId,
      kind: 'GENERAL',
      body: comments.withdrawn,
    });
    expectData(await expert.client.gql(WITHDRAW, { id: withdrawn }));
  });

  it('lists every comment of the round in the compilation, even while it is open', async () => {
    const book = await workbook(await download(coChair.client, 'comments.xlsx'));
    const rows = rowsOf(book.getWorksheet('Comments')!);
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([
      [2, '—'],
      [3, '—'],
    ]);
  });

  describe('once closed and disposed of', () => {
    beforeAll(async () => {
      expectData(await coChair.client.gql(CLOSE, { id: roundId }));
      expectData(
        await coChair.client.gql(DISPOSE, {
          input: { commentIds: [committeeComment], disposition: 'ACCEPTED_IN_PART', reply: comments.committeeReply },
        }),
      );
      expectData(
        await coChair.client.gql(DISPOSE, {
          input: { commentIds: [expertComment], disposition: 'NOTED', reply: comments.expertReply },
        }),
      );
    });

    it('exports the compilation as a spreadsheet: a header row, one row a comment in paragraph order', async () => {
      const response = await download(coChair.client, 'comments.xlsx?round=1');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(`Comments - ${TITLE} - round 1.xlsx`)}`,
      );
      const book = await workbook(response);
      expect(book.worksheets.map((s) => s.name)).toEqual(['Comments', 'Responses']);
      const sheet = book.getWorksheet('Comments')!;
      const [header, ...rows] = rowsOf(sheet);
      expect(header).toEqual(['Paragraph', 'Paragraph text', 'Comment', 'By', 'Disposition', 'Reply']);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(2).width).toBeGreaterThan(30);
      expect(sheet.getCell('B2').alignment?.wrapText).toBe(true);
      expect(rows).toEqual([
        [
          2,
          'Cooperation has been slow because of mistrust between neighbours.',
          `Substantive\n“mistrust between neighbours”\n${comments.committee}`,
          'Svetlana Ivanova (CSCAP Russia)',
          'Accepted in part',
          comments.committeeReply,
        ],
        [
          3,
          'Establish a regional energy forum.',
          `Editorial\n${comments.expert}`,
          'Batbayar Enkhjargal (personal capacity)',
          'Noted',
          comments.expertReply,
        ],
      ]);
      // Text cells, not formulas.
      sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));

      const responses = rowsOf(book.getWorksheet('Responses')!);
      expect(responses[0]).toEqual(['Recipient', 'Response', 'Note', 'Date']);
      expect(responses.slice(1).map((r) => r.slice(0, 2))).toEqual([
        ['CSCAP Russia', 'Commented'],
        ['Batbayar Enkhjargal', 'Commented'],
      ]);
    });

    it('exports the compilation as a Word document with the round, its dates and its attribution', async () => {
      const response = await download(coChair.client, 'comments.docx');
      expect(response.headers.get('content-disposition')).toContain(
        encodeURIComponent(`Comments - ${TITLE} - round 1.docx`),
      );
      const text = wordText(await wordXml(response));
      expect(text).toContain('Compilation of comments and responses');
      expect(text).toContain(TITLE);
      expect(text).toContain('Round 1 · version 1 circulated for comment');
      expect(text).toMatch(/Opened \d{1,2} \w+ \d{4}, \d\d:\d\d UTC · closed \d{1,2} \w+ \d{4}, \d\d:\d\d UTC/);
      expect(text).toContain('Non-attributed round');
      for (const header of ['Recipient', 'Response', 'Paragraph text', 'Comment', 'By', 'Disposition', 'Reply']) {
        expect(text).toContain(header);
      }
      expect(text).toContain(comments.committee);
      expect(text).toContain('“mistrust between neighbours”');
      expect(text).toContain('Svetlana Ivanova (CSCAP Russia)');
      expect(text).toContain('Accepted in part');
      expect(text).toContain(comments.expertReply);
      expect(text).not.toContain(comments.withdrawn);
      expect(text.indexOf(comments.committee)).toBeLessThan(text.indexOf(comments.expert));
    });

    it('gives a recipient of a non-attributed round no one else’s name, in either format', async () => {
      const book = await workbook(await download(expert.client, 'comments.xlsx'));
      const rows = rowsOf(book.getWorksheet('Comments')!).slice(1);
      // Their own comment keeps their name; the committee's comes without a name or a committee.
      expect(rows.map((r) => r[3])).toEqual(['Non-attributed', 'Batbayar Enkhjargal (personal capacity)']);
      const text = wordText(await wordXml(await download(expert.client, 'comments.docx')));
      expect(text).toContain(comments.committee);
      expect(text).toContain('Non-attributed');
      for (const content of [JSON.stringify(rows), text]) {
        expect(content).not.toContain(focalPoint.name);
        expect(content).not.toContain('Ivanova');
        expect(content).not.toContain('CSCAP Russia)');
      }
      // The committee's focal point sees their own name, not the expert's (who is named only as a recipient).
      const focal = wordText(await wordXml(await download(focalPoint.client, 'comments.docx')));
      const focalComments = focal.slice(focal.indexOf('Comments\n'));
      expect(focalComments).toContain('Svetlana Ivanova (CSCAP Russia)');
      expect(focalComments).not.toContain(expert.name);
    });

    it('refuses a round that does not exist and a round number that is not one', async () => {
      const missing = await expectRefusal(
        await download(coChair.client, 'comments.xlsx?round=2'),
        400,
        'BAD_USER_INPUT',
      );
      expect(missing).toMatchObject({ field: 'round', message: 'There is no comment round 2 of this document.' });
      for (const round of ['0', '-1', 'one', '1.5', '']) {
        const body = await expectRefusal(
          await download(coChair.client, `comments.docx?round=${round}`),
          400,
          'BAD_USER_INPUT',
          'INVALID_INPUT',
        );
        expect(body.message).toBe('"round" must be a positive whole number, such as 1.');
      }
    });
  });
});

describe('versions and the redline', () => {
  beforeAll(async () => {
    const working = await paragraphsNow(coChair.client);
    const mistrust = working.find((p) => p.text.includes('mistrust'))!;
    const removed = working.find((p) => p.text.includes('Experts met'))!;
    expectData(
      await coChair.client.gql(SAVE, {
        input: {
          documentId,
          paragraphId: mistrust.paragraphId,
          baseRevision: mistrust.revision,
          content: { kind: 'TEXT', html: html.revised },
        },
      }),
    );
    expectData(
      await coChair.client.gql(DELETE, {
        input: { documentId, paragraphId: removed.paragraphId, baseRevision: removed.revision },
      }),
    );
  });

  it('exports by default the newest version the viewer may read', async () => {
    const draft = await download(coChair.client, 'document.docx');
    expect(draft.headers.get('content-disposition')).toContain(encodeURIComponent(' - v2.docx'));
    const text = wordText(await wordXml(draft));
    expect(text).toContain('Working draft — version 2, not for circulation');
    expect(text).toContain('2.\tCooperation has been slow because of mistrust and a financing gap.');
    expect(text).not.toContain('Experts met');
    // A recipient reads the circulated version, not the co-chairs' working draft.
    const circulated = wordText(await wordXml(await download(expert.client, 'document.docx')));
    expect(circulated).toMatch(/Version 1, circulated for comment \(round 1, comments by \d{1,2} \w+ \d{4}\)/);
    expect(circulated).not.toContain('not for circulation');
    expect(circulated).toContain('mistrust between neighbours');
  });

  it('answers 404 for a version the viewer may not see, and 400 for one that does not exist', async () => {
    for (const format of ['docx', 'pdf']) {
      await expectRefusal(await download(expert.client, `document.${format}?version=2`), 404, 'NOT_FOUND');
      const body = await expectRefusal(
        await download(coChair.client, `document.${format}?version=9`),
        400,
        'BAD_USER_INPUT',
        'UNKNOWN_VERSION',
      );
      expect(body).toMatchObject({ field: 'version', message: 'There is no version 9 of this document.' });
      for (const version of ['0', 'two', '2abc', '1e3']) {
        await expectRefusal(
          await download(coChair.client, `document.${format}?version=${version}`),
          400,
          'BAD_USER_INPUT',
          'INVALID_INPUT',
        );
      }
    }
  });

  it('exports the redline as tracked changes: inserted words, deleted words and removed paragraphs', async () => {
    const response = await download(coChair.client, 'redline.docx?from=1&to=2');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`Redline - ${TITLE} - v1 to v2.docx`)}`,
    );
    const xml = await wordXml(response);
    const text = wordText(xml);
    expect(text).toContain('Changes from version 1 to version 2');
    const tracked = (tag: 'ins' | 'del') =>
      [...xml.matchAll(new RegExp(`<w:${tag} [^>]*>(.*?)</w:${tag}>`, 'gs'))].map((m) => wordText(m[1]!));
    expect(tracked('ins').join('')).toContain('financing gap');
    expect(tracked('del').join('')).toContain('neighbours');
    expect(tracked('del').join('')).toContain('Experts met twice');
    // Unchanged words are in no tracked change.
    for (const run of runsWith(xml, 'Cooperation has been slow')) expect(run).not.toMatch(/<w:delText/);
    expect(tracked('ins').join('')).not.toContain('Cooperation has been slow');
    expect(text).toMatch(/2\.\tCooperation has been slow because of mistrust/);
  });

  it('refuses a redline to a version the viewer may not see, or with versions missing or malformed', async () => {
    await expectRefusal(await download(expert.client, 'redline.docx?from=1&to=2'), 404, 'NOT_FOUND');
    await expectRefusal(
      await download(coChair.client, 'redline.docx?from=1&to=7'),
      400,
      'BAD_USER_INPUT',
      'UNKNOWN_VERSION',
    );
    for (const query of ['from=1', 'to=2', 'from=x&to=2', 'from=1&to=-2']) {
      await expectRefusal(await download(coChair.client, `redline.docx?${query}`), 400, 'BAD_USER_INPUT');
    }
  });
});

describe('who may have the files', () => {
  const paths = [
    'document.docx',
    'document.pdf',
    'comments.docx',
    'comments.xlsx',
    'redline.docx?from=1&to=1',
    'document.docx?version=1',
  ];

  it('answers 404 to someone outside the group, as for a document that does not exist', async () => {
    for (const path of paths) {
      const body = await expectRefusal(await download(outsider.client, path), 404, 'NOT_FOUND');
      expect(body.message).toBe('No document with that id, or you may not see it.');
    }
    const unknown = await fetch(`${t.baseUrl}/documents/6f1c1b9e-0000-4000-8000-000000000000/document.docx`, {
      headers: { cookie: coChair.client.sessionCookie! },
    });
    await expectRefusal(unknown, 404, 'NOT_FOUND');
    await expectRefusal(
      await fetch(`${t.baseUrl}/documents/not-an-id/comments.xlsx`, {
        headers: { cookie: coChair.client.sessionCookie! },
      }),
      404,
      'NOT_FOUND',
    );
    expect((await fetch(`${t.baseUrl}/documents/${documentId}/document.pdf`)).status).toBe(401);
    // Formats other than those offered are files that do not exist.
    for (const path of ['document.xlsx', 'comments.pdf', 'document.txt']) {
      await expectRefusal(await download(coChair.client, path), 404, 'NOT_FOUND');
    }
  });

  it('gives the body it reports to nothing until the text is submitted', async () => {
    await expectRefusal(await download(steeringMember.client, 'document.docx'), 404, 'NOT_FOUND');
  });
});

describe('the published memorandum', () => {
  beforeAll(async () => {
    expectData(await coChair.client.gql(FINALISE, { id: documentId }));
    expectData(await coChair.client.gql(SUBMIT, { id: documentId }));
    expectData(
      await steeringMember.client.gql(DECIDE, { input: { documentId, decision: 'APPROVED', meetingDate: today } }),
    );
    expectData(
      await coChair.client.gql(PUBLISH, {
        input: { documentId, organizationIds: [cast.gti], personIds: [expert.personId] },
      }),
    );
  });

  it('exports the final text, not marked as a draft, ending with whom it was sent to', async () => {
    const response = await download(expert.client, 'document.docx');
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent(`Memorandum - ${TITLE} - v2.docx`),
    );
    const text = wordText(await wordXml(response));
    expect(text).not.toContain('Draft');
    expect(text).toMatch(
      new RegExp(`Memorandum · ${GROUP_TITLE} · Published text — version 2, published \\d{1,2} \\w+ \\d{4}`),
    );
    expect(text).toContain('mistrust and a financing gap');
    expect(text.trimEnd().endsWith('Disseminated to: Greater Tumen Initiative (GTI); Batbayar Enkhjargal')).toBe(true);

    const pdf = await pdfText(await download(coChair.client, 'document.pdf'));
    expect(pdf).not.toContain('Draft');
    expect(pdf).toContain('Recommendation 1');
    expect(pdf).toContain('Disseminated to: Greater Tumen Initiative (GTI); Batbayar Enkhjargal');
    expect(pdf).toContain(TITLE);
  });

  it('gives readers of the published text the text and the institutions, but not the experts or the comments', async () => {
    const text = wordText(await wordXml(await download(observer.client, 'document.docx')));
    expect(text).toContain('Recommendation 1');
    expect(text).toContain('Disseminated to: Greater Tumen Initiative (GTI)');
    expect(text).not.toContain(expert.name);
    // Earlier drafts and the compilation of comments are not theirs to read.
    await expectRefusal(await download(observer.client, 'document.docx?version=1'), 404, 'NOT_FOUND');
    for (const path of ['comments.xlsx', 'comments.docx']) {
      await expectRefusal(await download(observer.client, path), 404, 'NOT_FOUND');
    }
    // The body it was submitted to reads the comments too, without the names of a non-attributed round.
    const book = await workbook(await download(steeringMember.client, 'comments.xlsx'));
    expect(
      rowsOf(book.getWorksheet('Comments')!)
        .slice(1)
        .map((r) => r[3]),
    ).toEqual(['Non-attributed', 'Non-attributed']);
  });
});
