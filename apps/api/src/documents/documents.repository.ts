import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  meetingManagerRoles,
  type DocumentStatus,
  type PersonName,
  type NotificationDelivery,
  type NotificationKind,
  type RecipientResponse,
  type VersionChanges,
} from '@plenary/shared';
import { committeeMembersSql, committeesOfSql } from '../access/access.repository';
import { NAME_COLLATION } from '../people/people.repository';
import { groupBy } from '../common/group-by';
import { DocumentRole } from '../access/permissions';
import { CommentEntity } from './comment.entity';
import { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { DocumentDecisionEntity, DocumentDisseminationEntity } from './document-decision.entity';
import { DocumentEntity } from './document.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { ParagraphEntity, VersionParagraphEntity } from './paragraph.entity';

export type ParagraphValues = Pick<VersionParagraphEntity, 'kind' | 'html' | 'text' | 'addressees' | 'issueAreas'>;

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

/** A notification about a round, and what became of the e-mail that carried it. */
export interface NoticeRow {
  id: string;
  objectId: string;
  personId: string;
  kind: NotificationKind;
  createdAt: Date;
  delivery: NotificationDelivery;
  hasEmail: boolean;
  outboxMessageId: string | null;
  sentAt: Date | null;
  failed: boolean;
}

/** What a document is and whose it is, as a message about it names it. */
export interface DocumentOwner {
  group: { id: string; title: string; reportsToId: string | null } | null;
  /** Set when the document is a meeting's (the meeting may belong to the group). */
  meeting: { id: string; title: string; timeZone: string } | null;
}

/** Queries for documents, their versions, rounds and comments; page reads are set-based over many ids. */
@Injectable()
export class DocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  findByIds(ids: readonly string[]): Promise<DocumentEntity[]> {
    return this.manager.find(DocumentEntity, { where: ids.map((id) => ({ id })) });
  }

  findById(manager: EntityManager, id: string, lock?: 'share' | 'update'): Promise<DocumentEntity | null> {
    return manager.findOne(DocumentEntity, {
      where: { id },
      ...(lock ? { lock: { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' } } : {}),
    });
  }

  /** Documents of study groups and of meetings, oldest first within each owner. */
  async byOwners(kind: 'study_group_id' | 'meeting_id', ownerIds: readonly string[]): Promise<DocumentEntity[]> {
    return this.manager
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .where(`d.${kind} = ANY(:ownerIds)`, { ownerIds })
      .orderBy('d.created_at', 'ASC')
      .getMany();
  }

  async insert(manager: EntityManager, values: Partial<DocumentEntity>): Promise<DocumentEntity> {
    return manager.save(manager.create(DocumentEntity, values));
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: DocumentStatus,
    extra: Partial<Pick<DocumentEntity, 'submittedAt' | 'submittedToId' | 'publishedAt'>> = {},
  ): Promise<void> {
    await manager.update(DocumentEntity, { id }, { status, ...extra });
  }

  // Versions

  versionsOf(documentIds: readonly string[]): Promise<DocumentVersionEntity[]> {
    return this.manager
      .getRepository(DocumentVersionEntity)
      .createQueryBuilder('v')
      .where('v.document_id = ANY(:documentIds)', { documentIds })
      .orderBy('v.number', 'ASC')
      .getMany();
  }

  versionByNumber(manager: EntityManager, documentId: string, number: number): Promise<DocumentVersionEntity | null> {
    return manager.findOne(DocumentVersionEntity, { where: { documentId, number } });
  }

  workingVersion(manager: EntityManager, documentId: string): Promise<DocumentVersionEntity | null> {
    return manager
      .getRepository(DocumentVersionEntity)
      .createQueryBuilder('v')
      .where('v.document_id = :documentId AND v.frozen_at IS NULL', { documentId })
      .getOne();
  }

  async insertVersion(manager: EntityManager, documentId: string, number: number): Promise<DocumentVersionEntity> {
    return manager.save(manager.create(DocumentVersionEntity, { documentId, number, frozenAt: null }));
  }

  async freeze(manager: EntityManager, versionId: string, isFinal: boolean): Promise<void> {
    await manager.query(`UPDATE document_versions SET frozen_at = clock_timestamp(), is_final = $2 WHERE id = $1`, [
      versionId,
      isFinal,
    ]);
  }

  /** Starts a new working version as a copy of another; each paragraph keeps its identity. */
  async copyVersion(manager: EntityManager, fromVersionId: string, documentId: string, number: number) {
    const version = await this.insertVersion(manager, documentId, number);
    await manager.query(
      `INSERT INTO version_paragraphs (version_id, paragraph_id, position, kind, html, text, addressees, issue_areas, revision, updated_by_id)
       SELECT $2, paragraph_id, position, kind, html, text, addressees, issue_areas, 1, updated_by_id
         FROM version_paragraphs WHERE version_id = $1`,
      [fromVersionId, version.id],
    );
    return version;
  }

  // Paragraphs

  paragraphsOf(versionIds: readonly string[]): Promise<VersionParagraphEntity[]> {
    return this.manager
      .getRepository(VersionParagraphEntity)
      .createQueryBuilder('p')
      .where('p.version_id = ANY(:versionIds)', { versionIds })
      .orderBy('p.position', 'ASC')
      .getMany();
  }

  paragraph(manager: EntityManager, versionId: string, paragraphId: string): Promise<VersionParagraphEntity | null> {
    return manager.findOne(VersionParagraphEntity, { where: { versionId, paragraphId } });
  }

  /** The paragraph ids of a version in order. */
  async order(manager: EntityManager, versionId: string): Promise<string[]> {
    const rows: { paragraph_id: string }[] = await manager.query(
      `SELECT paragraph_id FROM version_paragraphs WHERE version_id = $1 ORDER BY position`,
      [versionId],
    );
    return rows.map((r) => r.paragraph_id);
  }

  async reorder(manager: EntityManager, versionId: string, paragraphIds: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE version_paragraphs vp SET position = o.pos - 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, pos)
        WHERE vp.version_id = $1 AND vp.paragraph_id = o.id AND vp.position <> o.pos - 1`,
      [versionId, paragraphIds],
    );
  }

  async insertParagraph(
    manager: EntityManager,
    documentId: string,
    versionId: string,
    position: number,
    values: ParagraphValues,
    authorId: string,
  ): Promise<string> {
    const paragraph = await manager.save(manager.create(ParagraphEntity, { documentId, mergedIntoId: null }));
    await manager.insert(VersionParagraphEntity, {
      versionId,
      paragraphId: paragraph.id,
      position,
      ...values,
      revision: 1,
      updatedById: authorId,
    });
    return paragraph.id;
  }

  /**
   * Writes a paragraph only if it is still at `baseRevision`. Concurrent saves of one paragraph
   * queue on its row; each re-reads the revision after the one before commits, so exactly one
   * save per revision wins.
   */
  async updateParagraph(
    manager: EntityManager,
    versionId: string,
    paragraphId: string,
    baseRevision: number,
    values: ParagraphValues,
    authorId: string,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(VersionParagraphEntity)
      .set({ ...values, updatedById: authorId, revision: () => 'revision + 1' })
      .where('version_id = :versionId AND paragraph_id = :paragraphId AND revision = :baseRevision', {
        versionId,
        paragraphId,
        baseRevision,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async deleteParagraph(manager: EntityManager, versionId: string, paragraphId: string): Promise<void> {
    await manager.delete(VersionParagraphEntity, { versionId, paragraphId });
  }

  async markMerged(manager: EntityManager, paragraphId: string, intoId: string): Promise<void> {
    await manager.update(ParagraphEntity, { id: paragraphId }, { mergedIntoId: intoId });
  }

  /** Where each merged paragraph of the documents went, to re-anchor comments on it. */
  async mergedInto(documentIds: readonly string[]): Promise<{ documentId: string; id: string; into: string }[]> {
    return this.manager.query(
      `SELECT document_id AS "documentId", id, merged_into_id AS into FROM paragraphs
        WHERE document_id = ANY($1::uuid[]) AND merged_into_id IS NOT NULL`,
      [documentIds],
    );
  }

  async paragraphIdsOf(manager: EntityManager, documentId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM paragraphs WHERE document_id = $1 AND id = ANY($2::uuid[])`,
      [documentId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  // Rounds

  roundsOf(documentIds: readonly string[]): Promise<CommentRoundEntity[]> {
    return this.manager
      .getRepository(CommentRoundEntity)
      .createQueryBuilder('r')
      .where('r.document_id = ANY(:documentIds)', { documentIds })
      .orderBy('r.number', 'ASC')
      .getMany();
  }

  roundsByIds(ids: readonly string[]): Promise<CommentRoundEntity[]> {
    return this.manager
      .getRepository(CommentRoundEntity)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids })
      .getMany();
  }

  roundsOfComments(comments: readonly CommentEntity[]): Promise<CommentRoundEntity[]> {
    return this.roundsByIds([...new Set(comments.map((c) => c.roundId))]);
  }

  findRound(manager: EntityManager, id: string, lock?: 'share' | 'update'): Promise<CommentRoundEntity | null> {
    return manager.findOne(CommentRoundEntity, {
      where: { id },
      ...(lock ? { lock: { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' } } : {}),
    });
  }

  async insertRound(manager: EntityManager, values: Partial<CommentRoundEntity>): Promise<CommentRoundEntity> {
    return manager.save(manager.create(CommentRoundEntity, values));
  }

  /** Closes an open round; the time is the moment of closing, not the start of the transaction. */
  async closeRound(manager: EntityManager, id: string, closedById: string | null): Promise<void> {
    await manager.query(
      `UPDATE comment_rounds SET status = 'CLOSED', closed_at = clock_timestamp(), closed_by_id = $2 WHERE id = $1`,
      [id, closedById],
    );
  }

  async openRoundsPastDeadline(): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM comment_rounds WHERE status = 'OPEN' AND closes_at <= clock_timestamp()`,
    );
    return rows.map((r) => r.id);
  }

  /** Open rounds closing within `ms` from now: those a reminder may be due for. */
  async openRoundsWithin(ms: number): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM comment_rounds
        WHERE status = 'OPEN' AND closes_at > clock_timestamp() AND closes_at <= clock_timestamp() + $1 * interval '1 millisecond'`,
      [ms],
    );
    return rows.map((r) => r.id);
  }

  /** Whether the round is open now, by the database's clock. */
  async openNow(manager: EntityManager, roundId: string): Promise<{ notYet: boolean; pastDeadline: boolean }> {
    const [row]: { not_yet: boolean; past: boolean }[] = await manager.query(
      `SELECT opens_at > clock_timestamp() AS not_yet, closes_at <= clock_timestamp() AS past FROM comment_rounds WHERE id = $1`,
      [roundId],
    );
    return { notYet: row?.not_yet ?? true, pastDeadline: row?.past ?? true };
  }

  recipientsOf(roundIds: readonly string[]): Promise<RoundRecipientEntity[]> {
    return this.manager
      .getRepository(RoundRecipientEntity)
      .createQueryBuilder('rr')
      .where('rr.round_id = ANY(:roundIds)', { roundIds })
      .getMany();
  }

  async insertRecipients(
    manager: EntityManager,
    roundId: string,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<void> {
    const rows = [
      ...organizationIds.map((organizationId) => ({ roundId, organizationId, personId: null })),
      ...personIds.map((personId) => ({ roundId, organizationId: null, personId })),
    ];
    if (rows.length) await manager.insert(RoundRecipientEntity, rows);
  }

  findRecipient(manager: EntityManager, id: string): Promise<RoundRecipientEntity | null> {
    return manager.findOne(RoundRecipientEntity, { where: { id } });
  }

  async respond(
    manager: EntityManager,
    id: string,
    response: RecipientResponse,
    note: string,
    personId: string,
  ): Promise<void> {
    await manager.update(
      RoundRecipientEntity,
      { id },
      { response, responseNote: note, respondedById: personId, respondedAt: new Date() },
    );
  }

  /** Recipients the person answers for: themselves, and committees they belong to. */
  async recipientsFor(manager: EntityManager, roundId: string, personId: string): Promise<RoundRecipientEntity[]> {
    return manager
      .getRepository(RoundRecipientEntity)
      .createQueryBuilder('rr')
      .where('rr.round_id = :roundId', { roundId })
      .andWhere(`(rr.person_id = :personId OR rr.organization_id IN (${committeesOfSql(':personId')}))`, { personId })
      .getMany();
  }

  /** The organizations the person may speak for, among the given ones (all of theirs when null). */
  async committeesOf(manager: EntityManager, personId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT object_id AS id FROM (${committeesOfSql('$1')}) c(object_id)`,
      [personId],
    );
    return new Set(rows.map((r) => r.id));
  }

  // Comments

  commentsOfRounds(roundIds: readonly string[]): Promise<CommentEntity[]> {
    return this.manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.round_id = ANY(:roundIds)', { roundIds })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  findComments(manager: EntityManager, ids: readonly string[], lock = false): Promise<CommentEntity[]> {
    return manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .setLock(lock ? 'pessimistic_write' : undefined!)
      .getMany();
  }

  async insertComment(manager: EntityManager, values: Partial<CommentEntity>): Promise<CommentEntity> {
    return manager.save(manager.create(CommentEntity, values));
  }

  async updateComments(manager: EntityManager, ids: readonly string[], values: Partial<CommentEntity>): Promise<void> {
    await manager.createQueryBuilder().update(CommentEntity).set(values).where('id = ANY(:ids)', { ids }).execute();
  }

  /** Comments of the round that still need a disposition. */
  async undisposedCount(manager: EntityManager, roundId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM comments WHERE round_id = $1 AND withdrawn_at IS NULL AND disposition IS NULL`,
      [roundId],
    );
    return row?.n ?? 0;
  }

  // Decisions and dissemination

  decisionsOf(documentIds: readonly string[]): Promise<DocumentDecisionEntity[]> {
    return this.manager
      .getRepository(DocumentDecisionEntity)
      .createQueryBuilder('d')
      .where('d.document_id = ANY(:documentIds)', { documentIds })
      .orderBy('d.decided_at', 'ASC')
      .getMany();
  }

  async insertDecision(manager: EntityManager, values: Partial<DocumentDecisionEntity>): Promise<void> {
    await manager.insert(DocumentDecisionEntity, values);
  }

  disseminationOf(documentIds: readonly string[]): Promise<DocumentDisseminationEntity[]> {
    return this.manager
      .getRepository(DocumentDisseminationEntity)
      .createQueryBuilder('d')
      .where('d.document_id = ANY(:documentIds)', { documentIds })
      .getMany();
  }

  async insertDissemination(
    manager: EntityManager,
    documentId: string,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<void> {
    const rows = [
      ...organizationIds.map((organizationId) => ({ documentId, organizationId, personId: null })),
      ...personIds.map((personId) => ({ documentId, organizationId: null, personId })),
    ];
    if (rows.length) await manager.insert(DocumentDisseminationEntity, rows);
  }

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

  /** The notifications about these objects (rounds) of these kinds, each with what became of its e-mail. */
  noticesAbout(objectIds: readonly string[], kinds: readonly NotificationKind[]): Promise<NoticeRow[]> {
    return this.manager.query(
      `SELECT n.id, n.object_id AS "objectId", n.person_id AS "personId", n.kind, n.created_at AS "createdAt",
              n.delivery, p.email IS NOT NULL AS "hasEmail", n.outbox_message_id AS "outboxMessageId",
              o.sent_at AS "sentAt", o.last_error IS NOT NULL AS failed
         FROM notifications n
         JOIN people p ON p.id = n.person_id
         LEFT JOIN outbox_messages o ON o.id = n.outbox_message_id
        WHERE n.object_id = ANY($1::uuid[]) AND n.kind = ANY($2::text[])
        ORDER BY n.created_at, p.sort_name COLLATE ${NAME_COLLATION}, n.id`,
      [objectIds, kinds],
    );
  }

  /** How the newer version differs from the older, paragraph by paragraph identity. */
  async versionChanges(manager: EntityManager, olderId: string, newerId: string): Promise<VersionChanges> {
    const [row] = await manager.query<VersionChanges[]>(
      `SELECT count(*) FILTER (WHERE o.paragraph_id IS NOT NULL AND n.paragraph_id IS NOT NULL
                AND (o.html <> n.html OR o.kind <> n.kind OR o.addressees::text <> n.addressees::text
                     OR o.issue_areas::text <> n.issue_areas::text))::int AS changed,
              count(*) FILTER (WHERE o.paragraph_id IS NULL)::int AS added,
              count(*) FILTER (WHERE n.paragraph_id IS NULL)::int AS removed
         FROM (SELECT * FROM version_paragraphs WHERE version_id = $1) o
         FULL JOIN (SELECT * FROM version_paragraphs WHERE version_id = $2) n ON n.paragraph_id = o.paragraph_id`,
      [olderId, newerId],
    );
    return row ?? { changed: 0, added: 0, removed: 0 };
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
    const rows: { documentId: string; personId: string }[] = await this.manager.query(
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
