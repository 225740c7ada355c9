import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentRound, demoPassword, memorandum, trackedRecommendation } from '@plenary/seeds';
import type { GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** About 600 characters: a paragraph of a memorandum, or a co-chair's reply to a comment. */
const LONG_TEXT = Array.from(
  { length: 6 },
  (_, i) =>
    `Point ${i + 1}: the study group recommends a standing regional mechanism on energy connectivity, reviewed every year.`,
).join(' ');
/** Excel's height of a row of one line of Calibri 11. */
const ONE_LINE = 15;

let t: TestApp;
let secretariat: GraphQLTestClient;
let coChair: GraphQLTestClient;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
  coChair = await t.client().as('co-chair@plenary.example', demoPassword);
});
afterAll(() => t.close());

async function workbook(client: GraphQLTestClient, path: string): Promise<ExcelJS.Workbook> {
  const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie: client.sessionCookie ?? '' } });
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** A4 landscape, as wide as one page and as long as it takes, the header row frozen and printed on every page. */
function expectPrintable(sheet: ExcelJS.Worksheet, headerRow: number): void {
  expect(sheet.pageSetup, sheet.name).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  });
  expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: headerRow });
  expect(sheet.getRow(headerRow).font).toMatchObject({ bold: true, name: 'Calibri', size: 11 });
  expect(sheet.headerFooter.oddFooter).toBe('&RPage &P of &N');
}

function rowWith(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if ((row.values as unknown[]).includes(text)) found = row;
  });
  expect(found, `a row with ${text.slice(0, 40)}…`).toBeDefined();
  return found!;
}

describe('workbooks laid out to be read and printed', () => {
  it('gives the compilation of comments rows tall enough for their wrapped text, on A4 landscape pages', async () => {
    const [comment] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM comments WHERE round_id = $1 AND withdrawn_at IS NULL ORDER BY id LIMIT 1`,
      [commentRound.first],
    );
    await t.dataSource.query(`UPDATE comments SET reply = $1 WHERE id = $2`, [LONG_TEXT, comment!.id]);
    const book = await workbook(coChair, `/documents/${memorandum.governance2011}/comments.xlsx?round=1`);
    const comments = book.getWorksheet('Comments')!;
    const responses = book.getWorksheet('Responses')!;
    expectPrintable(comments, 1);
    expectPrintable(responses, 1);
    expect(comments.headerFooter.oddHeader).toContain('&L');

    const long = rowWith(comments, LONG_TEXT);
    expect(long.getCell(6).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // The reply column is 42 characters wide: some 15 lines.
    expect(long.height).toBeGreaterThan(10 * ONE_LINE);
    // A recipient that made no comment takes one line.
    let shortest = Infinity;
    responses.eachRow((row, number) => {
      if (number > 1) shortest = Math.min(shortest, row.height);
    });
    expect(shortest).toBe(ONE_LINE);
    expect(long.height).toBeGreaterThan(shortest);
  });

  it('gives the recommendation registry rows tall enough for their wrapped text, on A4 landscape pages', async () => {
    await t.dataSource.query(`UPDATE recommendations SET text = $1 WHERE id = $2`, [
      LONG_TEXT,
      trackedRecommendation.gtiCorridors,
    ]);
    const sheet = (await workbook(secretariat, '/recommendations/export.xlsx')).getWorksheet('Recommendations')!;
    expectPrintable(sheet, 2);
    const long = rowWith(sheet, LONG_TEXT);
    // The recommendation column is 56 characters wide: some 11 lines.
    expect(long.height).toBeGreaterThan(8 * ONE_LINE);
    let shortest = Infinity;
    sheet.eachRow((row, number) => {
      if (number > 2) shortest = Math.min(shortest, row.height);
    });
    expect(shortest).toBeGreaterThanOrEqual(ONE_LINE);
    expect(long.height).toBeGreaterThan(shortest);
  });
});
