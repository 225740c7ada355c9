import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MembershipObjectType } from './membership.entity';

/** A role a person holds on an object. */
export interface Grant {
  personId: string;
  objectType: MembershipObjectType;
  objectId: string;
  role: string;
  /** The organization the person speaks for in this role. */
  representingId?: string | null;
}

@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The person's roles on each of the given objects, in one statement. Besides the roles held on
   * the object itself, some are derived: a study group's members hold `GROUP_<role>` on the
   * group's meetings, and members of the body a group reports to hold `REPORTS_TO_BODY` on the
   * group (and `GROUP_REPORTS_TO_BODY` on its meetings); members of the body a document was
   * submitted to hold `SUBMITTED_TO` on it, and those it was published to `DISSEMINATED`. On a
   * recommendation, staff of its responsible secretariat hold `RESPONSIBLE_<role>`, and its
   * source's group and meeting lend theirs.
   */
  async rolesOn(
    personId: string,
    objectType: MembershipObjectType,
    objectIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { object_id: string; roles: string[] }[] = await this.dataSource.query(
      `SELECT object_id, array_agg(DISTINCT role ORDER BY role) AS roles FROM (${rolesSql[objectType] ?? directRolesSql}) AS held
        GROUP BY object_id`,
      [personId, objectType, objectIds],
    );
    return new Map(rows.map((row) => [row.object_id, row.roles]));
  }

  /** Objects of one type on which each of the people holds one of the roles. */
  async objectIdsWithRoleFor(
    personIds: readonly string[],
    objectType: MembershipObjectType,
    roles: readonly string[],
  ): Promise<{ personId: string; objectId: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT person_id AS "personId", object_id AS "objectId" FROM memberships
        WHERE person_id = ANY($1::uuid[]) AND object_type = $2 AND role = ANY($3::text[])`,
      [personIds, objectType, roles],
    );
  }

  async grant(manager: EntityManager, grant: Grant): Promise<void> {
    await manager.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role, representing_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT memberships_person_object_role_key DO NOTHING`,
      [grant.personId, grant.objectType, grant.objectId, grant.role, grant.representingId ?? null],
    );
  }

  /** Takes away one role the person holds on the object. */
  async revoke(
    manager: EntityManager,
    held: { personId: string; objectType: MembershipObjectType; objectId: string; role: string },
  ): Promise<void> {
    await manager.query(
      `DELETE FROM memberships WHERE person_id = $1 AND object_type = $2 AND object_id = $3 AND role = $4`,
      [held.personId, held.objectType, held.objectId, held.role],
    );
  }

  async deleteMembership(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM memberships WHERE id = $1`, [id]);
  }

  /** Makes exactly these people the holders of `role` on the object. */
  async setRoleHolders(
    manager: EntityManager,
    object: { objectType: MembershipObjectType; objectId: string; role: string },
    personIds: readonly string[],
  ): Promise<void> {
    const values = [object.objectType, object.objectId, object.role, personIds];
    await manager.query(
      `DELETE FROM memberships WHERE object_type = $1 AND object_id = $2 AND role = $3 AND person_id <> ALL($4::uuid[])`,
      values,
    );
    await manager.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role) SELECT unnest($4::uuid[]), $1, $2, $3
       ON CONFLICT ON CONSTRAINT memberships_person_object_role_key DO NOTHING`,
      values,
    );
  }
}

/** Parameters of every roles query: $1 person, $2 object type, $3 object ids. */
const directRolesSql = `SELECT object_id, role FROM memberships
   WHERE person_id = $1 AND object_type = $2 AND object_id = ANY($3::uuid[])`;

const rolesSql: Partial<Record<MembershipObjectType, string>> = {
  MEETING: `${directRolesSql}
    UNION ALL
    SELECT m.id, 'GROUP_' || g.role FROM meetings m
      JOIN memberships g ON g.object_type = 'STUDY_GROUP' AND g.object_id = m.study_group_id AND g.person_id = $1
     WHERE m.id = ANY($3::uuid[])
    UNION ALL
    SELECT m.id, 'GROUP_REPORTS_TO_BODY' FROM meetings m
      JOIN study_groups sg ON sg.id = m.study_group_id
      JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = sg.reports_to_id AND b.person_id = $1
     WHERE m.id = ANY($3::uuid[])`,
  STUDY_GROUP: `${directRolesSql}
    UNION ALL
    SELECT sg.id, 'REPORTS_TO_BODY' FROM study_groups sg
      JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = sg.reports_to_id AND b.person_id = $1
     WHERE sg.id = ANY($3::uuid[])`,
  // A role named on the document (a drafter) counts only while the person takes part in its meeting.
  DOCUMENT: `SELECT dm.object_id, dm.role FROM memberships dm
      JOIN documents d ON d.id = dm.object_id
     WHERE dm.person_id = $1 AND dm.object_type = $2 AND dm.object_id = ANY($3::uuid[])
       AND EXISTS (SELECT 1 FROM participations p WHERE p.meeting_id = d.meeting_id AND p.person_id = $1)
    UNION ALL
    SELECT d.id, 'GROUP_' || g.role FROM documents d
      LEFT JOIN meetings m ON m.id = d.meeting_id
      JOIN memberships g ON g.object_type = 'STUDY_GROUP' AND g.person_id = $1
       AND g.object_id = COALESCE(d.study_group_id, m.study_group_id)
     WHERE d.id = ANY($3::uuid[])
    UNION ALL
    SELECT d.id, 'MEETING_' || mm.role FROM documents d
      JOIN memberships mm ON mm.object_type = 'MEETING' AND mm.object_id = d.meeting_id AND mm.person_id = $1
     WHERE d.id = ANY($3::uuid[])
    UNION ALL
    SELECT d.id, 'REPORTS_TO_BODY' FROM documents d
      LEFT JOIN meetings m ON m.id = d.meeting_id
      JOIN study_groups sg ON sg.id = COALESCE(d.study_group_id, m.study_group_id)
      JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = sg.reports_to_id AND b.person_id = $1
     WHERE d.id = ANY($3::uuid[])
    UNION ALL
    SELECT d.id, 'SUBMITTED_TO' FROM documents d
      JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = d.submitted_to_id AND b.person_id = $1
     WHERE d.id = ANY($3::uuid[])
    UNION ALL
    SELECT r.document_id, 'RECIPIENT' FROM comment_rounds r
      JOIN round_recipients rr ON rr.round_id = r.id
     WHERE r.document_id = ANY($3::uuid[])
       AND (rr.person_id = $1 OR rr.organization_id IN (${committeesOfSql('$1')}))
    UNION ALL
    SELECT dd.document_id, 'DISSEMINATED' FROM document_disseminations dd
     WHERE dd.document_id = ANY($3::uuid[])
       AND (dd.person_id = $1 OR dd.organization_id IN (${committeesOfSql('$1')}))`,
  RECOMMENDATION: `${directRolesSql}
    UNION ALL
    SELECT r.id, 'RESPONSIBLE_' || o.role FROM recommendations r
      JOIN memberships o ON o.object_type = 'ORGANIZATION' AND o.object_id = r.responsible_id AND o.person_id = $1
     WHERE r.id = ANY($3::uuid[])
    UNION ALL
    SELECT r.id, 'GROUP_' || g.role FROM recommendations r
      LEFT JOIN meetings m ON m.id = r.meeting_id
      JOIN memberships g ON g.object_type = 'STUDY_GROUP' AND g.person_id = $1
       AND g.object_id = COALESCE(r.study_group_id, m.study_group_id)
     WHERE r.id = ANY($3::uuid[])
    UNION ALL
    SELECT r.id, 'MEETING_' || mm.role FROM recommendations r
      JOIN memberships mm ON mm.object_type = 'MEETING' AND mm.object_id = r.meeting_id AND mm.person_id = $1
     WHERE r.id = ANY($3::uuid[])
    UNION ALL
    SELECT r.id, 'REPORTS_TO_BODY' FROM recommendations r
      LEFT JOIN meetings m ON m.id = r.meeting_id
      JOIN study_groups sg ON sg.id = COALESCE(r.study_group_id, m.study_group_id)
      JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = sg.reports_to_id AND b.person_id = $1
     WHERE r.id = ANY($3::uuid[])`,
};

/**
 * The roles query of one object type, rows (object_id, role), with its parameters ($1 person,
 * $2 object type, $3 object ids) replaced by SQL expressions: for a statement that asks it of
 * several people at once, or of an object it finds itself.
 */
export function rolesSqlFor(objectType: MembershipObjectType, person: string, objectIds: string): string {
  const values: Record<string, string> = { $1: person, $2: `'${objectType}'`, '$3::uuid[]': objectIds };
  return (rolesSql[objectType] ?? directRolesSql).replace(/\$1|\$2|\$3::uuid\[\]/g, (parameter) => values[parameter]!);
}

/**
 * The organizations a person belongs to and may speak for: those they hold a role in, the
 * committee they represent in a study group, and their affiliation. `committeeMembersSql` is the
 * same rule read the other way; a change to one is a change to both.
 */
export function committeesOfSql(person: string): string {
  return `SELECT object_id FROM memberships WHERE person_id = ${person} AND object_type = 'ORGANIZATION'
     UNION SELECT representing_id FROM memberships WHERE person_id = ${person} AND representing_id IS NOT NULL
     UNION SELECT affiliation_id FROM people WHERE id = ${person} AND affiliation_id IS NOT NULL`;
}

/**
 * The people who belong to each of the organizations (a uuid[] expression) and may speak for it,
 * as rows (person_id, organization_id): exactly those for whom `committeesOfSql` names it.
 */
export function committeeMembersSql(organizations: string): string {
  return `SELECT person_id, object_id AS organization_id FROM memberships
      WHERE object_type = 'ORGANIZATION' AND object_id = ANY(${organizations})
     UNION SELECT person_id, representing_id FROM memberships WHERE representing_id = ANY(${organizations})
     UNION SELECT id, affiliation_id FROM people WHERE affiliation_id = ANY(${organizations})`;
}
