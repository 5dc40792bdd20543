/**
 * Closing a reporting period: once the secretariat has reported upwards, the period's column
 * on every tab becomes editable by the secretariat only. Reopening works for all agencies or
 * for one. Both change what shapes the tabs (Settings' closed periods, per-agency reopenings)
 * and regenerate: only the tabs concerned are rewritten, and every value is kept.
 */
import { M } from '../core/messages';
import { agencyKey } from '../core/agencies/identity';
import { readAgencyRows } from '../core/workbook/agencies-sheet';
import { readSettings, type Settings, settingsGrid } from '../core/workbook/settings';
import { matchKey } from '../core/text/normalize';
import { AGENCIES_SHEET, Book, SETTINGS_SHEET } from './book';
import { generateTabs, type GenerateResult } from './generate';
import { withDocumentLock } from './lock';
import { readState, writeState } from './workbook-model';
import type { Platform } from './gas';

export interface PeriodResult {
  ok: boolean;
  message: string;
  generation?: GenerateResult;
}

/**
 * The period a person typed ("Quý I", "quý 1", "Q1", "I") as named in Settings. A name typed as
 * Settings writes it always wins; only then are positions tried ("Q3" is the third period),
 * so with "Quý I; Quý II; 6 tháng; Quý III; Quý IV" the typed "Quý III" is Quý III.
 */
export function resolvePeriod(settings: Settings, typed: string): string | null {
  const key = matchKey(typed).replace(/\s+/g, '');
  const names = settings.periods.map((name) => matchKey(name).replace(/\s+/g, ''));
  const exact = names.indexOf(key);
  if (exact >= 0) return settings.periods[exact];
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
  // "Quý 3"/"Q3"/"III" name the third quarter: among periods named "Quý …", else by position.
  const quarters = settings.periods.filter((_, i) => /^quý/.test(names[i]));
  const byNumber = (n: number) => (quarters.length > 0 ? quarters[n - 1] : settings.periods[n - 1]) ?? null;
  const number = /^(?:q|quý)?(\d{1,2})$/.exec(key) ?? null;
  if (number) return byNumber(Number(number[1]));
  const romanMatch = /^(?:quý)?([ivx]+)$/.exec(key);
  if (romanMatch && roman.includes(romanMatch[1])) return byNumber(roman.indexOf(romanMatch[1]) + 1);
  return null;
}

function writeSettings(book: Book, settings: Settings): void {
  const sheet = book.sheet(SETTINGS_SHEET);
  if (!sheet) return;
  const grid = settingsGrid(settings);
  // A Settings sheet of an older version has fewer rows than today's settings.
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  sheet.getRange(1, 1, grid.length, 3).setValues(grid);
}

function loadSettings(book: Book): Settings | null {
  const sheet = book.sheet(SETTINGS_SHEET);
  return sheet ? readSettings(book.values(sheet)) : null;
}

/** The period names of the Settings sheet (defaults when it is missing). */
export function listPeriods(platform: Platform): string[] {
  const book = new Book(platform);
  return (loadSettings(book) ?? readSettings([])).periods;
}

/**
 * Closes a period. The closing and the protections it brings are written under one document
 * lock: while another run holds it, nothing is written (a closing recorded without its
 * protections would leave the column open while Cài đặt says it is closed).
 */
export function closePeriod(platform: Platform, typed: string): PeriodResult {
  return withDocumentLock(platform, () => closeHeld(platform, typed), refused);
}

const refused = (message: string): PeriodResult => ({ ok: false, message });

function closeHeld(platform: Platform, typed: string): PeriodResult {
  const book = new Book(platform);
  const settings = loadSettings(book);
  if (!settings) return { ok: false, message: M.sheetMissing(SETTINGS_SHEET) };
  const period = resolvePeriod(settings, typed);
  if (!period) return { ok: false, message: M.unknownPeriod(typed, settings.periods) };
  if (!settings.closedPeriods.includes(period)) settings.closedPeriods.push(period);
  writeSettings(book, settings);
  // A closing applies to everyone: earlier one-agency reopenings of this period end.
  const { reopened } = readState(book);
  for (const key of Object.keys(reopened)) reopened[key] = reopened[key].filter((p) => p !== period);
  writeState(book, { reopened });
  const generation = generateTabs(platform);
  return {
    ok: generation.ok,
    message: generation.ok ? M.periodClosed(period) : generation.problems.join('\n'),
    generation,
  };
}

/** Reopens a period for every agency, or only for the agency named (full name, alias or tab name). */
export function reopenPeriod(platform: Platform, typed: string, agency?: string): PeriodResult {
  return withDocumentLock(platform, () => reopenHeld(platform, typed, agency), refused);
}

function reopenHeld(platform: Platform, typed: string, agency?: string): PeriodResult {
  const book = new Book(platform);
  const settings = loadSettings(book);
  if (!settings) return { ok: false, message: M.sheetMissing(SETTINGS_SHEET) };
  const period = resolvePeriod(settings, typed);
  if (!period) return { ok: false, message: M.unknownPeriod(typed, settings.periods) };
  if (!agency) {
    settings.closedPeriods = settings.closedPeriods.filter((p) => p !== period);
    writeSettings(book, settings);
  } else {
    const sheet = book.sheet(AGENCIES_SHEET);
    const rows = sheet ? readAgencyRows(book.values(sheet)).rows : [];
    const wanted = agencyKey(agency);
    const row = rows.find(
      (r) =>
        r.key === wanted ||
        agencyKey(r.name) === wanted ||
        r.sheetName.toLowerCase() === agency.trim().toLowerCase() ||
        r.aliases.some((a) => agencyKey(a) === wanted),
    );
    if (!row) return { ok: false, message: M.unknownAgency(agency) };
    const { reopened } = readState(book);
    reopened[row.key] = [...new Set([...(reopened[row.key] ?? []), period])];
    writeState(book, { reopened });
  }
  const generation = generateTabs(platform);
  return {
    ok: generation.ok,
    message: generation.ok ? M.periodReopened(period, agency) : generation.problems.join('\n'),
    generation,
  };
}
