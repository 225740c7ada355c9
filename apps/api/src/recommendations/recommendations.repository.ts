import { Injectable } from '@nestjs/common';
import type { AddresseeKind, IssueArea, RecommendationStatus } from '@plenary/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Addressee } from '../documents/paragraph.entity';
import type { StoredFileEntity } from '../files/stored-file.entity';
import type { RecommendationEntity, RecommendationUpdateEntity } from './recommendation.entity';

const columns = `r.id, r.document_id AS "documentId", r.paragraph_id AS "paragraphId", r.version_id AS "versionId",
  r.study_group_id AS "studyGroupId", r.meeting_id AS "meetingId", r.source_title AS "sourceTitle",
  r.source_url AS "sourceUrl", r.number, r.text, r.addressees, r.issue_areas AS "issueAreas", r.status,
  r.responsible_id AS "responsibleId", to_char(r.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
  to_char(r.next_follow_up_on, 'YYYY-MM-DD') AS "nextFollowUpOn", r.created_by_id AS "createdById",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

const updateColumns = `u.id, u.recommendation_id AS "recommendationId", u.from_status AS "fromStatus",
  u.to_status AS "toStatus", to_char(u.occurred_on, 'YYYY-MM-DD') AS "occurredOn", u.note,
  u.evidence_url AS "evidenceUrl", u.evidence_file_id AS "evidenceFileId", u.recorded_by_id AS "recordedById",
  u.created_at AS "createdAt"`;

/** The dashboard's filters; every one is optional and they combine with AND. */
export interface RegistryFilter {
  studyGroupId?: string | null;
  meetingId?: string | null;
  documentId?: string | null;
  addressee?: AddresseeKind | null;
  /** A named body addressed. */
  addresseeOrganizationId?: string | null;
  issueArea?: IssueArea | null;
  status?: RecommendationStatus | null;
  /** The year it was adopted. */
  year?: number | null;
  /** Only those whose follow-up date has passed while they are still open. */
  overdue?: boolean | null;
}

export interface NewRecommendation {
  documentId: string | null;
  paragraphId: string | null;
  versionId: string | null;
  studyGroupId: string | null;
  meetingId: string | null;
  sourceTitle: string;
  sourceUrl: string | null;
  number: number | null;
  text: string;
  addressees: Addressee[];
  issueAreas: IssueArea[];
  status: RecommendationStatus;
  responsibleId: string;
  adoptedOn: string;
  nextFollowUpOn: string | null;
  createdById: string | null;
}

@Injectable()
export class RecommendationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async findById(manager: EntityManager, id: string, lock = false): Promise<RecommendationEntity | null> {
    const [row] = await manager.query<RecommendationEntity[]>(
      `SELECT ${columns} FROM recommendations r WHERE r.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  findByIds(ids: readonly string[]): Promise<RecommendationEntity[]> {
    return this.dataSource.query(`SELECT ${columns} FROM recommendations r WHERE r.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Every recommendation matching the filters, newest adoption first, in one statement; access is
   * applied by the caller. `today` decides what is overdue.
   */
  filtered(filter: RegistryFilter, today: string): Promise<RecommendationEntity[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.studyGroupId) {
      where.push(`(r.study_group_id = ${param(filter.studyGroupId)}
        OR r.meeting_id IN (SELECT id FROM meetings WHERE study_group_id = $${params.length}))`);
    }
    if (filter.meetingId) where.push(`r.meeting_id = ${param(filter.meetingId)}`);
    if (filter.documentId) where.push(`r.document_id = ${param(filter.documentId)}`);
    if (filter.addressee)
      where.push(`r.addressees @> jsonb_build_array(jsonb_build_object('kind', ${param(filter.addressee)}::text))`);
    if (filter.addresseeOrganizationId) {
      where.push(
        `r.addressees @> jsonb_build_array(jsonb_build_object('organizationId', ${param(filter.addresseeOrganizationId)}::text))`,
      );
    }
    if (filter.issueArea) where.push(`${param(filter.issueArea)} = ANY(r.issue_areas)`);
    if (filter.status) where.push(`r.status = ${param(filter.status)}`);
    if (filter.year) where.push(`extract(year FROM r.adopted_on) = ${param(filter.year)}`);
    if (filter.overdue) {
      where.push(`r.next_follow_up_on < ${param(today)}::date
        AND r.status IN ('ADOPTED', 'TRANSMITTED', 'UNDER_CONSIDERATION', 'ACCEPTED_BY_ADDRESSEE')`);
    }
    return this.dataSource.query(
      `SELECT ${columns} FROM recommendations r
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.adopted_on DESC, r.source_title, r.number NULLS LAST, r.created_at`,
      params,
    );
  }

  /** Every recommendation that came from a document, with the document's title: the dashboard's list of sources. */
  documentSources(): Promise<{ id: string; documentId: string; title: string }[]> {
    return this.dataSource.query(
      `SELECT r.id, r.document_id AS "documentId", d.title FROM recommendations r
         JOIN documents d ON d.id = r.document_id ORDER BY d.title`,
    );
  }

  updatesOf(ids: readonly string[]): Promise<RecommendationUpdateEntity[]> {
    return this.dataSource.query(
      `SELECT ${updateColumns} FROM recommendation_updates u WHERE u.recommendation_id = ANY($1::uuid[])
        ORDER BY u.occurred_on, u.created_at`,
      [ids],
    );
  }

  async lastUpdate(manager: EntityManager, id: string): Promise<RecommendationUpdateEntity | null> {
    const [row] = await manager.query<RecommendationUpdateEntity[]>(
      `SELECT ${updateColumns} FROM recommendation_updates u WHERE u.recommendation_id = $1
        ORDER BY u.occurred_on DESC, u.created_at DESC LIMIT 1`,
      [id],
    );
    return row ?? null;
  }

  /** Inserts those not yet registered (a paragraph is registered once); returns the new ones. */
  async insert(manager: EntityManager, rows: readonly NewRecommendation[]): Promise<RecommendationEntity[]> {
    const created: RecommendationEntity[] = [];
    for (const row of rows) {
      const [inserted] = await manager.query<RecommendationEntity[]>(
        `INSERT INTO recommendations AS r (document_id, paragraph_id, version_id, study_group_id, meeting_id, source_title,
            source_url, number, text, addressees, issue_areas, status, responsible_id, adopted_on, next_follow_up_on,
            created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT (document_id, paragraph_id) WHERE document_id IS NOT NULL DO NOTHING
         RETURNING ${columns}`,
        [
          row.documentId,
          row.paragraphId,
          row.versionId,
          row.studyGroupId,
          row.meetingId,
          row.sourceTitle,
          row.sourceUrl,
          row.number,
          row.text,
          JSON.stringify(row.addressees),
          row.issueAreas,
          row.status,
          row.responsibleId,
          row.adoptedOn,
          row.nextFollowUpOn,
          row.createdById,
        ],
      );
      if (inserted) created.push(inserted);
    }
    return created;
  }

  async insertUpdate(
    manager: EntityManager,
    update: Omit<RecommendationUpdateEntity, 'id' | 'createdAt' | 'recommendation' | 'evidenceFile' | 'recordedBy'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO recommendation_updates (recommendation_id, from_status, to_status, occurred_on, note, evidence_url,
          evidence_file_id, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        update.recommendationId,
        update.fromStatus,
        update.toStatus,
        update.occurredOn,
        update.note,
        update.evidenceUrl,
        update.evidenceFileId,
        update.recordedById,
      ],
    );
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: { status?: RecommendationStatus; nextFollowUpOn?: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE recommendations SET status = COALESCE($2, status),
          next_follow_up_on = CASE WHEN $3::boolean THEN $4::date ELSE next_follow_up_on END, updated_at = now()
        WHERE id = $1`,
      [id, changes.status ?? null, changes.nextFollowUpOn !== undefined, changes.nextFollowUpOn ?? null],
    );
  }

  evidenceFiles(ids: readonly string[]): Promise<Omit<StoredFileEntity, 'data'>[]> {
    return this.dataSource.query(
      `SELECT id, meeting_id AS "meetingId", recommendation_id AS "recommendationId", filename,
              content_type AS "contentType", size_bytes AS "sizeBytes", sha256, uploaded_by AS "uploadedBy",
              created_at AS "createdAt"
         FROM files WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async fileBelongsTo(manager: EntityManager, fileId: string, recommendationId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM files WHERE id = $1 AND recommendation_id = $2`, [
      fileId,
      recommendationId,
    ]);
    return rows.length > 0;
  }

  /** Open recommendations whose follow-up date has come, with the staff of their secretariat. */
  dueFollowUps(
    today: string,
  ): Promise<
    { id: string; number: number | null; sourceTitle: string; text: string; dueOn: string; personIds: string[] }[]
  > {
    return this.dataSource.query(
      `SELECT r.id, r.number, r.source_title AS "sourceTitle", r.text, to_char(r.next_follow_up_on, 'YYYY-MM-DD') AS "dueOn",
              array_agg(DISTINCT m.person_id) AS "personIds"
         FROM recommendations r
         JOIN memberships m ON m.object_type = 'ORGANIZATION' AND m.object_id = r.responsible_id AND m.role = 'SECRETARIAT'
        WHERE r.next_follow_up_on <= $1::date
          AND r.status IN ('ADOPTED', 'TRANSMITTED', 'UNDER_CONSIDERATION', 'ACCEPTED_BY_ADDRESSEE')
        GROUP BY r.id`,
      [today],
    );
  }

  /** The earliest follow-up date after `on` of a recommendation still followed up. */
  async nextFollowUpAfter(on: string): Promise<string | null> {
    const [row] = await this.dataSource.query<{ next: string | null }[]>(
      `SELECT to_char(min(next_follow_up_on), 'YYYY-MM-DD') AS next FROM recommendations
        WHERE next_follow_up_on > $1::date
          AND status IN ('ADOPTED', 'TRANSMITTED', 'UNDER_CONSIDERATION', 'ACCEPTED_BY_ADDRESSEE')`,
      [on],
    );
    return row?.next ?? null;
  }

  /** What a document's adoption registers: the final version's recommendation paragraphs and who follows them up. */
  async adoptedParagraphs(
    manager: EntityManager,
    documentId: string,
  ): Promise<{
    source: {
      title: string;
      versionId: string;
      studyGroupId: string | null;
      meetingId: string | null;
      responsibleId: string | null;
      /** The day of the latest approval, if it went through one. */
      approvedOn: string | null;
    } | null;
    paragraphs: {
      paragraphId: string;
      kind: string;
      text: string;
      addressees: Addressee[];
      issueAreas: IssueArea[];
    }[];
  }> {
    const [source] = await manager.query<
      {
        title: string;
        versionId: string;
        studyGroupId: string | null;
        meetingId: string | null;
        responsibleId: string | null;
        approvedOn: string | null;
      }[]
    >(
      `SELECT d.title, v.id AS "versionId",
              (SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM document_decisions
                WHERE document_id = d.id AND decision = 'APPROVED' ORDER BY decided_at DESC LIMIT 1) AS "approvedOn", d.study_group_id AS "studyGroupId", d.meeting_id AS "meetingId",
              COALESCE(sg.council_id, mg.council_id,
                (SELECT organization_id FROM meeting_organizers WHERE meeting_id = d.meeting_id ORDER BY position LIMIT 1),
                m.host_id) AS "responsibleId"
         FROM documents d
         JOIN document_versions v ON v.document_id = d.id AND v.is_final
         LEFT JOIN study_groups sg ON sg.id = d.study_group_id
         LEFT JOIN meetings m ON m.id = d.meeting_id
         LEFT JOIN study_groups mg ON mg.id = m.study_group_id
        WHERE d.id = $1
        ORDER BY v.number DESC LIMIT 1`,
      [documentId],
    );
    if (!source) return { source: null, paragraphs: [] };
    const paragraphs = await manager.query<
      { paragraphId: string; kind: string; text: string; addressees: Addressee[]; issueAreas: IssueArea[] }[]
    >(
      `SELECT paragraph_id AS "paragraphId", kind, text, addressees, issue_areas AS "issueAreas"
         FROM version_paragraphs WHERE version_id = $1 ORDER BY position`,
      [source.versionId],
    );
    return { source, paragraphs };
  }
}
