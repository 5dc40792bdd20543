/** Reads a table file (TSV, CSV or XLSX) into a grid of cell strings, as a paste would give. */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { M } from '../core/messages';
import { parseDelimited } from '../core/table/delimited';
import type { Grid } from '../core/types';
import { UserError } from './io';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

async function readXlsxGrid(path: string, preferredSheet?: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new UserError(M.fileNotXlsx(path));
  }
  const sheet = (preferredSheet && workbook.getWorksheet(preferredSheet)) || workbook.worksheets[0];
  if (!sheet) return [];
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(grid, (r) => r ?? []);
}

export async function readGridFile(path: string, preferredSheet?: string): Promise<Grid> {
  if (!existsSync(path)) throw new UserError(M.fileNotFound(path));
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsxGrid(path, preferredSheet);
  // A .tsv is tab-separated even when it has one column (a pasted list whose lines hold commas).
  if (['.tsv', '.tab'].includes(ext)) return parseDelimited(readFileSync(path, 'utf8'), '\t');
  if (['.txt', '.csv'].includes(ext)) return parseDelimited(readFileSync(path, 'utf8'));
  throw new UserError(M.fileUnsupported(path));
}
