/**
 * Suggested wording: a recipient's proposal to replace, insert or delete words of a paragraph.
 * The words are found again by their text, not by position, so a suggestion survives edits
 * elsewhere in the paragraph and says so when its own words have changed.
 */
export interface SuggestedChange {
  /** The words to replace or delete; empty for an insertion. */
  original: string;
  /** The new words; empty for a deletion. */
  replacement: string;
  /** The words right before the change: the insertion point, or what tells two equal phrases apart. */
  before?: string | null;
}

export type SuggestionAction = 'REPLACE' | 'INSERT' | 'DELETE';

export function suggestionAction(change: SuggestedChange): SuggestionAction {
  if (change.original === '') return 'INSERT';
  return change.replacement === '' ? 'DELETE' : 'REPLACE';
}

/** How a suggestion reads in the comment table and its exports. */
export function suggestionWording(change: SuggestedChange): string {
  switch (suggestionAction(change)) {
    case 'INSERT':
      return change.before
        ? `Insert “${change.replacement}” after “${change.before}”`
        : `Insert “${change.replacement}” at the start`;
    case 'DELETE':
      return `Delete “${change.original}”`;
    case 'REPLACE':
      return `Replace “${change.original}” with “${change.replacement}”`;
  }
}

/** What accepting a suggestion did, for the reply to its author. */
export function suggestionDone(change: SuggestedChange): string {
  switch (suggestionAction(change)) {
    case 'INSERT':
      return change.before
        ? `inserted “${change.replacement}” after “${change.before}”`
        : `inserted “${change.replacement}” at the start`;
    case 'DELETE':
      return `deleted “${change.original}”`;
    case 'REPLACE':
      return `replaced “${change.original}” with “${change.replacement}”`;
  }
}

/** Spaces, line breaks and list bullets between words, however the selection or the paragraph broke them. */
const GAP = '[\\s\\u2022]+';

function pattern(words: string): string {
  return words
    .trim()
    .split(/[\s\u2022]+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(GAP);
}

export interface SuggestionSpan {
  /** Where the original words start in the text (for an insertion, the insertion point). */
  start: number;
  /** Where they end; equal to `start` for an insertion. */
  end: number;
}

export type SuggestionPlace = SuggestionSpan | 'MISSING' | 'AMBIGUOUS';

/**
 * Where a suggestion applies in a text: the one place its words (after the words before it, when
 * given) stand. MISSING when they are not there, AMBIGUOUS when they stand in more than one place.
 */
export function placeSuggestion(text: string, change: SuggestedChange): SuggestionPlace {
  const before = pattern(change.before ?? '');
  const original = pattern(change.original);
  if (!original && !before) return { start: 0, end: 0 };
  const expression = new RegExp(`(${before ? `${before}[\\s\\u2022]*` : ''})(${original})`, 'g');
  const found: SuggestionSpan[] = [];
  for (const match of text.matchAll(expression)) {
    const start = match.index + match[1]!.length;
    found.push({ start, end: start + match[2]!.length });
    // An empty original matches once per place the words before it stand; that is enough to count.
    if (found.length > 1) return 'AMBIGUOUS';
  }
  if (found.length === 0) return 'MISSING';
  if (!original && before) {
    // The insertion point is right after the words before it, not after the spaces following them.
    const span = found[0]!;
    const point = text.slice(0, span.start).trimEnd().length;
    return { start: point, end: point };
  }
  return found[0]!;
}

/** Whether a text still holds the suggestion's words, in one place only. */
export function suggestionApplies(text: string, change: SuggestedChange): boolean {
  return typeof placeSuggestion(text, change) === 'object';
}

const WORD_START = /^[\p{L}\p{N}“‘"'([]/u;
const WORD_END = /[\p{L}\p{N}”’"'.,;:!?)\]]$/u;

export interface SuggestionEdit {
  start: number;
  end: number;
  insert: string;
}

/**
 * The edit that applies a suggestion at its place, spaced as a person would: an inserted word gets
 * a space from its neighbours, a deleted one leaves no double space behind.
 */
export function suggestionEdit(text: string, span: SuggestionSpan, replacement: string): SuggestionEdit {
  let { start, end } = span;
  let insert = replacement.trim();
  const left = text.slice(0, start);
  const right = text.slice(end);
  if (insert === '') {
    // A deletion takes one of the spaces around it with it, or the space before punctuation.
    if (/\s$/.test(left) && (/^\s/.test(right) || /^[.,;:!?)]/.test(right) || right === '')) start -= 1;
    else if (left === '' && /^\s/.test(right)) end += 1;
    return { start, end, insert };
  }
  if (left !== '' && !/\s$/.test(left) && WORD_START.test(insert)) insert = ` ${insert}`;
  if (right !== '' && !/^\s/.test(right) && WORD_END.test(insert) && /^[\p{L}\p{N}“‘(]/u.test(right)) {
    insert = `${insert} `;
  }
  return { start, end, insert };
}

/** The text with the suggestion applied, or null when its words no longer stand in one place. */
export function applySuggestion(text: string, change: SuggestedChange): string | null {
  const place = placeSuggestion(text, change);
  if (typeof place !== 'object') return null;
  const edit = suggestionEdit(text, place, change.replacement);
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}
