import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingRole } from '@plenary/shared';
import { Factory } from '../helpers/factories';
import { expectData, type GraphQLTestClient } from '../helpers/graphql-client';
import { startTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let factory: Factory;
beforeAll(async () => {
  t = await startTestApp();
  factory = new Factory(t.dataSource);
});
afterAll(() => t.close());

const MEETINGS_PAGE = `{
  viewer { email person { name affiliation { name } } canConveneFor { name } }
  meetings { id title startDate endDate status viewerRoles host { name parent { name } } organizers { name acronym parent { name } } }
}`;

/** A user who sees `count` meetings, each with three organizers (one with a parent) and a host. */
async function userWithMeetings(count: number): Promise<GraphQLTestClient> {
  const user = await factory.user();
  const council = await factory.organization();
  const organizers = [await factory.organization(), await factory.organization(), await factory.organization()];
  await t.dataSource.query(`UPDATE organizations SET parent_id = $1 WHERE id = $2`, [council.id, organizers[0]!.id]);
  for (let i = 0; i < count; i++) {
    const m = await factory.meeting({ organizerIds: organizers.map((o) => o.id) });
    await t.dataSource.query(`UPDATE meetings SET host_id = $1 WHERE id = $2`, [organizers[i % 3]!.id, m.id]);
    await factory.grant(user.personId, 'MEETING', m.id, MeetingRole.PARTICIPANT);
  }
  return t.client().as(user.email, user.password);
}

async function statementsFor(client: GraphQLTestClient): Promise<{ statements: number; meetings: number }> {
  t.queries.reset(true);
  const data = expectData(await client.gql<{ meetings: unknown[] }>(MEETINGS_PAGE));
  return { statements: t.queries.total, meetings: data.meetings.length };
}

describe('the meetings page', () => {
  it('issues the same number of SQL statements for 2 meetings as for 40', async () => {
    const few = await statementsFor(await userWithMeetings(2));
    const many = await statementsFor(await userWithMeetings(40));
    expect(few.meetings).toBe(2);
    expect(many.meetings).toBe(40);
    expect(many.statements).toBe(few.statements);
    // session, viewer, person, affiliation, convenable orgs, meetings, organizer links, organizations,
    // viewer roles, parents: batched per level, never per row.
    expect(many.statements).toBeLessThanOrEqual(12);
  });
});
