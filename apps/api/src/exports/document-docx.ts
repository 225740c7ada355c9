import {
  AlignmentType,
  BookmarkEnd,
  BookmarkStart,
  bookmarkUniqueNumericId,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  HeadingLevel,
  type ICommentOptions,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphOptions,
  LevelFormat,
  Paragraph,
  type ParagraphChild,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { ParagraphKind } from '@plenary/shared';
import { titleParagraph, wordFile } from './docx-layout';
import { DOCUMENT_PROPERTY, paragraphBookmark, STATE_STYLE_NAME, VERSION_PROPERTY } from './word-markers';
import type { MemorandumComment, MemorandumExport, MemorandumParagraph, RichBlock } from './document-export.service';

/** Paragraph text stands this far in (twips: 1 cm), its number in the margin before it. */
const INDENT = 567;
const LIST_STEP = 360;
const BULLETS = 'memorandum-bullets';
const NUMBERS = 'memorandum-numbers';

function listLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return [0, 1, 2, 3].map((level): ILevelsOptions => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT + LIST_STEP * (level + 1), hanging: LIST_STEP } } },
  }));
}

/** Lists sit inside the paragraph they belong to, under its text rather than under its number. */
const numbering: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: listLevels(LevelFormat.BULLET, (level) => ['•', '◦', '▪', '•'][level]!) },
    {
      reference: NUMBERS,
      levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`).map((l, level) =>
        level % 2 ? { ...l, format: LevelFormat.LOWER_LETTER } : l,
      ),
    },
  ],
};

/** Where a Word comment covers the words it quotes: characters [start, end) of a block's text. */
interface Anchor {
  id: number;
  start: number;
  end: number;
}

type RunFormat = { bold?: boolean; size?: number };

/**
 * The runs of a block: bold and italic runs, underlines, line breaks and links as Word has them,
 * with each comment's range around the words it quotes.
 */
function runsOf(block: RichBlock, anchors: Anchor[] = [], format: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const cuts = [...new Set(anchors.flatMap((a) => [a.start, a.end]))].sort((a, b) => a - b);
  const marks = (at: number) => {
    for (const a of anchors) if (a.end === at) out.push(new CommentRangeEnd(a.id), commentMark(a.id));
    for (const a of anchors) if (a.start === at) out.push(new CommentRangeStart(a.id));
  };
  let offset = 0;
  marks(0);
  for (const run of block.runs) {
    const end = offset + run.text.length;
    if (run.text === '\n') {
      out.push(new TextRun({ break: 1 }));
    } else {
      let from = offset;
      for (const cut of [...cuts.filter((c) => c > offset && c < end), end]) {
        const text = new TextRun({
          text: run.text.slice(from - offset, cut - offset),
          bold: format.bold ?? (run.bold || undefined),
          size: format.size,
          italics: run.italic || undefined,
          underline: run.underline ? {} : undefined,
          style: run.href ? 'Hyperlink' : undefined,
        });
        out.push(run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text);
        if (cut < end) marks(cut);
        from = cut;
      }
    }
    offset = end;
    if (offset > 0) marks(offset);
  }
  return out;
}

/**
 * A bookmark's start or end on its own, so that it can span the several Word paragraphs of one
 * paragraph: docx writes them inside a paragraph (as its own documentation shows) but does not
 * list them among a paragraph's children.
 */
function boundary(marker: BookmarkStart | BookmarkEnd): ParagraphChild {
  return marker as unknown as ParagraphChild;
}

function commentMark(id: number): TextRun {
  return new TextRun({ children: [new CommentReference(id)] });
}

/** A Word paragraph still being put together, so that bookmarks and comment ranges can close around it. */
interface Piece {
  options: Omit<IParagraphOptions, 'children'>;
  children: ParagraphChild[];
}

function blockPiece(block: RichBlock, number: string | null, anchors: Anchor[]): Piece {
  const spacing = { after: block.list ? 80 : 160, line: 290 };
  if (block.list) {
    return {
      options: {
        spacing,
        numbering: {
          reference: block.list.kind === 'bullet' ? BULLETS : NUMBERS,
          level: Math.min(block.list.level, 3),
          ...(block.list.kind === 'number' ? { instance: block.list.id } : {}),
        },
      },
      children: runsOf(block, anchors),
    };
  }
  return {
    options: {
      spacing,
      alignment: AlignmentType.JUSTIFIED,
      indent: number ? { left: INDENT, hanging: INDENT } : { left: INDENT },
      tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
    },
    children: [...(number ? [new TextRun({ children: [number, new Tab()] })] : []), ...runsOf(block, anchors)],
  };
}

/** Normalises white space the way the quote and the block text may differ in it. */
function findQuote(blocks: RichBlock[], quote: string): { block: number; start: number; end: number } | null {
  const wanted = quote.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.runs.map((r) => r.text).join('');
    const start = text.indexOf(wanted);
    if (start >= 0) return { block: i, start, end: start + wanted.length };
  }
  return null;
}

/**
 * A numbered paragraph: its number before the first line, its lists and further paragraphs under
 * the text; the whole inside a bookmark naming the paragraph, and its comments around the words
 * they quote (or, when the words are not found, around the paragraph).
 */
function paragraphOf(p: MemorandumParagraph, comments: ICommentOptions[]): Paragraph[] {
  const anchors: Anchor[][] = p.blocks.map(() => []);
  const whole: number[] = [];
  for (const comment of p.comments) {
    const id = comments.length;
    comments.push(wordComment(id, comment));
    const found = comment.quote ? findQuote(p.blocks, comment.quote) : null;
    if (found) anchors[found.block]!.push({ id, start: found.start, end: found.end });
    else whole.push(id);
  }

  const pieces: Piece[] = [];
  if (p.kind === ParagraphKind.HEADING) {
    pieces.push({
      options: { heading: HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 360, after: 160 } },
      children: p.blocks.flatMap((b, i) => runsOf(b, anchors[i], { bold: true, size: 26 })),
    });
  } else {
    let number = p.number ? `${p.number}.` : null;
    const numberLine = (children: ParagraphChild[]) => {
      pieces.push({
        options: {
          keepNext: true,
          spacing: { before: 120, after: 80 },
          indent: { left: INDENT, hanging: INDENT },
          tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
        },
        children: [new TextRun({ children: [number ?? '', new Tab()] }), ...children],
      });
      number = null;
    };
    if (p.label) numberLine([new TextRun({ text: p.label, bold: true, italics: true })]);
    else if (number && p.blocks[0]?.list) numberLine([]);
    p.blocks.forEach((block, i) => {
      pieces.push(blockPiece(block, number, anchors[i]!));
      number = null;
    });
    if (p.note) {
      pieces.push({
        options: { indent: { left: INDENT }, spacing: { after: 200 } },
        children: [new TextRun({ text: p.note, italics: true, size: 18, color: '555555' })],
      });
    }
  }

  if (pieces.length === 0) pieces.push({ options: {}, children: [] });
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const link = bookmarkUniqueNumericId();
  first.children.unshift(
    boundary(new BookmarkStart(paragraphBookmark(p.paragraphId), link)),
    ...whole.map((id) => new CommentRangeStart(id)),
  );
  last.children.push(
    ...whole.flatMap((id) => [new CommentRangeEnd(id), commentMark(id)]),
    boundary(new BookmarkEnd(link)),
  );
  return pieces.map((piece) => new Paragraph({ ...piece.options, children: piece.children }));
}

/** A comment as Word shows it: the author as the reader may see them, the text, then its kind and disposition. */
function wordComment(id: number, comment: MemorandumComment): ICommentOptions {
  const initials = comment.by
    .replace(/\(.*\)/, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
  return {
    id,
    author: comment.by,
    initials,
    date: comment.postedAt,
    children: [
      ...comment.body.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
      new Paragraph({ children: [new TextRun({ text: comment.standing, italics: true, color: '555555' })] }),
    ],
  };
}

/**
 * The memorandum as a Word document: title, kind, group and state, then the numbered paragraphs,
 * each bookmarked with its identity, with the round's comments on the words they quote.
 */
export function documentDocx(memo: MemorandumExport): Promise<Buffer> {
  const comments: ICommentOptions[] = [];
  const children: Paragraph[] = [
    titleParagraph(memo.document.title),
    new Paragraph({
      style: 'DocumentState',
      children: [
        new TextRun({ text: memo.subtitle, italics: true, size: 20, color: memo.draftLine ? 'B00020' : undefined }),
      ],
    }),
    ...memo.paragraphs.flatMap((p) => paragraphOf(p, comments)),
  ];
  if (memo.disseminatedTo) {
    children.push(
      new Paragraph({
        spacing: { before: 480 },
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 8 } },
        children: [new TextRun({ text: memo.disseminatedTo, size: 20 })],
      }),
    );
  }
  return wordFile({
    title: memo.document.title,
    draftLine: memo.draftLine,
    children,
    numbering,
    comments: { children: comments },
    properties: [
      { name: DOCUMENT_PROPERTY, value: memo.document.id },
      { name: VERSION_PROPERTY, value: memo.versionId },
    ],
    paragraphStyles: [
      {
        id: 'DocumentState',
        name: STATE_STYLE_NAME,
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } },
      },
    ],
  });
}
