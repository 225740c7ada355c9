import { ParagraphKind } from '@plenary/shared';
import type { MemorandumExport, RichBlock } from './document-export.service';
import { keepSpace, PDF_MARGIN as MARGIN, type PdfPage, startPdf } from './pdf-layout';

/** Where paragraph text starts, right of its number. */
const INDENT = 28;
const LIST_STEP = 16;
const SIZE = 10.5;
const LINK = '#1f4e9a';

/** Writes a block's runs one after the other: bold in the bold font, italics slanted, links underlined. */
function writeBlock(page: PdfPage, block: RichBlock, x: number, width: number): void {
  const { doc } = page;
  const runs = block.runs;
  runs.forEach((run, i) => {
    doc
      .font(run.bold ? page.bold : page.regular)
      .fontSize(SIZE)
      .fillColor(run.href ? LINK : '#000');
    const options: PDFKit.Mixins.TextOptions = {
      width,
      lineGap: 2,
      continued: i < runs.length - 1,
      // The fonts that cover every script have no italic face: italics are slanted.
      oblique: run.italic ? 12 : false,
      underline: run.underline || !!run.href,
      link: run.href,
    };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
  doc.fillColor('#000');
}

/** The memorandum as a PDF: title, kind, group and status, then the numbered paragraphs. */
export function documentPdf(memo: MemorandumExport): Promise<Buffer> {
  const page = startPdf(memo.document.title);
  const { doc, regular, bold, width } = page;

  doc.font(bold).fontSize(15).fillColor('#000').text(memo.document.title, { align: 'center', width });
  doc.moveDown(0.4);
  doc
    .font(regular)
    .fontSize(10)
    .fillColor(memo.draftLine ? '#b00020' : '#333')
    .text(memo.subtitle, { align: 'center', width });
  doc.fillColor('#000').moveDown(1);

  const margin = (text: string, top: number, font = regular) => {
    doc.font(font).fontSize(SIZE).text(text, MARGIN, top, { width: INDENT, lineBreak: false });
  };

  for (const p of memo.paragraphs) {
    if (p.kind === ParagraphKind.HEADING) {
      if (!keepSpace(doc, 90)) doc.moveDown(0.8);
      const text = p.blocks.flatMap((b) => b.runs.map((r) => r.text)).join('');
      doc.font(bold).fontSize(12.5).text(text, MARGIN, doc.y, { width });
      doc.moveDown(0.5);
      continue;
    }
    keepSpace(doc, 50);
    let number = p.number ? `${p.number}.` : null;
    if (p.label) {
      const top = doc.y;
      margin(number ?? '', top);
      doc
        .font(bold)
        .fontSize(SIZE)
        .text(p.label, MARGIN + INDENT, top, { width: width - INDENT, oblique: 12 });
      doc.moveDown(0.3);
      number = null;
    }
    for (const block of p.blocks) {
      const top = doc.y;
      if (number) margin(number, top);
      number = null;
      if (block.list) {
        const x = MARGIN + INDENT + LIST_STEP * block.list.level;
        const marker = block.list.kind === 'bullet' ? '•' : `${block.list.index}.`;
        doc.font(regular).fontSize(SIZE).text(marker, x, top, { width: LIST_STEP, lineBreak: false });
        doc.y = top;
        writeBlock(page, block, x + LIST_STEP, width - (x + LIST_STEP - MARGIN));
        doc.moveDown(0.25);
      } else {
        doc.y = top;
        writeBlock(page, block, MARGIN + INDENT, width - INDENT);
        doc.moveDown(0.6);
      }
    }
    // A list closing the paragraph keeps the same distance to the next as a paragraph does.
    if (p.blocks.at(-1)?.list) doc.moveDown(0.35);
    if (p.note) {
      doc
        .font(regular)
        .fontSize(8.5)
        .fillColor('#555')
        .text(p.note, MARGIN + INDENT, doc.y, { width: width - INDENT, oblique: 12 });
      doc.fillColor('#000').moveDown(0.8);
    }
  }

  if (memo.disseminatedTo) {
    keepSpace(doc, 60);
    doc.moveDown(1);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke();
    doc.moveDown(0.6);
    doc.font(regular).fontSize(10).text(memo.disseminatedTo, MARGIN, doc.y, { width });
  }
  return page.finish({ draftLine: memo.draftLine });
}
