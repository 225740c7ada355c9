import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ParagraphEntity, VersionParagraphEntity } from './paragraph.entity';

export type ParagraphValues = Pick<VersionParagraphEntity, 'kind' | 'html' | 'text' | 'addressees' | 'issueAreas'>;

/** A paragraph of a version with its printed numbers there, as `numberParagraphs` counts them. */
export type NumberedParagraph = VersionParagraphEntity & {
  number: number | null;
  recommendationNumber: number | null;
};

/** Queries for the paragraphs of a document's versions, and the identities they keep across versions. */
@Injectable()
export class ParagraphsRepository {
  constructor(private readonly dataSource: DataSource) {}

  paragraphsOf(versionIds: readonly string[], manager = this.dataSource.manager): Promise<VersionParagraphEntity[]> {
    return manager
      .getRepository(VersionParagraphEntity)
      .createQueryBuilder('p')
      .where('p.version_id = ANY(:versionIds)', { versionIds })
      .orderBy('p.position', 'ASC')
      .getMany();
  }

  paragraph(manager: EntityManager, versionId: string, paragraphId: string): Promise<VersionParagraphEntity | null> {
    return manager.findOne(VersionParagraphEntity, { where: { versionId, paragraphId } });
  }

  /**
   * Paragraphs of versions with their numbers, counted in the database over each whole version, so
   * that one paragraph costs one statement however long its version. Headings have no number.
   */
  async numbered(
    manager: EntityManager,
    paragraphs: readonly { versionId: string; paragraphId: string }[],
  ): Promise<NumberedParagraph[]> {
    if (paragraphs.length === 0) return [];
    return manager.query(
      `SELECT n.* FROM (${numberedParagraphsSql('$1::uuid[]')}) n
         JOIN unnest($1::uuid[], $2::uuid[]) AS asked(version_id, paragraph_id)
           ON asked.version_id = n."versionId" AND asked.paragraph_id = n."paragraphId"`,
      [paragraphs.map((p) => p.versionId), paragraphs.map((p) => p.paragraphId)],
    );
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
    return this.dataSource.query(
      `SELECT document_id AS "documentId", id, merged_into_id AS into FROM paragraphs
        WHERE document_id = ANY($1::uuid[]) AND merged_into_id IS NOT NULL`,
      [documentIds],
    );
  }

  /** Those of the ids that are paragraphs of the document (in any version). */
  async paragraphIdsOf(manager: EntityManager, documentId: string, ids: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM paragraphs WHERE document_id = $1 AND id = ANY($2::uuid[])`,
      [documentId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}

/**
 * The paragraphs of the versions an SQL uuid[] expression names, each with its printed numbers
 * there (`NumberedParagraph`), for a statement that reads them with other things.
 */
export function numberedParagraphsSql(versionIds: string): string {
  return `SELECT vp.version_id AS "versionId", vp.paragraph_id AS "paragraphId", vp.position, vp.kind, vp.html, vp.text,
                 vp.addressees, vp.issue_areas AS "issueAreas", vp.revision, vp.updated_by_id AS "updatedById",
                 vp.updated_at AS "updatedAt",
                 CASE WHEN vp.kind <> 'HEADING' THEN count(*) FILTER (WHERE vp.kind <> 'HEADING') OVER ordered END::int
                   AS number,
                 CASE WHEN vp.kind = 'RECOMMENDATION' THEN count(*) FILTER (WHERE vp.kind = 'RECOMMENDATION') OVER ordered END::int
                   AS "recommendationNumber"
            FROM version_paragraphs vp
           WHERE vp.version_id = ANY(${versionIds})
          WINDOW ordered AS (PARTITION BY vp.version_id ORDER BY vp.position)`;
}
