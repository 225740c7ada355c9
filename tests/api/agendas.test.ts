import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { docxXml, pdfPages, wordText } from '../helpers/files';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const AGENDA = `query A($id: ID!) { meeting(id: $id) {
  status
  agendaDays { id date items { id kind title position startTime endTime startsAt subItems { text } chair { name } speakers { role person { name } } } }
  agendaWarnings { kind itemIds personId message }
  agendaChanges { summary by { name } }
} }`;
const ADD_DAY = `mutation D($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id date } }`;
const ADD_ITEM = `mutation I($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { id title startTime endTime startsAt } }`;
const UPDATE_ITEM = `mutation U($id: ID!, $input: AgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id title startTime } }`;
const MOVE = `mutation M($id: ID!, $input: MoveAgendaItemInput!) { moveAgendaItem(id: $id, input: $input) { id items { title position startTime endTime } } }`;
const DUPLICATE = `mutation Dup($id: ID!, $date: LocalDate!) { duplicateAgendaDay(id: $id, date: $date) { id date } }`;
const STATUS = `mutation S($id: ID!, $input: ChangeMeetingStatusInput!) { changeMeetingStatus(id: $id, input: $input) { status nextStatuses } }`;

interface Agenda {
  meeting: {
    status: string;
    agendaDays: {
      id: string;
      date: string;
      items: {
        id: string;
        title: string;
        position: number;
        startTime: string;
        endTime: string;
        startsAt: string;
        chair: { name: string } | null;
        subItems: { text: string }[];
        speakers: { role: string; person: { name: string } }[];
      }[];
    }[];
    agendaWarnings: { kind: string; itemIds: string[]; personId: string | null; message: string }[];
    agendaChanges: { summary: string; by: { name: string } | null }[];
  };
}

/** A Seoul meeting over 4–5 December 2019 with an organiser, a participant and an outsider. */
async function meetingSetup(timeZone = 'Asia/Seoul', dates = { startDate: '2019-12-04', endDate: '2019-12-05' }) {
  const m = await factory.meeting({ ...dates, timeZone });
  const organizer = await factory.user({ name: 'Lee Seo-yeon' });
  const chair = await factory.user({ name: 'Kim Tae-hoon' });
  const participant = await factory.user({ name: 'Anna Sokolova' });
  const outsider = await factory.user();
  await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  await factory.grant(chair.personId, 'MEETING', m.id, MeetingRole.CHAIR);
  await factory.grant(participant.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
  const asOrganizer = await t.client().as(organizer.email, organizer.password);
  return { m, organizer, chair, participant, outsider, asOrganizer };
}

async function addDay(client: GraphQLTestClient, meetingId: string, date: string): Promise<string> {
  return expectData(await client.gql<{ addAgendaDay: { id: string } }>(ADD_DAY, { input: { meetingId, date } }))
    .addAgendaDay.id;
}

const item = (title: string, startTime: string, endTime: string, extra: Record<string, unknown> = {}) => ({
  kind: 'SESSION',
  title,
  startTime,
  endTime,
  subItems: [],
  speakers: [],
  paperIds: [],
  ...extra,
});

describe('building an agenda', () => {
  it('lets an organiser build a day of timed items with bullets, a chair and speakers, entered on the venue clock', async () => {
    const { m, chair, participant, asOrganizer } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const opening = expectData(
      await asOrganizer.gql<{ addAgendaItem: { startsAt: string } }>(ADD_ITEM, {
        dayId: day,
        input: item('Opening Session', '09:00', '09:30', {
          kind: 'OPENING',
          subItems: ['Opening Remarks', 'Tour de Table', 'Group photo'],
        }),
      }),
    );
    expect(opening.addAgendaItem.startsAt).toBe('2019-12-04T00:00:00.000Z');
    expectData(
      await asOrganizer.gql(ADD_ITEM, {
        dayId: day,
        input: item('Session 1: Setting the Scene', '09:30', '12:00', {
          chairId: chair.personId,
          speakers: [{ personId: participant.personId, role: 'PRESENTER' }],
        }),
      }),
    );
    const agenda = expectData(await asOrganizer.gql<Agenda>(AGENDA, { id: m.id }));
    const [first] = agenda.meeting.agendaDays;
    expect(first!.items.map((i) => [i.title, i.startTime, i.endTime])).toEqual([
      ['Opening Session', '09:00', '09:30'],
      ['Session 1: Setting the Scene', '09:30', '12:00'],
    ]);
    expect(first!.items[0]!.subItems.map((s) => s.text)).toEqual(['Opening Remarks', 'Tour de Table', 'Group photo']);
    expect(first!.items[1]).toMatchObject({
      chair: { name: 'Kim Tae-hoon' },
      speakers: [{ role: 'PRESENTER', person: { name: 'Anna Sokolova' } }],
    });
    expect(agenda.meeting.agendaWarnings).toEqual([]);
  });

  it('refuses a participant (FORBIDDEN) and an outsider (NOT_FOUND), storing nothing', async () => {
    const { m, participant, outsider, asOrganizer } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(
      await asParticipant.gql(ADD_ITEM, { dayId: day, input: item('Sneaked in', '09:00', '10:00') }),
      'FORBIDDEN',
      'NOT_PERMITTED',
    );
    expectError(await asParticipant.gql(ADD_DAY, { input: { meetingId: m.id, date: '2019-12-05' } }), 'FORBIDDEN');
    const asOutsider = await t.client().as(outsider.email, outsider.password);
    expectError(
      await asOutsider.gql(ADD_ITEM, { dayId: day, input: item('Sneaked in', '09:00', '10:00') }),
      'NOT_FOUND',
    );
    expect(await factory.count('agenda_items', 'meeting_id = $1', [m.id])).toBe(0);
    expect(await factory.count('agenda_days', 'meeting_id = $1', [m.id])).toBe(1);
  });

  it('refuses an end before the start and a time the clocks skip, storing nothing', async () => {
    const { asOrganizer, m } = await meetingSetup('Europe/Berlin', { startDate: '2026-03-28', endDate: '2026-03-29' });
    const day = await addDay(asOrganizer, m.id, '2026-03-29');
    const backwards = expectError(
      await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Backwards', '10:00', '09:00') }),
      'BAD_USER_INPUT',
      'END_BEFORE_START',
    );
    expect(backwards.extensions?.field).toBe('endTime');
    const skipped = expectError(
      await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Night owl', '02:30', '03:30') }),
      'BAD_USER_INPUT',
      'NONEXISTENT_TIME',
    );
    expect(skipped.extensions?.field).toBe('startTime');
    expectError(
      await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Typo', '9:00', '10:00') }),
      'BAD_USER_INPUT',
      'INVALID_TIME',
    );
    expectError(
      await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('', '09:00', '10:00') }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    );
    expect(await factory.count('agenda_items', 'meeting_id = $1', [m.id])).toBe(0);
  });

  it('refuses chairs and speakers who are not in the directory', async () => {
    const { asOrganizer, m } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const error = expectError(
      await asOrganizer.gql(ADD_ITEM, {
        dayId: day,
        input: item('Session', '09:00', '10:00', { chairId: '0b000000-0000-4000-8000-0000000000ff' }),
      }),
      'BAD_USER_INPUT',
      'UNKNOWN_PERSON',
    );
    expect(error.extensions?.field).toBe('chairId');
  });

  it('warns of overlaps, a double-booked speaker, gaps, a session without a chair and a day outside the meeting', async () => {
    const { asOrganizer, m, chair } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const late = await addDay(asOrganizer, m.id, '2019-12-06');
    await asOrganizer.gql(ADD_ITEM, {
      dayId: day,
      input: item('Session 1', '09:00', '10:30', { chairId: chair.personId }),
    });
    await asOrganizer.gql(ADD_ITEM, {
      dayId: day,
      input: item('Session 2', '10:00', '11:00', { speakers: [{ personId: chair.personId, role: 'SPEAKER' }] }),
    });
    await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Lunch', '12:00', '13:00', { kind: 'MEAL' }) });
    await asOrganizer.gql(ADD_ITEM, { dayId: late, input: item('Excursion', '09:00', '12:00', { kind: 'OTHER' }) });
    const { meeting } = expectData(await asOrganizer.gql<Agenda>(AGENDA, { id: m.id }));
    const kinds = meeting.agendaWarnings.map((w) => w.kind).sort();
    expect(kinds).toEqual(['DOUBLE_BOOKED', 'GAP', 'NO_CHAIR', 'OUTSIDE_MEETING_DATES', 'OVERLAP']);
    const double = meeting.agendaWarnings.find((w) => w.kind === 'DOUBLE_BOOKED')!;
    expect(double.personId).toBe(chair.personId);
    expect(double.message).toBe('Kim Tae-hoon is in two places at once: "Session 1" and "Session 2".');
    expect(meeting.agendaWarnings.find((w) => w.kind === 'GAP')!.message).toContain('60 minutes');
  });

  it('re-times an item moved within its day and those it passes, so the day stays in time order', async () => {
    const { asOrganizer, m } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const ids: Record<string, string> = {};
    // Added out of order: each takes its place by its start time.
    for (const [title, from, to] of [
      ['C', '10:30', '11:30'],
      ['A', '09:00', '10:00'],
      ['Lunch', '12:00', '13:00'],
      ['B', '10:00', '10:30'],
    ] as const) {
      ids[title] = expectData(
        await asOrganizer.gql<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
          dayId: day,
          input: item(title, from, to, { kind: 'OTHER' }),
        }),
      ).addAgendaItem.id;
    }
    const listed = async () =>
      expectData(await asOrganizer.gql<Agenda>(AGENDA, { id: m.id })).meeting.agendaDays[0]!.items.map(
        (i) => `${i.position} ${i.startTime}–${i.endTime} ${i.title}`,
      );
    expect(await listed()).toEqual(['0 09:00–10:00 A', '1 10:00–10:30 B', '2 10:30–11:30 C', '3 12:00–13:00 Lunch']);

    // B down one place: C takes its start and keeps its hour; B follows and ends when C ended.
    const moved = expectData(
      await asOrganizer.gql<{ moveAgendaItem: { items: { title: string; startTime: string; endTime: string }[] } }>(
        MOVE,
        { id: ids.B, input: { dayId: day, position: 2 } },
      ),
    );
    const afterMove = ['0 09:00–10:00 A', '1 10:00–11:00 C', '2 11:00–11:30 B', '3 12:00–13:00 Lunch'];
    expect(moved.moveAgendaItem.items.map((i) => `${i.startTime}–${i.endTime} ${i.title}`)).toEqual(
      afterMove.map((line) => line.slice(2)),
    );
    expect(await listed()).toEqual(afterMove);

    // Lunch up to the top: everything it passes moves later by its hour; it keeps the gap before it.
    expectData(await asOrganizer.gql(MOVE, { id: ids.Lunch, input: { dayId: day, position: 0 } }));
    const afterLunch = ['0 09:00–10:00 Lunch', '1 10:00–11:00 A', '2 11:00–12:00 C', '3 12:30–13:00 B'];
    expect(await listed()).toEqual(afterLunch);

    // The Word and PDF files list the day in the same order, with the same times.
    const download = (kind: string) =>
      fetch(`${t.baseUrl}/meetings/${m.id}/agenda.${kind}`, { headers: { cookie: asOrganizer.sessionCookie! } });
    const expectInOrder = (text: string) => {
      const places = afterLunch.map((line) => {
        const [, times, title] = /^\d (\S+) (.+)$/.exec(line)!;
        const at = text.search(new RegExp(`${times}\\s+(\\S+\\s+)?${title}\\b`));
        expect(at, `${times} ${title}`).toBeGreaterThanOrEqual(0);
        return at;
      });
      expect(places).toEqual([...places].sort((a, b) => a - b));
    };
    expectInOrder(wordText(await docxXml(await download('docx'))));
    expectInOrder((await pdfPages(await download('pdf'))).join(' ').replace(/\s+/g, ' '));
  });

  it('moves an item to another day at the same clock times, where its times place it', async () => {
    const { asOrganizer, m } = await meetingSetup();
    const day1 = await addDay(asOrganizer, m.id, '2019-12-04');
    const day2 = await addDay(asOrganizer, m.id, '2019-12-05');
    const add = async (dayId: string, title: string, from: string, to: string) =>
      expectData(
        await asOrganizer.gql<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
          dayId,
          input: item(title, from, to, { kind: 'OTHER' }),
        }),
      ).addAgendaItem.id;
    const a = await add(day1, 'A', '09:00', '10:00');
    await add(day1, 'B', '10:00', '11:00');
    await add(day2, 'Early', '08:00', '09:00');
    await add(day2, 'Late', '14:00', '15:00');
    const moved = expectData(
      await asOrganizer.gql<{ moveAgendaItem: { id: string; items: { title: string; position: number }[] } }>(MOVE, {
        id: a,
        input: { dayId: day2 },
      }),
    );
    expect(moved.moveAgendaItem.id).toBe(day2);
    expect(moved.moveAgendaItem.items.map((i) => [i.title, i.position])).toEqual([
      ['Early', 0],
      ['A', 1],
      ['Late', 2],
    ]);
    const { meeting } = expectData(await asOrganizer.gql<Agenda>(AGENDA, { id: m.id }));
    expect(meeting.agendaDays[0]!.items.map((i) => [i.title, i.position, i.startTime])).toEqual([['B', 0, '10:00']]);
    expect(meeting.agendaDays[1]!.items[1]).toMatchObject({ startTime: '09:00', startsAt: '2019-12-05T00:00:00.000Z' });
  });

  it('refuses a place the day does not have, and a place on another day, changing nothing', async () => {
    const { asOrganizer, m, participant } = await meetingSetup();
    const day1 = await addDay(asOrganizer, m.id, '2019-12-04');
    const day2 = await addDay(asOrganizer, m.id, '2019-12-05');
    const { addAgendaItem } = expectData(
      await asOrganizer.gql<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
        dayId: day1,
        input: item('A', '09:00', '10:00', { kind: 'OTHER' }),
      }),
    );
    await asOrganizer.gql(ADD_ITEM, { dayId: day1, input: item('B', '10:00', '11:00', { kind: 'OTHER' }) });
    for (const input of [
      { dayId: day1, position: 2 },
      { dayId: day1, position: -1 },
      { dayId: day1 },
      { dayId: day2, position: 0 },
    ]) {
      const error = expectError(await asOrganizer.gql(MOVE, { id: addAgendaItem.id, input }), 'BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('position');
    }
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(
      await asParticipant.gql(MOVE, { id: addAgendaItem.id, input: { dayId: day1, position: 1 } }),
      'FORBIDDEN',
    );
    const { meeting } = expectData(await asOrganizer.gql<Agenda>(AGENDA, { id: m.id }));
    expect(meeting.agendaDays.map((d) => d.items.map((i) => `${i.startTime} ${i.title}`))).toEqual([
      ['09:00 A', '10:00 B'],
      [],
    ]);
  });

  it('records the re-timing of a move once the agenda is adopted', async () => {
    const { asOrganizer, m, participant } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const { addAgendaItem } = expectData(
      await asOrganizer.gql<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
        dayId: day,
        input: item('Keynote', '09:00', '09:30', { kind: 'OTHER' }),
      }),
    );
    await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Panel', '09:30', '11:00', { kind: 'OTHER' }) });
    for (const [from, to] of [
      ['PLANNED', 'AGENDA_PROVISIONAL'],
      ['AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'],
    ]) {
      expectData(await asOrganizer.gql(STATUS, { id: m.id, input: { from, to } }));
    }
    expectData(await asOrganizer.gql(MOVE, { id: addAgendaItem.id, input: { dayId: day, position: 1 } }));
    const asParticipant = await t.client().as(participant.email, participant.password);
    const { meeting } = expectData(await asParticipant.gql<Agenda>(AGENDA, { id: m.id }));
    expect(meeting.agendaChanges.map((c) => c.summary)).toEqual([
      'Moved "Keynote" to 10:30–11:00; "Panel" now 09:00–10:30',
    ]);
  });

  it('duplicates a day with its items, bullets and chairs', async () => {
    const { asOrganizer, m, chair } = await meetingSetup();
    const day1 = await addDay(asOrganizer, m.id, '2019-12-04');
    await asOrganizer.gql(ADD_ITEM, {
      dayId: day1,
      input: item('Session 1', '09:30', '12:00', { chairId: chair.personId, subItems: ['Overall trend'] }),
    });
    expectData(await asOrganizer.gql(DUPLICATE, { id: day1, date: '2019-12-05' }));
    const { meeting } = expectData(await asOrganizer.gql<Agenda>(AGENDA, { id: m.id }));
    expect(meeting.agendaDays.map((d) => d.date)).toEqual(['2019-12-04', '2019-12-05']);
    expect(meeting.agendaDays[1]!.items[0]).toMatchObject({
      title: 'Session 1',
      startTime: '09:30',
      chair: { name: 'Kim Tae-hoon' },
      subItems: [{ text: 'Overall trend' }],
    });
    expectError(await asOrganizer.gql(DUPLICATE, { id: day1, date: '2019-12-05' }), 'CONFLICT', 'DAY_EXISTS');
  });
});

describe('adopting an agenda', () => {
  it('moves planned → provisional → adopted, and records later changes for participants to see', async () => {
    const { asOrganizer, m, participant } = await meetingSetup();
    expectError(
      await asOrganizer.gql(STATUS, { id: m.id, input: { from: 'PLANNED', to: 'AGENDA_PROVISIONAL' } }),
      'CONFLICT',
      'AGENDA_EMPTY',
    );
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    const { addAgendaItem } = expectData(
      await asOrganizer.gql<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
        dayId: day,
        input: item('Session 2', '13:30', '17:00', { kind: 'OTHER' }),
      }),
    );
    expectData(await asOrganizer.gql(STATUS, { id: m.id, input: { from: 'PLANNED', to: 'AGENDA_PROVISIONAL' } }));
    expect(
      expectData(
        await asOrganizer.gql(STATUS, { id: m.id, input: { from: 'AGENDA_PROVISIONAL', to: 'AGENDA_ADOPTED' } }),
      ),
    ).toEqual({
      changeMeetingStatus: { status: 'AGENDA_ADOPTED', nextStatuses: ['HELD'] },
    });
    expectData(
      await asOrganizer.gql(UPDATE_ITEM, {
        id: addAgendaItem.id,
        input: item('Session 2', '14:00', '17:00', { kind: 'OTHER' }),
      }),
    );
    const asParticipant = await t.client().as(participant.email, participant.password);
    const { meeting } = expectData(await asParticipant.gql<Agenda>(AGENDA, { id: m.id }));
    expect(meeting.agendaChanges).toEqual([{ summary: '"Session 2": now 14:00–17:00', by: { name: 'Lee Seo-yeon' } }]);
  });

  it('refuses skipping a status, a stale status and a move by a participant', async () => {
    const { asOrganizer, m, participant } = await meetingSetup();
    expectError(
      await asOrganizer.gql(STATUS, { id: m.id, input: { from: 'PLANNED', to: 'HELD' } }),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
    expectError(
      await asOrganizer.gql(STATUS, { id: m.id, input: { from: 'AGENDA_PROVISIONAL', to: 'AGENDA_ADOPTED' } }),
      'CONFLICT',
      'INVALID_TRANSITION',
    );
    const asParticipant = await t.client().as(participant.email, participant.password);
    expectError(
      await asParticipant.gql(STATUS, { id: m.id, input: { from: 'PLANNED', to: 'AGENDA_PROVISIONAL' } }),
      'FORBIDDEN',
    );
    expect(await factory.count('meetings', `id = $1 AND status = 'PLANNED'`, [m.id])).toBe(1);
  });

  it('closes the agenda once the meeting has been held', async () => {
    const { asOrganizer, m } = await meetingSetup();
    const day = await addDay(asOrganizer, m.id, '2019-12-04');
    await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Only item', '09:00', '10:00', { kind: 'OTHER' }) });
    for (const [from, to] of [
      ['PLANNED', 'AGENDA_PROVISIONAL'],
      ['AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'],
      ['AGENDA_ADOPTED', 'HELD'],
    ]) {
      expectData(await asOrganizer.gql(STATUS, { id: m.id, input: { from, to } }));
    }
    expectError(
      await asOrganizer.gql(ADD_ITEM, { dayId: day, input: item('Late addition', '11:00', '12:00') }),
      'CONFLICT',
      'AGENDA_CLOSED',
    );
  });
});

describe('the meeting page', () => {
  const PAGE = `query Page($id: ID!) { meeting(id: $id) {
    id title organizers { name } host { name } viewerRoles
    agendaDays { date items { title startTime endTime subItems { text } chair { name affiliation { name } } speakers { role person { name } } papers { filename } } }
    agendaWarnings { message }
    participants { role state email person { name affiliation { name country } } representing { name parent { name } } }
  } }`;

  it('costs the same number of SQL statements for a small meeting as for a 40-item, 60-participant one', async () => {
    async function statementsFor(items: number, people: number): Promise<number> {
      const { asOrganizer, m, chair, participant } = await meetingSetup();
      for (let i = 0; i < people; i++) {
        const organization = await factory.organization();
        expectData(
          await asOrganizer.gql(
            `mutation I($m: ID!, $input: InviteParticipantInput!) { inviteParticipant(meetingId: $m, input: $input) { id } }`,
            {
              m: m.id,
              input: {
                newPerson: {
                  name: `Expert ${i}`,
                  email: `expert${i}-${m.id.slice(0, 8)}@example.org`,
                  affiliationId: organization.id,
                },
                role: 'PARTICIPANT',
                representingId: organization.id,
              },
            },
          ),
        );
      }
      const days = [await addDay(asOrganizer, m.id, '2019-12-04'), await addDay(asOrganizer, m.id, '2019-12-05')];
      for (let i = 0; i < items; i++) {
        const hour = String(8 + Math.floor((i % 20) / 2)).padStart(2, '0');
        const minute = i % 2 ? '30' : '00';
        const end = i % 2 ? `${String(Number(hour) + 1).padStart(2, '0')}:00` : `${hour}:30`;
        await asOrganizer.gql(ADD_ITEM, {
          dayId: days[i % 2],
          input: item(`Item ${i}`, `${hour}:${minute}`, end, {
            chairId: chair.personId,
            subItems: ['a', 'b'],
            speakers: [{ personId: participant.personId, role: 'SPEAKER' }],
          }),
        });
      }
      t.queries.reset();
      expectData(await asOrganizer.gql(PAGE, { id: m.id }));
      return t.queries.total;
    }
    // 18 statements as a rule. Whether loads asked for at different depths (people, organizations)
    // share a batch depends on when earlier statements return, so one more is allowed; a query per
    // row would add at least 40 for the larger meeting.
    const few = await statementsFor(3, 2);
    const many = await statementsFor(40, 60);
    expect(few).toBeLessThanOrEqual(19);
    expect(many).toBeLessThanOrEqual(19);
  });
});
