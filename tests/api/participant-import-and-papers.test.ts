import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const PREVIEW = `mutation P($meetingId: ID!, $csv: String!) { previewParticipantImport(meetingId: $meetingId, csv: $csv) { rowNumber name email role errors } }`;
const IMPORT = `mutation I($meetingId: ID!, $csv: String!) { importParticipants(meetingId: $meetingId, csv: $csv) { role person { name } representing { acronym } } }`;

async function setup() {
  const m = await factory.meeting();
  const organizer = await factory.user();
  await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  await factory.organization({ name: 'Greater Tumen Initiative', acronym: `GTI-${m.id.slice(0, 4)}` });
  return { m, organizer, asOrganizer: await t.client().as(organizer.email, organizer.password) };
}

describe('importing participants from CSV', () => {
  const good = (acronym: string) =>
    `\uFEFFname,sort_name,email,role,representing,category\n` +
    `김민준,Kim Min-jun,minjun@example.org,participant,${acronym},Think tanks\n` +
    `"Иванова, Мария",Ivanova Maria,maria@example.org,Discussant,,Academia\n`;

  it('previews each row, then imports them all, and the invitations e-mail each person', async () => {
    const { m, asOrganizer } = await setup();
    const acronym = `GTI-${m.id.slice(0, 4)}`;
    const { previewParticipantImport } = expectData(
      await asOrganizer.gql<{ previewParticipantImport: { rowNumber: number; errors: string[]; role: string }[] }>(
        PREVIEW,
        {
          meetingId: m.id,
          csv: good(acronym),
        },
      ),
    );
    expect(previewParticipantImport).toEqual([
      { rowNumber: 2, name: '김민준', email: 'minjun@example.org', role: 'PARTICIPANT', errors: [] },
      { rowNumber: 3, name: 'Иванова, Мария', email: 'maria@example.org', role: 'DISCUSSANT', errors: [] },
    ]);
    expect(await factory.count('participations', 'meeting_id = $1', [m.id])).toBe(0);
    const { importParticipants } = expectData(
      await asOrganizer.gql<{ importParticipants: unknown[] }>(IMPORT, { meetingId: m.id, csv: good(acronym) }),
    );
    expect(importParticipants).toEqual([
      { role: 'PARTICIPANT', person: { name: '김민준' }, representing: { acronym } },
      { role: 'DISCUSSANT', person: { name: 'Иванова, Мария' }, representing: null },
    ]);
    expect(await factory.count('outbox_messages', `object_id = $1`, [m.id])).toBe(0);
    expectData(
      await asOrganizer.gql(`mutation S($id: ID!) { sendInvitations(meetingId: $id) { sent { id } } }`, { id: m.id }),
    );
    expect(await factory.count('outbox_messages', `object_id = $1 AND kind = 'MEETING_INVITATION'`, [m.id])).toBe(2);
  });

  it('reports a bad e-mail with its row number and imports nothing', async () => {
    const { m, asOrganizer } = await setup();
    const csv = `name,email,role\nGood Person,good@example.org,participant\nBad Person,not-an-email,participant\nThird,third@example.org,chef\n`;
    const { previewParticipantImport } = expectData(
      await asOrganizer.gql<{ previewParticipantImport: { rowNumber: number; errors: string[] }[] }>(PREVIEW, {
        meetingId: m.id,
        csv,
      }),
    );
    expect(previewParticipantImport.map((r) => [r.rowNumber, r.errors.length])).toEqual([
      [2, 0],
      [3, 1],
      [4, 1],
    ]);
    expect(previewParticipantImport[1]!.errors[0]).toMatch(/"not-an-email" is not an e-mail address/);
    expect(previewParticipantImport[2]!.errors[0]).toMatch(/role "chef"/);
    const error = expectError(
      await asOrganizer.gql(IMPORT, { meetingId: m.id, csv }),
      'BAD_USER_INPUT',
      'IMPORT_HAS_ERRORS',
    );
    expect(error.extensions?.rows).toEqual([
      { rowNumber: 3, errors: [expect.stringContaining('not-an-email')] },
      { rowNumber: 4, errors: [expect.stringContaining('chef')] },
    ]);
    expect(await factory.count('participations', 'meeting_id = $1', [m.id])).toBe(0);
    expect(await factory.count('people', `email = 'good@example.org'`)).toBe(0);
  });

  it('reports a file that is not CSV, a missing column and duplicates', async () => {
    const { m, asOrganizer } = await setup();
    const rows = async (csv: string) =>
      expectData(
        await asOrganizer.gql<{ previewParticipantImport: { rowNumber: number; errors: string[] }[] }>(PREVIEW, {
          meetingId: m.id,
          csv,
        }),
      ).previewParticipantImport;
    expect((await rows('name,email\nA,a@example.org\n'))[0]!.errors[0]).toMatch(/lacks role/);
    expect((await rows('name,email,role\n"unclosed,a@example.org,participant\n'))[0]!.errors[0]).toMatch(
      /not valid CSV/,
    );
    const dup = await rows('name,email,role\nA,same@example.org,participant\nB,SAME@example.org,observer\n');
    expect(dup[1]!.errors[0]).toMatch(/appears more than once/);
  });

  it('refuses an import by someone who does not run the meeting', async () => {
    const { m } = await setup();
    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const client = await t.client().as(participant.email, participant.password);
    expectError(
      await client.gql(IMPORT, { meetingId: m.id, csv: 'name,email,role\nA,a@example.org,participant\n' }),
      'FORBIDDEN',
    );
    expect(await factory.count('participations', 'meeting_id = $1', [m.id])).toBe(0);
  });
});

describe('papers', () => {
  async function upload(client: GraphQLTestClient, meetingId: string, name: string, bytes: Buffer, origin?: string) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${t.baseUrl}/meetings/${meetingId}/files`, {
      method: 'POST',
      body: form,
      headers: { cookie: client.sessionCookie!, ...(origin ? { origin } : {}) },
    });
  }

  it('stores a paper, links it to an agenda item and lets participants download it', async () => {
    const { m, asOrganizer } = await setup();
    const pdf = Buffer.from('%PDF-1.7\n% Background paper on functional cooperation\n%%EOF\n');
    const response = await upload(asOrganizer, m.id, 'Background paper – 북동아시아.pdf', pdf);
    expect(response.status).toBe(201);
    const paper = (await response.json()) as { id: string; filename: string; url: string; sizeBytes: number };
    expect(paper).toMatchObject({
      filename: 'Background paper – 북동아시아.pdf',
      sizeBytes: pdf.length,
      url: `/files/${paper.id}`,
    });

    const { addAgendaDay } = expectData(
      await asOrganizer.gql<{ addAgendaDay: { id: string } }>(
        `mutation { addAgendaDay(input: { meetingId: "${m.id}", date: "2026-03-10" }) { id } }`,
      ),
    );
    const item = expectData(
      await asOrganizer.gql<{ addAgendaItem: { papers: { filename: string }[] } }>(
        `mutation I($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { papers { filename } } }`,
        {
          dayId: addAgendaDay.id,
          input: { kind: 'SESSION', title: 'Session 1', startTime: '09:00', endTime: '10:00', paperIds: [paper.id] },
        },
      ),
    );
    expect(item.addAgendaItem.papers).toEqual([{ filename: 'Background paper – 북동아시아.pdf' }]);

    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const asParticipant = await t.client().as(participant.email, participant.password);
    const download = await fetch(`${t.baseUrl}${paper.url}`, { headers: { cookie: asParticipant.sessionCookie! } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });

  /** An OpenDocument text as office suites write it: "mimetype" first and stored, then the content. */
  async function odt(mimetype: string): Promise<Buffer> {
    const zip = new JSZip();
    zip.file('mimetype', mimetype, { compression: 'STORE' });
    zip.file(
      'META-INF/manifest.xml',
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    );
    zip.file(
      'content.xml',
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
    );
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('accepts Office files whose archive holds the document their name says', async () => {
    const { m, asOrganizer } = await setup();
    const word = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Background paper on energy connectivity')] }] }),
    );
    const docx = await upload(asOrganizer, m.id, 'Background paper.docx', word);
    expect(docx.status, await docx.clone().text()).toBe(201);
    expect(await docx.json()).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Budget').addRow(['Travel', 12000]);
    const xlsx = await upload(asOrganizer, m.id, 'Budget.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(xlsx.status, await xlsx.clone().text()).toBe(201);
    const text = await upload(asOrganizer, m.id, 'Notes.odt', await odt('application/vnd.oasis.opendocument.text'));
    expect(text.status, await text.clone().text()).toBe(201);
    expect(await factory.count('files', 'meeting_id = $1', [m.id])).toBe(3);
  });

  it('refuses a ZIP that is not the Office document its name says, saying what it is', async () => {
    const { m, asOrganizer } = await setup();
    const refusal = async (name: string, bytes: Buffer) => {
      const response = await upload(asOrganizer, m.id, name, bytes);
      expect(response.status, name).toBe(400);
      const body = (await response.json()) as { code: string; reason: string; message: string; field: string };
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FILE', field: 'file' });
      return body;
    };

    const plain = new JSZip();
    plain.file('notes.txt', 'Not a Word document at all.');
    const plainZip = await plain.generateAsync({ type: 'nodebuffer' });
    expect((await refusal('paper.docx', plainZip)).message).toMatch(/^This file is not a Word document/);
    expect((await refusal('slides.pptx', plainZip)).message).toMatch(/^This file is not a PowerPoint presentation/);

    const book = new ExcelJS.Workbook();
    book.addWorksheet('Budget').addRow(['Travel', 12000]);
    const workbook = Buffer.from(await book.xlsx.writeBuffer());
    expect((await refusal('paper.docx', workbook)).message).toBe(
      'This file is an Excel workbook, not a Word document. Give it the ending .xlsx, or choose a Word document.',
    );

    expect((await refusal('notes.odt', await odt('application/vnd.oasis.opendocument.spreadsheet'))).message).toMatch(
      /^This file is an OpenDocument spreadsheet, not an OpenDocument text/,
    );
    expect((await refusal('notes.odt', await odt('application/zip'))).message).toMatch(
      /^This file is not an OpenDocument text/,
    );

    // Declares a Word document whose main part is missing.
    const hollow = new JSZip();
    hollow.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    await refusal('paper.docx', await hollow.generateAsync({ type: 'nodebuffer' }));
    // A ZIP's signature and nothing readable after it.
    await refusal('paper.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    expect(await factory.count('files', 'meeting_id = $1', [m.id])).toBe(0);
  });

  it('refuses a malformed file, an unknown kind, an upload by a participant, and a download by an outsider', async () => {
    const { m, asOrganizer } = await setup();
    const fake = await upload(asOrganizer, m.id, 'paper.pdf', Buffer.from('<html>not a pdf</html>'));
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_FILE' });
    expect((await upload(asOrganizer, m.id, 'script.exe', Buffer.from('MZ'))).status).toBe(400);
    expect((await upload(asOrganizer, m.id, 'paper.pdf', Buffer.from('%PDF-1.7'), 'https://evil.example')).status).toBe(
      401,
    );

    const participant = await factory.user();
    await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const asParticipant = await t.client().as(participant.email, participant.password);
    expect((await upload(asParticipant, m.id, 'paper.pdf', Buffer.from('%PDF-1.7'))).status).toBe(403);
    expect(await factory.count('files', 'meeting_id = $1', [m.id])).toBe(0);

    const ok = (await (await upload(asOrganizer, m.id, 'paper.pdf', Buffer.from('%PDF-1.7'))).json()) as {
      url: string;
    };
    const outsider = await factory.user();
    const asOutsider = await t.client().as(outsider.email, outsider.password);
    expect((await fetch(`${t.baseUrl}${ok.url}`, { headers: { cookie: asOutsider.sessionCookie! } })).status).toBe(404);
  });
});
