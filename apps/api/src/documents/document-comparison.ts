import { numberParagraphs, type ParagraphKind } from '@plenary/shared';
import { type DiffSegment, wordDiff } from '../common/word-diff';
import type { VersionParagraphEntity } from './paragraph.entity';

export interface ParagraphComparison {
  paragraphId: string;
  kind: ParagraphKind;
  /** The number in the newer version; for a removed paragraph, in the older one. */
  number: number | null;
  change: 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED';
  segments: DiffSegment[];
}

export interface DocumentComparison {
  from: number;
  to: number;
  paragraphs: ParagraphComparison[];
}

/**
 * Two versions compared paragraph by paragraph identity, word by word within each paragraph.
 * Paragraphs removed since the older version appear where they stood.
 */
export function compareVersions(
  older: VersionParagraphEntity[],
  newer: VersionParagraphEntity[],
): ParagraphComparison[] {
  const numberedOld = numberParagraphs(older);
  const numberedNew = numberParagraphs(newer);
  const before = new Map(numberedOld.map((p) => [p.paragraphId, p]));
  const out: ParagraphComparison[] = [];
  const seen = new Set<string>();
  // Removed paragraphs appear where they stood: after the paragraph that preceded them in the older version.
  const removedAfter = new Map<string | null, typeof numberedOld>();
  const newIds = new Set(newer.map((p) => p.paragraphId));
  let previous: string | null = null;
  for (const p of numberedOld) {
    if (!newIds.has(p.paragraphId)) {
      const list = removedAfter.get(previous) ?? [];
      list.push(p);
      removedAfter.set(previous, list);
    } else previous = p.paragraphId;
  }
  const pushRemoved = (after: string | null) => {
    for (const p of removedAfter.get(after) ?? []) {
      out.push({
        paragraphId: p.paragraphId,
        kind: p.kind,
        number: p.number,
        change: 'REMOVED',
        segments: [{ kind: 'REMOVED', text: p.text }],
      });
    }
  };
  pushRemoved(null);
  for (const p of numberedNew) {
    const old = before.get(p.paragraphId);
    seen.add(p.paragraphId);
    if (!old) {
      out.push({
        paragraphId: p.paragraphId,
        kind: p.kind,
        number: p.number,
        change: 'ADDED',
        segments: [{ kind: 'ADDED', text: p.text }],
      });
    } else {
      const segments = wordDiff(old.text, p.text);
      const changed = old.text !== p.text || old.kind !== p.kind;
      out.push({
        paragraphId: p.paragraphId,
        kind: p.kind,
        number: p.number,
        change: changed ? 'CHANGED' : 'UNCHANGED',
        segments,
      });
    }
    pushRemoved(p.paragraphId);
  }
  return out;
}
