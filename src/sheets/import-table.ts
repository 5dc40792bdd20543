/**
 * Putting a table brought in from a document into the Assignments sheet: a preview first
 * (indicators, agencies, warnings, and what changes against the table already there), then the
 * write, which keeps each continued indicator's id so its tabs keep their figures, and records
 * where the table came from in Settings. The same functions serve the dialog and the CLI.
 */
import { buildAgencies } from '../core/agencies/registry';
import { diffTables, type TableDiff } from '../core/import/diff';
import { ID_HEADER } from '../core/table/header';
import { readTable } from '../core/table/read-table';
import type { ImportPreview } from '../core/import/exchange';
import type { Grid } from '../core/types';
import { readSettings, SETTINGS_HEADER, settingsGrid } from '../core/workbook/settings';
import { ASSIGNMENTS_SHEET, Book, SETTINGS_SHEET } from './book';
import type { Platform } from './gas';
import { loadModel } from './workbook-model';
import { setupWorkbook } from './setup';

export interface TableOrigin {
  /** File name as the user knows it (no folder). */
  file: string;
  /** The file's date, yyyy-mm-dd, or "". */
  date: string;
  /** The tables chosen in the file, "3" or "2, 3". */
  tables: string;
}

/** The table already in the workbook with its ids, or null when the sheet is missing or empty. */
function currentTable(book: Book) {
  const { table } = loadModel(book).model;
  return table && table.indicators.length > 0 ? table : null;
}

export function previewImport(platform: Platform, grid: Grid): ImportPreview {
  const book = new Book(platform);
  const table = readTable(grid);
  const names = table.indicators.flatMap((i) => [...i.monitor, ...i.lead, ...i.cooperating]);
  const before = currentTable(book);
  const settingsSheet = book.sheet(SETTINGS_SHEET);
  const settings = readSettings(settingsSheet ? book.values(settingsSheet) : []);
  return {
    indicators: table.indicators.map((i) => ({
      id: i.id,
      code: i.code,
      section: i.section,
      text: i.text,
      target: i.targetText,
      agencies: [...i.monitor, ...i.lead],
    })),
    agencies: buildAgencies(names).map((a) => a.name),
    warnings: table.warnings,
    diff: before ? diffTables(before.indicators, table.indicators) : null,
    previousFile: settings.sourceFile,
  };
}

/** Writes the source of the table into Settings, adding its rows to an older Settings sheet. */
export function recordOrigin(platform: Platform, origin: TableOrigin): void {
  const book = new Book(platform);
  const sheet = book.sheet(SETTINGS_SHEET);
  if (!sheet) return;
  const values = book.values(sheet);
  const settings = readSettings(values);
  settings.sourceFile = origin.file;
  settings.sourceDate = origin.date;
  settings.sourceTables = origin.tables;
  const grid = settingsGrid(settings);
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, grid.length, SETTINGS_HEADER.length);
  range.setNumberFormat('@');
  range.setValues(grid);
}

export interface ImportResult {
  ok: boolean;
  indicators: number;
  diff: TableDiff | null;
}

/**
 * Replaces the table in the Assignments sheet (creating the set-up sheets when missing). Each
 * indicator that continues one of the old table keeps its id in the id column; a new one gets
 * none, and generation issues it. Nothing is written when the new table has no indicator.
 */
export function replaceTable(platform: Platform, grid: Grid, origin: TableOrigin): ImportResult {
  const table = readTable(grid);
  if (table.indicators.length === 0) return { ok: false, indicators: 0, diff: null };
  setupWorkbook(platform);
  const book = new Book(platform);
  const before = currentTable(book);
  const diff = before ? diffTables(before.indicators, table.indicators) : null;
  const sheet = book.sheet(ASSIGNMENTS_SHEET)!;
  const width = Math.max(0, ...grid.map((r) => r.length));
  const idCol = table.columns.id ?? width;
  const rows = grid.map((r) => Array.from({ length: Math.max(width, idCol + 1) }, (_, i) => r[i] ?? ''));
  if (diff) {
    rows[table.headerRow - 1][idCol] = ID_HEADER;
    table.indicators.forEach((indicator, k) => {
      if (diff.ids[k]) rows[indicator.row - 1][idCol] = diff.ids[k];
    });
  }
  const cols = rows[0].length;
  const oldRows = sheet.getLastRow();
  const oldCols = sheet.getLastColumn();
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  if (oldRows > 0 && oldCols > 0) sheet.getRange(1, 1, oldRows, oldCols).clearContent();
  const range = sheet.getRange(1, 1, rows.length, cols);
  // Plain text keeps codes and targets as written ("2.10", "99,7%").
  range.setNumberFormat('@');
  range.setValues(rows);
  recordOrigin(platform, origin);
  return { ok: true, indicators: table.indicators.length, diff };
}
