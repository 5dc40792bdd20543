/**
 * "Lập trang diễn biến các kỳ": writes the sheet "Diễn biến <năm>" (every reporting line's
 * figures and verdicts across periods, and the latest change) from what the agencies entered.
 * The sheet is replaced each time, with one call per block whatever the number of lines. A
 * sheet of that name the add-on did not write (its first cell is not the add-on's title) is
 * left alone.
 */
import { DEFAULT_TIME_ZONE, displayDateTime } from '../core/cycle/dates';
import { buildHistory, HISTORY_HEADER_ROW } from '../core/cycle/history';
import { M } from '../core/messages';
import { Book } from './book';
import { asTextGridFor } from './cells';
import { collectResults } from './collect';
import type { Platform, SheetApi } from './gas';
import { fitSheet } from './render-tab';

export interface HistoryResult {
  ok: boolean;
  message: string;
  sheet: string | null;
}

/** Sets column widths with one call per run of equal widths. */
function setWidths(sheet: SheetApi, widths: number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c === widths.length || widths[c] !== widths[start]) {
      sheet.setColumnWidths(start + 1, c - start, widths[start]);
      start = c;
    }
  }
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
  const rows = spec.values.length;
  const cols = spec.values[0].length;
  let sheet = book.sheet(spec.sheetName);
  if (sheet && sheet.getRange(1, 1).getValue() !== spec.title) {
    return { ok: false, message: M.historySheetTaken(sheet.getName()), sheet: null };
  }
  if (sheet) {
    sheet.clear();
    fitSheet(sheet, rows, cols);
  } else {
    sheet = book.create(spec.sheetName, rows, cols);
  }
  const range = sheet.getRange(1, 1, rows, cols);
  range.setNumberFormats(spec.numberFormats);
  range.setValues(asTextGridFor(spec.values, spec.numberFormats));
  range.setBackgrounds(spec.backgrounds);
  range.setFontWeights(spec.fontWeights);
  if (spec.lineCount > 0) sheet.getRange(HISTORY_HEADER_ROW + 1, 1, spec.lineCount, cols).setVerticalAlignment('top');
  sheet.getRange(HISTORY_HEADER_ROW, 1, spec.lineCount + 1, cols).setWrap(true);
  sheet.setFrozenRows(HISTORY_HEADER_ROW);
  setWidths(sheet, spec.columnWidths);
  sheet.activate();
  return { ok: true, message: M.historyWritten(sheet.getName(), spec.lineCount), sheet: sheet.getName() };
}
