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
import { titleParagraph, wordFile } from './docx-layout';
import { COMPILATION_TITLE, type CommentRow, type CommentTableExport } from './document-export.service';
import { addSheet, newWorkbook, xlsxBuffer } from './spreadsheet';

/** The columns of the compilation, with their widths in a spreadsheet (characters) and in Word (per cent). */
const commentColumns = [
  { header: 'Paragraph', characters: 11, percent: 7, kind: 'number' },
  { header: 'Paragraph text', characters: 42, percent: 22 },
  { header: 'Comment', characters: 48, percent: 24 },
  { header: 'By', characters: 22, percent: 13 },
  { header: 'Disposition', characters: 15, percent: 10 },
  { header: 'Reply', characters: 42, percent: 24 },
] as const;

const responseColumns = [
  { header: 'Recipient', characters: 40, percent: 35 },
  { header: 'Response', characters: 26, percent: 20 },
  { header: 'Note', characters: 60, percent: 30 },
  { header: 'Date', characters: 24, percent: 15 },
] as const;

/** "Substantive — “the quoted words” — the comment" (or the suggested wording), as one spreadsheet cell reads. */
function commentText(row: CommentRow): string {
  return [row.kind, row.suggestion ?? (row.quote ? `“${row.quote}”` : null), row.body].filter(Boolean).join('\n');
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
          ...(c.suggestion
            ? [small(c.suggestion, { break: 1 })]
            : c.quote
              ? [small(`“${c.quote}”`, { italics: true, break: 1 })]
              : []),
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

/**
 * The compilation as a workbook: "Comments" (one row a comment, in paragraph order) and
 * "Responses" (one row a recipient). Printed, each page says what it is a compilation of.
 */
export function commentTableXlsx(compilation: CommentTableExport): Promise<Buffer> {
  const workbook = newWorkbook(`${COMPILATION_TITLE}: ${compilation.document.title}`, compilation.details.join(' · '));
  const pageHeader = { left: compilation.document.title, right: compilation.details[0] ?? '' };
  addSheet(workbook, {
    name: 'Comments',
    columns: commentColumns,
    rows: compilation.comments.map((c) => [
      c.paragraphNumber ?? '—',
      c.paragraphText,
      commentText(c),
      c.by,
      c.disposition,
      c.reply,
    ]),
    pageHeader,
  });
  addSheet(workbook, {
    name: 'Responses',
    columns: responseColumns,
    rows: compilation.responses.map((r) => [r.recipient, r.response, r.note, r.date]),
    pageHeader,
  });
  return xlsxBuffer(workbook);
}
