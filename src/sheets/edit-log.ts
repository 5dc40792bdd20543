/**
 * Recording when figures are entered, without any extra OAuth scope.
 *
 * Decision: a simple trigger onEdit(e) appends one row per figure changed to a hidden sheet
 * "Nhật ký nhập liệu" of the same spreadsheet. Basis (Apps Script documentation):
 * - "onEdit(e) runs when a user changes a value in a spreadsheet" and is one of the simple
 *   triggers Editor add-ons may use (guides/triggers; workspace/add-ons/concepts/editor-triggers);
 * - simple triggers "cannot access services that require authorization" but "can modify the
 *   file they are bound to"; they "cannot run for longer than 30 seconds";
 * - an add-on's onEdit(e) runs in AuthMode.LIMITED ("a script bound to a document executes an
 *   onOpen(e) or onEdit(e) simple trigger"), which allows the current spreadsheet's service.
 * So the trigger touches nothing but this spreadsheet, which the add-on's
 * spreadsheets.currentonly scope already covers, and it does little: one getValues of the
 * edited tab's rows down to the edit, a lock, and one setValues for the append (the log sheet
 * is made by the first edit that needs it).
 *
 * Limits, accepted and handled where the log is read (core/cycle/timeliness.ts):
 * - edits made while the add-on is not enabled in the document, in a file opened read-only,
 *   or before this log existed, are not logged: such figures count as on time, time unknown;
 * - "script executions and API requests do not cause triggers to run": figures written by a
 *   script (CLI import, regeneration) must be logged by that script with appendEditLog;
 * - a paste over many cells arrives as one event whose e.value is empty: the edited area is
 *   read back with one getValues, so every pasted figure is logged;
 * - the log is editable by every editor of the file (the trigger runs as the person typing, and
 *   must be able to write), hidden and protected with a warning only; it records, it does not
 *   prove. The person's e-mail is recorded only when Apps Script discloses it (e.user may be
 *   empty for people outside the owner's domain).
 */
import { FIRST_INPUT_COLUMN, FIRST_LINE_ROW } from '../core/layout/columns';
import { entriesOfEdit } from '../core/cycle/edit-entries';
import { EDIT_LOG_HEADER, EDIT_LOG_SHEET, type EditEntry, logRow, readLog } from '../core/cycle/log';
import { asTextGrid } from './cells';
import { AGENCIES_SHEET, ARCHIVE_SHEET, ASSIGNMENTS_SHEET, Book, SETTINGS_SHEET } from './book';
import type { LockApi, Platform, RangeApi, SheetApi, SpreadsheetApi } from './gas';
import { PROTECTION_TAG } from './protect';
import { fitSheet } from './render-sheet';

/** The part of Apps Script's edit event (GoogleAppsScript.Events.SheetsOnEdit) used here. */
export interface EditEvent {
  range: Pick<RangeApi, 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getSheet'>;
  /** A User (Apps Script) or an e-mail; empty when Apps Script does not disclose who edited. */
  user?: { getEmail(): string } | string;
}

/** Rows added at a time when the log sheet is full (inserting rows is a call of its own). */
const GROW_ROWS = 500;
/** How long an edit waits for another person's edit to finish writing the log. */
const LOCK_WAIT_MS = 5000;
const NOT_TABS = new Set(
  [ASSIGNMENTS_SHEET, AGENCIES_SHEET, SETTINGS_SHEET, ARCHIVE_SHEET, EDIT_LOG_SHEET].map((n) => n.toLowerCase()),
);

/**
 * Who edited, when Apps Script says: e.user is there "if available (depending on a complex set
 * of security restrictions)" and its e-mail is blank for most people in a simple trigger
 * (engine rules.ts, 8); should reading it throw, the figure is still logged, without a name.
 */
function emailOf(user: EditEvent['user']): string {
  if (!user) return '';
  if (typeof user === 'string') return user;
  try {
    return user.getEmail() ?? '';
  } catch {
    return '';
  }
}

/** Makes the hidden log sheet; the sheet in front of the person stays in front. */
function createLogSheet(ss: SpreadsheetApi): SheetApi {
  const front = ss.getActiveSheet();
  const sheet = ss.insertSheet(EDIT_LOG_SHEET, ss.getSheets().length);
  fitSheet(sheet, GROW_ROWS, EDIT_LOG_HEADER.length);
  const header = sheet.getRange(1, 1, 1, EDIT_LOG_HEADER.length);
  header.setValues([EDIT_LOG_HEADER]);
  header.setFontWeight('bold');
  sheet.getRange(2, 1, GROW_ROWS - 1, 1).setNumberFormat('dd/MM/yyyy HH:mm:ss');
  sheet.setFrozenRows(1);
  sheet.protect().setDescription(`${PROTECTION_TAG} ${EDIT_LOG_SHEET}`).setWarningOnly(true);
  ss.setActiveSheet(front);
  sheet.hideSheet();
  return sheet;
}

/**
 * Appends entries to the log, in one setValues. Takes no lock: a caller that writes figures
 * (the CLI import) calls it while holding the document lock it took for its own writes.
 */
export function appendEditLog(platform: Platform, entries: EditEntry[]): void {
  if (entries.length === 0) return;
  const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(EDIT_LOG_SHEET) ?? createLogSheet(ss);
  const first = sheet.getLastRow() + 1;
  const last = first + entries.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, Math.max(GROW_ROWS, last - maxRows));
  sheet.getRange(first, 1, entries.length, EDIT_LOG_HEADER.length).setValues(asTextGrid(entries.map(logRow)));
}

/** Every entry of the log (none when the log does not exist yet). */
export function readEditLog(platform: Platform): EditEntry[] {
  const book = new Book(platform);
  const sheet = book.sheet(EDIT_LOG_SHEET);
  return sheet ? readLog(book.values(sheet)) : [];
}

/**
 * The work of onEdit(e): logs the figures the edit changed on an agency tab; returns how many.
 */
export function recordEdit(platform: Platform, e: EditEvent, at: Date): number {
  const top = e.range.getRow();
  const left = e.range.getColumn();
  const bottom = top + e.range.getNumRows() - 1;
  const right = left + e.range.getNumColumns() - 1;
  if (bottom < FIRST_LINE_ROW || right < FIRST_INPUT_COLUMN) return 0;
  const sheet = e.range.getSheet();
  const name = sheet.getName();
  if (NOT_TABS.has(name.toLowerCase())) return 0;
  const width = sheet.getLastColumn();
  if (width < FIRST_INPUT_COLUMN) return 0;
  const grid = sheet.getRange(1, 1, bottom, width).getValues();
  const entries = entriesOfEdit(grid, { top, left, bottom, right }, { sheet: name, at, user: emailOf(e.user) });
  if (entries.length === 0) return 0;
  const lock = documentLock(platform);
  try {
    appendEditLog(platform, entries);
  } finally {
    lock?.releaseLock();
  }
  return entries.length;
}

/**
 * The document lock, so two people typing at once do not append to the same free row; null
 * when it is not had within the wait. LockService needs no scope, but should a trigger's mode
 * ever refuse it, the row is written anyway: a rare collision costs one log row, not the edit.
 */
function documentLock(platform: Platform): LockApi | null {
  try {
    const lock = platform.LockService.getDocumentLock();
    return lock?.tryLock(LOCK_WAIT_MS) ? lock : null;
  } catch {
    return null;
  }
}
