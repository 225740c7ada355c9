import { insertRows, type DemoDataSet } from './database';
import { meetingOrganizers, meetingRoles, meetings } from './meetings';
import { organizations } from './organizations';
import { demoPassword, people } from './people';

export type { DemoDataSet, SeedDatabase, SeedTools } from './database';
export { meeting } from './meetings';
export { org } from './organizations';
export { demoAccounts, demoPassword, person } from './people';

/** The organizations, people and meetings of the source documents, with an account for each role. */
const foundation: DemoDataSet = {
  name: 'foundation',
  version: 1,
  async apply(db, { hashPassword }) {
    // Parents before members, so the foreign key to the parent is satisfied row by row.
    const ordered = [...organizations].sort((a, b) => Number(!!a.parent_id) - Number(!!b.parent_id));
    await insertRows(db, 'organizations', ordered);
    await insertRows(
      db,
      'people',
      people.map(({ id, name, sort_name, honorific, title, affiliation_id, email }) => ({
        id,
        name,
        sort_name,
        honorific,
        title,
        affiliation_id,
        email,
      })),
    );
    const passwordHash = await hashPassword(demoPassword);
    await insertRows(
      db,
      'users',
      people.map((p) => ({
        person_id: p.id,
        email: p.email,
        password_hash: passwordHash,
        is_platform_admin: p.platformAdmin ?? false,
      })),
      '(email)',
    );
    await insertRows(
      db,
      'memberships',
      people.flatMap((p) =>
        (p.organizationRoles ?? []).map((r) => ({
          person_id: p.id,
          object_type: 'ORGANIZATION',
          object_id: r.organizationId,
          role: r.role,
        })),
      ),
      'ON CONSTRAINT memberships_person_object_role_key',
    );
    await insertRows(db, 'meetings', meetings);
    await insertRows(db, 'meeting_organizers', meetingOrganizers, '(meeting_id, organization_id)');
    await insertRows(
      db,
      'memberships',
      meetingRoles.map((r) => ({
        person_id: r.personId,
        object_type: 'MEETING',
        object_id: r.meetingId,
        role: r.role,
      })),
      'ON CONSTRAINT memberships_person_object_role_key',
    );
  },
};

/** Applied in order on start when demo data is on. */
export const demoDataSets: readonly DemoDataSet[] = [foundation];
