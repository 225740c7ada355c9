import { type RecommendationExport, type RecommendationRow, recommendationsTitle } from './recommendations-export';
import { addSheet, newWorkbook, type SheetColumn, type SheetValue, toCsv, xlsxBuffer } from './spreadsheet';

interface Column extends SheetColumn {
  value: (row: RecommendationRow) => string | number | null;
}

const columns: readonly Column[] = [
  { header: 'Source', characters: 24, value: (r) => r.source },
  { header: 'No.', characters: 5, kind: 'number', value: (r) => r.number },
  { header: 'Recommendation', characters: 56, value: (r) => r.text },
  { header: 'Addressees', characters: 24, value: (r) => r.addressees },
  { header: 'Issue areas', characters: 18, value: (r) => r.issueAreas },
  { header: 'Status', characters: 16, value: (r) => r.status },
  { header: 'Adopted on', characters: 11, kind: 'date', value: (r) => r.adoptedOn },
  { header: 'Next follow-up', characters: 11, kind: 'date', value: (r) => r.nextFollowUpOn },
  { header: 'Overdue', characters: 9, value: (r) => (r.overdue ? 'Yes' : 'No') },
  { header: 'Responsible secretariat', characters: 22, value: (r) => r.responsible },
  { header: 'Last step', characters: 36, value: (r) => r.lastStep },
  { header: 'Evidence', characters: 30, kind: 'link', value: (r) => r.evidence },
  { header: 'Link', characters: 30, kind: 'link', value: (r) => r.link },
];

/** Dates are dates in the workbook, so they sort and filter. */
function sheetValue(column: Column, row: RecommendationRow): SheetValue {
  const value = column.value(row);
  return column.kind === 'date' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
}

/** The registry as a workbook: a title row saying what the filters picked, then the header and one row a recommendation. */
export function recommendationsXlsx(registry: RecommendationExport): Promise<Buffer> {
  const title = recommendationsTitle(registry);
  const workbook = newWorkbook(title);
  addSheet(workbook, {
    name: 'Recommendations',
    title,
    columns,
    rows: registry.rows.map((row) => columns.map((c) => sheetValue(c, row))),
  });
  return xlsxBuffer(workbook);
}

/** The registry as CSV: the header row and one row a recommendation. */
export function recommendationsCsv(registry: RecommendationExport): string {
  return toCsv(
    columns.map((c) => c.header),
    registry.rows.map((row) => columns.map((c) => c.value(row))),
  );
}
