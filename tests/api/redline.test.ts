import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../helpers/factories';
import { expectData } from '../helpers/graphql-client';
import {
  CLOSE_ROUND,
  circulateMemorandum,
  draftMemorandum,
  type MemorandumCast,
  memorandumCast,
  openRoundOf,
  type Person,
  SAVE_PARAGRAPH,
  workingParagraphs,
} from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let cast: MemorandumCast;
let documentId: string;

const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const MOVE = `mutation M($input: MoveParagraphInput!) { moveParagraph(input: $input) { id } }`;
const DELETE = `mutation D($input: DeleteParagraphInput!) { deleteParagraph(input: $input) { id } }`;
const COMPARE = `query C($id: ID!, $from: Int!, $to: Int!) { documentComparison(documentId: $id, from: $from, to: $to) {
  paragraphs { change number previousNumber segments { kind text } } } }`;

const trust = 'Trust between neighbours takes years.';
const doubted = 'The Council doubted that in their present form the measures would work.';
const questioned = 'The Council questioned whether the measures can achieve their aims.';
const experts = 'Experts met twice before this memorandum was drafted.';
const ministers = 'Energy ministers meet once a year.';
const added = 'A regional forum on disaster risk would meet twice a year.';

interface Comparison {
  change: string;
  number: number | null;
  previousNumber: number | null;
  segments: { kind: string; text: string }[];
}

async function redlineXml(person: Person): Promise<{ document: string; comments: string | null }> {
  const response = await fetch(`${t.baseUrl}/documents/${documentId}/redline.docx?from=1&to=2`, {
    headers: { cookie: person.client.sessionCookie ?? '' },
  });
  expect(response.status).toBe(200);
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    comments: (await zip.file('word/comments.xml')?.async('string')) ?? null,
  };
}

/** The body's paragraphs as text, once every tracked change is accepted (or rejected) as Word would. */
function resolved(xml: string, decision: 'accept' | 'reject'): string[] {
  const [dropped, kept] = decision === 'accept' ? ['del', 'ins'] : ['ins', 'del'];
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paragraphs = [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>|<w:p .*?<\/w:p>/gs)].map((m) => m[0]);
  return paragraphs
    .filter(
      (p) =>
        !new RegExp(`<w:rPr>(?:(?!</w:rPr>).)*<w:${dropped} [^>]*/>`, 's').test(p.slice(0, p.indexOf('</w:pPr>') + 1)),
    )
    .map((p) =>
      p
        .replace(new RegExp(`<w:${dropped} [^>]*>.*?</w:${dropped}>`, 'gs'), '')
        .replace(new RegExp(`</?w:${kept}\\b[^>]*>`, 'g'), '')
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<w:delText[^>]*>/g, '<w:t>')
        .replace(/<[^>]+>/g, ''),
    )
    .filter((text) => /^\d+\.\t|^Background/.test(text));
}

beforeAll(async () => {
  t = await startTestApp();
  const factory = new Factory(t.dataSource);
  cast = await memorandumCast(t, factory);
  const drafted = await draftMemorandum(cast, 'Trust and Energy in Northeast Asia', [
    trust,
    doubted,
    experts,
    ministers,
  ]);
  documentId = drafted.id;
  const client = cast.coChair.client;
  expectData(await client.gql(ADD, { input: { documentId, content: { kind: 'HEADING', html: '<p>Background</p>' } } }));
  expectData(await circulateMemorandum(cast, documentId));
  expectData(await client.gql(CLOSE_ROUND, { id: await openRoundOf(cast, documentId) }));

  // Version 2: a phrase rewritten, a paragraph removed, one added, one moved up under the heading.
  const [heading, p1, p2, p3, p4] = await workingParagraphs(client, documentId);
  expectData(
    await client.gql(SAVE_PARAGRAPH, {
      input: {
        documentId,
        paragraphId: p2!.paragraphId,
        baseRevision: p2!.revision,
        content: { kind: 'TEXT', html: `<p>${questioned}</p>` },
      },
    }),
  );
  expectData(
    await client.gql(DELETE, { input: { documentId, paragraphId: p3!.paragraphId, baseRevision: p3!.revision } }),
  );
  expectData(
    await client.gql(ADD, {
      input: { documentId, afterParagraphId: p1!.paragraphId, content: { kind: 'TEXT', html: `<p>${added}</p>` } },
    }),
  );
  expectData(
    await client.gql(MOVE, {
      input: { documentId, paragraphId: p4!.paragraphId, afterParagraphId: heading!.paragraphId },
    }),
  );
});
afterAll(() => t.close());

describe('comparing versions', () => {
  it('reads a rewritten phrase as one change and a moved paragraph as moved, not removed and added', async () => {
    const { documentComparison } = expectData<{ documentComparison: { paragraphs: Comparison[] } }>(
      await cast.coChair.client.gql(COMPARE, { id: documentId, from: 1, to: 2 }),
    );
    const paragraphs = documentComparison.paragraphs;
    expect(paragraphs.map((p) => [p.change, p.number, p.previousNumber])).toEqual([
      ['UNCHANGED', null, null],
      ['MOVED', 1, 4],
      ['UNCHANGED', 2, 1],
      ['ADDED', 3, null],
      ['CHANGED', 4, 2],
      ['REMOVED', 3, 3],
      ['MOVED_AWAY', 1, 4],
    ]);
    expect(paragraphs[4]!.segments).toEqual([
      { kind: 'SAME', text: 'The Council ' },
      { kind: 'REMOVED', text: 'doubted that in their present form the measures would work' },
      { kind: 'ADDED', text: 'questioned whether the measures can achieve their aims' },
      { kind: 'SAME', text: '.' },
    ]);
    expect(paragraphs[1]!.segments).toEqual([{ kind: 'SAME', text: ministers }]);
  });
});

describe('the Word redline', () => {
  it('is a Word revision: tracked insertions and deletions with the author and date of each change', async () => {
    const { document } = await redlineXml(cast.coChair);
    const insertions = [...document.matchAll(/<w:ins ([^>]*)>(.*?)<\/w:ins>/gs)];
    const deletions = [...document.matchAll(/<w:del ([^>]*)>(.*?)<\/w:del>/gs)];
    expect(insertions.length).toBeGreaterThan(0);
    expect(deletions.length).toBeGreaterThan(0);
    for (const [, attributes] of [...insertions, ...deletions]) {
      expect(attributes).toContain(`w:author="${cast.coChair.name}"`);
      expect(attributes).toMatch(/w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"/);
    }
    // The rewritten phrase is one deletion and one insertion, with no strike-through formatting left.
    const deleted = deletions.map(([, , runs]) => runs!.replace(/<[^>]+>/g, ''));
    const inserted = insertions.map(([, , runs]) => runs!.replace(/<[^>]+>/g, ''));
    expect(deleted).toContain('doubted that in their present form the measures would work');
    expect(inserted).toContain('questioned whether the measures can achieve their aims');
    expect(document).not.toMatch(/<w:strike\/>/);
    // Deleted words are deleted text, which Word restores on rejecting the change.
    expect(document).toMatch(/<w:delText[^>]*>doubted that in their present form the measures would work<\/w:delText>/);
  });

  it('numbers each paragraph once: accepting every change gives version 2, rejecting every change version 1', async () => {
    const { document } = await redlineXml(cast.coChair);
    expect(resolved(document, 'accept')).toEqual([
      'Background',
      `1.\t${ministers}`,
      `2.\t${trust}`,
      `3.\t${added}`,
      `4.\t${questioned}`,
    ]);
    expect(resolved(document, 'reject')).toEqual([
      'Background',
      `1.\t${trust}`,
      `2.\t${doubted}`,
      `3.\t${experts}`,
      `4.\t${ministers}`,
    ]);
  });

  it('tells a move as a move: a comment at each end names the other', async () => {
    const { comments } = await redlineXml(cast.coChair);
    const said = [...(comments ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(said).toEqual(['Moved from paragraph 4', 'Moved to paragraph 1']);
  });

  it('names no drafter to a reader who does not see the drafting', async () => {
    expectData(await circulateMemorandum(cast, documentId));
    const { document } = await redlineXml(cast.focalC);
    const authors = new Set([...document.matchAll(/w:author="([^"]*)"/g)].map((m) => m[1]));
    expect([...authors]).toEqual(['Study Group on Multilateral Security Governance in Northeast Asia']);
  });
});
