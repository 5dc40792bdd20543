/**
 * A grid as TSV, the way a spreadsheet copies cells: a cell holding a tab, a line break or a
 * double quote is quoted, inner quotes doubled; other cells are written as they are.
 */
import type { Grid } from '../types';

function cell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toTsv(grid: Grid): string {
  return `${grid.map((row) => row.map((c) => cell(c ?? '')).join('\t')).join('\n')}\n`;
}
