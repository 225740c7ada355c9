import { ParagraphKind } from '@plenary/shared';
import type { MemorandumExport, RichBlock } from './document-export.service';
import { keepSpace, PDF_MARGIN as MARGIN, startPdf, type TextRun, type TextStyle } from './pdf-layout';

/** Where paragraph text starts, right of its number. */
const INDENT = 28;
const LIST_STEP = 16;
const LINK = '#1f4e9a';
const body: TextStyle = { size: 10.5, leading: 1.65 };
const note: TextStyle = { size: 8.5, leading: 1.5, italic: true, color: '#555' };

/** A block's runs as the page sets them: bold in the bold font, italics slanted, links blue and underlined. */
function runsOf(block: RichBlock): TextRun[] {
  return block.runs.map((run) => ({
    text: run.text,
    weight: run.bold ? 'bold' : 'regular',
    italic: run.italic,
    underline: run.underline || !!run.href,
    color: run.href ? LINK : undefined,
    link: run.href,
  }));
}

/** The memorandum as a PDF: title, kind, group and status, then the numbered paragraphs. */
export function documentPdf(memo: MemorandumExport): Promise<Buffer> {
  const page = startPdf(memo.document.title);
  const { doc, width, write } = page;
  const lineOf = (style: TextStyle) => style.size * (style.leading ?? 1.3);

  write(memo.document.title, { x: MARGIN, width, size: 15, weight: 'bold', align: 'center', leading: 1.45 });
  doc.y += 6;
  // What the text is, on a line of its own under whose it is.
  const subtitle = { x: MARGIN, width, size: 10, leading: 1.5, align: 'center' } as const;
  write(memo.byline, { ...subtitle, color: '#333' });
  write(memo.state, { ...subtitle, color: memo.draftLine ? '#b00020' : '#333' });
  doc.y += 15;

  /** The paragraph's number in the margin, level with the first line of its text. */
  const number = (text: string) => {
    // The number and the line it belongs to start a page together.
    keepSpace(doc, lineOf(body));
    const top = doc.y;
    write(text, { ...body, x: MARGIN, y: top, width: INDENT });
    doc.y = top;
  };

  for (const p of memo.paragraphs) {
    if (p.kind === ParagraphKind.HEADING) {
      if (!keepSpace(doc, 90)) doc.y += 12;
      const text = p.blocks.flatMap((b) => b.runs.map((r) => r.text)).join('');
      write(text, { x: MARGIN, width, size: 12.5, weight: 'bold', leading: 1.45 });
      doc.y += 8;
      continue;
    }
    keepSpace(doc, 50);
    let pending = p.number ? `${p.number}.` : null;
    if (p.label) {
      if (pending) number(pending);
      write(p.label, { ...body, x: MARGIN + INDENT, width: width - INDENT, weight: 'bold', italic: true });
      doc.y += 4;
      pending = null;
    }
    for (const block of p.blocks) {
      if (pending) number(pending);
      pending = null;
      if (block.list) {
        const x = MARGIN + INDENT + LIST_STEP * block.list.level;
        const marker = block.list.kind === 'bullet' ? '•' : `${block.list.index}.`;
        keepSpace(doc, lineOf(body));
        const top = doc.y;
        write(marker, { ...body, x, y: top, width: LIST_STEP });
        write(runsOf(block), { ...body, x: x + LIST_STEP, y: top, width: width - (x + LIST_STEP - MARGIN) });
        doc.y += 4;
      } else {
        write(runsOf(block), { ...body, x: MARGIN + INDENT, width: width - INDENT });
        doc.y += 9;
      }
    }
    // A list closing the paragraph keeps the same distance to the next as a paragraph does.
    if (p.blocks.at(-1)?.list) doc.y += 5;
    if (p.note) {
      write(p.note, { ...note, x: MARGIN + INDENT, width: width - INDENT });
      doc.y += 10;
    }
  }

  if (memo.disseminatedTo) {
    keepSpace(doc, 60);
    doc.y += 15;
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#999')
      .stroke();
    doc.y += 9;
    write(memo.disseminatedTo, { x: MARGIN, width, size: 10, leading: 1.5 });
  }
  return page.finish({ draftLine: memo.draftLine });
}
