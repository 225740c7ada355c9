import PDFDocument from 'pdfkit';
import { pdfFonts } from './pdf-fonts';

export const PDF_MARGIN = 64;

/** An A4 document with fonts for every script the names come in, and the bytes it will produce. */
export interface PdfPage {
  doc: PDFKit.PDFDocument;
  regular: string;
  bold: string;
  /** The width between the margins. */
  width: number;
  /** Ends the document (marking a draft on every page) and resolves to its bytes. */
  finish: (options?: { draftLine?: string | null }) => Promise<Buffer>;
}

export function startPdf(title: string): PdfPage {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PDF_MARGIN, bottom: PDF_MARGIN, left: PDF_MARGIN, right: PDF_MARGIN },
    info: { Title: title, Creator: 'Plenary' },
    // Pages are kept until the end, to mark each one as a draft.
    bufferPages: true,
  });
  // Names in Korean, Chinese, Japanese and Russian need a font that has them.
  const fonts = pdfFonts();
  if (fonts.regular) doc.registerFont('body', fonts.regular.src, fonts.regular.family);
  if (fonts.bold) doc.registerFont('bold', fonts.bold.src, fonts.bold.family);
  const regular = fonts.regular ? 'body' : 'Helvetica';
  const bold = fonts.bold ? 'bold' : 'Helvetica-Bold';
  const width = doc.page.width - 2 * PDF_MARGIN;

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  return {
    doc,
    regular,
    bold,
    width,
    finish: ({ draftLine } = {}) => {
      // A draft says so at the top of every page.
      if (draftLine) {
        const { start, count } = doc.bufferedPageRange();
        for (let i = start; i < start + count; i++) {
          doc.switchToPage(i);
          doc
            .font(regular)
            .fontSize(8)
            .fillColor('#b00020')
            .text(draftLine, PDF_MARGIN, PDF_MARGIN / 2, { width, align: 'right', lineBreak: false });
        }
        doc.fillColor('#000');
      }
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
