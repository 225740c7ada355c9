import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import { draftBanner, titleParagraph, wordFile } from './docx-layout';
import type { ReportExport } from './report-export.service';

/** A paragraph of report text; lines within it stay lines. */
function body(text: string): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 200, line: 300 },
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
  });
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    spacing: { before: level === 1 ? 360 : 240, after: 160 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: level === 1 ? 26 : 23, italics: level === 2 })],
  });
}

/** The report as a Word document laid out like the CSCAP study group reports: title, 1. Summary, 2. Next Tasks. */
export async function reportDocx(report: ReportExport): Promise<Buffer> {
  const children: Paragraph[] = [];
  if (report.statusLine) children.push(draftBanner(report.statusLine));
  children.push(titleParagraph(report.title, report.confidentialityNote ? 120 : 360));
  if (report.confidentialityNote) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 360 },
        children: [new TextRun({ text: report.confidentialityNote, italics: true, size: 20 })],
      }),
    );
  }
  children.push(heading('1. Summary', 1), ...report.summary.map(body));
  for (const section of report.sections) {
    children.push(heading(section.heading, 2), ...section.paragraphs.map(body));
  }
  children.push(heading('2. Next Tasks', 1));
  if (report.nextTasks.length === 0) {
    children.push(new Paragraph({ children: [new TextRun({ text: 'No next tasks were recorded.', italics: true })] }));
  }
  for (const task of report.nextTasks) {
    children.push(new Paragraph({ text: task, bullet: { level: 0 }, spacing: { after: 120 } }));
  }

  return wordFile({ title: report.title, draftLine: report.statusLine, children });
}
