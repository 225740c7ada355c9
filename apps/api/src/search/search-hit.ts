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
