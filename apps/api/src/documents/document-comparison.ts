import { type DiffSegment, diffWords, numberParagraphs, type ParagraphKind } from '@plenary/shared';
import type { VersionParagraphEntity } from './paragraph.entity';

/**
 * What became of a paragraph: ADDED, REMOVED, CHANGED in wording or kind, UNCHANGED; MOVED where a
 * paragraph now stands after moving (its wording compared too), MOVED_AWAY where it stood before.
 */
export type ParagraphChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED' | 'MOVED' | 'MOVED_AWAY';

export interface ParagraphComparison {
  paragraphId: string;
  kind: ParagraphKind;
  /** The number in the newer version; for a removed paragraph, in the older one. */
  number: number | null;
  /** The number in the older version; null for an added paragraph or a heading. */
  previousNumber: number | null;
  /** The recommendation's running number in the newer version (in the older one when removed). */
  recommendationNumber: number | null;
  previousRecommendationNumber: number | null;
  change: ParagraphChangeKind;
  /** The wording compared; for MOVED_AWAY, the wording it had where it stood. */
  segments: DiffSegment[];
  /** Who last changed the paragraph in the newer version, and when; null for one no longer there. */
  updatedById: string | null;
  updatedAt: Date | null;
}

export interface DocumentComparison {
  from: number;
  to: number;
  paragraphs: ParagraphComparison[];
}

/**
 * The paragraphs that kept their order, as positions into `order`: the longest increasing run
 * (patience sorting), so that the fewest paragraphs count as moved.
 */
function inOrder(order: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  for (let i = 0; i < order.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (order[tails[middle]!]! < order[i]!) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/**
 * Two versions compared paragraph by paragraph identity, phrase by phrase within each paragraph.
 * Paragraphs removed since the older version appear where they stood; a paragraph that changed
 * place appears where it now stands (MOVED) and is marked where it stood (MOVED_AWAY), rather
 * than read as deleted in one place and written anew in another.
 */
export function compareVersions(
  older: VersionParagraphEntity[],
  newer: VersionParagraphEntity[],
): ParagraphComparison[] {
  const numberedOld = numberParagraphs(older);
  const numberedNew = numberParagraphs(newer);
  const before = new Map(numberedOld.map((p) => [p.paragraphId, p]));
  const after = new Map(numberedNew.map((p) => [p.paragraphId, p]));

  // Paragraphs in both versions, in the newer order, by their place in the older one.
  const common = numberedNew.filter((p) => before.has(p.paragraphId));
  const oldPlace = new Map(numberedOld.map((p, i) => [p.paragraphId, i]));
  const keptAt = inOrder(common.map((p) => oldPlace.get(p.paragraphId)!));
  const moved = new Set(common.filter((_, i) => !keptAt.has(i)).map((p) => p.paragraphId));

  // What is gone from a place appears after the paragraph that stood before it and stayed in order.
  const goneAfter = new Map<string | null, typeof numberedOld>();
  let anchor: string | null = null;
  for (const p of numberedOld) {
    if (!after.has(p.paragraphId) || moved.has(p.paragraphId)) {
      const list = goneAfter.get(anchor) ?? [];
      list.push(p);
      goneAfter.set(anchor, list);
    } else anchor = p.paragraphId;
  }

  const out: ParagraphComparison[] = [];
  const pushGone = (place: string | null) => {
    for (const p of goneAfter.get(place) ?? []) {
      const now = after.get(p.paragraphId);
      out.push({
        paragraphId: p.paragraphId,
        kind: p.kind,
        number: now ? now.number : p.number,
        previousNumber: p.number,
        recommendationNumber: now ? now.recommendationNumber : p.recommendationNumber,
        previousRecommendationNumber: p.recommendationNumber,
        change: now ? 'MOVED_AWAY' : 'REMOVED',
        segments: now ? [{ kind: 'SAME', text: p.text }] : [{ kind: 'REMOVED', text: p.text }],
        updatedById: null,
        updatedAt: null,
      });
    }
  };
  pushGone(null);
  for (const p of numberedNew) {
    const old = before.get(p.paragraphId);
    const change: ParagraphChangeKind = !old
      ? 'ADDED'
      : moved.has(p.paragraphId)
        ? 'MOVED'
        : old.text !== p.text || old.kind !== p.kind
          ? 'CHANGED'
          : 'UNCHANGED';
    out.push({
      paragraphId: p.paragraphId,
      kind: p.kind,
      number: p.number,
      previousNumber: old?.number ?? null,
      recommendationNumber: p.recommendationNumber,
      previousRecommendationNumber: old?.recommendationNumber ?? null,
      change,
      segments: old ? diffWords(old.text, p.text) : [{ kind: 'ADDED', text: p.text }],
      updatedById: p.updatedById,
      updatedAt: p.updatedAt,
    });
    if (!moved.has(p.paragraphId)) pushGone(p.paragraphId);
  }
  return out;
}
