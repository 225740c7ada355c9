import { keepSpace, PDF_MARGIN as MARGIN, startPdf, type TextStyle } from './pdf-layout';
import type { ReportExport } from './report-export.service';

const LEADING = 1.65;
const text: TextStyle = { size: 10.5, leading: LEADING };

/** The report as a PDF laid out like the CSCAP study group reports: title, 1. Summary, 2. Next Tasks. */
export function reportPdf(report: ReportExport): Promise<Buffer> {
  const { doc, width, write, finish } = startPdf(report.title);

  if (report.statusLine) {
    write(report.statusLine.toUpperCase(), {
      x: MARGIN,
      width,
      size: 11,
      weight: 'bold',
      color: '#b00020',
      align: 'center',
    });
    doc.y += 16;
  }
  write(report.title, { x: MARGIN, width, size: 15, weight: 'bold', align: 'center', leading: 1.45 });
  if (report.confidentialityNote) {
    doc.y += 6;
    write(report.confidentialityNote, { x: MARGIN, width, size: 10, leading: 1.5, color: '#333', align: 'center' });
  }

  const heading = (title: string, size: number) => {
    if (!keepSpace(doc, 100)) doc.y += 18;
    write(title, { x: MARGIN, width, size, weight: 'bold', leading: 1.45 });
    doc.y += 0.5 * 1.5 * size;
  };
  const paragraph = (paragraphText: string) => {
    write(paragraphText, { ...text, x: MARGIN, width, align: 'justify' });
    doc.y += 11;
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
    // Lines of a task that wraps stand clear of its bullet.
    keepSpace(doc, text.size * LEADING);
    const top = doc.y;
    write('•', { ...text, x: MARGIN + 10, y: top, width: 12 });
    write(task, { ...text, x: MARGIN + 22, y: top, width: width - 22 });
    doc.y += 6;
  }

  return finish({ draftLine: report.statusLine });
}
