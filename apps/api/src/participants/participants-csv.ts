import { parse } from 'csv-parse/sync';
import type { MeetingRole } from '@plenary/shared';
import type { InviteParticipantInput } from './dto/participant.input';

export const importColumns = [
  'name',
  'sort_name',
  'email',
  'role',
  'honorific',
  'title',
  'affiliation',
  'representing',
  'category',
  'travel_support',
] as const;
type Column = (typeof importColumns)[number];

export interface ImportRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  name: string;
  email: string;
  role: MeetingRole | null;
  errors: string[];
  /** What will be invited; null while the row has errors. */
  input: InviteParticipantInput | null;
}

export const MAX_IMPORT_ROWS = 1000;

/** Reads the CSV; a file that cannot be read at all is one row-1 error. */
export function parseParticipantCsv(
  csv: string,
): { rowNumber: number; values: Partial<Record<Column, string>>; errors: string[] }[] {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return [
      {
        rowNumber: 1,
        values: {},
        errors: [`the file is not valid CSV: ${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}`],
      },
    ];
  }
  const [header = [], ...rows] = records;
  const columns = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = (['name', 'email', 'role'] as const).filter((c) => !columns.includes(c));
  if (missing.length) return [{ rowNumber: 1, values: {}, errors: [`the header row lacks ${missing.join(', ')}`] }];
  if (rows.length === 0)
    return [{ rowNumber: 1, values: {}, errors: ['the file has no participants under its header row'] }];
  if (rows.length > MAX_IMPORT_ROWS)
    return [{ rowNumber: 1, values: {}, errors: [`at most ${MAX_IMPORT_ROWS} participants per file`] }];
  return rows.map((cells, index) => {
    const values: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if ((importColumns as readonly string[]).includes(column)) values[column as Column] = cells[i] ?? '';
    });
    return { rowNumber: index + 2, values, errors: [] };
  });
}
