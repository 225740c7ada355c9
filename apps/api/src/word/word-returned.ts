import { type ChildNode, type Element, isTag } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type JSZip from 'jszip';
import { DomainError } from '../common/domain-error';
import { openZip } from '../files/office-container';
import { bookmarkParagraphId, DOCUMENT_PROPERTY, VERSION_PROPERTY } from '../exports/word-markers';

/** Where an item of a returned file stands: the Word paragraph it is in, and the paragraph its bookmark names. */
export interface WordLocation {
  /** The paragraph's identity, from the bookmark Plenary put around it; null for text without one. */
  paragraphId: string | null;
  /** The Word paragraph's words as circulated (deletions in, insertions out). */
  text: string;
}

/** A Word comment, with the words it covers. */
export interface ReturnedComment {
  type: 'COMMENT';
  author: string;
  body: string;
  /** The words the comment covers, as circulated; null when it covers none. */
  quote: string | null;
  /** Null when the comment is anchored to no text of the document. */
  location: WordLocation | null;
}

/** A tracked change: words deleted, inserted, or both in one place. */
export interface ReturnedChange {
  type: 'CHANGE';
  author: string;
  original: string;
  replacement: string;
  /** The words as circulated right before the change, in its Word paragraph. */
  before: string;
  location: WordLocation;
  /** The whole Word paragraph was inserted: new text, not a change of words. */
  newParagraph: boolean;
}

export type ReturnedItem = ReturnedComment | ReturnedChange;

export interface ReturnedFile {
  /** What the file's properties say it holds, when Plenary wrote it. */
  documentId: string | null;
  versionId: string | null;
  /** The paragraphs named by bookmarks in the file. */
  bookmarked: string[];
  /** In the order they stand in the document. */
  items: ReturnedItem[];
}

/** Words of a Word paragraph: as circulated, inserted or deleted by the reader. */
interface Words {
  kind: 'same' | 'ins' | 'del';
  text: string;
  author: string;
}

/** One piece of a Word paragraph, in reading order: words, or where a comment's range starts or ends. */
type Piece = Words | { kind: 'start' | 'end'; commentId: string };

const isWords = (piece: Piece): piece is Words => 'text' in piece;

interface WordParagraph {
  paragraphId: string | null;
  pieces: Piece[];
  /** The paragraph mark itself was inserted: a paragraph new in the returned file. */
  inserted: boolean;
}

/** The parts read are XML; a larger one than this is not a memorandum. */
const MAX_PART_BYTES = 50 * 1024 * 1024;

async function part(zip: JSZip, name: string): Promise<string | null> {
  const entry = zip.file(name);
  if (!entry) return null;
  const text = await entry.async('string');
  if (text.length > MAX_PART_BYTES) {
    throw new DomainError('FILE_TOO_LARGE', 'The text of this Word file is too large to read.', { field: 'file' });
  }
  return text;
}

const local = (element: Element) => element.name.replace(/^.*:/, '');
const attribute = (element: Element, name: string) => element.attribs[`w:${name}`] ?? element.attribs[name] ?? '';

/**
 * Reads the Word comments and tracked changes of a returned file, each with the paragraph it
 * stands in (by the bookmark Plenary wrote, and the Word paragraph's words for matching by text).
 */
export async function readReturnedFile(bytes: Buffer): Promise<ReturnedFile> {
  const zip = await openZip(bytes);
  const [documentXml, commentsXml, customXml] = await Promise.all([
    part(zip, 'word/document.xml'),
    part(zip, 'word/comments.xml'),
    part(zip, 'docProps/custom.xml'),
  ]);
  if (!documentXml) {
    throw new DomainError('INVALID_FILE', 'This Word file has no text.', { field: 'file' });
  }
  const properties = customProperties(customXml);
  const paragraphs = wordParagraphs(documentXml);
  const comments = wordComments(commentsXml);

  const items: ReturnedItem[] = [];
  const anchored = new Set<string>();
  // A comment's range may cross paragraphs: it belongs to the one it starts in, and quotes the words it covers.
  const open = new Map<string, { location: WordLocation; words: string[] }>();
  for (const paragraph of paragraphs) {
    const location: WordLocation = { paragraphId: paragraph.paragraphId, text: circulated(paragraph.pieces) };
    let change: ReturnedChange | null = null;
    let before = '';
    for (const piece of paragraph.pieces) {
      if (!isWords(piece)) {
        if (piece.kind === 'start') {
          open.set(piece.commentId, { location, words: [] });
          continue;
        }
        const range = open.get(piece.commentId);
        const comment = comments.get(piece.commentId);
        if (range && comment && !anchored.has(piece.commentId)) {
          anchored.add(piece.commentId);
          const quote = range.words.join('').replace(/\s+/g, ' ').trim();
          items.push({ type: 'COMMENT', ...comment, quote: quote || null, location: range.location });
        }
        open.delete(piece.commentId);
        continue;
      }
      if (piece.kind !== 'ins') for (const range of open.values()) range.words.push(piece.text);
      if (piece.kind === 'same') {
        change = null;
        before += piece.text;
        continue;
      }
      if (!change) {
        change = {
          type: 'CHANGE',
          author: piece.author,
          original: '',
          replacement: '',
          before,
          location,
          newParagraph: paragraph.inserted,
        };
        items.push(change);
      }
      if (piece.kind === 'del') {
        change.original += piece.text;
        before += piece.text;
      } else {
        change.replacement += piece.text;
      }
    }
  }
  // Comments Word kept without a place in the text are listed too, never dropped.
  for (const [id, comment] of comments) {
    if (!anchored.has(id)) items.push({ type: 'COMMENT', ...comment, quote: null, location: null });
  }
  return {
    documentId: properties.get(DOCUMENT_PROPERTY) ?? null,
    versionId: properties.get(VERSION_PROPERTY) ?? null,
    bookmarked: [...new Set(paragraphs.flatMap((p) => (p.paragraphId ? [p.paragraphId] : [])))],
    items,
  };
}

/** A paragraph's words as circulated: what was there before the reader's tracked changes. */
function circulated(pieces: Piece[]): string {
  return pieces
    .map((p) => (isWords(p) && p.kind !== 'ins' ? p.text : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The paragraphs of the document's body in reading order, table cells included. */
function wordParagraphs(xml: string): WordParagraph[] {
  const root = parseDocument(xml, { xmlMode: true });
  const paragraphs: WordParagraph[] = [];
  /** Plenary's bookmarks open now, by their Word id. */
  const bookmarks = new Map<string, string>();
  let current: WordParagraph | null = null;

  const visit = (nodes: ChildNode[], change: { kind: 'ins' | 'del'; author: string } | null) => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      const element = node;
      switch (local(element)) {
        case 'p': {
          const inserted = DomUtils.findOne(
            (e) => local(e) === 'ins' && e.parent !== null && isTag(e.parent) && local(e.parent) === 'rPr',
            element.children.filter(isTag).filter((c) => local(c) === 'pPr'),
          );
          current = { paragraphId: [...bookmarks.values()].at(-1) ?? null, pieces: [], inserted: !!inserted };
          paragraphs.push(current);
          visit(element.children, change);
          current = null;
          break;
        }
        case 'bookmarkStart': {
          const paragraphId = bookmarkParagraphId(attribute(element, 'name'));
          if (paragraphId) {
            bookmarks.set(attribute(element, 'id'), paragraphId);
            if (current && !current.paragraphId) current.paragraphId = paragraphId;
          }
          break;
        }
        case 'bookmarkEnd':
          bookmarks.delete(attribute(element, 'id'));
          break;
        case 'commentRangeStart':
          current?.pieces.push({ kind: 'start', commentId: attribute(element, 'id') });
          break;
        case 'commentRangeEnd':
          current?.pieces.push({ kind: 'end', commentId: attribute(element, 'id') });
          break;
        case 'ins':
        case 'moveTo':
          visit(element.children, { kind: 'ins', author: attribute(element, 'author') });
          break;
        case 'del':
        case 'moveFrom':
          visit(element.children, { kind: 'del', author: attribute(element, 'author') });
          break;
        case 't':
        case 'delText':
          add(DomUtils.textContent(element));
          break;
        case 'tab':
          if (!(element.parent && local(element.parent as Element) === 'tabs')) add('\t');
          break;
        case 'br':
        case 'cr':
          add(' ');
          break;
        case 'noBreakHyphen':
          add('-');
          break;
        // Properties, field codes, footnote marks and drawings hold no words of the text.
        case 'pPr':
        case 'rPr':
        case 'instrText':
        case 'delInstrText':
        case 'drawing':
        case 'pict':
          break;
        default:
          visit(element.children, change);
      }
    }

    function add(text: string) {
      if (!current || !text) return;
      const kind = change?.kind ?? 'same';
      const last = current.pieces.at(-1);
      if (last && isWords(last) && last.kind === kind && last.author === (change?.author ?? '')) last.text += text;
      else current.pieces.push({ kind, text, author: change?.author ?? '' });
    }
  };
  const body = DomUtils.findOne((e) => local(e) === 'body', root.children, true);
  visit(body?.children ?? [], null);
  return paragraphs;
}

/** The file's comments by their Word id: who wrote each and what it says. */
function wordComments(xml: string | null): Map<string, { author: string; body: string }> {
  const comments = new Map<string, { author: string; body: string }>();
  if (!xml) return comments;
  const root = parseDocument(xml, { xmlMode: true });
  for (const comment of DomUtils.findAll((e) => local(e) === 'comment', root.children)) {
    const lines = DomUtils.findAll((e) => local(e) === 'p', comment.children).map((p) =>
      DomUtils.findAll((e) => local(e) === 't', p.children)
        .map((t) => DomUtils.textContent(t))
        .join('')
        .trim(),
    );
    comments.set(attribute(comment, 'id'), {
      author: attribute(comment, 'author'),
      body: lines.filter(Boolean).join('\n'),
    });
  }
  return comments;
}

/** The named values of docProps/custom.xml. */
function customProperties(xml: string | null): Map<string, string> {
  const values = new Map<string, string>();
  if (!xml) return values;
  const root = parseDocument(xml, { xmlMode: true });
  for (const property of DomUtils.findAll((e) => local(e) === 'property', root.children)) {
    const name = property.attribs.name;
    if (name) values.set(name, DomUtils.textContent(property).trim());
  }
  return values;
}
