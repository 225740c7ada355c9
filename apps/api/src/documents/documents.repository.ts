import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DocumentStatus, HistoryFacts, VersionChanges } from '@plenary/shared';
import { DocumentDecisionEntity, DocumentDisseminationEntity } from './document-decision.entity';
import { DocumentEntity } from './document.entity';
import { DocumentVersionEntity } from './document-version.entity';

/** One audited step of a document, with what it recorded, as the history shows it. */
export type HistoryRow = Omit<HistoryFacts, 'closesAt'> & {
  id: string;
  at: Date;
  actorPersonId: string | null;
  closesAt: Date | null;
};

/** Queries for documents, their versions, decisions and dissemination; page reads are set-based over many ids. */
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

  versionsOf(documentIds: readonly string[], manager = this.manager): Promise<DocumentVersionEntity[]> {
    return manager
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
   * The audited steps of the document and of its rounds, oldest first, with what each step
   * recorded. A round's steps are the document's history too: its opening, its close.
   */
  history(documentId: string): Promise<HistoryRow[]> {
    return this.manager.query(
      `SELECT e.id::text AS id, e.action, e.from_state AS "fromState", e.to_state AS "toState", e.at,
              u.person_id AS "actorPersonId",
              COALESCE(r.number, (e.data->>'round')::int) AS "roundNumber",
              COALESCE(rv.number, (e.data->>'version')::int) AS "versionNumber",
              CASE WHEN e.action = 'round.opened' THEN r.closes_at END AS "closesAt",
              (e.data->>'count')::int AS "commentCount",
              e.data->>'disposition' AS disposition,
              CASE WHEN e.action = 'document.drafters_named' THEN jsonb_array_length(e.data->'personIds') END AS "drafterCount",
              e.data->>'decision' AS decision,
              COALESCE(e.data->>'bodyName', CASE WHEN e.to_state = 'SUBMITTED' OR e.from_state = 'SUBMITTED' THEN body.name END)
                AS "bodyName",
              e.data->>'guidance' AS guidance,
              e.data->>'note' AS note,
              e.data->>'meetingDate' AS "meetingDate",
              e.data->>'meetingReference' AS "meetingReference",
              CASE WHEN jsonb_typeof(e.data->'changes') = 'object' THEN e.data->'changes' END AS changes,
              (e.data->>'sentToOrganizations')::int AS "sentToOrganizations",
              (e.data->>'sentToPeople')::int AS "sentToPeople"
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.actor_user_id
         LEFT JOIN comment_rounds r ON e.object_type = 'COMMENT_ROUND' AND r.id = e.object_id
         LEFT JOIN document_versions rv ON rv.id = r.version_id
         LEFT JOIN documents d ON d.id = $1
         LEFT JOIN organizations body ON body.id = d.submitted_to_id
        WHERE (e.object_type = 'DOCUMENT' AND e.object_id = $1)
           OR (e.object_type = 'COMMENT_ROUND' AND e.object_id IN (SELECT id FROM comment_rounds WHERE document_id = $1))
        ORDER BY e.id`,
      [documentId],
    );
  }
}
