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
import { generateTabs, type GenerateResult, STATE_REOPENED } from './generate';
import type { Platform } from './gas';

export interface PeriodResult {
  ok: boolean;
  message: string;
  generation?: GenerateResult;
}

/** The period a person typed ("Quý I", "quý 1", "Q1", "I") as named in Settings. */
export function resolvePeriod(settings: Settings, typed: string): string | null {
  const key = matchKey(typed).replace(/\s+/g, '');
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
  for (const [i, name] of settings.periods.entries()) {
    const n = matchKey(name).replace(/\s+/g, '');
    if (
      key === n ||
      key === `q${i + 1}` ||
      key === `quý${i + 1}` ||
      key === String(i + 1) ||
      key === roman[i] ||
      key === `quý${roman[i]}`
    )
      return name;
  }
  return null;
}

function writeSettings(book: Book, settings: Settings): void {
  const sheet = book.sheet(SETTINGS_SHEET);
  if (!sheet) return;
  const grid = settingsGrid(settings);
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

export function closePeriod(platform: Platform, typed: string): PeriodResult {
  const book = new Book(platform);
  const settings = loadSettings(book);
  if (!settings) return { ok: false, message: M.sheetMissing(SETTINGS_SHEET) };
  const period = resolvePeriod(settings, typed);
  if (!period) return { ok: false, message: M.unknownPeriod(typed, settings.periods) };
  if (!settings.closedPeriods.includes(period)) settings.closedPeriods.push(period);
  writeSettings(book, settings);
  // A closing applies to everyone: earlier one-agency reopenings of this period end.
  const reopened = book.readJson<Record<string, string[]>>(STATE_REOPENED, {});
  for (const key of Object.keys(reopened)) reopened[key] = reopened[key].filter((p) => p !== period);
  book.writeJson(STATE_REOPENED, reopened);
  const generation = generateTabs(platform);
  return {
    ok: generation.ok,
    message: generation.ok ? M.periodClosed(period) : generation.problems.join('\n'),
    generation,
  };
}

/** Reopens a period for every agency, or only for the agency named (full name, alias or tab name). */
export function reopenPeriod(platform: Platform, typed: string, agency?: string): PeriodResult {
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
    const reopened = book.readJson<Record<string, string[]>>(STATE_REOPENED, {});
    reopened[row.key] = [...new Set([...(reopened[row.key] ?? []), period])];
    book.writeJson(STATE_REOPENED, reopened);
  }
  const generation = generateTabs(platform);
  return {
    ok: generation.ok,
    message: generation.ok ? M.periodReopened(period, agency) : generation.problems.join('\n'),
    generation,
  };
}
