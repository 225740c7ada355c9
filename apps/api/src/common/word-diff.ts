import { diffWordsWithSpace } from 'diff';

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** What changed between two texts, word by word (whitespace kept, so the segments rebuild both texts). */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'ADDED' : part.removed ? 'REMOVED' : 'SAME',
    text: part.value,
  }));
}
