import { Injectable } from '@nestjs/common';
import { DocumentStatus } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../auth/viewer';
import { invalid } from '../common/domain-error';
import { documentAccess } from '../documents/document-access';
import { searchVectors } from './search-vectors';

export const SearchHitKind = {
  MEETING: 'MEETING',
  AGENDA_ITEM: 'AGENDA_ITEM',
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  DOCUMENT: 'DOCUMENT',
  PARAGRAPH: 'PARAGRAPH',
  COMMENT: 'COMMENT',
  RECOMMENDATION: 'RECOMMENDATION',
} as const;
export type SearchHitKind = (typeof SearchHitKind)[keyof typeof SearchHitKind];

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  title: string;
  /** Words around the first match. */
  snippet: string;
  /** Where it opens in the app; null for directory entries (people, organizations) that have no page. */
  path: string | null;
  /** What it belongs to: the meeting of an agenda item, the document of a paragraph. */
  context: string | null;
}

interface Candidate {
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

const PER_KIND = 25;
const MAX_TERMS = 8;

/**
 * One search box over everything a person may open, with PostgreSQL full-text search. Matches are
 * gathered per kind by rank in one statement, then narrowed to what the viewer may open with one
 * access query per kind of owner; nothing they may not open is ever returned.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async search(viewer: Viewer, query: string, limit: number): Promise<SearchHit[]> {
    if (query.length > 200) throw invalid('query', 'Search for at most 200 characters.', 'TEXT_TOO_LONG');
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalid('limit', 'Ask for 1 to 100 results.');
    const terms = (query.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    // Each word matches as a prefix, so results come while the word is still being typed.
    const tsquery = terms.map((t) => `'${t.toLowerCase()}':*`).join(' & ');
    const candidates = await this.dataSource.query<Candidate[]>(searchSql, [tsquery, PER_KIND]);

    const meetingIds = candidates
      .filter((c) => c.kind === 'MEETING' || c.kind === 'AGENDA_ITEM')
      .map((c) => c.access_id!);
    const documentIds = candidates
      .filter((c) => ['DOCUMENT', 'PARAGRAPH', 'COMMENT'].includes(c.kind))
      .map((c) => c.access_id!);
    const recommendationIds = candidates.filter((c) => c.kind === 'RECOMMENDATION').map((c) => c.access_id!);
    const [meetings, documentRoles, recommendations] = await Promise.all([
      meetingIds.length ? this.access.allowedIds(viewer, 'MeetingView', meetingIds) : new Set<string>(),
      documentIds.length
        ? this.access.roles(viewer, MembershipObjectType.DOCUMENT, documentIds)
        : new Map<string, string[]>(),
      recommendationIds.length
        ? this.access.allowedIds(viewer, 'RecommendationView', recommendationIds)
        : new Set<string>(),
    ]);

    const mayOpen = (c: Candidate): boolean => {
      switch (c.kind) {
        case 'PERSON':
        case 'ORGANIZATION':
          return true;
        case 'MEETING':
        case 'AGENDA_ITEM':
          return meetings.has(c.access_id!);
        case 'RECOMMENDATION':
          return recommendations.has(c.access_id!);
        case 'DOCUMENT':
        case 'PARAGRAPH':
        case 'COMMENT': {
          const access = documentAccess(c.document_status!, documentRoles.get(c.access_id!) ?? []);
          if (c.kind === 'DOCUMENT') return access.visible;
          if (c.kind === 'COMMENT') return access.read;
          // The working text is the drafters'; readers search the latest circulated (or final) text.
          return c.working ? access.draft : access.read || access.visible;
        }
      }
    };

    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    for (const c of candidates.filter(mayOpen).sort((a, b) => b.rank - a.rank)) {
      // A drafter matches a paragraph in both the working and the circulated text: show it once.
      const key = `${c.kind}:${c.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({
        kind: c.kind,
        id: c.id,
        title: c.title,
        snippet: snippet(c.body, terms),
        path: c.path,
        context: c.context,
      });
      if (hits.length === limit) break;
    }
    return hits;
  }
}

/** About 160 characters around the first word matched, on word boundaries. */
export function snippet(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  const lower = flat.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), flat.length);
  const start = at === flat.length ? 0 : Math.max(0, flat.lastIndexOf(' ', Math.max(0, at - 60)) + 1);
  const end = flat.indexOf(' ', Math.min(flat.length, start + 160));
  const cut = flat.slice(start, end === -1 ? flat.length : end);
  return `${start > 0 ? '…' : ''}${cut}${end === -1 ? '' : '…'}`;
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
