/**
 * Reads a table file (TSV, CSV, XLSX, or text copied from a PDF) into a grid of cell strings, as a
 * paste would give. Text files are decoded by their byte-order mark or encoding
 * (src/local/text-file.ts); workbooks go through the one .xlsx reader (src/local/xlsx/open.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type * as ExcelJS from 'exceljs';
import { M } from '../core/messages';
import { DelimitedTextError, parseDelimited } from '../core/table/delimited';
import type { Grid } from '../core/types';
import { fileProblem } from '../local/file-errors';
import { decodeText, TextUnreadable } from '../local/text-file';
import { openXlsx } from '../local/xlsx';
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
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await openXlsx(path);
  } catch (error) {
    throw fileProblem(path, error);
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

/**
 * A .txt file without tabs is text as a PDF viewer copies it: one line per row of a single
 * column, as a spreadsheet takes such a paste (the core rebuilds the table from it).
 */
function lineGrid(text: string): Grid {
  return text
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((line) => [line]);
}

function readTextGrid(path: string, delimiter?: string, asLines = false): Grid {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileProblem(path, error);
  }
  try {
    const { text } = decodeText(bytes);
    if (asLines && !text.includes('\t')) return lineGrid(text);
    return parseDelimited(text, delimiter);
  } catch (error) {
    if (error instanceof TextUnreadable)
      throw new UserError(error.problem === 'binary' ? M.textBinary(path) : M.textEncodingUnknown(path), error);
    if (error instanceof DelimitedTextError) {
      const what = error.problem === 'stray-quote' ? M.csvStrayQuote(error.line) : M.csvUnclosedQuote(error.line);
      throw new UserError(`${M.inFile(path)} ${what}`, error);
    }
    throw error;
  }
}

export async function readGridFile(path: string, preferredSheet?: string): Promise<Grid> {
  if (!existsSync(path)) throw new UserError(M.fileNotFound(path));
  const ext = extname(path).toLowerCase();
  // .xls and .ods are opened too, to be told precisely what they are and how to save them as .xlsx.
  if (['.xlsx', '.xlsm', '.xls', '.ods'].includes(ext)) return readXlsxGrid(path, preferredSheet);
  // A .tsv is tab-separated even when it has one column (a pasted list whose lines hold commas).
  if (['.tsv', '.tab'].includes(ext)) return readTextGrid(path, '\t');
  if (ext === '.txt') return readTextGrid(path, undefined, true);
  if (ext === '.csv') return readTextGrid(path);
  throw new UserError(M.fileUnsupported(path));
}
