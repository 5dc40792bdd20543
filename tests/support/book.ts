/** Test support: an in-memory workbook with the Apps Script globals installed, and seed tables. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1, periodColumns, tabLayout } from '../../src/core/layout/columns';
import { parseDelimited } from '../../src/core/table/delimited';
import { createPlatform, type LocalPlatform, type PlatformOptions } from '../../src/local/engine';

export const SECRETARIAT = 'vanphong@huyen.gov.vn';

export function seedGrid(file: string): string[][] {
  return parseDelimited(readFileSync(join(__dirname, '../../seeds', file), 'utf8'));
}

/** The project's HTML pages (sidebar/*.html) as HtmlService serves them, by name. */
function htmlFiles(): Record<string, string> {
  const dir = join(__dirname, '../../sidebar');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.replace(/\.html$/, ''), readFileSync(join(dir, f), 'utf8')]),
  );
}

/** A new spreadsheet whose services are the globals the entry points use. */
export function newBook(locale = 'vi_VN', user = SECRETARIAT, options: PlatformOptions = {}): LocalPlatform {
  const local = createPlatform(undefined, { locale, owner: user, user, htmlFiles: htmlFiles(), ...options });
  Object.assign(globalThis, local.platform);
  return local;
}

/**
 * The secretariat shares the file with these accounts (Chia sẻ → Người chỉnh sửa): only editors
 * of the file can type, whatever a protection lists (engine rules.ts, 6).
 */
export function shareFile(local: LocalPlatform, emails: string[]): void {
  for (const e of emails) if (!local.workbook.editors.includes(e)) local.workbook.editors.push(e);
}

/** Pastes a grid into a sheet as plain values, as a secretariat would (Ctrl+Shift+V). */
export function paste(local: LocalPlatform, sheetName: string, grid: string[][], startRow = 1): void {
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName)!;
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  if (sheet.getMaxRows() < startRow + rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), startRow + rows.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(startRow, 1, rows.length, width).setValues(rows);
}

/** All values of a sheet, without counting calls. */
export function valuesOf(local: LocalPlatform, sheetName: string): unknown[][] {
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const before = local.calls.total();
  const values = sheet.getDataRange().getValues();
  local.calls.reset();
  void before;
  return values;
}

export function sheetNames(local: LocalPlatform): string[] {
  return local.workbook.sheets.map((s) => s.name);
}

export const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

/**
 * The A1 name of a cell on an agency tab of the current layout: a period's figure (default),
 * evidence or explanation on a sheet row, so tests never hard-code column letters.
 */
export function tabCell(
  row: number,
  period: string,
  role: 'value' | 'evidence' | 'explanation' = 'value',
  periods: string[] = QUARTERS,
): string {
  const columns = periodColumns(tabLayout(periods), period);
  if (!columns) throw new Error(`no period ${period} in ${periods.join(', ')}`);
  return a1(row, columns[role]);
}

/** The A1 name of a tab's status cell on a sheet row. */
export function statusCell(row: number, periods: string[] = QUARTERS): string {
  return a1(row, tabLayout(periods).status);
}
