import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../helpers/factories';
import { drawnText } from '../helpers/files';
import type { GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Names as people write them, each in a script no single Noto font covers with the others. */
const names = [
  { name: '김태훈', sortName: 'Kim Tae-hoon' },
  { name: '王磊', sortName: 'Wang Lei' },
  { name: '佐藤遥', sortName: 'Sato Haruka' },
  { name: '山田さくら', sortName: 'Yamada Sakura' },
  { name: 'Анна Соколова', sortName: 'Sokolova, Anna' },
  // Mongolian Cyrillic: Ө and Ү are missing from the Korean, Japanese and Chinese fonts.
  { name: 'Өлзийбаяр Түмэнжаргал', sortName: 'Ulziibayar Tumenjargal' },
  { name: 'Батбаярын Оюунчимэг', sortName: 'Batbayar Oyunchimeg' },
];

let t: TestApp;
let organiser: GraphQLTestClient;
let meetingId: string;

beforeAll(async () => {
  // As on a machine with only Node and npm: the system's fonts are not looked for.
  t = await startTestApp({ env: { PLENARY_PDF_SYSTEM_FONTS: 'false' } });
  const factory = new Factory(t.dataSource);
  const host = await factory.organization({ name: 'ESCAP East and North-East Asia Office' });
  const user = await factory.user({ name: 'Amina Rahman', sortName: 'Rahman, Amina' });
  const meeting = await factory.meeting({ startDate: '2026-03-10', endDate: '2026-03-10', organizerIds: [host.id] });
  meetingId = meeting.id;
  await factory.grant(user.personId, 'MEETING', meeting.id, 'ORGANIZER');
  organiser = await t.client().as(user.email, user.password);

  const people = [];
  for (const person of names) people.push(await factory.user(person));
  const [day] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO agenda_days (meeting_id, date) VALUES ($1, '2026-03-10') RETURNING id`,
    [meeting.id],
  );
  for (const [index, person] of people.entries()) {
    const [item] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO agenda_items (meeting_id, day_id, position, kind, title, starts_at, ends_at, chair_id)
       VALUES ($1, $2, $3, 'SESSION', $4, $5, $6, $7) RETURNING id`,
      [
        meeting.id,
        day!.id,
        index,
        `Session ${index + 1}`,
        `2026-03-10T0${index}:00:00Z`,
        `2026-03-10T0${index}:45:00Z`,
        person.personId,
      ],
    );
    await t.dataSource.query(
      `INSERT INTO participations (meeting_id, person_id, role, state) VALUES ($1, $2, 'PARTICIPANT', 'ACCEPTED')`,
      [meeting.id, person.personId],
    );
    const speaker = people[(index + 1) % people.length]!;
    await t.dataSource.query(
      `INSERT INTO agenda_speakers (item_id, person_id, role, position) VALUES ($1, $2, 'PRESENTER', 0)`,
      [item!.id, speaker.personId],
    );
  }
});
afterAll(() => t?.close());

describe('names in every script on the agenda PDF', () => {
  it('draws every character of Korean, Chinese, Japanese, Russian and Mongolian names without a system CJK font', async () => {
    const response = await fetch(`${t.baseUrl}/meetings/${meetingId}/agenda.pdf`, {
      headers: { cookie: organiser.sessionCookie! },
    });
    expect(response.status).toBe(200);
    const drawn = await drawnText(await response.arrayBuffer());

    expect(drawn.missing).toBe(0);
    for (const { name } of names) expect(drawn.text).toContain(`(${name})`);
    expect(drawn.text).toContain('Chair: Kim Tae-hoon (김태훈)');
    // Each script in the font made for it, all shipped with the app, none of the system's.
    expect([...drawn.fonts].sort()).toEqual(
      expect.arrayContaining(['NotoSans-Regular', 'NotoSansKR-Regular', 'NotoSansJP-Regular', 'NotoSansHans-Regular']),
    );
    expect([...drawn.fonts].filter((font) => font.startsWith('NotoSansCJK'))).toEqual([]);
  });

  it('draws every name on the list of participants too', async () => {
    const response = await fetch(`${t.baseUrl}/meetings/${meetingId}/participants.pdf`, {
      headers: { cookie: organiser.sessionCookie! },
    });
    expect(response.status).toBe(200);
    const drawn = await drawnText(await response.arrayBuffer());
    expect(drawn.missing).toBe(0);
    for (const { name } of names) expect(drawn.text).toContain(name);
  });
});
