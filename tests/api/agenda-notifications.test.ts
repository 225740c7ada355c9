import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { AgendaNoticesService } from '../../apps/api/src/agendas/agenda-notices.service';
import { Factory } from '../helpers/factories';
import { expectData, expectError, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  // The sweep runs when the test says, not on its own schedule.
  t = await startTestApp({ env: { AGENDA_CHANGES_CRON: '0 0 1 1 *' } });
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const STATUS = `mutation S($id: ID!, $input: ChangeMeetingStatusInput!) { changeMeetingStatus(id: $id, input: $input) { status } }`;
const ADD_ITEM = `mutation A($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { id } }`;
const UPDATE_ITEM = `mutation U($id: ID!, $input: AgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id } }`;

interface Notice {
  person_id: string;
  kind: string;
  title: string;
  body: string;
  path: string;
}

async function noticesOf(meetingId: string, kind: string): Promise<Notice[]> {
  return t.dataSource.query(
    `SELECT person_id, kind, title, body, path FROM notifications WHERE object_id = $1 AND kind = $2 ORDER BY created_at`,
    [meetingId, kind],
  );
}

/** A meeting with one accepted, one declined, one not replied, one not yet invited, and its organiser on the list. */
async function setup() {
  const m = await factory.meeting({
    title: 'Expert Group Meeting on Energy Connectivity',
    startDate: '2027-04-21',
    endDate: '2027-04-21',
  });
  const organiser = await factory.user();
  await factory.grant(organiser.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
  const people = {
    accepted: await factory.user(),
    declined: await factory.user(),
    waiting: await factory.user(),
    notInvited: await factory.user(),
  };
  const states = { accepted: 'ACCEPTED', declined: 'DECLINED', waiting: 'INVITED', notInvited: 'NOT_INVITED' } as const;
  for (const [key, person] of Object.entries(people)) {
    const state = states[key as keyof typeof states];
    await t.dataSource.query(
      `INSERT INTO participations (meeting_id, person_id, role, state) VALUES ($1, $2, 'PARTICIPANT', $3)`,
      [m.id, person.personId, state],
    );
    if (state !== 'NOT_INVITED') await factory.grant(person.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
  }
  await t.dataSource.query(
    `INSERT INTO participations (meeting_id, person_id, role, state) VALUES ($1, $2, 'CHAIR', 'ACCEPTED')`,
    [m.id, organiser.personId],
  );
  const client = await t.client().as(organiser.email, organiser.password);
  const { addAgendaDay } = expectData(
    await client.gql<{ addAgendaDay: { id: string } }>(
      `mutation D($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id } }`,
      {
        input: { meetingId: m.id, date: '2027-04-21' },
      },
    ),
  );
  const { addAgendaItem } = expectData(
    await client.gql<{ addAgendaItem: { id: string } }>(ADD_ITEM, {
      dayId: addAgendaDay.id,
      input: {
        kind: 'SESSION',
        title: 'Session 1: Setting the Scene',
        startTime: '09:30',
        endTime: '11:00',
        chairName: 'TBC',
      },
    }),
  );
  return { m, client, organiser, people, dayId: addAgendaDay.id, itemId: addAgendaItem.id };
}

async function move(client: GraphQLTestClient, id: string, from: string, to: string) {
  return client.gql(STATUS, { id, input: { from, to } });
}

const sweep = () => t.app.get(AgendaNoticesService).sendChangeDigests();

describe('participants follow the agenda', () => {
  it('tells those who accepted, in the app and by e-mail, when the agenda is issued and when it is adopted', async () => {
    const { m, client, people } = await setup();
    expectData(await move(client, m.id, 'PLANNED', 'AGENDA_PROVISIONAL'));
    const issued = await noticesOf(m.id, 'AGENDA_PUBLISHED');
    expect(issued.map((n) => n.person_id)).toEqual([people.accepted.personId]);
    expect(issued[0]).toMatchObject({
      title: 'Provisional agenda issued: Expert Group Meeting on Energy Connectivity',
      path: `/meetings/${m.id}?tab=agenda`,
    });
    expectData(await move(client, m.id, 'AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'));
    const both = await noticesOf(m.id, 'AGENDA_PUBLISHED');
    expect(both.map((n) => n.title)).toEqual([
      'Provisional agenda issued: Expert Group Meeting on Energy Connectivity',
      'Agenda adopted: Expert Group Meeting on Energy Connectivity',
    ]);
    expect(new Set(both.map((n) => n.person_id))).toEqual(new Set([people.accepted.personId]));
    const mails = await t.dataSource.query<{ subject: string }[]>(
      `SELECT subject FROM outbox_messages WHERE to_address = $1 ORDER BY created_at`,
      [people.accepted.email],
    );
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Provisional agenda issued: Expert Group Meeting on Energy Connectivity',
      'Agenda adopted: Expert Group Meeting on Energy Connectivity',
    ]);
  });

  it('tells nobody when the agenda is refused a status change', async () => {
    const { m, people } = await setup();
    const asAccepted = await t.client().as(people.accepted.email, people.accepted.password);
    expectError(await move(asAccepted, m.id, 'PLANNED', 'AGENDA_PROVISIONAL'), 'FORBIDDEN');
    expect(await noticesOf(m.id, 'AGENDA_PUBLISHED')).toEqual([]);
  });

  it('tells them of changes after adoption in one notice saying what changed, once a day at most', async () => {
    const { m, client, people, itemId } = await setup();
    const edit = (title: string, startTime: string, endTime: string) =>
      client.gql(UPDATE_ITEM, {
        id: itemId,
        input: { kind: 'SESSION', title, startTime, endTime, chairName: 'TBC' },
      });
    // Edits before adoption are not changes to tell anyone of.
    expectData(await edit('Session 1: The Scene', '09:30', '11:00'));
    expectData(await move(client, m.id, 'PLANNED', 'AGENDA_PROVISIONAL'));
    expectData(await move(client, m.id, 'AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'));
    expect(await sweep()).toBe(0);

    expectData(await edit('Session 1: Setting the Scene', '09:30', '11:00'));
    expectData(await edit('Session 1: Setting the Scene', '10:00', '11:30'));
    expect(await sweep()).toBe(1);
    const [digest, ...more] = await noticesOf(m.id, 'AGENDA_CHANGED');
    expect(more).toEqual([]);
    expect(digest).toMatchObject({
      person_id: people.accepted.personId,
      title: 'Agenda changed: Expert Group Meeting on Energy Connectivity',
    });
    expect(digest!.body).toContain('2 changes to the adopted agenda');
    expect(digest!.body).toContain('renamed from "Session 1: The Scene"');
    expect(digest!.body).toContain('now 10:00–11:30');

    // A change within the day waits for the next day's notice.
    expectData(await edit('Session 1: Setting the Scene', '10:30', '12:00'));
    expect(await sweep()).toBe(0);
    expect(await noticesOf(m.id, 'AGENDA_CHANGED')).toHaveLength(1);

    await t.dataSource.query(
      `UPDATE agenda_changes SET notified_at = notified_at - interval '25 hours' WHERE meeting_id = $1 AND notified_at IS NOT NULL`,
      [m.id],
    );
    expect(await sweep()).toBe(1);
    const notices = await noticesOf(m.id, 'AGENDA_CHANGED');
    expect(notices).toHaveLength(2);
    expect(notices[1]!.body).toContain('One change to the adopted agenda');
    expect(notices[1]!.body).toContain('now 10:30–12:00');
    expect(notices[1]!.body).not.toContain('renamed');
  });

  it('tells each change once when two replicas sweep at the same moment', async () => {
    const { m, client, itemId } = await setup();
    expectData(await move(client, m.id, 'PLANNED', 'AGENDA_PROVISIONAL'));
    expectData(await move(client, m.id, 'AGENDA_PROVISIONAL', 'AGENDA_ADOPTED'));
    expectData(
      await client.gql(UPDATE_ITEM, {
        id: itemId,
        input: {
          kind: 'SESSION',
          title: 'Session 1: Setting the Scene',
          startTime: '13:00',
          endTime: '14:00',
          chairName: 'TBC',
        },
      }),
    );
    const results = await Promise.all([sweep(), sweep(), sweep()]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await noticesOf(m.id, 'AGENDA_CHANGED')).toHaveLength(1);
  });
});
