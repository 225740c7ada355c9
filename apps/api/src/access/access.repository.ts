import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MembershipObjectType } from './membership.entity';

@Injectable()
export class AccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's roles on each of the given objects, in one statement. */
  async rolesOn(
    personId: string,
    objectType: MembershipObjectType,
    objectIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { object_id: string; roles: string[] }[] = await this.dataSource.query(
      `SELECT object_id, array_agg(role ORDER BY role) AS roles
         FROM memberships
        WHERE person_id = $1 AND object_type = $2 AND object_id = ANY($3::uuid[])
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

  async grant(
    manager: EntityManager,
    grant: { personId: string; objectType: MembershipObjectType; objectId: string; role: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT memberships_person_object_role_key DO NOTHING`,
      [grant.personId, grant.objectType, grant.objectId, grant.role],
    );
  }
}
