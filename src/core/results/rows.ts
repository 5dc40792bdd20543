/**
 * The rows of a results file (TSV or CSV, read into a grid): the first non-blank row is the
 * header, every later non-blank row one result. Rows keep their line number in the file so
 * every problem can point at it.
 */
import { M } from '../messages';
import { cleanText } from '../text/normalize';
import { FIELD_TITLES, readHeader, REQUIRED_FIELDS, type ResultField } from './columns';

export interface ResultRow {
  /** 1-based row in the file. */
  row: number;
  agency: string;
  indicator: string;
  period: string;
  value: string;
  evidence: string;
  note: string;
}

/** A problem of the file; row 0 for the file as a whole (its header). */
export interface RowProblem {
  row: number;
  message: string;
}

const isBlank = (cells: string[] | undefined) => !cells || cells.every((c) => (c ?? '').trim() === '');

export function readResultRows(grid: string[][]): { rows: ResultRow[]; problems: RowProblem[] } {
  const headerIndex = grid.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { rows: [], problems: [] };
  const header = readHeader(grid[headerIndex]);
  if (header.problems.length > 0) {
    return { rows: [], problems: [...header.problems, M.resultsColumns()].map((message) => ({ row: 0, message })) };
  }
  const rows: ResultRow[] = [];
  const problems: RowProblem[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (isBlank(cells)) continue;
    // Free texts keep their line breaks; names and codes are compared as clean text.
    const cell = (field: ResultField) => {
      const col = header.columns[field];
      return col === undefined ? '' : (cells[col] ?? '').trim();
    };
    const row: ResultRow = {
      row: i + 1,
      agency: cleanText(cell('agency')),
      indicator: cleanText(cell('indicator')),
      period: cleanText(cell('period')),
      value: cleanText(cell('value')),
      evidence: cell('evidence'),
      note: cell('note'),
    };
    const missing = REQUIRED_FIELDS.filter((f) => row[f] === '');
    if (missing.length > 0) {
      problems.push({ row: row.row, message: M.resultsFieldMissing(missing.map((f) => FIELD_TITLES[f]).join(', ')) });
      continue;
    }
    rows.push(row);
  }
  return { rows, problems };
}
