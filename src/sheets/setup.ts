/**
 * "Thiết lập sổ theo dõi": creates the Assignments, Agencies and Settings sheets when missing,
 * with their headers and instructions, and protects them for the secretariat (the person
 * setting up is written as the first of Settings' "Tài khoản Văn phòng"). Existing sheets keep
 * their content; a Settings sheet from an older version gains the rows it lacks.
 */
import { sheetTexts } from '../core/messages/sheets';
import { AGENCIES_HEADER } from '../core/workbook/agencies-sheet';
import { defaultSettings, readSettings, SETTINGS_HEADER, settingsGrid } from '../core/workbook/settings';
import { AGENCIES_SHEET, ASSIGNMENTS_SHEET, Book, SETTINGS_SHEET } from './book';
import type { Platform, SheetApi } from './gas';
import { fitSheet } from './render-sheet';
import { secureOwnedSheets } from './secretariat';
import { matchKey } from '../core/text/normalize';

const ASSIGNMENTS_NOTE = sheetTexts.tableNote;
const AGENCIES_NOTE = sheetTexts.agenciesNote;

export interface SetupOptions {
  year?: number;
  /** The assignment table to paste into a new Assignments sheet (CLI init). */
  table?: string[][];
}

export function setupWorkbook(platform: Platform, options: SetupOptions = {}): string[] {
  const book = new Book(platform);
  const created: string[] = [];
  const existing = book.sheet(SETTINGS_SHEET);
  if (existing) addMissingSettingsRows(book, existing);
  else {
    const grid = settingsGrid({ ...defaultSettings(options.year), secretariat: [book.me()] });
    const sheet = book.create(SETTINGS_SHEET, grid.length, 3);
    const range = sheet.getRange(1, 1, grid.length, 3);
    range.setNumberFormat('@');
    range.setValues(grid);
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 3, 260);
    created.push(SETTINGS_SHEET);
  }
  if (!book.sheet(AGENCIES_SHEET)) {
    const sheet = book.create(AGENCIES_SHEET, 200, AGENCIES_HEADER.length);
    sheet.getRange(1, 1, 200, AGENCIES_HEADER.length).setNumberFormat('@');
    const header = sheet.getRange(1, 1, 1, AGENCIES_HEADER.length);
    header.setValues([AGENCIES_HEADER]);
    header.setFontWeight('bold');
    header.setNote(AGENCIES_NOTE);
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, AGENCIES_HEADER.length, 200);
    created.push(AGENCIES_SHEET);
  }
  if (!book.sheet(ASSIGNMENTS_SHEET)) {
    const table = options.table ?? [];
    const rows = Math.max(table.length + 50, 200);
    const cols = Math.max(...table.map((r) => r.length), 8) + 1;
    const sheet =
      reuseEmptyDefaultSheet(book, ASSIGNMENTS_SHEET, rows, cols) ?? book.create(ASSIGNMENTS_SHEET, rows, cols);
    // Plain-text format keeps pasted codes and targets exactly as written.
    sheet.getRange(1, 1, rows, cols).setNumberFormat('@');
    if (table.length > 0) {
      const width = Math.max(...table.map((r) => r.length));
      const grid = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      sheet.getRange(1, 1, grid.length, width).setValues(grid);
    }
    sheet.getRange(1, 1).setNote(ASSIGNMENTS_NOTE);
    created.push(ASSIGNMENTS_SHEET);
  }
  const settingsSheet = book.sheet(SETTINGS_SHEET);
  secureOwnedSheets(book, readSettings(settingsSheet ? book.values(settingsSheet) : []), { force: true });
  return created;
}

/** Appends the Settings rows a sheet of an older version lacks, with their defaults; nothing else changes. */
function addMissingSettingsRows(book: Book, sheet: SheetApi): void {
  const grid = book.values(sheet);
  const present = new Set(grid.map((r) => matchKey(String(r[0] ?? ''))));
  const fresh = settingsGrid({ ...readSettings(grid), secretariat: [book.me()] }).slice(1);
  const missing = fresh.filter((r) => !present.has(matchKey(String(r[0]))));
  if (missing.length === 0) return;
  const first = Math.max(grid.length, 1) + 1;
  const last = first + missing.length - 1;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  if (sheet.getMaxColumns() < SETTINGS_HEADER.length) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), SETTINGS_HEADER.length - sheet.getMaxColumns());
  }
  const range = sheet.getRange(first, 1, missing.length, SETTINGS_HEADER.length);
  range.setNumberFormat('@');
  range.setValues(missing);
}

/** Names Sheets gives a new spreadsheet's first sheet, in the languages our users see. */
const DEFAULT_SHEET_NAMES = /^(sheet|trang tính|trang tinh)\s*1$/i;

/**
 * A new spreadsheet's empty "Sheet1" holds 1000 × 26 cells that count against the 10-million
 * limit: when it is still empty, it becomes the Assignments sheet instead of staying unused.
 */
function reuseEmptyDefaultSheet(book: Book, name: string, rows: number, cols: number): SheetApi | null {
  const candidate = book.names().find((n) => DEFAULT_SHEET_NAMES.test(n));
  const sheet = candidate ? book.sheet(candidate) : null;
  if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) return null;
  sheet.setName(name);
  book.forget(candidate!);
  book.remember(sheet);
  fitSheet(sheet, rows, cols);
  return sheet;
}
