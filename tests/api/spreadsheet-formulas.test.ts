import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentRound, demoPassword, meeting, memorandum, trackedRecommendation } from '@plenary/seeds';
import type { GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Text that a spreadsheet program would run, one for each character that starts a formula or a
 * command (OWASP): names, comments and recommendations are typed by people, or imported from files.
 */
const PAYLOADS = [
  `=cmd|' /C calc'!A0`,
  "+SUM(1,2)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=HYPERLINK("https://attacker.example/","Details")',
  '\r=HYPERLINK("https://attacker.example/","Details")',
] as const;
const DANGEROUS_START = /^[=+\-@\t\r]/;

let t: TestApp;
let secretariat: GraphQLTestClient;
let coChair: GraphQLTestClient;
beforeAll(async () => {
  t = await startTestApp({ demoData: true });
  secretariat = await t.client().as('secretariat@plenary.example', demoPassword);
  coChair = await t.client().as('co-chair@plenary.example', demoPassword);
});
afterAll(() => t.close());

async function download(client: GraphQLTestClient, path: string): Promise<Response> {
  const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie: client.sessionCookie ?? '' } });
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
  return response;
}

async function csvRows(response: Response): Promise<string[][]> {
  const rows: string[][] = parse(Buffer.from(await response.arrayBuffer()).toString('utf8'), { bom: true });
  return rows;
}

async function workbook(response: Response): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** Each payload is in the file with an apostrophe before it, and no cell starts a formula. */
function expectInertCsv(rows: string[][]): void {
  const cells = rows.flat();
  for (const payload of PAYLOADS) expect(cells, JSON.stringify(payload)).toContain(`'${payload}`);
  expect(cells.filter((cell) => DANGEROUS_START.test(cell))).toEqual([]);
}

/**
 * Each payload is in the workbook as text, word for word (XML reads a carriage return as a line
 * feed), formatted as Text so that it stays text when edited; no cell is a formula.
 */
function expectInertWorkbook(book: ExcelJS.Workbook): void {
  const cells: ExcelJS.Cell[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
  for (const payload of PAYLOADS) {
    const cell = cells.find((c) => c.value === payload.replace(/\r/g, '\n'));
    expect(cell, JSON.stringify(payload)).toBeDefined();
    expect(cell!.type).toBe(ExcelJS.ValueType.String);
    expect(cell!.numFmt, JSON.stringify(payload)).toBe('@');
  }
  const startsLikeFormula = cells.filter((cell) => typeof cell.value === 'string' && /^[=+\-@\t\r\n]/.test(cell.value));
  expect(startsLikeFormula.length).toBeGreaterThanOrEqual(PAYLOADS.length);
  expect(startsLikeFormula.filter((cell) => cell.numFmt !== '@').map((cell) => cell.value)).toEqual([]);
}

describe('text a spreadsheet would run', () => {
  it('comes out of the list of participants as text', async () => {
    const people = await t.dataSource.query<{ id: string }[]>(
      `SELECT person_id AS id FROM participations WHERE meeting_id = $1 AND state = 'ACCEPTED' ORDER BY person_id LIMIT 6`,
      [meeting.incheon],
    );
    expect(people).toHaveLength(PAYLOADS.length);
    for (const [i, payload] of PAYLOADS.entries()) {
      await t.dataSource.query(`UPDATE people SET name = $1 WHERE id = $2`, [payload, people[i]!.id]);
    }
    expectInertCsv(await csvRows(await download(secretariat, `/meetings/${meeting.incheon}/participants.csv`)));
    expectInertCsv(
      await csvRows(await download(secretariat, `/meetings/${meeting.incheon}/participants.csv?status=ALL`)),
    );
  });

  it('comes out of the compilation of comments as text', async () => {
    const comments = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM comments WHERE round_id = $1 AND withdrawn_at IS NULL ORDER BY id LIMIT 6`,
      [commentRound.first],
    );
    expect(comments).toHaveLength(PAYLOADS.length);
    for (const [i, payload] of PAYLOADS.entries()) {
      await t.dataSource.query(`UPDATE comments SET reply = $1 WHERE id = $2`, [payload, comments[i]!.id]);
    }
    expectInertWorkbook(
      await workbook(await download(coChair, `/documents/${memorandum.governance2011}/comments.xlsx?round=1`)),
    );
  });

  it('comes out of the recommendation registry as text, in CSV and in the workbook', async () => {
    const ids = [
      trackedRecommendation.gtiCorridors,
      trackedRecommendation.gridOperators,
      trackedRecommendation.marineProtectedAreas,
      trackedRecommendation.floodWarnings,
      trackedRecommendation.ferryService,
    ];
    for (const [i, id] of ids.entries()) {
      await t.dataSource.query(`UPDATE recommendations SET text = $1 WHERE id = $2`, [PAYLOADS[i], id]);
    }
    await t.dataSource.query(`UPDATE recommendations SET source_title = $1 WHERE id = $2`, [PAYLOADS[5], ids[0]]);
    expectInertCsv(await csvRows(await download(secretariat, '/recommendations/export.csv')));
    expectInertWorkbook(await workbook(await download(secretariat, '/recommendations/export.xlsx')));
  });
});
