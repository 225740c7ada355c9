import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/**
 * The one writer of every CSV and XLSX file Plenary produces. Whatever people typed (names,
 * comments, recommendations) can start like a formula; a spreadsheet program must never run it.
 */

/** What Excel and LibreOffice take for the start of a formula or a command (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function startsLikeFormula(value: unknown): value is string {
  return typeof value === 'string' && FORMULA_START.test(value);
}

export type CsvValue = string | number | null;

/**
 * A header row and the rows under it as CSV: UTF-8 with a byte-order mark and CRLF line ends, so that
 * Excel reads accented and CJK text correctly. Text that would start a formula gets a leading
 * apostrophe, which spreadsheet programs read as "this is text".
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const inert = (value: CsvValue): string | number => {
    if (value === null) return '';
    return startsLikeFormula(value) ? `'${value}` : value;
  };
  return `\uFEFF${stringify(
    [header, ...rows].map((row) => row.map(inert)),
    { record_delimiter: 'windows' },
  )}`;
}

// Workbooks

export interface SheetColumn {
  header: string;
  /** Width, in characters of the default font. */
  characters: number;
  /** Dates are real dates, so they sort and filter; links are links. */
  kind?: 'number' | 'date' | 'link';
}

export type SheetValue = string | number | Date | null;

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetValue[])[];
  /** A bold line above the header row saying what the sheet holds, such as the filters that picked its rows. */
  title?: string;
  /** Printed at the top of every page, left and right. */
  pageHeader?: { left: string; right: string };
}

/**
 * Calibri 11, the default font, named in full wherever a cell changes it: a font given only as
 * "bold" is drawn in whatever font the program falls back to.
 */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
/** A line of Calibri 11 takes about 15 points. */
const LINE_POINTS = 15;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;

/** Ideographs, kana, hangul and full-width forms take two character widths; other letters about one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 0.9;
  return width;
}

/**
 * How many lines of the default font `text` takes in a column `characters` wide, wrapped word by
 * word as a spreadsheet wraps it. Spreadsheets do not size rows of wrapped text when they open a
 * file, so the writer does; it errs on the side of a little room to spare.
 */
function wrappedLines(text: string, characters: number): number {
  // A cell's padding takes about one character.
  const room = Math.max(1, characters - 1);
  let total = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/(?<=\s)|(?=[\u2e80-\ua4cf\uac00-\ud7a3])/u)) {
      const width = textWidth(word);
      if (used > 0 && used + width > room) {
        lines += 1;
        used = 0;
      }
      // A word longer than the column breaks across lines of its own.
      if (width > room) {
        lines += Math.ceil(width / room) - 1;
        used = width % room;
      } else {
        used += width;
      }
    }
    // Lines in CJK scripts are drawn in a fallback font whose lines are taller.
    total += WIDE.test(paragraph) ? lines * 1.3 : lines;
  }
  return total;
}

function rowHeight(values: readonly SheetValue[], columns: readonly SheetColumn[]): number {
  const lines = Math.max(
    1,
    ...values.map((value, i) =>
      typeof value === 'string' && columns[i] ? wrappedLines(value, columns[i].characters) : 1,
    ),
  );
  return Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS));
}

/** Text in a page header or footer, where "&" starts a code. */
function pageText(text: string): string {
  return text.replace(/&/g, '&&');
}

export function newWorkbook(title: string, subject?: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  workbook.title = title;
  if (subject) workbook.subject = subject;
  return workbook;
}

/**
 * Adds a sheet laid out to be read on screen and printed: a frozen, filterable header row (under the
 * title, if any), wrapped text in rows tall enough to show it, and A4 landscape pages as wide as the
 * sheet, as many as it takes, each repeating the header row and numbered.
 *
 * Cells hold values, never formulas. A cell whose text starts like a formula is also given the Text
 * number format, so that it stays text when someone edits it; its words stay as they were written.
 */
export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const { columns } = spec;
  const headerRow = spec.title === undefined ? 1 : 2;
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: {
      oddHeader: spec.pageHeader
        ? `&L${pageText(spec.pageHeader.left)}&R${pageText(spec.pageHeader.right)}`
        : undefined,
      oddFooter: '&RPage &P of &N',
    },
  });
  sheet.columns = columns.map((c) => ({
    width: c.characters,
    style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));

  const write = (row: ExcelJS.Row, values: readonly SheetValue[]) => {
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      if (value === null || value === '') return;
      if (columns[i]?.kind === 'link' && typeof value === 'string' && !startsLikeFormula(value)) {
        cell.value = { text: value, hyperlink: value };
        cell.font = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
        return;
      }
      cell.value = value;
      if (startsLikeFormula(value)) cell.numFmt = '@';
    });
  };

  if (spec.title !== undefined) {
    const title = sheet.getRow(1);
    write(title, [spec.title]);
    title.font = { ...FONT, bold: true, size: 12 };
    title.height = 20;
    sheet.mergeCells(1, 1, 1, columns.length);
  }
  const header = sheet.getRow(headerRow);
  const headers = columns.map((c) => c.header);
  write(header, headers);
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = rowHeight(headers, columns);

  spec.rows.forEach((values, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    write(row, values);
    row.alignment = { vertical: 'top', wrapText: true };
    columns.forEach((c, i) => {
      if (c.kind === 'number') row.getCell(i + 1).alignment = { vertical: 'top', horizontal: 'center' };
    });
    row.height = rowHeight(values, columns);
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columns.length } };
  return sheet;
}

export async function xlsxBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
