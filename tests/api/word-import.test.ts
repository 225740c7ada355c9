import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import {
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  workingParagraphs,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
let cast: MemorandumCast;

const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const IMPORT = `mutation I($input: ImportWordDraftInput!) {
  importWordDraft(input: $input) { version { paragraphs { kind number recommendationNumber html text } } }
}`;

interface Preview {
  paragraphs: { kind: string; html: string; text: string }[];
  leftOut: string[];
  message: string | null;
}

function upload(client: GraphQLTestClient, documentId: string, bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), 'Draft.docx');
  return fetch(`${t.baseUrl}/documents/${documentId}/word/draft`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.sessionCookie ?? '' },
  });
}

async function preview(client: GraphQLTestClient, documentId: string, bytes: Buffer): Promise<Preview> {
  const response = await upload(client, documentId, bytes);
  const body = (await response.json()) as Preview;
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

async function newDocument(title: string): Promise<string> {
  const { createDocument } = expectData<{ createDocument: { id: string } }>(
    await cast.coChair.client.gql(CREATE, { input: { kind: 'MEMORANDUM', title, studyGroupId: cast.groupId } }),
  );
  return createDocument.id;
}

/** A co-chair's first draft as Word writes one: styles, emphasis, a list, a table, recommendations three ways. */
function coChairDraft(): Promise<Buffer> {
  const doc = new Document({
    styles: {
      paragraphStyles: [{ id: 'Recommendation', name: 'Recommendation', basedOn: 'Normal', run: { bold: true } }],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun('Energy Cooperation in Northeast Asia')],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Background')] }),
          new Paragraph({
            children: [
              new TextRun('1.\tThe region has '),
              new TextRun({ text: 'abundant energy', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'growing demand', italics: true }),
              new TextRun('; see '),
              new ExternalHyperlink({
                link: 'https://www.tumenprogramme.org/',
                children: [new TextRun({ text: 'the programme', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun('Gas pipelines')] }),
          new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun('Power grids')] }),
          new Paragraph({ children: [] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Country')] }),
                  new TableCell({ children: [new Paragraph('Share of imports')] }),
                ],
              }),
            ],
          }),
          new Paragraph({ children: [new TextRun('2.\tCooperation has been slow because of mistrust.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Recommendations')] }),
          new Paragraph({ children: [new TextRun({ text: 'Recommendation 1', bold: true, italics: true })] }),
          new Paragraph({ children: [new TextRun('Establish a regional energy forum.')] }),
          new Paragraph({ children: [new TextRun('Recommendation 2: Open the borders for trade in power.')] }),
          new Paragraph({ style: 'Recommendation', children: [new TextRun('Let ministers meet every year.')] }),
          new Paragraph({ children: [new TextRun({ text: 'A script.<script>alert(1)</script>' })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
});
afterAll(() => t.close());

describe('a draft imported from Word', () => {
  it('shows the paragraphs it found, with their kinds, and imports them only once confirmed', async () => {
    const documentId = await newDocument('Energy Cooperation in Northeast Asia');
    const read = await preview(cast.coChair.client, documentId, await coChairDraft());
    expect(read.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['HEADING', 'Background'],
      ['TEXT', 'The region has abundant energy and growing demand; see the programme.\n• Gas pipelines\n• Power grids'],
      ['TEXT', 'Cooperation has been slow because of mistrust.'],
      ['HEADING', 'Recommendations'],
      ['RECOMMENDATION', 'Establish a regional energy forum.'],
      ['RECOMMENDATION', 'Open the borders for trade in power.'],
      ['RECOMMENDATION', 'Let ministers meet every year.'],
      ['TEXT', 'A script.<script>alert(1)</script>'],
    ]);
    // Emphasis, lists and links kept as the editor keeps them.
    expect(read.paragraphs[1]!.html).toBe(
      '<p>The region has <strong>abundant energy</strong> and <em>growing demand</em>; see ' +
        '<a href="https://www.tumenprogramme.org/" rel="noopener noreferrer">the programme</a>.</p>' +
        '<ul><li>Gas pipelines</li><li>Power grids</li></ul>',
    );
    // Typed words that look like markup stay words.
    expect(read.paragraphs[7]!.html).toBe('<p>A script.&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(read.leftOut).toEqual(['A table (CountryShare of imports)']);
    // Nothing is stored by the preview.
    expect(await workingParagraphs(cast.coChair.client, documentId)).toEqual([]);

    const { importWordDraft } = expectData<{
      importWordDraft: {
        version: {
          paragraphs: { kind: string; number: number | null; recommendationNumber: number | null; text: string }[];
        };
      };
    }>(
      await cast.coChair.client.gql(IMPORT, {
        input: { documentId, paragraphs: read.paragraphs.map(({ kind, html }) => ({ kind, html })) },
      }),
    );
    expect(importWordDraft.version.paragraphs.map((p) => [p.kind, p.number, p.recommendationNumber])).toEqual([
      ['HEADING', null, null],
      ['TEXT', 1, null],
      ['TEXT', 2, null],
      ['HEADING', null, null],
      ['RECOMMENDATION', 3, 1],
      ['RECOMMENDATION', 4, 2],
      ['RECOMMENDATION', 5, 3],
      ['TEXT', 6, null],
    ]);
  });

  it('adds the paragraphs after those of the working version', async () => {
    const { id } = await draftMemorandum(cast, 'Memorandum with a first paragraph', ['Written in Plenary.']);
    const read = await preview(cast.coChair.client, id, await coChairDraft());
    expectData(
      await cast.coChair.client.gql(IMPORT, {
        input: { documentId: id, paragraphs: read.paragraphs.slice(0, 2).map(({ kind, html }) => ({ kind, html })) },
      }),
    );
    expect((await workingParagraphs(cast.coChair.client, id)).map((p) => p.text.split('\n')[0])).toEqual([
      'Written in Plenary.',
      'Background',
      'The region has abundant energy and growing demand; see the programme.',
    ]);
  });

  it('reads the demo memorandum as LibreOffice saved it: headings, paragraphs and recommendations, no title or state line', async () => {
    const fixture = readFileSync(path.resolve(__dirname, '../fixtures/demo-memorandum-libreoffice.docx'));
    const documentId = await newDocument('CSCAP Memorandum, from Word');
    const read = await preview(cast.coChair.client, documentId, fixture);
    const kinds = read.paragraphs.map((p) => p.kind);
    expect(read.paragraphs.filter((p) => p.kind === 'HEADING').map((p) => p.text)).toEqual([
      'Introduction',
      'Findings',
      'Recommendations',
    ]);
    expect(kinds.filter((k) => k === 'RECOMMENDATION')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'TEXT')).toHaveLength(7);
    expect(read.paragraphs[1]!.text).toMatch(
      /^The CSCAP Study Group on Multilateral Security Governance in Northeast Asia/,
    );
    // The numbers are Plenary's to give; the title, the state line, the comments and the recommendations' details stay out.
    const all = read.paragraphs.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/^\d+\.\s/m);
    expect(all).not.toMatch(/CSCAP Memorandum: Towards|circulated for comment|Addressed to:/);
    expect(read.paragraphs.find((p) => p.kind === 'RECOMMENDATION')!.text).toMatch(
      /^The parties to the Six Party Talks should resume them/,
    );
    expect(read.leftOut.every((l) => l.startsWith('Details of a recommendation'))).toBe(true);
  });

  it('refuses a draft from anyone but the drafters, while the text is out for comment, and a file that is not Word', async () => {
    const documentId = await newDocument('Refusals');
    const draft = await coChairDraft();
    const expectRefusal = async (
      client: GraphQLTestClient,
      id: string,
      bytes: Buffer,
      status: number,
      reason: string,
    ) => {
      const response = await upload(client, id, bytes);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { reason: string }).reason).toBe(reason);
    };
    await expectRefusal(cast.focalA.client, documentId, draft, 404, 'NOT_FOUND');
    await expectRefusal(cast.secretary.client, documentId, draft, 403, 'NOT_PERMITTED');
    await expectRefusal(cast.coChair.client, documentId, Buffer.from('Plain text, not Word.'), 400, 'INVALID_FILE');
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    expect(await preview(cast.coChair.client, documentId, empty)).toEqual({
      paragraphs: [],
      leftOut: [],
      message: 'This Word file has no text to import.',
    });
    expectError(
      await cast.secretary.client.gql(IMPORT, {
        input: { documentId, paragraphs: [{ kind: 'TEXT', html: '<p>Not a drafter’s text.</p>' }] },
      }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expect(await workingParagraphs(cast.coChair.client, documentId)).toEqual([]);

    const { id } = await draftMemorandum(cast, 'Out for comment', ['Circulated text.']);
    expectData(await circulateMemorandum(cast, id));
    // The co-chairs' working copy waits for the round to close.
    await expectRefusal(cast.coChair.client, id, draft, 409, 'DOCUMENT_NOT_EDITABLE');
  });
});
