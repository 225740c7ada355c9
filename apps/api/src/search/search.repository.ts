import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DocumentStatus } from '@plenary/shared';
import type { SearchHitKind } from './search-hit';
import { searchVectors } from './search-vectors';

/** A match before access is checked. */
export interface Candidate {
  kind: SearchHitKind;
  id: string;
  /** The object whose access decides: a meeting, a document or a recommendation. */
  access_id: string | null;
  document_status: DocumentStatus | null;
  /** For a paragraph: whether it is the working version's (only drafters see it). */
  working: boolean | null;
  title: string;
  body: string;
  context: string | null;
  path: string | null;
  rank: number;
}

@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The best `perKind` matches of each kind for the text-search query, in one statement. */
  candidates(tsquery: string, perKind: number): Promise<Candidate[]> {
    return this.dataSource.query<Candidate[]>(searchSql, [tsquery, perKind]);
  }
}

const english = `to_tsquery('english', $1)`;
const simple = `to_tsquery('simple', $1)`;

/** Per kind: the best matches by rank, with what decides access and where each opens. */
const searchSql = [
  `(SELECT 'MEETING' AS kind, m.id, m.id AS access_id, NULL AS document_status, NULL::boolean AS working,
          m.title, left(coalesce(m.background, m.venue), 2000) AS body,
          concat_ws(', ', m.city, to_char(m.start_date, 'FMDD Month YYYY')) AS context,
          '/meetings/' || m.id AS path, ts_rank(${searchVectors.meeting}, ${english}) AS rank
     FROM meetings m WHERE ${searchVectors.meeting} @@ ${english} ORDER BY rank DESC LIMIT $2)`,
  `(SELECT 'AGENDA_ITEM', i.id, i.meeting_id, NULL, NULL, i.title, i.title, m.title,
          '/meetings/' || i.meeting_id || '?tab=agenda', ts_rank(${searchVectors.agendaItem}, ${english})
     FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
    WHERE ${searchVectors.agendaItem} @@ ${english} ORDER BY 10 DESC LIMIT $2)`,
  `(SELECT 'PERSON', p.id, NULL, NULL, NULL, p.name, concat_ws(', ', p.title, o.name), o.name, NULL,
          ts_rank(${searchVectors.person}, ${simple})
     FROM people p LEFT JOIN organizations o ON o.id = p.affiliation_id
    WHERE ${searchVectors.person} @@ ${simple} ORDER BY 10 DESC LIMIT $2)`,
  `(SELECT 'ORGANIZATION', o.id, NULL, NULL, NULL,
          o.name || coalesce(' (' || o.acronym || ')', ''), o.name, parent.name, NULL,
          ts_rank(${searchVectors.organization}, ${simple})
     FROM organizations o LEFT JOIN organizations parent ON parent.id = o.parent_id
    WHERE ${searchVectors.organization} @@ ${simple} ORDER BY 10 DESC LIMIT $2)`,
  `(SELECT 'DOCUMENT', d.id, d.id, d.status, NULL, d.title, d.title, NULL, '/documents/' || d.id,
          ts_rank(${searchVectors.document}, ${english})
     FROM documents d WHERE ${searchVectors.document} @@ ${english} ORDER BY 10 DESC LIMIT $2)`,
  // The working text and each document's latest circulated (or final) version.
  `(SELECT 'PARAGRAPH', vp.paragraph_id, d.id, d.status, v.frozen_at IS NULL,
          CASE vp.kind WHEN 'RECOMMENDATION' THEN 'Recommendation' WHEN 'HEADING' THEN 'Heading' ELSE 'Paragraph' END
            || ' in version ' || v.number,
          left(vp.text, 2000), d.title, '/documents/' || d.id || '?paragraph=' || vp.paragraph_id,
          ts_rank(${searchVectors.paragraph}, ${english})
     FROM version_paragraphs vp
     JOIN document_versions v ON v.id = vp.version_id
     JOIN documents d ON d.id = v.document_id
    WHERE ${searchVectors.paragraph} @@ ${english}
      AND (v.frozen_at IS NULL OR v.number = (SELECT max(number) FROM document_versions
                                               WHERE document_id = v.document_id AND frozen_at IS NOT NULL))
    ORDER BY 10 DESC LIMIT $2)`,
  // Never the author: whether a name may be shown depends on the round, and the document page decides that.
  `(SELECT 'COMMENT', c.id, r.document_id, d.status, NULL, 'Comment in round ' || r.number, left(c.body, 2000),
          d.title, '/documents/' || r.document_id || '?tab=comments', ts_rank(${searchVectors.comment}, ${english})
     FROM comments c
     JOIN comment_rounds r ON r.id = c.round_id
     JOIN documents d ON d.id = r.document_id
    WHERE c.withdrawn_at IS NULL AND ${searchVectors.comment} @@ ${english} ORDER BY 10 DESC LIMIT $2)`,
  `(SELECT 'RECOMMENDATION', r.id, r.id, NULL, NULL,
          coalesce('Recommendation ' || r.number || ' of ', 'Recommendation of ') || r.source_title,
          left(r.text, 2000), r.source_title, '/recommendations/' || r.id,
          ts_rank(${searchVectors.recommendation}, ${english})
     FROM recommendations r WHERE ${searchVectors.recommendation} @@ ${english} ORDER BY 10 DESC LIMIT $2)`,
].join('\nUNION ALL\n');
