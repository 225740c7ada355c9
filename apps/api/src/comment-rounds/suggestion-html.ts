import { type SuggestedChange, placeSuggestion, suggestionEdit } from '@plenary/shared';
import { DomUtils, parseDocument } from 'htmlparser2';

type Nodes = ReturnType<typeof parseDocument>['children'];
type Text = Extract<Nodes[number], { nodeType: 3 }>;

const blockTags = new Set(['p', 'li', 'br', 'ul', 'ol']);

/**
 * A paragraph's HTML with a suggestion applied to its words, keeping the formatting around them:
 * the words are found in the text of the paragraph's text nodes (blocks apart by a line break) and
 * replaced there, so emphasis, links and list items stay where they were. Null when the words no
 * longer stand in one place.
 */
export function applySuggestionToHtml(html: string, change: SuggestedChange): string | null {
  const document = parseDocument(html);
  const texts: { node: Text; start: number }[] = [];
  let plain = '';
  let broken = false;
  const walk = (nodes: Nodes) => {
    for (const node of nodes) {
      if (DomUtils.isText(node)) {
        if (broken && plain !== '') plain += '\n';
        broken = false;
        texts.push({ node, start: plain.length });
        plain += node.data;
      } else if (DomUtils.isTag(node)) {
        if (blockTags.has(node.name)) broken = true;
        walk(node.children);
        if (blockTags.has(node.name)) broken = true;
      }
    }
  };
  walk(document.children);
  const place = placeSuggestion(plain, change);
  if (typeof place !== 'object') return null;
  const edit = suggestionEdit(plain, place, change.replacement);
  // The new words go into the text node where the change starts, so they take its formatting;
  // a change starting between blocks goes at the end of the block before.
  const target =
    texts.find(({ node, start }) => start <= edit.start && edit.start < start + node.data.length) ??
    texts.findLast(({ node, start }) => start + node.data.length <= edit.start) ??
    texts[0];
  if (!target) return null;
  for (const entry of texts) {
    const { node, start } = entry;
    const end = start + node.data.length;
    if (entry !== target && (edit.end <= start || edit.start >= end)) continue;
    const from = Math.min(Math.max(edit.start - start, 0), node.data.length);
    const to = Math.min(Math.max(edit.end - start, 0), node.data.length);
    node.data = node.data.slice(0, from) + (entry === target ? edit.insert : '') + node.data.slice(to);
  }
  return DomUtils.getOuterHTML(document);
}
