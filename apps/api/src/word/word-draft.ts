import { type ChildNode, type Element, hasChildren, isTag, isText, type Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { limits, ParagraphKind } from '@plenary/shared';
import { DomainError } from '../common/domain-error';
import { sanitizeRichText } from '../common/rich-text';
import { STATE_STYLE_NAME } from '../exports/word-markers';

/** A paragraph found in a Word draft, as it would be added to the working version. */
export interface DraftParagraph {
  kind: ParagraphKind;
  /** Sanitised: emphasis, lists and links kept, everything else dropped. */
  html: string;
  text: string;
}

export interface WordDraft {
  paragraphs: DraftParagraph[];
  /** What was left out and why: "A table (Country, Share of imports…)". */
  leftOut: string[];
}

/**
 * How Word's styles become a memorandum's parts. Headings are headings; a "Recommendation" style
 * marks a recommendation; the title and the line naming the text's state (in files Plenary wrote)
 * are the document's own, not paragraphs of it.
 */
const styleMap = [
  "p[style-name='Title'] => !",
  "p[style-name='Subtitle'] => !",
  `p[style-name='${STATE_STYLE_NAME}'] => !`,
  "p[style-name^='Recommendation'] => p.recommendation:fresh",
];

/** "3." or "3)" before a paragraph's text: the number is Plenary's to give. */
const NUMBER = /^\s*\d{1,3}[.)]\s+/;
/** A line naming the recommendation that follows: "Recommendation 2". */
const LABEL = /^\s*Recommendation\s+\d{1,3}\s*[.:–—-]?\s*$/i;
/** "Recommendation 2: Establish …", label and text in one paragraph. */
const LABELLED = /^\s*Recommendation\s+\d{1,3}\s*[.:–—-]\s*/i;
/** The details under a recommendation in a file Plenary wrote; they are set on the recommendation itself. */
const DETAILS = /^\s*(Addressed to|Issue areas):/;

/** The bookmark naming a paragraph in a file Plenary wrote (see paragraphBookmark). */
const PLENARY_BOOKMARK = /^_P[0-9a-f]{32}$/;

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The paragraphs of a Word draft: converted by mammoth (headings from heading styles, numbered
 * paragraphs, emphasis, lists and links), then put through the same sanitiser as text typed in.
 */
export async function wordDraft(bytes: Buffer): Promise<WordDraft> {
  // Loaded with the first Word file read, not with the server.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml(
        { buffer: bytes },
        {
          styleMap,
          // Pictures are not part of a memorandum's text; do not carry their bytes around.
          convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        },
      )
    ).value;
  } catch {
    throw new DomainError('INVALID_FILE', 'Plenary could not read the text of this Word file. Save it again in Word.', {
      field: 'file',
    });
  }
  return splitDraft(html);
}

function splitDraft(html: string): WordDraft {
  const root = parseDocument(html);
  const elements = root.children.filter(isTag);
  // A file Plenary wrote marks where each paragraph starts with a bookmark; the Word paragraphs
  // after it (further text, lists, a recommendation's details) belong to that paragraph.
  const marked = new Set(
    elements.filter((e) => DomUtils.findOne((a) => a.name === 'a' && PLENARY_BOOKMARK.test(a.attribs.id ?? ''), [e])),
  );
  // Bookmarks come through as anchors without an address; only their words matter.
  for (const a of DomUtils.getElementsByTagName('a', root.children)) {
    if (!a.attribs.href) {
      for (const child of [...a.children]) DomUtils.prepend(a, child);
      DomUtils.removeElement(a);
    }
  }

  const paragraphs: DraftParagraph[] = [];
  const leftOut: string[] = [];
  /** The next block starts a paragraph (after its number or label stood alone on a line). */
  let startNext = false;
  let recommendationNext = false;
  const add = (kind: ParagraphKind, html: string) => {
    const rich = sanitizeRichText('html', html, limits.longText);
    if (rich.text) paragraphs.push({ kind, ...rich });
  };
  /** Adds a block to the paragraph before it, when it belongs there. */
  const extend = (element: Element, html: string): boolean => {
    const previous = paragraphs.at(-1);
    const starts = marked.size > 0 ? marked.has(element) || startNext : element.name === 'p';
    if (starts || !previous || previous.kind === ParagraphKind.HEADING) return false;
    paragraphs.pop();
    add(previous.kind, previous.html + html);
    return true;
  };

  for (const element of elements) {
    const text = DomUtils.textContent(element).trim();
    if (headings.has(element.name)) {
      startNext = recommendationNext = false;
      add(ParagraphKind.HEADING, escapeText(text.replace(NUMBER, '')));
    } else if (element.name === 'p') {
      stripLeading(element, NUMBER);
      const words = DomUtils.textContent(element).trim();
      if (!words || LABEL.test(words)) {
        startNext ||= marked.has(element);
        recommendationNext ||= LABEL.test(words);
        continue;
      }
      if (paragraphs.at(-1)?.kind === ParagraphKind.RECOMMENDATION && !startNext && DETAILS.test(words)) {
        leftOut.push(`Details of a recommendation, set on the recommendation itself (${preview(words)})`);
        continue;
      }
      if (!recommendationNext && extend(element, `<p>${DomUtils.getInnerHTML(element)}</p>`)) continue;
      const labelled = LABELLED.test(words);
      if (labelled) stripLeading(element, LABELLED);
      const recommendation = recommendationNext || labelled || element.attribs.class === 'recommendation';
      startNext = recommendationNext = false;
      add(
        recommendation ? ParagraphKind.RECOMMENDATION : ParagraphKind.TEXT,
        `<p>${DomUtils.getInnerHTML(element)}</p>`,
      );
    } else if (element.name === 'ul' || element.name === 'ol') {
      if (extend(element, DomUtils.getOuterHTML(element))) continue;
      const kind = recommendationNext ? ParagraphKind.RECOMMENDATION : ParagraphKind.TEXT;
      // Numbered paragraphs are a numbered list in Word, each item a paragraph of its own.
      if (element.name === 'ol' && marked.size === 0) {
        for (const item of element.children.filter(isTag).filter((c) => c.name === 'li')) {
          add(kind, `<p>${DomUtils.getInnerHTML(item)}</p>`);
        }
      } else {
        add(kind, DomUtils.getOuterHTML(element));
      }
      startNext = recommendationNext = false;
    } else if (text) {
      leftOut.push(`${element.name === 'table' ? 'A table' : 'A part Plenary does not keep'} (${preview(text)})`);
    }
  }
  return { paragraphs, leftOut };
}

/** Drops the words the pattern matches at the start of the element's text. */
function stripLeading(element: Element, pattern: RegExp): void {
  const text = firstText(element.children);
  if (text) text.data = text.data.replace(pattern, '');
}

function firstText(nodes: ChildNode[]): Text | null {
  for (const node of nodes) {
    if (isText(node) && node.data.trim()) return node;
    if (hasChildren(node)) {
      const found = firstText(node.children);
      if (found) return found;
    }
  }
  return null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function preview(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}
