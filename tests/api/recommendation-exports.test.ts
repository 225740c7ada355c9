import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganizationKind, OrganizationRole } from '@plenary/shared';
import { APP_CONFIG, type AppConfig } from '../../apps/api/src/config/config';
import { today } from '../../apps/api/src/recommendations/recommendations.service';
import { Factory } from '../helpers/factories';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { signedInPerson } from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
let publicUrl: string;

const ADD = `mutation A($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }`;
const CHANGE = `mutation C($input: ChangeRecommendationStatusInput!) { changeRecommendationStatus(input: $input) { id status } }`;

const HEADERS = [
  'Source',
  'No.',
  'Recommendation',
  'Addressees',
  'Issue areas',
  'Status',
  'Adopted on',
  'Next follow-up',
  'Overdue',
  'Responsible secretariat',
  'Last step',
  'Evidence',
  'Link',
];
const COUNCIL = 'Council for Security Cooperation';
const GTI = 'Greater Tumen Initiative';
/** Accented and CJK text, which a CSV without a byte-order mark would garble in Excel. */
const FORUM_TEXT = 'Établir un forum régional de l’énergie; 東北アジアのエネルギー協力を深める。';
const FORMULA_TEXT = '=HYPERLINK("https://attacker.example/","Click for details")';

let council: string;
let gti: string;
let secretary: GraphQLTestClient;
let otherSecretary: GraphQLTestClient;
let outsider: GraphQLTestClient;
const ids = { forum: '', grid: '', maritime: '', solar: '', accepted: '', formula: '' };
let evidenceFileId: string;

async function add(client: GraphQLTestClient, input: Record<string, unknown>): Promise<string> {
  return expectData(await client.gql<{ addRecommendation: { id: string } }>(ADD, { input })).addRecommendation.id;
}

async function move(client: GraphQLTestClient, input: Record<string, unknown>): Promise<void> {
  expectData(await client.gql(CHANGE, { input }));
}

async function download(client: GraphQLTestClient | null, path: string): Promise<Response> {
  return fetch(`${t.baseUrl}/recommendations/${path}`, { headers: { cookie: client?.sessionCookie ?? '' } });
}

/** The body of a refusal, for the assertion message of a download that was not expected to fail. */
async function errorOf(response: Response): Promise<string> {
  return response.status === 200 ? '' : await response.clone().text();
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

async function csvText(response: Response): Promise<string> {
  expect(response.status, await errorOf(response)).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  // response.text() would drop the byte-order mark this checks for.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

function csvRows(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true });
  return rows;
}

/** A worksheet row as text, the way the CSV has it: dates as YYYY-MM-DD, links as their address. */
function textOf(row: ExcelJS.Row): string[] {
  return HEADERS.map((_, i) => {
    const value = row.getCell(i + 1).value;
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'object' && 'hyperlink' in value) return value.hyperlink;
    if (typeof value === 'number') return String(value);
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** The data rows of the registry sheet: everything under the title row and the header row. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 2) rows.push(row);
  });
  return rows;
}

async function expectRefusal(response: Response, status: number, code: string, reason?: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { code: string; reason: string; message: string; field?: string };
  expect(body.code).toBe(code);
  if (reason) expect(body.reason).toBe(reason);
  return body;
}

function link(id: string): string {
  return `${publicUrl}/recommendations/${id}`;
}

/** What both files hold for the council's energy recommendations that have been transmitted, newest first. */
function transmittedEnergyRows(): string[][] {
  return [
    [
      'Energy Cooperation in Northeast Asia',
      '1',
      FORUM_TEXT,
      `Policy makers; ${GTI}`,
      'Energy, Transport',
      'Transmitted',
      '2024-03-15',
      '2024-09-01',
      'Yes',
      COUNCIL,
      '2024-04-02: Sent to the ministers of energy.',
      'https://example.org/letters/2024-04-02',
      link(ids.forum),
    ],
    [
      'Solar Cooperation Workshop',
      '',
      'Support community solar schemes.',
      'Civil society',
      'Energy',
      'Transmitted',
      '2023-06-01',
      '',
      'No',
      COUNCIL,
      '2023-07-01: Circulated to civil society networks.',
      '',
      link(ids.solar),
    ],
  ];
}

beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
  publicUrl = t.app.get<AppConfig>(APP_CONFIG).publicUrl;
  council = (await factory.organization({ name: COUNCIL, kind: OrganizationKind.COUNCIL })).id;
  gti = (await factory.organization({ name: GTI, kind: OrganizationKind.INTERGOVERNMENTAL })).id;
  const otherCouncil = (await factory.organization({ name: 'Another Council', kind: OrganizationKind.COUNCIL })).id;
  const staff = await signedInPerson(t, factory);
  const otherStaff = await signedInPerson(t, factory);
  await factory.grant(staff.personId, 'ORGANIZATION', council, OrganizationRole.SECRETARIAT);
  await factory.grant(otherStaff.personId, 'ORGANIZATION', otherCouncil, OrganizationRole.SECRETARIAT);
  secretary = staff.client;
  otherSecretary = otherStaff.client;
  outsider = (await signedInPerson(t, factory)).client;

  ids.forum = await add(secretary, {
    responsibleId: council,
    sourceTitle: 'Energy Cooperation in Northeast Asia',
    sourceUrl: 'https://example.org/memoranda/energy',
    number: 1,
    text: FORUM_TEXT,
    addressees: [{ kind: 'POLICY_MAKERS' }, { kind: 'NAMED_BODY', organizationId: gti }],
    issueAreas: ['ENERGY', 'TRANSPORT'],
    adoptedOn: '2024-03-15',
    nextFollowUpOn: '2024-09-01',
  });
  await move(secretary, {
    recommendationId: ids.forum,
    status: 'TRANSMITTED',
    occurredOn: '2024-04-02',
    note: 'Sent to the ministers of energy.',
    evidenceUrl: 'https://example.org/letters/2024-04-02',
  });

  ids.grid = await add(secretary, {
    responsibleId: council,
    sourceTitle: 'Power Grids Report',
    sourceUrl: 'https://example.org/reports/power-grids',
    number: 2,
    text: 'Study an interconnected power grid.',
    addressees: [{ kind: 'INSTITUTIONS' }],
    issueAreas: ['ENERGY'],
    adoptedOn: '2025-01-10',
  });

  ids.maritime = await add(secretary, {
    responsibleId: council,
    sourceTitle: 'Maritime Security Dialogue',
    text: 'Set up a hotline between coast guards.',
    issueAreas: ['MARITIME_SECURITY'],
    adoptedOn: '2024-05-20',
  });
  await move(secretary, { recommendationId: ids.maritime, status: 'TRANSMITTED', note: 'Sent.' });

  ids.solar = await add(secretary, {
    responsibleId: council,
    sourceTitle: 'Solar Cooperation Workshop',
    text: 'Support community solar schemes.',
    addressees: [{ kind: 'CIVIL_SOCIETY' }],
    issueAreas: ['ENERGY'],
    adoptedOn: '2023-06-01',
  });
  await move(secretary, {
    recommendationId: ids.solar,
    status: 'TRANSMITTED',
    occurredOn: '2023-07-01',
    note: 'Circulated to civil society networks.',
  });

  // Accepted with a scanned letter as evidence: the file, not a link.
  ids.accepted = await add(secretary, {
    responsibleId: council,
    sourceTitle: 'Energy Efficiency Roundtable',
    sourceUrl: 'https://example.org/roundtable',
    text: 'Adopt common efficiency labels.',
    issueAreas: ['ENERGY'],
    adoptedOn: '2022-02-02',
  });
  await move(secretary, {
    recommendationId: ids.accepted,
    status: 'TRANSMITTED',
    occurredOn: '2022-03-01',
    note: 'Sent.',
  });
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n% the ministry accepts\n')]), 'acceptance.pdf');
  const upload = await fetch(`${t.baseUrl}/recommendations/${ids.accepted}/files`, {
    method: 'POST',
    body: form,
    headers: { cookie: secretary.sessionCookie ?? '' },
  });
  expect(upload.status, await upload.clone().text()).toBe(201);
  evidenceFileId = ((await upload.json()) as { id: string }).id;
  await move(secretary, {
    recommendationId: ids.accepted,
    status: 'ACCEPTED_BY_ADDRESSEE',
    occurredOn: '2022-05-05',
    note: 'The ministry accepts it.',
    evidenceFileId,
  });

  // Another secretariat's, which the council's staff may not see.
  ids.formula = await add(otherSecretary, {
    responsibleId: otherCouncil,
    sourceTitle: 'Another Council Statement',
    text: FORMULA_TEXT,
    issueAreas: ['ENERGY'],
    adoptedOn: '2024-01-01',
  });
  await move(otherSecretary, { recommendationId: ids.formula, status: 'TRANSMITTED', note: 'Sent.' });
});
afterAll(async () => {
  await t?.close();
});

describe('the recommendation registry as a spreadsheet', () => {
  it('exports exactly the filtered rows as XLSX, under a title row and a frozen, filterable header', async () => {
    const response = await download(secretary, 'export.xlsx?issueArea=ENERGY&status=TRANSMITTED');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`Recommendations - Energy, Transmitted - ${today()}.xlsx`)}`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const sheet = (await workbook(response)).getWorksheet('Recommendations')!;
    expect(sheet).toBeDefined();
    expect(sheet.getCell('A1').value).toBe(
      `Recommendation registry — Issue area: Energy; Status: Transmitted — as of ${today()}`,
    );
    expect(textOf(sheet.getRow(2))).toEqual(HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = dataRows(sheet);
    expect(rows.map(textOf)).toEqual(transmittedEnergyRows());
    // Numbers are numbers, dates are dates and links are links, so they sort, filter and open.
    const forum = rows[0]!;
    expect(forum.getCell(2).value).toBe(1);
    expect(forum.getCell(7).value).toBeInstanceOf(Date);
    expect(forum.getCell(13).value).toEqual({ text: link(ids.forum), hyperlink: link(ids.forum) });
  });

  it('exports the same rows as CSV, UTF-8 with a byte-order mark and CRLF line ends', async () => {
    const response = await download(secretary, 'export.csv?issueArea=ENERGY&status=TRANSMITTED');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`Recommendations - Energy, Transmitted - ${today()}.csv`)}`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await csvText(response);
    expect(text.startsWith('\uFEFFSource,No.,Recommendation,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(csvRows(text)).toEqual([HEADERS, ...transmittedEnergyRows()]);
  });

  it('applies the other filters the dashboard has: named body, overdue, addressee, year', async () => {
    const sources = async (query: string) =>
      csvRows(await csvText(await download(secretary, `export.csv?${query}`)))
        .slice(1)
        .map((row) => row[0]);
    expect(await sources('')).toEqual([
      'Power Grids Report',
      'Maritime Security Dialogue',
      'Energy Cooperation in Northeast Asia',
      'Solar Cooperation Workshop',
      'Energy Efficiency Roundtable',
    ]);
    expect(await sources(`organization=${gti}&overdue=1`)).toEqual(['Energy Cooperation in Northeast Asia']);
    expect(await sources('overdue=true')).toEqual(['Energy Cooperation in Northeast Asia']);
    expect(await sources('addressee=CIVIL_SOCIETY')).toEqual(['Solar Cooperation Workshop']);
    expect(await sources('year=2024')).toEqual(['Maritime Security Dialogue', 'Energy Cooperation in Northeast Asia']);
    expect(await sources('status=IMPLEMENTED')).toEqual([]);

    const sheet = (await workbook(await download(secretary, `export.xlsx?organization=${gti}&overdue=1`)))
      .worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(
      `Recommendation registry — Addressed to: ${GTI}; Follow-up: Overdue — as of ${today()}`,
    );
  });

  it('answers ids that exist nowhere with a file of no rows, not an error', async () => {
    for (const name of ['studyGroup', 'meeting', 'document', 'organization']) {
      const rows = csvRows(await csvText(await download(secretary, `export.csv?${name}=${randomUUID()}`)));
      expect(rows, name).toEqual([HEADERS]);
    }
    const sheet = (await workbook(await download(secretary, `export.xlsx?studyGroup=${randomUUID()}`))).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(`Recommendation registry — Study group: (unknown) — as of ${today()}`);
    expect(dataRows(sheet)).toEqual([]);
  });

  it('gives as evidence the latest step’s link, or the download address of its file', async () => {
    const rows = csvRows(await csvText(await download(secretary, 'export.csv?issueArea=ENERGY')));
    const evidence = new Map(rows.slice(1).map((row) => [row[0], row[11]]));
    expect(evidence.get('Energy Efficiency Roundtable')).toBe(`${publicUrl}/files/${evidenceFileId}`);
    expect(evidence.get('Energy Cooperation in Northeast Asia')).toBe('https://example.org/letters/2024-04-02');
    // Not yet moved: the adoption's evidence is the source it was entered from.
    expect(evidence.get('Power Grids Report')).toBe('https://example.org/reports/power-grids');
    const accepted = rows.find((row) => row[0] === 'Energy Efficiency Roundtable')!;
    expect(accepted[5]).toBe('Accepted by addressee');
    expect(accepted[10]).toBe('2022-05-05: The ministry accepts it.');
  });
});

describe('who gets what', () => {
  it('gives someone outside the secretariat a file with the header and no rows', async () => {
    const sheet = (await workbook(await download(outsider, 'export.xlsx?issueArea=ENERGY&status=TRANSMITTED')))
      .worksheets[0]!;
    expect(textOf(sheet.getRow(2))).toEqual(HEADERS);
    expect(dataRows(sheet)).toEqual([]);
    expect(csvRows(await csvText(await download(outsider, 'export.csv')))).toEqual([HEADERS]);
  });

  it('gives another secretariat its own recommendations and none of the council’s', async () => {
    const rows = csvRows(
      await csvText(await download(otherSecretary, 'export.csv?issueArea=ENERGY&status=TRANSMITTED')),
    );
    expect(rows.slice(1).map((row) => row[12])).toEqual([link(ids.formula)]);
  });

  it('refuses a request from someone signed out', async () => {
    for (const path of ['export.xlsx', 'export.csv?status=ADOPTED']) {
      await expectRefusal(await download(null, path), 401, 'UNAUTHENTICATED', 'SIGN_IN_REQUIRED');
    }
  });
});

describe('a malformed request', () => {
  it.each([
    ['status=NOPE', 'status', /"status" must be one of ADOPTED, TRANSMITTED/],
    ['issueArea=SPACE', 'issueArea', /"issueArea" must be one of TRADE/],
    ['addressee=EVERYONE', 'addressee', /"addressee" must be one of POLICY_MAKERS/],
    ['year=abc', 'year', /"year" must be a year/],
    ['year=20.5', 'year', /"year" must be a year/],
    ['year=1800', 'year', /year such as 2021/],
    ['studyGroup=not-a-uuid', 'studyGroup', /"studyGroup" must be an id/],
    ['organization=42', 'organization', /"organization" must be an id/],
    ['overdue=maybe', 'overdue', /"overdue" must be 1 or true/],
    ['issueArea=ENERGY&issueArea=TRADE', 'issueArea', /Give "issueArea" once/],
  ])('answers %s with a 400 that names the parameter', async (query, field, message) => {
    for (const format of ['xlsx', 'csv']) {
      const body = await expectRefusal(
        await download(secretary, `export.${format}?${query}`),
        400,
        'BAD_USER_INPUT',
        'INVALID_INPUT',
      );
      expect(body.field).toBe(field);
      expect(body.message).toMatch(message);
    }
  });

  it('answers a format it does not make with a 404', async () => {
    await expectRefusal(await download(secretary, 'export.pdf'), 404, 'NOT_FOUND');
  });
});

describe('text a spreadsheet would run', () => {
  it('keeps a formula as text: quoted in the CSV, a Text cell in the workbook', async () => {
    const rows = csvRows(await csvText(await download(otherSecretary, 'export.csv')));
    expect(rows[1]![2]).toBe(`'${FORMULA_TEXT}`);
    const sheet = (await workbook(await download(otherSecretary, 'export.xlsx'))).worksheets[0]!;
    const cell = dataRows(sheet)[0]!.getCell(3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(FORMULA_TEXT);
    // Formatted as Text, so that it stays text when someone edits the cell.
    expect(cell.numFmt).toBe('@');
  });
});
