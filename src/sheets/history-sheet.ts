/**
 * "Lập trang diễn biến các kỳ": writes the sheet "Diễn biến <năm>" (every reporting line's
 * figures and verdicts across periods, and the latest change) from what the agencies entered.
 * The sheet is replaced each time, with one call per block whatever the number of lines. A
 * sheet of that name the add-on did not write (its first cell is not the add-on's title) is
 * left alone.
 */
import { DEFAULT_TIME_ZONE, displayDateTime } from '../core/cycle/dates';
import { buildHistory } from '../core/cycle/history';
import { M } from '../core/messages';
import { Book } from './book';
import { collectResults } from './collect';
import type { Platform } from './gas';
import { renderSheet } from './render-sheet';

export interface HistoryResult {
  ok: boolean;
  message: string;
  sheet: string | null;
}

export function writeHistory(platform: Platform, now: Date): HistoryResult {
  const collected = collectResults(platform);
  if (collected.indicators.length === 0) return { ok: false, message: M.historyNothing, sheet: null };
  const book = new Book(platform);
  const timeZone = book.ss.getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  const spec = buildHistory({
    settings: collected.settings,
    indicators: collected.indicators,
    units: collected.units,
    updated: displayDateTime(now, timeZone),
  });
  let sheet = book.sheet(spec.sheetName);
  if (sheet && sheet.getRange(1, 1).getValue() !== spec.title) {
    return { ok: false, message: M.historySheetTaken(sheet.getName()), sheet: null };
  }
  const fresh = !sheet;
  if (!sheet) sheet = book.create(spec.sheetName, spec.height, spec.width);
  renderSheet(platform.SpreadsheetApp, sheet, spec, { fresh });
  sheet.activate();
  return { ok: true, message: M.historyWritten(sheet.getName(), spec.lineCount), sheet: sheet.getName() };
}
