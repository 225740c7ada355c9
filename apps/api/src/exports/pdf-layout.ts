import LineBreaker from 'linebreak';
import PDFDocument from 'pdfkit';
import { fontRuns, type FontWeight, type PdfFace } from './pdf-fonts';

export const PDF_MARGIN = 64;

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  /** The fonts that cover every script have no italic face: italics are slanted. */
  italic?: boolean;
  color?: string;
  /** Justified lines stretch at their spaces; the last line of a paragraph is set flush left. */
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Line height as a multiple of the size. */
  leading?: number;
}

/** A stretch of text with its own formatting; what it leaves out it takes from the box it is set in. */
export interface TextRun {
  text: string;
  weight?: FontWeight;
  italic?: boolean;
  underline?: boolean;
  color?: string;
  /** A web address the words lead to. */
  link?: string | null;
}

/** Plain text in the box's style, or runs each with their own formatting. */
export type TextContent = string | readonly TextRun[];

export interface TextBox extends TextStyle {
  x: number;
  width: number;
  /** The top of the first line; the current position when left out. */
  y?: number;
}

/** How a run is drawn, once its font is chosen. */
interface Look {
  italic: boolean;
  underline: boolean;
  color: string;
  link: string | null;
}

interface Piece {
  text: string;
  face: PdfFace;
  look: Look;
  width: number;
}

interface Line {
  pieces: Piece[];
  width: number;
  /** The last line of a paragraph, which justification leaves as it is. */
  last: boolean;
}

const OBLIQUE_DEGREES = 12;

/** An A4 document with fonts for every script the names come in, and the bytes it will produce. */
export interface PdfPage {
  /** For lines and shapes; all text goes through `write`, which has a font for every script. */
  doc: PDFKit.PDFDocument;
  /** The width between the margins. */
  width: number;
  /** How tall `text` is when set in `width` with `style`. */
  textHeight: (text: TextContent, width: number, style: TextStyle) => number;
  /**
   * Sets text with each run in the font of its script, wrapping lines and starting a new page when
   * one is full; leaves the position under the last line.
   */
  write: (text: TextContent, box: TextBox) => void;
  /**
   * Ends the document and resolves to its bytes: a draft is marked on every page, and a running
   * head (from the second page) and page numbers are added when asked for.
   */
  finish: (options?: {
    draftLine?: string | null;
    runningHead?: string | null;
    pageNumbers?: boolean;
  }) => Promise<Buffer>;
}

export function startPdf(title: string): PdfPage {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PDF_MARGIN, bottom: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN },
    info: { Title: title, Creator: 'Plenary' },
    // Pages are kept until the end, to mark each one as a draft and number them.
    bufferPages: true,
  });
  const registered = new Set<string>();
  const use = (face: PdfFace, size: number) => {
    if (!registered.has(face.name)) {
      // PDFKit takes a font fontkit has opened, as its own code does: the faces are parsed once per process.
      doc.registerFont(face.name, face.font as unknown as Uint8Array);
      registered.add(face.name);
    }
    return doc.font(face.name).fontSize(size);
  };
  const width = doc.page.width - 2 * PDF_MARGIN;

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const lineHeight = (style: TextStyle) => style.size * (style.leading ?? 1.3);

  /** Breaks where Unicode allows (between words, and between most Han and kana characters). */
  const layout = (content: TextContent, maxWidth: number, style: TextStyle): Line[] => {
    const runs: readonly TextRun[] = typeof content === 'string' ? [{ text: content }] : content;
    const text = runs.map((run) => run.text).join('');
    const faceAt: PdfFace[] = [];
    const lookAt: Look[] = [];
    for (const run of runs) {
      const look: Look = {
        italic: run.italic ?? style.italic ?? false,
        underline: run.underline ?? false,
        color: run.color ?? style.color ?? '#000',
        link: run.link ?? null,
      };
      for (const part of fontRuns(run.text, run.weight ?? style.weight ?? 'regular', text)) {
        for (let i = 0; i < part.text.length; i++) {
          faceAt.push(part.face);
          lookAt.push(look);
        }
      }
    }
    const measure = (from: number, to: number): Piece[] => {
      const pieces: Piece[] = [];
      for (let i = from; i < to;) {
        let j = i + 1;
        while (j < to && faceAt[j] === faceAt[i] && lookAt[j] === lookAt[i]) j++;
        const piece = text.slice(i, j);
        const face = faceAt[i]!;
        pieces.push({ text: piece, face, look: lookAt[i]!, width: use(face, style.size).widthOfString(piece) });
        i = j;
      }
      return pieces;
    };
    const trailingSpace = (pieces: Piece[]) => {
      const last = pieces.at(-1);
      const trimmed = last?.text.trimEnd();
      return last && trimmed !== last.text ? last.width - use(last.face, style.size).widthOfString(trimmed!) : 0;
    };
    const lines: Line[] = [{ pieces: [], width: 0, last: false }];
    const add = (pieces: Piece[]) => {
      const line = lines.at(-1)!;
      const segmentWidth = pieces.reduce((sum, p) => sum + p.width, 0);
      if (line.pieces.length && line.width + segmentWidth - trailingSpace(pieces) > maxWidth) {
        lines.push({ pieces: [...pieces], width: segmentWidth, last: false });
      } else {
        line.pieces.push(...pieces);
        line.width += segmentWidth;
      }
    };
    const breaker = new LineBreaker(text);
    let last = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      const segment = measure(last, bk.position);
      const segmentWidth = segment.reduce((sum, p) => sum + p.width, 0);
      if (segmentWidth - trailingSpace(segment) > maxWidth) {
        // A word wider than the line is cut where it must be.
        for (let i = last; i < bk.position;) {
          const next = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
          add(measure(i, next));
          i = next;
        }
      } else add(segment);
      if (bk.required) {
        lines.at(-1)!.last = true;
        lines.push({ pieces: [], width: 0, last: false });
      }
      last = bk.position;
    }
    lines.at(-1)!.last = true;
    for (const line of lines) {
      line.width -= trailingSpace(line.pieces);
      // One text object per font on a line, so that readers copy and search the words whole.
      line.pieces = line.pieces.reduce<Piece[]>((merged, piece) => {
        const previous = merged.at(-1);
        if (previous?.face === piece.face && previous.look === piece.look) {
          previous.text += piece.text;
          previous.width += piece.width;
        } else merged.push({ ...piece });
        return merged;
      }, []);
    }
    return lines;
  };

  const drawLine = (line: Line, box: TextBox, top: number) => {
    const offset =
      box.align === 'center' ? (box.width - line.width) / 2 : box.align === 'right' ? box.width - line.width : 0;
    let x = box.x + Math.max(0, offset);
    const baseline = top + box.size * ((box.leading ?? 1.3) - 0.3);
    // Spaces closing a line are not drawn, so that nothing (an underline, a link) reaches past its last word.
    let kept = line.pieces
      .map((piece) => piece.text)
      .join('')
      .trimEnd().length;
    const pieces = line.pieces.flatMap((piece) => {
      const text = piece.text.slice(0, Math.max(0, kept));
      kept -= piece.text.length;
      return text ? [{ ...piece, text }] : [];
    });
    // A justified line gives each space between its words an equal share of what the line lacks.
    const gaps =
      box.align === 'justify' && !line.last ? pieces.reduce((n, p) => n + (p.text.match(/ /g) ?? []).length, 0) : 0;
    const stretch = gaps ? Math.max(0, box.width - line.width) / gaps : 0;
    for (const piece of pieces) {
      const font = use(piece.face, box.size).fillColor(piece.look.color);
      const options = {
        lineBreak: false,
        baseline: 'alphabetic',
        oblique: piece.look.italic ? OBLIQUE_DEGREES : false,
      } as const;
      const start = x;
      for (const token of stretch ? (piece.text.match(/[^ ]+ *| +/g) ?? []) : [piece.text]) {
        font.text(token, x, baseline, options);
        x += font.widthOfString(token) + stretch * (token.length - token.replace(/ +$/, '').length);
      }
      if (piece.look.underline) {
        const { underlinePosition, underlineThickness, unitsPerEm } = piece.face.font;
        const y = baseline - (underlinePosition / unitsPerEm) * box.size;
        doc
          .save()
          .moveTo(start, y)
          .lineTo(x, y)
          .lineWidth(Math.max(0.5, (underlineThickness / unitsPerEm) * box.size))
          .strokeColor(piece.look.color)
          .stroke()
          .restore();
      }
      if (piece.look.link) doc.link(start, top, x - start, lineHeight(box), piece.look.link);
    }
    doc.fillColor('#000');
  };

  const write = (text: TextContent, box: TextBox) => {
    let top = box.y ?? doc.y;
    const height = lineHeight(box);
    for (const line of layout(text, box.width, box)) {
      if (top + height > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        top = doc.page.margins.top;
      }
      drawLine(line, box, top);
      top += height;
    }
    doc.x = box.x;
    doc.y = top;
  };

  /** Draws on the current page in the margins, where `write` would start a new page. */
  const inMargin = (text: TextContent, box: TextBox & { y: number }) => {
    for (const [i, line] of layout(text, box.width, box).entries()) drawLine(line, box, box.y + i * lineHeight(box));
  };

  return {
    doc,
    width,
    textHeight: (text, maxWidth, style) => layout(text, maxWidth, style).length * lineHeight(style),
    write,
    finish: ({ draftLine, runningHead, pageNumbers } = {}) => {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        const page = i - start + 1;
        // A draft says so at the top of every page.
        if (draftLine) {
          inMargin(draftLine, {
            x: PDF_MARGIN,
            y: PDF_MARGIN / 2 - 6,
            width,
            size: 8,
            color: '#b00020',
            align: 'right',
          });
        }
        if (runningHead && page > 1) {
          inMargin(runningHead, { x: PDF_MARGIN, y: PDF_MARGIN / 2 - 6, width, size: 8.5, color: '#444' });
        }
        if (pageNumbers) {
          const y = doc.page.height - PDF_MARGIN / 2 - 6;
          inMargin(`${page}`, { x: PDF_MARGIN, y, width, size: 9, color: '#444', align: 'center' });
        }
      }
      doc.fillColor('#000');
      doc.flushPages();
      doc.end();
      return done;
    },
  };
}

/** Starts a new page when fewer than `space` points are left, so a heading never sits alone at the foot of one. */
export function keepSpace(doc: PDFKit.PDFDocument, space: number): boolean {
  if (doc.y <= doc.page.height - PDF_MARGIN - space) return false;
  doc.addPage();
  return true;
}
