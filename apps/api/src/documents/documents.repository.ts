import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { meetingManagerRoles, type DocumentStatus, type RecipientResponse } from '@plenary/shared';
import { committeesOfSql } from '../access/access.repository';
import { groupBy } from '../common/group-by';
import { DocumentRole } from '../access/permissions';
import { CommentEntity } from './comment.entity';
import { CommentRoundEntity, RoundRecipientEntity } from './comment-round.entity';
import { DocumentDecisionEntity, DocumentDisseminationEntity } from './document-decision.entity';
import { DocumentEntity } from './document.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { ParagraphEntity, VersionParagraphEntity } from './paragraph.entity';

export type ParagraphValues = Pick<VersionParagraphEntity, 'kind' | 'html' | 'text' | 'addressees' | 'issueAreas'>;

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

  /** The study group a document works for: its own, or its meeting's. */
  async groupOf(
    manager: EntityManager,
    documentId: string,
  ): Promise<{ id: string; title: string; reportsToId: string | null } | null> {
    const [row]: { id: string; title: string; reports_to_id: string | null }[] = await manager.query(
      `SELECT sg.id, sg.title, sg.reports_to_id FROM documents d
         LEFT JOIN meetings m ON m.id = d.meeting_id
         JOIN study_groups sg ON sg.id = COALESCE(d.study_group_id, m.study_group_id)
        WHERE d.id = $1`,
      [documentId],
    );
    return row ? { id: row.id, title: row.title, reportsToId: row.reports_to_id } : null;
  }

  /** People to tell about a round or a publication: named people, and the focal points and secretariat of named organizations. */
  /** The people a round reaches: those named, and the focal points and secretariat of the committees named. */
  async recipientPeople(
    manager: EntityManager,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM people WHERE id = ANY($2::uuid[])
       UNION SELECT person_id FROM memberships WHERE object_type = 'ORGANIZATION' AND object_id = ANY($1::uuid[])
          AND role IN ('FOCAL_POINT', 'SECRETARIAT')`,
      [organizationIds, personIds],
    );
    return rows.map((r) => r.id);
  }

  /** The people of a round's recipients that have not responded yet. */
  async unansweredRecipientPeople(manager: EntityManager, roundId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT rr.person_id AS id FROM round_recipients rr
        WHERE rr.round_id = $1 AND rr.response = 'NOT_YET' AND rr.person_id IS NOT NULL
       UNION SELECT m.person_id FROM round_recipients rr
         JOIN memberships m ON m.object_type = 'ORGANIZATION' AND m.object_id = rr.organization_id
          AND m.role IN ('FOCAL_POINT', 'SECRETARIAT')
        WHERE rr.round_id = $1 AND rr.response = 'NOT_YET'`,
      [roundId],
    );
    return rows.map((r) => r.id);
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

  async mailRecipients(
    manager: EntityManager,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<{ name: string; email: string }[]> {
    return manager.query(
      `SELECT DISTINCT p.name, p.email FROM people p
        WHERE p.email IS NOT NULL AND (p.id = ANY($2::uuid[]) OR p.id IN (
          SELECT person_id FROM memberships WHERE object_type = 'ORGANIZATION' AND object_id = ANY($1::uuid[])
             AND role IN ('FOCAL_POINT', 'SECRETARIAT')))
        ORDER BY p.name`,
      [organizationIds, personIds],
    );
  }
}
