/**
 * The report sheet "Kết quả kiểm tra": what the person running the check reads, and the JSON to
 * copy at its foot (split over cells: Sheets holds 50,000 characters in a cell). Rewritten by
 * every run with one write of values and one of weights.
 */
import { liveCheckTexts as T } from '../core/messages/live-check';
import { Book } from '../sheets/book';
import { asTextGrid } from '../sheets/cells';
import type { Platform } from '../sheets/gas';
import { fitSheet } from '../sheets/render-sheet';
import type { LiveCheckResult } from './result';

const WIDTH = 5;
const JSON_CELL = 40_000;

export function reportGrid(result: LiveCheckResult): { rows: string[][]; bold: number[] } {
  const rows: string[][] = [];
  const bold: number[] = [];
  const row = (...cells: unknown[]) => rows.push(Array.from({ length: WIDTH }, (_, i) => String(cells[i] ?? '')));
  const heading = (...cells: unknown[]) => {
    row(...cells);
    bold.push(rows.length);
  };
  heading(T.heading);
  row(T.infoLabels.at, result.updatedAt);
  row(T.infoLabels.locale, result.locale);
  row(T.infoLabels.timeZone, result.timeZone);
  row(T.infoLabels.user, result.user);
  row();
  heading(...T.stepsHeader);
  for (const s of result.steps) {
    const calls = Object.values(s.calls).reduce((n, x) => n + x, 0);
    row(T.steps[s.id], s.ok ? T.ok : T.failed, Math.round(s.ms), calls, s.detail);
  }
  row();
  heading(...T.costsHeader);
  for (const [key, c] of Object.entries(result.costs)) row(key, c.n, c.medianMs, c.minMs, c.maxMs);
  row();
  heading(...T.probesHeader);
  for (const p of result.probes) {
    row(p.question, p.assumed ?? '—', p.observed, p.agrees === null ? T.recorded : p.agrees ? T.agrees : T.differs);
  }
  row();
  heading(T.jsonHeader);
  const json = JSON.stringify(result);
  for (let i = 0; i < json.length; i += JSON_CELL) row(json.slice(i, i + JSON_CELL));
  return { rows, bold };
}

export function writeReport(platform: Platform, result: LiveCheckResult): void {
  const book = new Book(platform);
  const old = book.sheet(T.sheetName);
  if (old) book.ss.deleteSheet(old);
  const { rows, bold } = reportGrid(result);
  const sheet = book.ss.insertSheet(T.sheetName, 0);
  fitSheet(sheet, rows.length, WIDTH);
  const range = sheet.getRange(1, 1, rows.length, WIDTH);
  range.setNumberFormat('@');
  range.setValues(asTextGrid(rows));
  range.setFontWeights(rows.map((_, i) => Array(WIDTH).fill(bold.includes(i + 1) ? 'bold' : 'normal')));
  sheet.setColumnWidths(1, WIDTH, 220);
}
