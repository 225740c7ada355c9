import PDFDocument from 'pdfkit';
import { pdfFonts } from './pdf-fonts';
import type { ReportExport } from './report-export.service';

const MARGIN = 64;

/** The report as a PDF laid out like the CSCAP study group reports: title, 1. Summary, 2. Next Tasks. */
export function reportPdf(report: ReportExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: report.title, Creator: 'Plenary' },
    // Pages are kept until the end, to mark each one as a draft.
    bufferPages: true,
  });
  // Names in Korean, Chinese, Japanese and Russian need a font that has them.
  const fonts = pdfFonts();
  if (fonts.regular) doc.registerFont('body', fonts.regular.src, fonts.regular.family);
  if (fonts.bold) doc.registerFont('bold', fonts.bold.src, fonts.bold.family);
  const regular = fonts.regular ? 'body' : 'Helvetica';
  const bold = fonts.bold ? 'bold' : 'Helvetica-Bold';
  const width = doc.page.width - 2 * MARGIN;

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  if (report.statusLine) {
    doc.font(bold).fontSize(11).fillColor('#b00020').text(report.statusLine.toUpperCase(), { align: 'center', width });
    doc.fillColor('#000').moveDown(1);
  }
  doc.font(bold).fontSize(15).fillColor('#000').text(report.title, { align: 'center', width });
  if (report.confidentialityNote) {
    doc.moveDown(0.4);
    doc.font(regular).fontSize(10).fillColor('#333').text(report.confidentialityNote, { align: 'center', width });
    doc.fillColor('#000');
  }

  const heading = (text: string, size: number) => {
    // A heading never sits alone at the foot of a page.
    if (doc.y > doc.page.height - MARGIN - 100) doc.addPage();
    else doc.moveDown(1.2);
    doc.font(bold).fontSize(size).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.5);
  };
  const paragraph = (text: string) => {
    doc.font(regular).fontSize(10.5).text(text, MARGIN, doc.y, { width, align: 'justify', lineGap: 2 });
    doc.moveDown(0.7);
  };

  heading('1. Summary', 13);
  report.summary.forEach(paragraph);
  for (const section of report.sections) {
    heading(section.heading, 11.5);
    section.paragraphs.forEach(paragraph);
  }
  heading('2. Next Tasks', 13);
  if (report.nextTasks.length === 0) paragraph('No next tasks were recorded.');
  for (const task of report.nextTasks) {
    doc
      .font(regular)
      .fontSize(10.5)
      .text(`•  ${task}`, MARGIN + 10, doc.y, { width: width - 10, lineGap: 2 });
    doc.moveDown(0.4);
  }

  // A draft says so at the top of every page.
  if (report.statusLine) {
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      doc
        .font(regular)
        .fontSize(8)
        .fillColor('#b00020')
        .text(report.statusLine, MARGIN, MARGIN / 2, { width, align: 'right', lineBreak: false });
    }
    doc.fillColor('#000');
  }
  doc.flushPages();
  doc.end();
  return done;
}
