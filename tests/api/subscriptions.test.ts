import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole, OrganizationKind } from '@plenary/shared';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { Factory } from '../helpers/factories';
import { expectData, expectError, GraphQLTestClient } from '../helpers/graphql-client';
import { wsClient } from '../helpers/live-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let database: TestDatabase;
let replicaA: TestApp;
let replicaB: TestApp;
let factory: Factory;
beforeAll(async () => {
  database = await createTestDatabase();
  replicaA = await startTestApp({ database });
  replicaB = await startTestApp({ database });
  factory = new Factory(replicaA.dataSource);
});
afterAll(async () => {
  await replicaA.close();
  await replicaB.close();
  await database.drop();
});

const UPDATED = `subscription S($id: ID!) { meetingUpdated(id: $id) { id title } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`;

describe('live meeting updates', () => {
  it('reach a subscriber on one API replica when an organizer changes the meeting through another', async () => {
    const organizer = await factory.user();
    const watcher = await factory.user();
    const m = await factory.meeting();
    await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
    await factory.grant(watcher.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);

    const watcherHttp = await replicaB.client().as(watcher.email, watcher.password);
    const ws = wsClient(replicaB, watcherHttp);
    const subscription = ws.iterate<{ meetingUpdated: { id: string; title: string } }>({
      query: UPDATED,
      variables: { id: m.id },
    });
    const first = subscription.next();
    // Give the subscription time to be registered before the change is made.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const organizerHttp = await replicaA.client().as(organizer.email, organizer.password);
    expectData(await organizerHttp.gql(UPDATE, { id: m.id, input: { title: 'Changed on replica A' } }));

    const received = await first;
    expect(received.value?.data?.meetingUpdated).toEqual({ id: m.id, title: 'Changed on replica A' });
    await subscription.return?.();
    await ws.dispose();
  });

  it('tells someone looking at the agenda about an organiser’s change, with the new agenda', async () => {
    const organizer = await factory.user();
    const watcher = await factory.user();
    const m = await factory.meeting({ startDate: '2026-03-10', endDate: '2026-03-10' });
    await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
    await factory.grant(watcher.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const watcherHttp = await replicaB.client().as(watcher.email, watcher.password);
    const ws = wsClient(replicaB, watcherHttp);
    const subscription = ws.iterate<{
      meetingUpdated: { agendaDays: { items: { title: string; startTime: string }[] }[] };
    }>({
      query: `subscription S($id: ID!) { meetingUpdated(id: $id) { agendaDays { items { title startTime } } } }`,
      variables: { id: m.id },
    });
    const first = subscription.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const organizerHttp = await replicaA.client().as(organizer.email, organizer.password);
    const { addAgendaDay } = expectData(
      await organizerHttp.gql<{ addAgendaDay: { id: string } }>(
        `mutation { addAgendaDay(input: { meetingId: "${m.id}", date: "2026-03-10" }) { id } }`,
      ),
    );
    expect((await first).value?.data?.meetingUpdated.agendaDays).toEqual([{ items: [] }]);
    const second = subscription.next();
    expectData(
      await organizerHttp.gql(
        `mutation I($dayId: ID!, $input: AgendaItemInput!) { addAgendaItem(dayId: $dayId, input: $input) { id } }`,
        {
          dayId: addAgendaDay.id,
          input: { kind: 'OPENING', title: 'Opening Session', startTime: '09:00', endTime: '09:30' },
        },
      ),
    );
    expect((await second).value?.data?.meetingUpdated.agendaDays).toEqual([
      { items: [{ title: 'Opening Session', startTime: '09:00' }] },
    ]);
    await subscription.return?.();
    await ws.dispose();
  });

  it('refuses a subscription to a meeting the subscriber may not see', async () => {
    const outsider = await factory.user();
    const m = await factory.meeting();
    const http = await replicaB.client().as(outsider.email, outsider.password);
    const ws = wsClient(replicaB, http);
    const subscription = ws.iterate({ query: UPDATED, variables: { id: m.id } });
    const result = await subscription.next();
    const errors = (result.value as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors;
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await ws.dispose();
  });

  it('refuses a connection opened by a page on another site', async () => {
    const user = await factory.user();
    const http = await replicaB.client().as(user.email, user.password);
    const ws = wsClient(replicaB, http, { origin: 'https://evil.example' });
    const subscription = ws.iterate({ query: UPDATED, variables: { id: '00000000-0000-4000-8000-000000000000' } });
    await expect(subscription.next()).rejects.toBeTruthy();
    await ws.dispose();
  });

  it('asks a signed-out subscriber to sign in', async () => {
    const m = await factory.meeting();
    const http = replicaB.client();
    expectError(await http.gql(`{ meeting(id: "${m.id}") { id } }`), 'UNAUTHENTICATED');
    const ws = wsClient(replicaB, http);
    const result = await ws.iterate({ query: UPDATED, variables: { id: m.id } }).next();
    const errors = (result.value as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors;
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await ws.dispose();
  });
});

describe('live study-group updates', () => {
  it('reach a member on one replica when the secretariat plans a meeting through another, and stop when they leave', async () => {
    const secretary = await factory.user();
    const member = await factory.user();
    const council = await factory.organization({ kind: OrganizationKind.COUNCIL });
    const committee = await factory.organization({ kind: OrganizationKind.MEMBER_COMMITTEE });
    await factory.grant(secretary.personId, 'ORGANIZATION', council.id, 'SECRETARIAT');
    const secretaryHttp = await replicaA.client().as(secretary.email, secretary.password);
    const { createStudyGroup } = expectData(
      await secretaryHttp.gql<{ createStudyGroup: { id: string } }>(
        `mutation C($input: CreateStudyGroupInput!) { createStudyGroup(input: $input) { id } }`,
        {
          input: {
            title: 'Study group',
            councilId: council.id,
            startDate: '2027-01-01',
            endDate: '2028-12-31',
            coChairCommitteeIds: [committee.id],
          },
        },
      ),
    );
    const groupId = createStudyGroup.id;
    await factory.grant(member.personId, 'STUDY_GROUP', groupId, 'MEMBER', committee.id);

    const memberHttp = await replicaB.client().as(member.email, member.password);
    const ws = wsClient(replicaB, memberHttp);
    const subscription = ws.iterate<{ studyGroupUpdated: { meetingPlans: { city: string }[] } }>({
      query: `subscription S($id: ID!) { studyGroupUpdated(id: $id) { meetingPlans { city } } }`,
      variables: { id: groupId },
    });
    const first = subscription.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const PLAN = `mutation P($id: ID!, $input: MeetingPlanInput!) { planStudyGroupMeeting(studyGroupId: $id, input: $input) { id } }`;
    expectData(await secretaryHttp.gql(PLAN, { id: groupId, input: { expectedMonth: '2027-03-01', city: 'Seoul' } }));
    const received = await first;
    expect(received.value?.data?.studyGroupUpdated.meetingPlans).toEqual([{ city: 'Seoul' }]);

    // Removed from the group: the next change is not delivered, and the subscription ends.
    await replicaA.dataSource.query(`DELETE FROM memberships WHERE person_id = $1 AND object_id = $2`, [
      member.personId,
      groupId,
    ]);
    expectData(await secretaryHttp.gql(PLAN, { id: groupId, input: { expectedMonth: '2027-09-01', city: 'Tokyo' } }));
    const after = await subscription.next();
    expect(after.done).toBe(true);
    await ws.dispose();
  });

  it('refuses to subscribe someone who may not see the group', async () => {
    const outsider = await factory.user();
    const http = await replicaB.client().as(outsider.email, outsider.password);
    const ws = wsClient(replicaB, http);
    const subscription = ws.iterate({
      query: `subscription S($id: ID!) { studyGroupUpdated(id: $id) { id } }`,
      variables: { id: '6f1c1b9e-0000-4000-8000-000000000000' },
    });
    const result = await subscription.next();
    const errors = (result.value as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors;
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await ws.dispose();
  });
});

describe('live updates end with the session', () => {
  const admin = () => factory.user({ isPlatformAdmin: true });

  /** Someone who may follow a meeting, signed in on replica B, and its organizer's changes made on replica A. */
  async function follower() {
    const organizer = await factory.user();
    const watcher = await factory.user();
    const m = await factory.meeting();
    await factory.grant(organizer.personId, 'MEETING', m.id, MeetingRole.ORGANIZER);
    await factory.grant(watcher.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
    const organizerHttp = await replicaA.client().as(organizer.email, organizer.password);
    const watcherHttp = await replicaB.client().as(watcher.email, watcher.password);
    const change = async (title: string) => expectData(await organizerHttp.gql(UPDATE, { id: m.id, input: { title } }));
    return { watcher, watcherHttp, change, meetingId: m.id };
  }

  async function follow(http: GraphQLTestClient, meetingId: string) {
    const titles: string[] = [];
    let closedWith: (event: { code: number; reason: string }) => void = () => undefined;
    const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
    let connectedNow: () => void = () => undefined;
    const connected = new Promise<void>((resolve) => (connectedNow = resolve));
    const ws = wsClient(replicaB, http, {
      on: { connected: () => connectedNow(), closed: (event) => closedWith(event as CloseEvent) },
    });
    ws.subscribe<{ meetingUpdated: { title: string } }>(
      { query: UPDATED, variables: { id: meetingId } },
      {
        next: (result) => titles.push(result.data!.meetingUpdated.title),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await within(connected, 3_000, 'the socket opens');
    return { ws, titles, closed };
  }

  /** Changes the meeting until every follower has heard of it: each subscription is then surely live. */
  async function untilLive(change: (title: string) => Promise<unknown>, followers: { titles: string[] }[]) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const heard = followers.map((follower) => follower.titles.length);
      await change(`Change ${attempt}`);
      const until = Date.now() + 500;
      while (Date.now() < until) {
        if (followers.every((follower, i) => follower.titles.length > heard[i]!)) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    throw new Error('A subscription never delivered a change');
  }

  /** The promise's value, or a failure naming what did not happen in time. */
  function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    return Promise.race([
      promise,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)),
    ]);
  }

  /** After the close, a further change reaches nobody. */
  async function expectNothingMore(titles: string[], change: (title: string) => Promise<unknown>) {
    const before = [...titles];
    await change('After the end');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(titles).toEqual(before);
  }

  it.each([
    ['the same replica', () => replicaB],
    ['another replica', () => replicaA],
  ])('closes every live connection of a session signed out through %s, at once', async (_, replica) => {
    const { watcherHttp, change, meetingId } = await follower();
    const live = await follow(watcherHttp, meetingId);
    const second = await follow(watcherHttp, meetingId);
    await untilLive(change, [live, second]);

    const signOut = await new GraphQLTestClient(replica().baseUrl).post('{"query":"mutation { signOut }"}', {
      cookie: watcherHttp.sessionCookie!,
    });
    expect(expectData(signOut)).toEqual({ signOut: true });
    for (const connection of [live, second]) {
      expect(await within(connection.closed, 3_000, 'the socket closes')).toMatchObject({
        code: 4401,
        reason: 'Signed out',
      });
    }
    await expectNothingMore(live.titles, change);
    await expectNothingMore(second.titles, change);
    await live.ws.dispose();
    await second.ws.dispose();
  });

  it('leaves the live connections of the same person’s other sessions open', async () => {
    const { watcher, watcherHttp, change, meetingId } = await follower();
    const otherBrowser = await replicaB.client().as(watcher.email, watcher.password);
    const other = await follow(otherBrowser, meetingId);
    const live = await follow(watcherHttp, meetingId);
    await untilLive(change, [other, live]);
    expectData(await watcherHttp.gql('mutation { signOut }'));
    await within(live.closed, 3_000, 'the signed-out socket closes');
    await untilLive(change, [other]);
    await expectNothingMore(live.titles, change);
    await other.ws.dispose();
    await live.ws.dispose();
  });

  it('closes the live connections of an account an administrator disables on another replica', async () => {
    const { watcher, watcherHttp, change, meetingId } = await follower();
    const live = await follow(watcherHttp, meetingId);
    await untilLive(change, [live]);
    const administrator = await admin();
    const adminHttp = await replicaA.client().as(administrator.email, administrator.password);
    expectData(
      await adminHttp.gql(`mutation D($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id } }`, {
        id: watcher.userId,
      }),
    );
    expect(await within(live.closed, 3_000, 'the socket closes')).toMatchObject({
      code: 4403,
      reason: 'Account disabled',
    });
    await expectNothingMore(live.titles, change);
    await live.ws.dispose();
  });

  it('closes a live connection when its session expires', async () => {
    const { watcher, watcherHttp, change, meetingId } = await follower();
    await replicaA.dataSource.query(
      `UPDATE sessions SET expires_at = now() + interval '4 seconds' WHERE user_id = $1`,
      [watcher.userId],
    );
    const live = await follow(watcherHttp, meetingId);
    await untilLive(change, [live]);
    const [session] = await replicaA.dataSource.query<{ expires_at: Date }[]>(
      `SELECT expires_at FROM sessions WHERE user_id = $1`,
      [watcher.userId],
    );
    expect(await within(live.closed, 8_000, 'the socket closes')).toMatchObject({
      code: 4401,
      reason: 'Session expired',
    });
    // At expiry, not before it (timers may round by a millisecond or two).
    expect(Date.now()).toBeGreaterThanOrEqual(session!.expires_at.getTime() - 5);
    await expectNothingMore(live.titles, change);
    await live.ws.dispose();
  });

  it('closes a live connection whose session ended while the replica could not hear of it, once it hears again', async () => {
    const { watcher, watcherHttp, change, meetingId } = await follower();
    const live = await follow(watcherHttp, meetingId);
    await untilLive(change, [live]);
    // The session ends with no event, then the replicas' event listeners lose their connections.
    await replicaA.dataSource.query(`DELETE FROM sessions WHERE user_id = $1`, [watcher.userId]);
    await replicaA.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'plenary-events' AND datname = current_database()`,
    );
    expect(await within(live.closed, 5_000, 'the socket closes')).toMatchObject({
      code: 4401,
      reason: 'Session ended',
    });
    await expectNothingMore(live.titles, change);
    await live.ws.dispose();
  });
});
