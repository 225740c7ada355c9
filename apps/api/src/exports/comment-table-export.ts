import {
  AlignmentType,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { titleParagraph, wordFile } from './docx-layout';
import { COMPILATION_TITLE, type CommentRow, type CommentTableExport } from './document-export.service';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns of the compilation, with their widths in a spreadsheet (characters) and in Word (per cent). */
const commentColumns = [
  { header: 'Paragraph', characters: 11, percent: 7 },
  { header: 'Paragraph text', characters: 50, percent: 22 },
  { header: 'Comment', characters: 55, percent: 24 },
  { header: 'By', characters: 28, percent: 13 },
  { header: 'Disposition', characters: 17, percent: 10 },
  { header: 'Reply', characters: 50, percent: 24 },
] as const;

const responseColumns = [
  { header: 'Recipient', characters: 40, percent: 35 },
  { header: 'Response', characters: 26, percent: 20 },
  { header: 'Note', characters: 60, percent: 30 },
  { header: 'Date', characters: 24, percent: 15 },
] as const;

/** "Substantive — “the quoted words” — the comment", as one spreadsheet cell reads. */
function commentText(row: CommentRow): string {
  return [row.kind, row.quote ? `“${row.quote}”` : null, row.body].filter(Boolean).join('\n');
}

// Word

function cell(children: (TextRun | string)[], percent: number, header = false): TableCell {
  return new TableCell({
    width: { size: percent, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
    children: [
      new Paragraph({
        children: children.map((c) => (typeof c === 'string' ? new TextRun({ text: c, size: 18, bold: header }) : c)),
      }),
    ],
  });
}

function table(
  columns: readonly { header: string; percent: number }[],
  rows: (TextRun | string)[][][],
  empty: string,
): (Table | Paragraph)[] {
  if (rows.length === 0) return [new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: columns.map((c) => cell([c.header], c.percent, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((content, i) => cell(content, columns[i]!.percent)) })),
      ],
    }),
  ];
}

function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    keepNext: true,
    spacing: { before: 360, after: 160 },
    children: [new TextRun({ text, bold: true, size: 24 })],
  });
}

/** The compilation of comments and responses as a Word document, landscape, one row a comment. */
export function commentTableDocx(compilation: CommentTableExport): Promise<Buffer> {
  const small = (text: string, extra: { bold?: boolean; italics?: boolean; break?: number } = {}) =>
    new TextRun({ text, size: 18, ...extra });
  const children: (Paragraph | Table)[] = [
    titleParagraph(COMPILATION_TITLE),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: compilation.document.title, bold: true, size: 24 })],
    }),
    ...compilation.details.map(
      (line, i, all) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: i === all.length - 1 ? 240 : 0 },
          children: [new TextRun({ text: line, size: 20 })],
        }),
    ),
    heading('Responses'),
    ...table(
      responseColumns,
      compilation.responses.map((r) => [[r.recipient], [r.response], [r.note], [r.date]]),
      'The round was sent to no one.',
    ),
    heading('Comments'),
    ...table(
      commentColumns,
      compilation.comments.map((c) => [
        [c.paragraphNumber === null ? '—' : String(c.paragraphNumber)],
        [c.paragraphText],
        [
          small(c.kind, { bold: true }),
          ...(c.quote ? [small(`“${c.quote}”`, { italics: true, break: 1 })] : []),
          small(c.body, { break: 1 }),
        ],
        [c.by],
        [c.disposition],
        [c.reply],
      ]),
      'No comments were made in this round.',
    ),
  ];
  return wordFile({
    title: `${COMPILATION_TITLE}: ${compilation.document.title}`,
    children,
    landscape: true,
  });
}

// Spreadsheet

function sheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { header: string; characters: number }[],
  rows: (string | number)[][],
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((c) => ({ header: c.header, width: c.characters }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const values of rows) {
    worksheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  }
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  worksheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return worksheet;
}

/**
 * The compilation as a workbook: "Comments" (one row a comment, in paragraph order) and
 * "Responses" (one row a recipient). Plain values only: no formulas, nothing a spreadsheet would run.
 */
export async function commentTableXlsx(compilation: CommentTableExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  workbook.title = `${COMPILATION_TITLE}: ${compilation.document.title}`;
  workbook.subject = compilation.details.join(' · ');
  const comments = sheet(
    workbook,
    'Comments',
    commentColumns,
    compilation.comments.map((c) => [
      c.paragraphNumber ?? '—',
      c.paragraphText,
      commentText(c),
      c.by,
      c.disposition,
      c.reply,
    ]),
  );
  // Printed, each page says what it is a compilation of.
  comments.headerFooter = {
    oddHeader: `&L${excelHeaderText(compilation.document.title)}&R${excelHeaderText(compilation.details[0] ?? '')}`,
    oddFooter: '&RPage &P of &N',
  };
  sheet(
    workbook,
    'Responses',
    responseColumns,
    compilation.responses.map((r) => [r.recipient, r.response, r.note, r.date]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Text for a page header, where "&" starts a code. */
function excelHeaderText(text: string): string {
  return text.replace(/&/g, '&&');
}
