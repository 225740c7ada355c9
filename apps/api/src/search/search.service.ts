import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { invalid } from '../common/domain-error';
import { documentAccess, foundInSearch } from '../documents/document-visibility';
import type { SearchHit } from './search-hit';
import { type Candidate, SearchRepository } from './search.repository';

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
    private readonly repository: SearchRepository,
    private readonly access: AccessService,
  ) {}

  async search(viewer: Viewer, query: string, limit: number): Promise<SearchHit[]> {
    if (query.length > 200) throw invalid('query', 'Search for at most 200 characters.', 'TEXT_TOO_LONG');
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalid('limit', 'Ask for 1 to 100 results.');
    const terms = (query.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
    if (terms.length === 0) return [];
    // Each word matches as a prefix, so results come while the word is still being typed.
    const tsquery = terms.map((t) => `'${t.toLowerCase()}':*`).join(' & ');
    const candidates = await this.repository.candidates(tsquery, PER_KIND);

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
        case 'COMMENT':
          return foundInSearch(documentAccess(c.document_status!, documentRoles.get(c.access_id!) ?? []), {
            kind: c.kind,
          });
        case 'PARAGRAPH':
          return foundInSearch(documentAccess(c.document_status!, documentRoles.get(c.access_id!) ?? []), {
            kind: c.kind,
            working: !!c.working,
          });
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
