import { keepSpace, PDF_MARGIN as MARGIN, startPdf } from './pdf-layout';
import type { ReportExport } from './report-export.service';

/** The report as a PDF laid out like the CSCAP study group reports: title, 1. Summary, 2. Next Tasks. */
export function reportPdf(report: ReportExport): Promise<Buffer> {
  const { doc, regular, bold, width, finish } = startPdf(report.title);

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
    if (!keepSpace(doc, 100)) doc.moveDown(1.2);
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

  return finish({ draftLine: report.statusLine });
}
