/**
 * "Tạo / cập nhật trang cơ quan": reads the table, keeps the Agencies sheet in step, and
 * writes one tab per reporting unit. Never loses an entered value: each tab is read before it
 * is rewritten and values go back by line key; values of lines that left a tab go to the
 * archive sheet. Tabs whose inputs did not change are not touched at all.
 */
import { layoutTab, planTabs } from '../core/workbook/plan';
import { matchLines, readTab } from '../core/layout/read-tab';
import { buildTab, type LineValues } from '../core/layout/tab';
import { M } from '../core/messages';
import { readAssignmentTable } from '../core/table/read';
import { ID_HEADER } from '../core/table/header';
import { idRecord, type IdRecord } from '../core/table/ids';
import type { TableRead } from '../core/types';
import { agencyRowsGrid, readAgencyRows } from '../core/workbook/agencies-sheet';
import { readSettings, type Settings } from '../core/workbook/settings';
import { syncAgencyRows } from '../core/workbook/sync-agencies';
import { archiveRows, type ArchiveRow, ARCHIVE_HEADER } from '../core/workbook/archive';
import { asTextGrid } from './cells';
import { AGENCIES_SHEET, ARCHIVE_SHEET, ASSIGNMENTS_SHEET, Book, STATE_SHEET_IDS, SETTINGS_SHEET } from './book';
import type { Platform, SheetApi } from './gas';
import { protectTab } from './protect';
import { renderTab } from './render-tab';

export interface GenerateResult {
  ok: boolean;
  created: string[];
  updated: string[];
  unchanged: string[];
  archived: number;
  /** Problems the secretariat must fix (Vietnamese). */
  problems: string[];
  /** Things worth knowing (Vietnamese). */
  notices: string[];
  /** Warnings of the table reader (Vietnamese, with row numbers). */
  warnings: string[];
  /** Tabs this generation covers, and those still to do when the run stopped at its time budget. */
  total: number;
  remaining: number;
}

/**
 * Time one execution may spend on tabs before it stops and lets the next one continue: well
 * inside Apps Script's 6 minutes, and short enough that each execution stays under 2 minutes.
 */
export const GENERATION_BUDGET_MS = 100_000;

export interface GenerateOptions {
  /** Stop starting new tabs after this many milliseconds (Apps Script stops a run at 6 minutes). */
  budgetMs?: number;
  now?: () => number;
}

const STATE_FINGERPRINTS = 'sct.tabFingerprints';
const STATE_REPORTS = 'sct.reports';
const STATE_ISSUED_IDS = 'sct.issuedIds';
const STATE_ID_RECORDS = 'sct.idRecords';
export const STATE_REOPENED = 'sct.reopened';
const SAVE_EVERY_TABS = 20;

function emptyResult(): GenerateResult {
  return {
    ok: false,
    created: [],
    updated: [],
    unchanged: [],
    archived: 0,
    problems: [],
    notices: [],
    warnings: [],
    total: 0,
    remaining: 0,
  };
}

/** Reads the table as text: the cells show what the document says ("20%", not 0.2). */
export function readTableSheet(book: Book): { table: TableRead; grid: string[][]; sheet: SheetApi } | null {
  const sheet = book.sheet(ASSIGNMENTS_SHEET);
  if (!sheet) return null;
  const grid = sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getDisplayValues();
  const reservedIds = new Set(book.readJson<string[]>(STATE_ISSUED_IDS, []));
  const knownIds = book.readJson<Record<string, IdRecord>>(STATE_ID_RECORDS, {});
  return { table: readAssignmentTable(grid, { reservedIds, knownIds }), grid, sheet };
}

/** Writes ids into the table's id column (added after the last column when missing). */
function writeIds(sheet: SheetApi, grid: string[][], table: TableRead): void {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const col = table.columns.id !== undefined ? table.columns.id + 1 : width + 1;
  const header = table.headerRow;
  const current = grid.map((r) => r[col - 1] ?? '');
  const wanted = [...current];
  wanted[header - 1] = ID_HEADER;
  for (const indicator of table.indicators) wanted[indicator.row - 1] = indicator.id;
  const from = header - 1;
  if (wanted.slice(from).every((v, i) => v === current[from + i])) return;
  if (sheet.getMaxColumns() < col) sheet.insertColumnsAfter(sheet.getMaxColumns(), col - sheet.getMaxColumns());
  const block = wanted.slice(from).map((v) => [v]);
  const range = sheet.getRange(header, col, block.length, 1);
  range.setNumberFormat('@');
  range.setValues(block);
}

function readSettingsSheet(book: Book): Settings {
  const sheet = book.sheet(SETTINGS_SHEET);
  return readSettings(sheet ? book.values(sheet) : []);
}

export function generateTabs(platform: Platform, options: GenerateOptions = {}): GenerateResult {
  const result = emptyResult();
  const lock = platform.LockService.getDocumentLock();
  if (!lock.tryLock(2000)) {
    result.problems.push(M.lockBusy());
    return result;
  }
  try {
    return runGeneration(new Book(platform), platform, options, result);
  } finally {
    lock.releaseLock();
  }
}

function runGeneration(
  book: Book,
  platform: Platform,
  options: GenerateOptions,
  result: GenerateResult,
): GenerateResult {
  const now = options.now ?? Date.now;
  const started = now();
  const read = readTableSheet(book);
  if (!read) {
    result.problems.push(M.sheetMissing(ASSIGNMENTS_SHEET));
    return result;
  }
  const agenciesSheet = book.sheet(AGENCIES_SHEET);
  if (!agenciesSheet) {
    result.problems.push(M.sheetMissing(AGENCIES_SHEET));
    return result;
  }
  const { table, grid, sheet: tableSheet } = read;
  result.warnings = table.warnings.map((w) => w.message);
  if (table.indicators.length === 0) {
    result.problems.push(M.noIndicators());
    return result;
  }
  const settings = readSettingsSheet(book);
  const agencyGrid = book.values(agenciesSheet);
  const { rows: existingRows, problems: sheetProblems } = readAgencyRows(agencyGrid);
  const sync = syncAgencyRows(existingRows, table.indicators, settings, book.readJson(STATE_REPORTS, {}));
  if (sync.changed) {
    const out = agencyRowsGrid(sync.rows);
    if (agenciesSheet.getMaxRows() < out.length)
      agenciesSheet.insertRowsAfter(agenciesSheet.getMaxRows(), out.length - agenciesSheet.getMaxRows());
    const range = agenciesSheet.getRange(1, 1, out.length, out[0].length);
    range.setNumberFormat('@');
    range.setValues(out);
  }
  for (const r of sync.renamed) result.notices.push(M.agencyRenamed(r.from, r.to));
  if (sync.added.length > 0) result.notices.push(M.agenciesAdded(sync.added));
  // Problems of the sheet as the secretariat left it, plus those of the rows as they are now
  // (a sheet name given to a new agency may collide).
  const { rows, problems: syncedProblems } = readAgencyRows(agencyRowsGrid(sync.rows));
  const problems = [...sheetProblems, ...syncedProblems].filter(
    (p, i, all) => all.findIndex((q) => q.message === p.message) === i,
  );
  if (rows.length === 0) {
    result.problems.push(M.noReportingUnits());
    return result;
  }
  writeIds(tableSheet, grid, table);
  const issued = new Set(book.readJson<string[]>(STATE_ISSUED_IDS, []));
  const unseen = table.indicators.filter((i) => !issued.has(i.id));
  book.writeJsonAll({
    [STATE_ISSUED_IDS]: unseen.length > 0 ? [...issued, ...unseen.map((i) => i.id)] : [...issued],
    [STATE_ID_RECORDS]: Object.fromEntries(table.indicators.map((i) => [i.id, idRecord(i)])),
  });

  const blocked = new Set(problems.map((p) => p.row));
  result.problems.push(...problems.map((p) => p.message));

  const plan = planTabs(table.indicators, rows, settings, book.readJson(STATE_REOPENED, {}));
  for (const name of plan.unknownNames) result.notices.push(M.unknownAgency(name));

  const fingerprints = book.readJson<Record<string, string>>(STATE_FINGERPRINTS, {});
  const sheetIds = book.readJson<Record<string, number>>(STATE_SHEET_IDS, {});
  const locale = book.ss.getSpreadsheetLocale();
  const me = book.me();
  let archived = 0;
  const budget = options.budgetMs ?? GENERATION_BUDGET_MS;
  const todo = plan.tabs.filter((t) => !blocked.has(t.unit.row));
  let done = 0;
  let renamedRows = false;

  for (const tabPlan of todo) {
    if (now() - started > budget) break;
    done++;
    let sheet = book.tabOf(tabPlan.unit.key, tabPlan.sheetName);
    if (sheet && sheet.getName() !== tabPlan.sheetName) {
      result.notices.push(M.tabRenamedByHand(tabPlan.sheetName, sheet.getName()));
      tabPlan.unit.sheetName = sheet.getName();
      tabPlan.sheetName = sheet.getName();
      renamedRows = true;
    }
    const print = tabPlan.fingerprint(locale);
    if (sheet && fingerprints[tabPlan.unit.key] === print) {
      result.unchanged.push(tabPlan.sheetName);
      continue;
    }
    let preserved = new Map<string, LineValues>();
    const archive: ArchiveRow[] = [];
    if (sheet) {
      const old = readTab(book.values(sheet));
      if (!old) {
        result.problems.push(M.tabCollides(tabPlan.sheetName, tabPlan.unit.name));
        continue;
      }
      const matched = matchLines(
        old.lines,
        tabPlan.lines.map((l) => l.key),
      );
      preserved = matched.kept;
      for (const [key, values] of matched.orphans)
        archive.push(...archiveRows(tabPlan.unit.name, sheet.getName(), key, values, now()));
      // Values of a period that is no longer in Settings have no column to go back to.
      for (const [key, values] of preserved) {
        const gone = Object.entries(values.periods).filter(([p]) => !settings.periods.includes(p));
        if (gone.length > 0) {
          const only: LineValues = {
            periods: Object.fromEntries(gone),
            evidence: '',
            explanation: '',
            text: values.text,
          };
          archive.push(...archiveRows(tabPlan.unit.name, sheet.getName(), key, only, now()));
        }
      }
    }
    // Archived before the tab is rewritten: a run stopped by the time limit never loses a value.
    if (archive.length > 0) {
      appendArchive(book, archive);
      archived += archive.length;
    }
    const spec = buildTab(layoutTab(tabPlan, settings, preserved, locale));
    const isNew = !sheet;
    if (!sheet) sheet = book.create(tabPlan.sheetName, spec.height, spec.width);
    renderTab(platform.SpreadsheetApp, sheet, spec, isNew);
    protectTab(platform.SpreadsheetApp, sheet, tabPlan.unit.name, spec.openAreas, me, tabPlan.unit.editors, isNew);
    fingerprints[tabPlan.unit.key] = print;
    sheetIds[tabPlan.unit.key] = sheet.getSheetId();
    (isNew ? result.created : result.updated).push(tabPlan.sheetName);
    // Progress saved as it goes: should Apps Script stop the run, finished tabs stay finished.
    if ((result.created.length + result.updated.length) % SAVE_EVERY_TABS === 0) {
      book.writeJsonAll({ [STATE_FINGERPRINTS]: fingerprints, [STATE_SHEET_IDS]: sheetIds });
    }
  }
  result.total = todo.length;
  result.remaining = todo.length - done;

  if (renamedRows) {
    const out = agencyRowsGrid(rows);
    agenciesSheet.getRange(1, 1, out.length, out[0].length).setValues(out);
  }
  result.archived = archived;
  for (const stale of plan.staleSheets(rows, book.names())) result.notices.push(M.tabWithoutIndicators(stale));

  book.writeJsonAll({
    [STATE_FINGERPRINTS]: fingerprints,
    [STATE_SHEET_IDS]: sheetIds,
    [STATE_REPORTS]: plan.reportsByUnit(),
  });
  if (result.archived > 0) result.notices.push(M.archived(result.archived));
  if (result.remaining > 0) result.notices.push(M.generatePartial(done, todo.length));
  result.ok = true;
  return result;
}

function appendArchive(book: Book, rows: ArchiveRow[]): void {
  let sheet = book.sheet(ARCHIVE_SHEET);
  if (!sheet) {
    sheet = book.create(ARCHIVE_SHEET, 1, ARCHIVE_HEADER.length);
    sheet.getRange(1, 1, 1, ARCHIVE_HEADER.length).setValues([ARCHIVE_HEADER]);
    sheet.getRange(1, 1, 1, ARCHIVE_HEADER.length).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  const last = sheet.getLastRow();
  if (sheet.getMaxRows() < last + rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), last + rows.length - sheet.getMaxRows());
  sheet.getRange(last + 1, 1, rows.length, ARCHIVE_HEADER.length).setValues(asTextGrid(rows.map((r) => r.cells)));
}
