/**
 * A1 notation: column letters, cell and range addresses, optional sheet prefix.
 * Rows and columns are 1-based as in Apps Script.
 */

/** A rectangle of cells, 1-based. */
import { columnToLetters, lettersToColumn } from '../../core/util/column-letters';
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed A1 range; a missing bound is open: "A:B" has no rows, "2:3" no columns, "A2:B" no end row. */
export interface A1Range {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

export { columnToLetters, lettersToColumn };

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function gridA1(g: GridRange): string {
  const start = cellA1(g.row, g.column);
  if (g.numRows === 1 && g.numColumns === 1) return start;
  return `${start}:${cellA1(g.row + g.numRows - 1, g.column + g.numColumns - 1)}`;
}

/** Quotes a sheet name for use in a formula or a qualified address when it needs quoting. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parsePart(text: string): { row?: number; column?: number } | null {
  const m = PART.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const out: { row?: number; column?: number } = {};
  if (m[1]) out.column = lettersToColumn(m[1]);
  if (m[2]) out.row = Number(m[2]);
  return out;
}

/** Splits "'My sheet'!A1:B2" into its sheet name and address. */
function splitSheet(text: string): { sheetName?: string; address: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { address: text };
  let name = text.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, address: text.slice(bang + 1) };
}

/** Parses "A1", "A1:B2", "A:B", "2:3", "A2:B" (open-ended), with an optional sheet prefix; null if invalid. */
export function parseA1(text: string): A1Range | null {
  const { sheetName, address } = splitSheet(text.trim());
  const [a, b, extra] = address.split(':');
  if (extra !== undefined || !a) return null;
  const start = parsePart(a);
  const end = b === undefined ? start : parsePart(b);
  if (!start || !end) return null;
  // A single part must be a full cell; "A" or "3" alone is not an address.
  if (b === undefined && (start.row === undefined || start.column === undefined)) return null;
  if ((start.column === undefined) !== (end.column === undefined)) return null;
  if (start.row === undefined && end.row !== undefined) return null;
  const out: A1Range = { startRow: start.row, startColumn: start.column, endRow: end.row, endColumn: end.column };
  if (sheetName !== undefined) out.sheetName = sheetName;
  return out;
}

/** Resolves a parsed range against a sheet's grid size; open ends run to the last row/column. */
export function resolveA1(r: A1Range, maxRows: number, maxColumns: number): GridRange {
  const r1 = r.startRow ?? 1;
  const c1 = r.startColumn ?? 1;
  const r2 = r.endRow ?? maxRows;
  const c2 = r.endColumn ?? maxColumns;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export function containsCell(g: GridRange, row: number, column: number): boolean {
  return row >= g.row && row < g.row + g.numRows && column >= g.column && column < g.column + g.numColumns;
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}
