import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CommentKind, Disposition } from '@plenary/shared';
import type { CommentEntity } from './comment.entity';

/**
 * Where the comments of a document land in each version, by the rules of comment-placement.ts:
 * comments of the version's round and earlier ones (`earlier`), withdrawn ones left out, anchored by
 * paragraph identity and following merges (at most 1,000 hops, as there); a comment whose paragraph
 * is not in the version stays on its own paragraph, under the removed text. `$1` is the versions asked for.
 */
const PLACED = `
  v AS (
    SELECT id AS version_id, document_id, number FROM document_versions WHERE id = ANY($1::uuid[])
  ),
  walk AS (
    SELECT v.version_id, p.id AS start, p.id AS at, p.merged_into_id AS next, 0 AS hops,
           EXISTS (SELECT 1 FROM version_paragraphs vp WHERE vp.version_id = v.version_id AND vp.paragraph_id = p.id)
             AS present
      FROM v JOIN paragraphs p ON p.document_id = v.document_id
    UNION ALL
    SELECT w.version_id, w.start, w.next, n.merged_into_id, w.hops + 1,
           EXISTS (SELECT 1 FROM version_paragraphs vp WHERE vp.version_id = w.version_id AND vp.paragraph_id = w.next)
      FROM walk w JOIN paragraphs n ON n.id = w.next
     WHERE NOT w.present AND w.hops < 1000
  ),
  anchor AS (
    SELECT DISTINCT ON (version_id, start) version_id, start, at, present FROM walk ORDER BY version_id, start, hops DESC
  ),
  earlier AS (
    SELECT v.version_id, v.document_id, r.id AS round_id, r.number AS round_number, r.version_id AS round_version_id
      FROM v
      JOIN comment_rounds r ON r.document_id = v.document_id
      JOIN document_versions rv ON rv.id = r.version_id AND rv.number <= v.number
  )`;

/**
 * The printed numbers of the paragraphs of the rounds' versions (`numberParagraphs`), one map per
 * version: a comment looks its paragraph up there, rather than each counting the paragraphs before it.
 */
const ROUND_NUMBERS = `
  numbers AS MATERIALIZED (
    SELECT n.version_id, jsonb_object_agg(n.paragraph_id, n.number) AS numbers
      FROM (SELECT vp.version_id, vp.paragraph_id, vp.kind,
                   count(*) FILTER (WHERE vp.kind <> 'HEADING') OVER (PARTITION BY vp.version_id ORDER BY vp.position) AS number
              FROM version_paragraphs vp WHERE vp.version_id IN (SELECT round_version_id FROM earlier)) n
     WHERE n.kind <> 'HEADING'
     GROUP BY n.version_id
  )`;

/** A paragraph as it read in a version, with its printed number there (`numberParagraphs`). */
const numberedIn = (versionColumn: string, paragraphColumn: string) => `
  LEFT JOIN LATERAL (
    SELECT vp.position, vp.text,
           CASE WHEN vp.kind <> 'HEADING' THEN (
             SELECT count(*) FROM version_paragraphs x
              WHERE x.version_id = vp.version_id AND x.kind <> 'HEADING' AND x.position <= vp.position) END::int AS number
      FROM version_paragraphs vp WHERE vp.version_id = ${versionColumn} AND vp.paragraph_id = ${paragraphColumn}
  ) was ON true`;

const COMMENT_COLUMNS = `c.id, c.round_id AS "roundId", c.paragraph_id AS "paragraphId", c.quote, c.kind, c.body,
  c.author_id AS "authorId", c.speaks_for_id AS "speaksForId", c.withdrawn_at AS "withdrawnAt", c.disposition,
  c.reply, c.answered_by_id AS "answeredById", c.disposed_by_id AS "disposedById", c.disposed_at AS "disposedAt",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.suggestion_original AS "suggestionOriginal",
  c.suggestion_replacement AS "suggestionReplacement", c.suggestion_before AS "suggestionBefore",
  c.suggestion_accepted_at AS "suggestionAcceptedAt"`;

/** How many comments each paragraph of a version carries, and the removed text commented on. */
export interface VersionCommentCounts {
  versionId: string;
  /** Paragraph id in the version → comments placed on it. */
  counts: Map<string, number>;
  /** Text no longer in the version that was commented on, as it read when first commented on. */
  removed: { paragraphId: string; number: number | null; text: string; commentCount: number }[];
}

/** A comment placed on a version: where it landed, and its paragraph as it read when commented on. */
export interface PlacedCommentRow {
  comment: CommentEntity;
  /** The paragraph of the version it landed on, or its own paragraph when that is removed text. */
  placedOn: string;
  paragraphThen: { number: number | null; text: string };
  changedSince: boolean;
}

/** The comment table's filters; a committee or personal capacity matches only comments whose names the viewer sees. */
export interface CommentTableFilter {
  kind?: CommentKind | null;
  disposition?: Disposition | null;
  /** Only comments still without a disposition. */
  undisposed?: boolean | null;
  committeeId?: string | null;
  personalCapacity?: boolean | null;
  /** Words in the comment, its quote, reply, paragraph, or the names the viewer sees on it. */
  text?: string | null;
}

export interface CommentTableQuery {
  roundId: string;
  /** Every comment's names are seen (the drafters, an attributed round); otherwise only the viewer's own. */
  namesSeen: boolean;
  viewerPersonId: string | null;
  filter: CommentTableFilter;
  offset: number;
  limit: number;
}

/** A round's comments for the table: numbers that do not depend on the filter. */
export interface RoundCommentFacts {
  roundId: string;
  total: number;
  undisposed: number;
}

/**
 * The reads of comments that pages load: counts, the comments of a few paragraphs, a page of the
 * comment table. Each is one set-based statement, whatever the number of paragraphs and comments.
 */
@Injectable()
export class CommentReadsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countsOf(versionIds: readonly string[]): Promise<VersionCommentCounts[]> {
    const rows: {
      versionId: string;
      paragraphId: string;
      removed: boolean;
      count: number;
      number: number | null;
      text: string | null;
    }[] = await this.dataSource.query(
      `WITH RECURSIVE ${PLACED},
       counted AS (
         SELECT e.version_id, c.paragraph_id, count(*)::int AS n
           FROM earlier e JOIN comments c ON c.round_id = e.round_id AND c.withdrawn_at IS NULL
          GROUP BY e.version_id, c.paragraph_id
       ),
       placed AS (
         SELECT k.version_id, k.paragraph_id, k.n, a.at, a.present
           FROM counted k JOIN anchor a ON a.version_id = k.version_id AND a.start = k.paragraph_id
       ),
       removed AS (
         SELECT DISTINCT ON (p.version_id, p.paragraph_id) p.version_id, p.paragraph_id, p.n, e.round_number,
                e.round_version_id, c.created_at, c.id
           FROM placed p
           JOIN comments c ON c.paragraph_id = p.paragraph_id AND c.withdrawn_at IS NULL
           JOIN earlier e ON e.version_id = p.version_id AND e.round_id = c.round_id
          WHERE NOT p.present
          ORDER BY p.version_id, p.paragraph_id, e.round_number, c.created_at, c.id
       )
       SELECT version_id AS "versionId", at AS "paragraphId", false AS removed, sum(n)::int AS count,
              NULL::int AS number, NULL::text AS text
         FROM placed WHERE present GROUP BY version_id, at
       UNION ALL
       SELECT * FROM (
         SELECT rm.version_id, rm.paragraph_id, true, rm.n, was.number, COALESCE(was.text, '')
           FROM removed rm ${numberedIn('rm.round_version_id', 'rm.paragraph_id')}
          ORDER BY rm.round_number, rm.created_at, rm.id
       ) r`,
      [versionIds],
    );
    const byVersion = new Map<string, VersionCommentCounts>(
      versionIds.map((versionId) => [versionId, { versionId, counts: new Map(), removed: [] }]),
    );
    for (const row of rows) {
      const version = byVersion.get(row.versionId)!;
      if (row.removed) {
        version.removed.push({
          paragraphId: row.paragraphId,
          number: row.number,
          text: row.text ?? '',
          commentCount: row.count,
        });
      } else {
        version.counts.set(row.paragraphId, row.count);
      }
    }
    return [...byVersion.values()];
  }

  /** The comments placed on these paragraphs of the version (paragraphs of it, or removed text), in round and time order. */
  async placedOn(versionId: string, paragraphIds: readonly string[]): Promise<PlacedCommentRow[]> {
    const rows: (CommentEntity & {
      placedOn: string;
      thenNumber: number | null;
      thenText: string;
      changedSince: boolean;
    })[] = await this.dataSource.query(
      `WITH RECURSIVE ${PLACED}, ${ROUND_NUMBERS},
       wanted AS (
         SELECT a.version_id, a.start, a.present, CASE WHEN a.present THEN a.at ELSE a.start END AS placed_on
           FROM anchor a WHERE CASE WHEN a.present THEN a.at ELSE a.start END = ANY($2::uuid[])
       )
       SELECT ${COMMENT_COLUMNS}, w.placed_on AS "placedOn", (nb.numbers ->> c.paragraph_id::text)::int AS "thenNumber",
              COALESCE(was.text, '') AS "thenText",
              (w.present AND now_.text IS DISTINCT FROM COALESCE(was.text, '')) AS "changedSince"
         FROM wanted w
         JOIN comments c ON c.paragraph_id = w.start AND c.withdrawn_at IS NULL
         JOIN earlier e ON e.version_id = w.version_id AND e.round_id = c.round_id
         LEFT JOIN numbers nb ON nb.version_id = e.round_version_id
         LEFT JOIN version_paragraphs was ON was.version_id = e.round_version_id AND was.paragraph_id = c.paragraph_id
         LEFT JOIN version_paragraphs now_
           ON w.present AND now_.version_id = w.version_id AND now_.paragraph_id = w.placed_on
        ORDER BY e.round_number, c.created_at, c.id`,
      [[versionId], paragraphIds],
    );
    return rows.map(({ placedOn, thenNumber, thenText, changedSince, ...comment }) => ({
      comment,
      placedOn,
      paragraphThen: { number: thenNumber, text: thenText },
      changedSince,
    }));
  }

  /** The comment count and those still without a disposition, per round. */
  async factsOf(roundIds: readonly string[]): Promise<RoundCommentFacts[]> {
    return this.dataSource.query(
      `SELECT r.id AS "roundId", count(c.id)::int AS total, count(c.id) FILTER (WHERE c.disposition IS NULL)::int AS undisposed
         FROM unnest($1::uuid[]) AS r(id)
         LEFT JOIN comments c ON c.round_id = r.id AND c.withdrawn_at IS NULL
        GROUP BY r.id`,
      [roundIds],
    );
  }

  /**
   * One page of a round's comments in paragraph order (the paragraph as it read in the round's
   * version), with the number matching the filter, and the committees named on the round's comments.
   */
  async commentTable(query: CommentTableQuery): Promise<{
    total: number;
    rows: PlacedCommentRow[];
    committees: string[];
    personalCapacity: boolean;
  }> {
    const { filter } = query;
    const named = `($2::boolean OR c.author_id = $3::uuid)`;
    const text = filter.text?.trim() ? filter.text.trim().toLowerCase() : null;
    const rows: (CommentEntity & {
      total: number;
      thenNumber: number | null;
      thenText: string;
      thenPosition: number | null;
      committees: string[] | null;
      personal: boolean;
    })[] = await this.dataSource.query(
      `WITH round AS (SELECT id, version_id FROM comment_rounds WHERE id = $1::uuid),
       was AS (
         SELECT vp.paragraph_id, vp.position, vp.text,
                CASE WHEN vp.kind <> 'HEADING'
                     THEN count(*) FILTER (WHERE vp.kind <> 'HEADING') OVER (ORDER BY vp.position) END::int AS number
           FROM version_paragraphs vp JOIN round ON vp.version_id = round.version_id
       ),
       facets AS (
         SELECT array_agg(DISTINCT c.speaks_for_id) FILTER (WHERE c.speaks_for_id IS NOT NULL AND ${named}) AS committees,
                COALESCE(bool_or(c.speaks_for_id IS NULL AND ${named}), false) AS personal
           FROM comments c WHERE c.round_id = $1::uuid AND c.withdrawn_at IS NULL
       ),
       matching AS (
         SELECT ${COMMENT_COLUMNS}, was.number AS "thenNumber", COALESCE(was.text, '') AS "thenText",
                was.position AS "thenPosition"
           FROM comments c
           LEFT JOIN was ON was.paragraph_id = c.paragraph_id
           LEFT JOIN people p ON $9::text IS NOT NULL AND ${named} AND p.id = c.author_id
           LEFT JOIN organizations o ON $9::text IS NOT NULL AND ${named} AND o.id = c.speaks_for_id
          WHERE c.round_id = $1::uuid AND c.withdrawn_at IS NULL
            AND ($4::text IS NULL OR c.kind = $4::text)
            AND ($5::text IS NULL OR c.disposition = $5::text)
            AND (NOT $6::boolean OR c.disposition IS NULL)
            AND ($7::uuid IS NULL OR (c.speaks_for_id = $7::uuid AND ${named}))
            AND (NOT $8::boolean OR (c.speaks_for_id IS NULL AND ${named}))
            AND ($9::text IS NULL OR position($9::text IN lower(concat_ws(E'\\n', c.body, c.quote, c.reply, was.text,
                   p.honorific, p.name, o.name, o.acronym))) > 0)
       ),
       page AS (
         SELECT * FROM matching
          ORDER BY "thenPosition", "createdAt", id
         OFFSET $10 LIMIT $11
       )
       SELECT page.*, facets.committees, facets.personal, (SELECT count(*) FROM matching)::int AS total
         FROM facets LEFT JOIN page ON true
        ORDER BY page."thenPosition", page."createdAt", page.id`,
      [
        query.roundId,
        query.namesSeen,
        query.viewerPersonId,
        filter.kind ?? null,
        filter.disposition ?? null,
        filter.undisposed ?? false,
        filter.committeeId ?? null,
        filter.personalCapacity ?? false,
        text,
        query.offset,
        query.limit,
      ],
    );
    const first = rows[0];
    return {
      total: first?.total ?? 0,
      rows: rows
        .filter((row) => row.id !== null)
        .map(
          ({
            total: _total,
            thenNumber,
            thenText,
            thenPosition: _position,
            committees: _c,
            personal: _p,
            ...comment
          }) => ({
            comment,
            placedOn: comment.paragraphId,
            paragraphThen: { number: thenNumber, text: thenText },
            changedSince: false,
          }),
        ),
      committees: first?.committees ?? [],
      personalCapacity: first?.personal ?? false,
    };
  }

  /** Every comment of a round in the table's order, read a page at a time, for the files made of it. */
  async *pagesOf(
    query: Pick<CommentTableQuery, 'roundId' | 'namesSeen' | 'viewerPersonId'>,
    size = 500,
  ): AsyncGenerator<PlacedCommentRow[]> {
    for (let offset = 0; ; offset += size) {
      const page = await this.commentTable({ ...query, filter: {}, offset, limit: size });
      if (page.rows.length) yield page.rows;
      if (page.rows.length < size) return;
    }
  }
}
