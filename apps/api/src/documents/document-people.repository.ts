import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { meetingManagerRoles, type PersonName } from '@plenary/shared';
import { committeeMembersSql } from '../access/access.repository';
import { DocumentRole } from '../access/permissions';
import { groupBy } from '../common/group-by';
import { NAME_COLLATION } from '../people/people.repository';

/** One person reached through one recipient of a round (or of a publication), and how they can be reached. */
export interface AudienceMember extends PersonName {
  /** The committee or institution named, whose people they are; null for an expert named in person. */
  organizationId: string | null;
  /** The expert named in person: the person themselves. */
  expertId: string | null;
  personId: string;
  hasEmail: boolean;
  /** Holds an account that is not disabled, so can sign in and act. */
  hasAccount: boolean;
}

/** What a document is and whose it is, as a message about it names it. */
export interface DocumentOwner {
  group: { id: string; title: string; reportsToId: string | null } | null;
  /** Set when the document is a meeting's (the meeting may belong to the group). */
  meeting: { id: string; title: string; timeZone: string } | null;
}

/**
 * The people around a document, as its rules and its messages name them: whose it is, who drafts
 * it, who decides on it, and everyone a round or a publication reaches.
 */
@Injectable()
export class DocumentPeopleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Everyone reached through these recipients: the people of each committee or institution, by the
   * very rule that decides who may speak for it (`committeeMembersSql`), and each expert named in
   * person. A person reached through several recipients has a row for each.
   */
  audience(
    manager: EntityManager,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<AudienceMember[]> {
    if (organizationIds.length + personIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT a.organization_id AS "organizationId", a.expert_id AS "expertId", p.id AS "personId", p.name,
              p.sort_name AS "sortName", p.honorific, p.email IS NOT NULL AS "hasEmail",
              EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id AND u.disabled_at IS NULL) AS "hasAccount"
         FROM (SELECT person_id, organization_id, NULL::uuid AS expert_id FROM (${committeeMembersSql('$1::uuid[]')}) c
               UNION SELECT id, NULL, id FROM people WHERE id = ANY($2::uuid[])) a
         JOIN people p ON p.id = a.person_id
        ORDER BY p.sort_name COLLATE ${NAME_COLLATION}, p.id`,
      [organizationIds, personIds],
    );
  }

  /** The study group a document works for and, for a meeting's document, the meeting. */
  async ownerOf(manager: EntityManager, documentId: string): Promise<DocumentOwner> {
    const [row] = await manager.query<
      {
        group_id: string | null;
        group_title: string | null;
        reports_to_id: string | null;
        meeting_id: string | null;
        meeting_title: string | null;
        time_zone: string | null;
      }[]
    >(
      `SELECT sg.id AS group_id, sg.title AS group_title, sg.reports_to_id, m.id AS meeting_id,
              m.title AS meeting_title, m.time_zone
         FROM documents d
         LEFT JOIN meetings m ON m.id = d.meeting_id
         LEFT JOIN study_groups sg ON sg.id = COALESCE(d.study_group_id, m.study_group_id)
        WHERE d.id = $1`,
      [documentId],
    );
    return {
      group: row?.group_id ? { id: row.group_id, title: row.group_title!, reportsToId: row.reports_to_id } : null,
      meeting: row?.meeting_id ? { id: row.meeting_id, title: row.meeting_title!, timeZone: row.time_zone! } : null,
    };
  }

  /** The people, with what it takes to write their names, in the order asked. */
  async namedPeople(manager: EntityManager, ids: readonly string[]): Promise<(PersonName & { id: string })[]> {
    const rows = await manager.query<(PersonName & { id: string })[]>(
      `SELECT id, name, sort_name AS "sortName", honorific FROM people WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Who signs for a group's drafting: its co-chairs, in the order they were named. */
  async coChairsOf(manager: EntityManager, groupId: string): Promise<string[]> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT person_id FROM memberships WHERE object_type = 'STUDY_GROUP' AND object_id = $1 AND role = 'CO_CHAIR'
        ORDER BY created_at, id`,
      [groupId],
    );
    return rows.map((r) => r.person_id);
  }

  /** Those who run a meeting: its organisers and secretariat. */
  async meetingOrganisers(manager: EntityManager, meetingId: string): Promise<string[]> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT DISTINCT ON (person_id) person_id FROM memberships
        WHERE object_type = 'MEETING' AND object_id = $1 AND role = ANY($2::text[])
        ORDER BY person_id`,
      [meetingId, meetingManagerRoles],
    );
    return rows.map((r) => r.person_id);
  }

  /** Names of organizations as messages write them. */
  async organizationNames(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Map<string, { name: string; acronym: string | null }>> {
    const rows = await manager.query<{ id: string; name: string; acronym: string | null }[]>(
      `SELECT id, name, acronym FROM organizations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, { name: row.name, acronym: row.acronym }]));
  }

  /** The member committees taking part in a study group. */
  async committeesOfGroup(manager: EntityManager, groupId: string): Promise<string[]> {
    const rows = await manager.query<{ organization_id: string }[]>(
      `SELECT organization_id FROM study_group_committees WHERE study_group_id = $1`,
      [groupId],
    );
    return rows.map((r) => r.organization_id);
  }

  /** The members of a body, who record its decisions: those who hold a role in it (`SUBMITTED_TO`). */
  async bodyMembers(manager: EntityManager, organizationId: string): Promise<string[]> {
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT DISTINCT person_id FROM memberships WHERE object_type = 'ORGANIZATION' AND object_id = $1`,
      [organizationId],
    );
    return rows.map((r) => r.person_id);
  }

  /**
   * Who works on the draft (the holders of DocumentDraftRead): the co-chairs and secretariat of its
   * group, the organisers and secretariat of its meeting, and the drafters they named.
   */
  async draftersOf(manager: EntityManager, documentId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT g.person_id AS id FROM documents d
         LEFT JOIN meetings m ON m.id = d.meeting_id
         JOIN memberships g ON g.object_type = 'STUDY_GROUP' AND g.object_id = COALESCE(d.study_group_id, m.study_group_id)
          AND g.role IN ('CO_CHAIR', 'SECRETARIAT')
        WHERE d.id = $1
       UNION SELECT mm.person_id FROM documents d
         JOIN memberships mm ON mm.object_type = 'MEETING' AND mm.object_id = d.meeting_id
          AND mm.role = ANY($2::text[])
        WHERE d.id = $1
       UNION SELECT dm.person_id FROM memberships dm
         JOIN documents d ON d.id = dm.object_id
         JOIN participations p ON p.meeting_id = d.meeting_id AND p.person_id = dm.person_id
        WHERE dm.object_type = 'DOCUMENT' AND dm.object_id = $1 AND dm.role = $3`,
      [documentId, meetingManagerRoles, DocumentRole.DRAFTER],
    );
    return rows.map((r) => r.id);
  }

  /** The drafters named on each document who still take part in its meeting (as the access rules count them). */
  async namedDrafters(documentIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { documentId: string; personId: string }[] = await this.dataSource.query(
      `SELECT dm.object_id AS "documentId", dm.person_id AS "personId" FROM memberships dm
         JOIN documents d ON d.id = dm.object_id
         JOIN participations p ON p.meeting_id = d.meeting_id AND p.person_id = dm.person_id
        WHERE dm.object_type = 'DOCUMENT' AND dm.role = $2 AND dm.object_id = ANY($1::uuid[])
        ORDER BY dm.created_at, dm.id`,
      [documentIds, DocumentRole.DRAFTER],
    );
    const byDocument = groupBy(rows, (row) => row.documentId);
    return new Map([...byDocument].map(([id, held]) => [id, held.map((row) => row.personId)]));
  }

  /** Those of the people who take part in the meeting. */
  async participantsAmong(
    manager: EntityManager,
    meetingId: string,
    personIds: readonly string[],
  ): Promise<Set<string>> {
    const rows: { personId: string }[] = await manager.query(
      `SELECT person_id AS "personId" FROM participations WHERE meeting_id = $1 AND person_id = ANY($2::uuid[])`,
      [meetingId, personIds],
    );
    return new Set(rows.map((r) => r.personId));
  }
}
