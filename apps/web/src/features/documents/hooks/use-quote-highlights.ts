import { useEffect, useSyncExternalStore, type MouseEvent, type RefObject } from 'react';

/*
 * The words a comment quotes are marked in the text with the CSS Custom Highlight API: nothing is
 * added to the text's markup, so the same marks work on the paragraphs read and on those being
 * edited. Hovering or focusing a comment marks its words more strongly, and hovering the words marks
 * the comment.
 */

const ranges = new Map<string, { range: Range; suggestion: boolean }>();
let active: string | null = null;
const listeners = new Set<() => void>();

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function paint() {
  if (!highlightsSupported()) return;
  const all = [...ranges.entries()].filter(([id]) => id !== active).map(([, entry]) => entry);
  CSS.highlights.set('comment-quote', new Highlight(...all.filter((e) => !e.suggestion).map((e) => e.range)));
  CSS.highlights.set('suggestion-original', new Highlight(...all.filter((e) => e.suggestion).map((e) => e.range)));
  const activeRange = active === null ? undefined : ranges.get(active)?.range;
  if (activeRange) CSS.highlights.set('comment-quote-active', new Highlight(activeRange));
  else CSS.highlights.delete('comment-quote-active');
}

export function setActiveComment(commentId: string | null) {
  if (active === commentId) return;
  active = commentId;
  paint();
  for (const listener of listeners) listener();
}

/** Whether this comment is the one hovered or focused, here or through its words. */
export function useActiveComment(commentId: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    () => active === commentId,
  );
}

/** The range of `quote` in the text under `root`, runs of white space counting as one space. */
function findQuote(root: Element, quote: string): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const positions: { node: Text; offset: number }[] = [];
  let text = '';
  let lastSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    for (let offset = 0; offset < value.length; offset += 1) {
      const space = /\s/.test(value[offset]!);
      if (space && lastSpace) continue;
      text += space ? ' ' : value[offset];
      positions.push({ node: node as Text, offset });
      lastSpace = space;
    }
    // Blocks (list items, paragraphs) are separated in the quote by white space.
    if (!lastSpace) {
      text += ' ';
      positions.push({ node: node as Text, offset: value.length });
      lastSpace = true;
    }
  }
  const at = text.indexOf(quote);
  if (at < 0 || quote === '') return null;
  const start = positions[at]!;
  const end = positions[at + quote.length - 1]!;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, Math.min(end.offset + 1, end.node.length));
  return range;
}

export interface QuotedComment {
  id: string;
  quote: string | null;
  /** Suggested wording still open: its words are marked as a tracked deletion. */
  suggestion: boolean;
}

/**
 * Marks the quotes of these comments in the text under `root`. `textKey` changes when the text is
 * replaced (a new revision), so the marks are found again.
 */
export function useQuoteHighlights(
  root: RefObject<Element | null>,
  comments: readonly QuotedComment[],
  textKey: string,
) {
  const key = comments
    .map((comment) => `${comment.id}\u0000${comment.quote ?? ''}\u0000${String(comment.suggestion)}`)
    .join('\u0001');
  useEffect(() => {
    const element = root.current;
    if (!element || !highlightsSupported()) return;
    const added: string[] = [];
    for (const comment of comments) {
      const quote = comment.quote?.replace(/\s+/g, ' ').trim();
      if (!quote) continue;
      const range = findQuote(element, quote);
      if (!range) continue;
      ranges.set(comment.id, { range, suggestion: comment.suggestion });
      added.push(comment.id);
    }
    paint();
    return () => {
      for (const id of added) ranges.delete(id);
      paint();
    };
    // `key` stands for the comments' ids and quotes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [root, key, textKey]);
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  return null;
}

/** Hovering quoted words marks the comment that quotes them. */
export function handleQuoteHover(event: MouseEvent<HTMLElement>, comments: readonly QuotedComment[]) {
  const caret = caretAt(event.clientX, event.clientY);
  if (!caret) return;
  const hit = comments.find((comment) => {
    const range = ranges.get(comment.id)?.range;
    if (!range) return false;
    try {
      return range.isPointInRange(caret.node, caret.offset);
    } catch {
      return false;
    }
  });
  setActiveComment(hit?.id ?? null);
}
