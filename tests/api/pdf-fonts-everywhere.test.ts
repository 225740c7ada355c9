import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { drawnText } from '../helpers/files';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { memorandumCast, type MemorandumCast } from '../helpers/memoranda';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The memorandum and the report, like the agenda, draw every character of text in Korean, Chinese,
 * Japanese, Russian and Mongolian (whose Ө and Ү no CJK font has) on a machine with no CJK font of its own.
 */
const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const START = `mutation R($meetingId: ID!) { startMeetingReport(meetingId: $meetingId) { id revision } }`;
const SAVE = `mutation W($input: SaveMeetingReportInput!) { saveMeetingReport(input: $input) { id } }`;
const ADD_ACTION = `mutation X($reportId: ID!, $input: ActionItemInput!) { addActionItem(reportId: $reportId, input: $input) { id } }`;

const TITLE = 'Өлзий Үүрийн санамж бичиг';
const committee = 'Монгол Үндэсний Хороо';
const memorandumText = {
  heading: 'Үүрийн гэгээ',
  paragraph:
    '<p>Өлзий Үүрийн <strong>Түмэнжаргал</strong> reported on <em>東京で開かれた会議</em> ' +
    'and <a href="https://example.org/">김태훈의 보고서</a>.</p>' +
    '<ul><li>Өргөн хүрээний хамтын ажиллагаа</li><li>山田さくらの提案</li></ul>',
  recommendation: '<p>Үндэсний хороод хамтран ажиллана; 王磊介绍了北京的合作; Анна Соколова agrees.</p>',
};
/** What each piece of text is drawn as, whole. */
const memorandumWords = [
  TITLE,
  memorandumText.heading,
  'Өлзий Үүрийн',
  'Түмэнжаргал',
  '東京で開かれた会議',
  '김태훈의 보고서',
  'Өргөн хүрээний хамтын ажиллагаа',
  '山田さくらの提案',
  'Үндэсний хороод хамтран ажиллана; 王磊介绍了北京的合作; Анна Соколова agrees.',
  `Addressed to: ${committee}`,
];

const owner = { name: 'Өлзийбаяр Түмэнжаргал', sortName: 'Ulziibayar Tumenjargal' };
const report = {
  meeting: 'Өмнөд Говийн уулзалт',
  // Han characters are drawn in the Japanese face beside kana and in the Chinese face otherwise.
  summary: ['Өлзий Үүрийн хурал 東京で開かれました。', '王磊介绍了北京的合作。'],
  heading: 'Үндэсний хороодын санал',
  section: 'Батбаярын Оюунчимэг and 김태훈 proposed a study.',
  task: 'Үүрийн төлөвлөгөө бэлтгэх',
};

let t: TestApp;
let cast: MemorandumCast;
let documentId: string;
let organiser: GraphQLTestClient;
let meetingId: string;

async function download(client: GraphQLTestClient, path: string): Promise<ArrayBuffer> {
  const response = await fetch(`${t.baseUrl}${path}`, { headers: { cookie: client.sessionCookie ?? '' } });
  expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return response.arrayBuffer();
}

beforeAll(async () => {
  // As on a machine with only Node and npm: the system's fonts are not looked for.
  t = await startTestApp({ env: { PLENARY_PDF_SYSTEM_FONTS: 'false' } });
  const factory = new Factory(t.dataSource);

  cast = await memorandumCast(t, factory);
  const body = await factory.organization({ name: committee });
  const client = cast.coChair.client;
  documentId = expectData<{ createDocument: { id: string } }>(
    await client.gql(CREATE, { input: { kind: 'MEMORANDUM', title: TITLE, studyGroupId: cast.groupId } }),
  ).createDocument.id;
  // Each is added at the top, so in reverse order.
  for (const content of [
    {
      kind: 'RECOMMENDATION',
      html: memorandumText.recommendation,
      addressees: [{ kind: 'NAMED_BODY', organizationId: body.id }],
    },
    { kind: 'TEXT', html: memorandumText.paragraph },
    { kind: 'HEADING', html: `<p>${memorandumText.heading}</p>` },
  ]) {
    expectData(await client.gql(ADD, { input: { documentId, content } }));
  }

  const user = await factory.user({ name: 'Amina Rahman', sortName: 'Rahman, Amina' });
  meetingId = (await factory.meeting({ title: report.meeting, startDate: '2026-03-10', endDate: '2026-03-10' })).id;
  await factory.grant(user.personId, 'MEETING', meetingId, MeetingRole.ORGANIZER);
  organiser = await t.client().as(user.email, user.password);
  const person = await factory.user(owner);
  const started = expectData<{ startMeetingReport: { id: string; revision: number } }>(
    await organiser.gql(START, { meetingId }),
  ).startMeetingReport;
  expectData(
    await organiser.gql(SAVE, {
      input: {
        reportId: started.id,
        baseRevision: started.revision,
        summary: report.summary.join('\n\n'),
        sections: [{ heading: report.heading, text: report.section }],
      },
    }),
  );
  expectData(
    await organiser.gql(ADD_ACTION, {
      reportId: started.id,
      input: { title: report.task, ownerPersonId: person.personId },
    }),
  );
});
afterAll(() => t?.close());

/** Every glyph drawn from a font that has it, and each script in the font shipped with the app for it. */
function expectEveryScriptDrawn(drawn: Awaited<ReturnType<typeof drawnText>>, words: string[]) {
  expect(drawn.missing).toBe(0);
  // Lines follow each other in the drawing with nothing between them, and spaces that end a line are not drawn.
  const glyphs = drawn.text.replace(/\s+/g, '');
  for (const word of words) expect(glyphs).toContain(word.replace(/\s+/g, ''));
  expect([...drawn.fonts]).toEqual(
    expect.arrayContaining(['NotoSans-Regular', 'NotoSansKR-Regular', 'NotoSansJP-Regular', 'NotoSansHans-Regular']),
  );
  expect([...drawn.fonts].filter((font) => font.startsWith('NotoSansCJK'))).toEqual([]);
}

describe('text in every script on every PDF', () => {
  it('draws every character of a memorandum’s title, headings, paragraphs, lists and notes', async () => {
    const drawn = await drawnText(await download(cast.coChair.client, `/documents/${documentId}/document.pdf`));
    expectEveryScriptDrawn(drawn, memorandumWords);
    // Bold and headings in Mongolian come from the bold face of the font that has Ө and Ү.
    expect([...drawn.fonts]).toContain('NotoSans-Bold');
  });

  it('draws every character of a meeting report’s title, summary, sections and next tasks', async () => {
    const drawn = await drawnText(await download(organiser, `/meetings/${meetingId}/report.pdf`));
    expectEveryScriptDrawn(drawn, [
      `Report of the ${report.meeting}`,
      ...report.summary,
      report.heading,
      report.section,
      `${report.task} — ${owner.name}`,
    ]);
  });
});
