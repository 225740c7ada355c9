import DiffMatchPatch from 'diff-match-patch';

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/**
 * Words (with their inner apostrophes and hyphens), runs of spaces, single marks of punctuation;
 * Chinese and Japanese characters one by one, since those scripts do not space their words.
 */
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

const dmp = new DiffMatchPatch();

/**
 * What changed between two texts, as a reader would mark it: the texts are compared word by word
 * (each distinct word stands for one character, the way diff-match-patch compares lines), then
 * diff-match-patch's semantic clean-up folds the little equalities between changed words into
 * the change, so a rewritten phrase reads as one deletion and one insertion rather than
 * alternating words. The segments rebuild both texts exactly.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  if (before === after) return before === '' ? [] : [{ kind: 'SAME', text: before }];
  const words: string[] = [''];
  const codes = new Map<string, string>();
  const encode = (text: string): string => {
    let out = '';
    for (const [word] of text.matchAll(TOKEN)) {
      let code = codes.get(word);
      if (code === undefined) {
        code = String.fromCharCode(words.length);
        codes.set(word, code);
        words.push(word);
      }
      out += code;
    }
    return out;
  };
  const diffs = dmp.diff_main(encode(before), encode(after), false);
  dmp.diff_cleanupSemantic(diffs);
  const kept = keepUnchangedWords(diffs, (code) => /[\p{L}\p{N}]/u.test(words[code.charCodeAt(0)]!));
  dmp.diff_charsToLines_(kept, words);
  return kept
    .filter(([, text]) => text !== '')
    .map(([operation, text]) => ({
      kind:
        operation === DiffMatchPatch.DIFF_INSERT
          ? 'ADDED'
          : operation === DiffMatchPatch.DIFF_DELETE
            ? 'REMOVED'
            : 'SAME',
      text,
    }));
}

type Diff = DiffMatchPatch.Diff;

/**
 * The clean-up folds short equalities into the changes around them, even between two plain
 * insertions, where it reads as words deleted and written again. Where a deleted phrase stands
 * whole (with a word in it) inside the inserted one, or the other way round, it is unchanged text
 * between two insertions (or deletions), and is shown so.
 */
function keepUnchangedWords(diffs: Diff[], isWord: (code: string) => boolean): Diff[] {
  const out: Diff[] = [];
  const hasWord = (text: string) => [...text].some(isWord);
  for (let i = 0; i < diffs.length; i++) {
    const [operation, text] = diffs[i]!;
    const next = diffs[i + 1];
    if (operation === DiffMatchPatch.DIFF_DELETE && next?.[0] === DiffMatchPatch.DIFF_INSERT) {
      const inserted = next[1];
      const [outer, inner, around] = inserted.includes(text)
        ? [inserted, text, DiffMatchPatch.DIFF_INSERT]
        : text.includes(inserted)
          ? [text, inserted, DiffMatchPatch.DIFF_DELETE]
          : [null, null, null];
      if (outer !== null && hasWord(inner)) {
        const at = outer.indexOf(inner);
        out.push(
          [around, outer.slice(0, at)],
          [DiffMatchPatch.DIFF_EQUAL, inner],
          [around, outer.slice(at + inner.length)],
        );
        i++;
        continue;
      }
    }
    out.push(diffs[i]!);
  }
  const merged = out.filter(([, value]) => value !== '');
  dmp.diff_cleanupMerge(merged);
  return merged;
}
