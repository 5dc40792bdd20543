/**
 * Writes the summary sheet of one period ("Tổng hợp Quý I 2025") from the same report the
 * sidebar shows. Writing again for the same period replaces that sheet (at the same position);
 * other periods' summary sheets are left as they were, as snapshots. A fixed number of calls
 * whatever the number of agencies: one per block of values, formats, backgrounds and weights,
 * and one per merge, table border and chart, whose numbers do not depend on the data.
 */
import { M } from '../core/messages';
import { nothingToReport, periodReport, type WriteResult } from '../core/report/sidebar-payload';
import { summaryLayout, type SummarySpec } from '../core/report/summary-layout';
import { Book } from './book';
import { collectResults } from './collect';
import type { Platform, SheetApi } from './gas';
import { withDocumentLock } from './lock';
import { fitSheet, renderSheet } from './render-sheet';

/** Day, month and year of `now` in the spreadsheet's time zone (the date printed on the report). */
export function dateIn(now: Date, timeZone: string): { day: number; month: number; year: number } {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    }).formatToParts(now);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return { day: part('day'), month: part('month'), year: part('year') };
  } catch {
    // An unknown time-zone name: the script's own time zone is the next best.
    return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
  }
}

export function writeSummary(platform: Platform, period: string, now: Date = new Date()): WriteResult {
  return withDocumentLock(
    platform,
    () => write(platform, period, now),
    (message) => ({
      ok: false,
      message,
      sheetName: '',
    }),
  );
}

function write(platform: Platform, period: string, now: Date): WriteResult {
  const source = collectResults(platform);
  const none = nothingToReport(source);
  if (none) return { ok: false, message: none, sheetName: '' };
  if (!source.settings.periods.includes(period)) {
    return { ok: false, message: M.reportUnknownPeriod(period, source.settings.periods), sheetName: '' };
  }
  const book = new Book(platform);
  const { view } = periodReport(source, period);
  const spec = summaryLayout({
    view,
    organisation: source.settings.organisation,
    asOf: dateIn(now, book.ss.getSpreadsheetTimeZone()),
  });
  renderSheet(platform.SpreadsheetApp, replaceSheet(book, spec), spec, { fresh: true });
  return { ok: true, message: M.summaryWritten(spec.sheetName), sheetName: spec.sheetName };
}

/** A fresh sheet named for the period, where the previous one was (or last); it becomes active. */
function replaceSheet(book: Book, spec: SummarySpec): SheetApi {
  const old = book.ss.getSheetByName(spec.sheetName);
  let index = book.ss.getSheets().length;
  if (old) {
    index = old.getIndex() - 1;
    book.forget(old.getName());
    book.ss.deleteSheet(old);
  }
  const sheet = book.ss.insertSheet(spec.sheetName, index);
  book.remember(sheet);
  fitSheet(sheet, spec.height, spec.width);
  return sheet;
}
