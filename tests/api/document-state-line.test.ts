import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { docxXml, pdfPages, wordText } from '../helpers/files';
import { expectData } from '../helpers/graphql-client';
import { type Person, signedInPerson } from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The Word and PDF files of a circulated version say by when comments are due on the clock the
 * round's notices use: a meeting's document on the meeting's, here Tokyo (UTC+9, no summer time).
 */
const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const CIRCULATE = `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { status } }`;

let t: TestApp;
let organiser: Person;
let participant: Person;
let meetingId: string;

/** A concept note of the meeting, circulated to a participant until `closesAt`. */
async function circulated(closesAt: string): Promise<string> {
  const { createDocument } = expectData<{ createDocument: { id: string } }>(
    await organiser.client.gql(CREATE, {
      input: { kind: 'CONCEPT_NOTE', title: `Concept note closing ${closesAt}`, meetingId },
    }),
  );
  const documentId = createDocument.id;
  expectData(
    await organiser.client.gql(ADD, {
      input: { documentId, content: { kind: 'TEXT', html: '<p>The meeting reviews power trade.</p>' } },
    }),
  );
  expectData(
    await organiser.client.gql(CIRCULATE, {
      input: {
        documentId,
        closesAt,
        attribution: 'ATTRIBUTED',
        organizationIds: [],
        personIds: [participant.personId],
      },
    }),
  );
  return documentId;
}

async function download(documentId: string, file: string): Promise<Response> {
  const response = await fetch(`${t.baseUrl}/documents/${documentId}/${file}`, {
    headers: { cookie: organiser.client.sessionCookie ?? '' },
  });
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
  return response;
}

/** The state line as the Word file and the PDF each print it, spaces made single. */
async function stateLines(documentId: string): Promise<{ word: string; pdf: string }> {
  const word = wordText(await docxXml(await download(documentId, 'document.docx?version=1'))).replace(/\s+/g, ' ');
  const pdf = (await pdfPages(await download(documentId, 'document.pdf?version=1'))).join(' ').replace(/\s+/g, ' ');
  return { word, pdf };
}

beforeAll(async () => {
  t = await startTestApp();
  const factory = new Factory(t.dataSource);
  meetingId = (await factory.meeting({ timeZone: 'Asia/Tokyo', startDate: '2030-02-04', endDate: '2030-02-05' })).id;
  organiser = await signedInPerson(t, factory);
  participant = await signedInPerson(t, factory);
  await factory.grant(organiser.personId, 'MEETING', meetingId, MeetingRole.ORGANIZER);
  await t.dataSource.query(
    `INSERT INTO participations (meeting_id, person_id, role, state) VALUES ($1, $2, 'PARTICIPANT', 'ACCEPTED')`,
    [meetingId, participant.personId],
  );
});
afterAll(() => t?.close());

describe('the deadline in the state line of a circulated version', () => {
  it('prints the day of a deadline at 23:59 on the meeting’s clock', async () => {
    const documentId = await circulated('2030-01-15T23:59:00+09:00');
    const { word, pdf } = await stateLines(documentId);
    const line = 'Version 1, circulated for comment (round 1, comments by 15 January 2030)';
    expect(word).toContain(line);
    expect(pdf).toContain(line);
  });

  it('prints the meeting’s day, not UTC’s, for a deadline soon after its midnight', async () => {
    // 00:30 in Tokyo on 16 January is still 15 January in UTC.
    const documentId = await circulated('2030-01-16T00:30:00+09:00');
    const { word, pdf } = await stateLines(documentId);
    const line = 'Version 1, circulated for comment (round 1, comments by 16 January 2030)';
    expect(word).toContain(line);
    expect(pdf).toContain(line);
    expect(`${word} ${pdf}`).not.toContain('15 January 2030');
    // The compilation of comments gives the round's times on the same clock, naming its offset.
    const compilation = wordText(await docxXml(await download(documentId, 'comments.docx')));
    expect(compilation).toMatch(/Open from \d{1,2} \w+ \d{4}, \d\d:\d\d UTC\+9 until 16 January 2030, 00:30 UTC\+9/);
  });
});
