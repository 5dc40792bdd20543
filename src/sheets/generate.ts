/**
 * "Tạo / cập nhật trang cơ quan": loads the workbook model, keeps the Agencies sheet in step,
 * and writes one tab per reporting unit. Every decision (what each tab holds, what is
 * archived, what the secretariat is told) is the core's (src/core/workbook/regenerate.ts);
 * this adapter reads, applies and remembers. Each tab is read before it is rewritten and its
 * values go back by line key; tabs whose inputs did not change are not touched at all.
 */
import { DEFAULT_TIME_ZONE, displayDateTime } from '../core/cycle/dates';
import { columnsOfPeriod, TITLE_ROWS } from '../core/layout/columns';
import { openAreasOf } from '../core/layout/tab';
import { readTab } from '../core/layout/read-tab';
import { M } from '../core/messages';
import { ID_HEADER } from '../core/table/header';
import { idRecord } from '../core/table/ids';
import type { TableRead } from '../core/types';
import { type AgencyRow, agencyRowsGrid } from '../core/workbook/agencies-sheet';
import { ARCHIVE_HEADER, type ArchiveRow, archivedKeys, retiredArchive } from '../core/workbook/archive';
import { modelProblem } from '../core/workbook/model';
import type { TabPlan } from '../core/workbook/plan';
import { rewriteTab } from '../core/workbook/regenerate';
import { TemplatePlan } from '../core/workbook/templates';
import type { TabSpec } from '../core/layout/tab';
import { freeSheetName } from '../core/workbook/reserved';
import type { Settings } from '../core/workbook/settings';
import { ARCHIVE_SHEET, Book } from './book';
import { withDocumentLock } from './lock';
import { asTextGrid } from './cells';
import type { Platform, ProtectionApi, SheetApi } from './gas';
import { type FileAccess, lockTab, openInputs, protectOwnedSheet } from './protect';
import { renderOverTemplate, renderSheet } from './render-sheet';
import { formatTableSheet } from './table-sheet';
import { secretariatList, secureOwnedSheets } from './secretariat';
import { refreshAccessColumn } from './sharing';
import { TemplateSheets } from './templates';
import { accountsKey, secretariatAccounts } from '../core/workbook/secretariat';
import { loadModel, MODEL_SHEETS, writeState } from './workbook-model';

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
  /** False renders every new tab in full instead of copying a template (to compare the two). */
  templates?: boolean;
}

const SAVE_EVERY_TABS = 20;
/** Share of the time budget after which no tab is copied ahead of its turn (its copy would wait for the next run). */
const AHEAD_WITHIN_BUDGET = 0.8;

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

/**
 * Writes ids into the table's id column (added after the last column when missing); the sheet is
 * then laid out for reading again (a new paste, new lines). Nothing is written when every id is
 * already there.
 */
function writeIds(sheet: SheetApi, grid: string[][], table: TableRead): void {
  // A paste without a header row (a list) has no row to name the id column in.
  if (table.headerRow < 1) return;
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
  const written = grid.map((r, i) => {
    const row = Array.from({ length: Math.max(width, col) }, (_, c) => r[c] ?? '');
    if (i >= from) row[col - 1] = wanted[i];
    return row;
  });
  formatTableSheet(sheet, written, header);
}

export function generateTabs(platform: Platform, options: GenerateOptions = {}): GenerateResult {
  const result = emptyResult();
  return withDocumentLock(
    platform,
    () => runGeneration(new Book(platform), platform, options, result),
    (message) => {
      result.problems.push(message);
      return result;
    },
  );
}

function runGeneration(
  book: Book,
  platform: Platform,
  options: GenerateOptions,
  result: GenerateResult,
): GenerateResult {
  const now = options.now ?? Date.now;
  const started = now();
  const { model, tableSheet, tableGrid, agenciesSheet } = loadModel(book);
  if (model.table) result.warnings = model.table.warnings.map((w) => w.message);
  const problem = modelProblem(model, MODEL_SHEETS);
  if (problem || !model.table || !tableSheet || !agenciesSheet) {
    result.problems.push(problem ?? M.sheetMissing(MODEL_SHEETS.table));
    return result;
  }
  const { table, sync, settings, plan, state } = model;
  if (sync.changed) writeAgencies(agenciesSheet, agencyRowsGrid(sync.rows));
  for (const r of sync.renamed) result.notices.push(M.agencyRenamed(r.from, r.to));
  if (sync.added.length > 0) result.notices.push(M.agenciesAdded(sync.added));
  writeIds(tableSheet, tableGrid, table);
  const issued = new Set(state.issuedIds);
  writeState(book, {
    issuedIds: [...issued, ...table.indicators.map((i) => i.id).filter((id) => !issued.has(id))],
    idRecords: Object.fromEntries(table.indicators.map((i) => [i.id, idRecord(i)])),
  });

  const blocked = new Set(model.agencyProblems.map((p) => p.row));
  result.problems.push(...model.agencyProblems.map((p) => p.message));
  for (const name of plan.unknownNames) result.notices.push(M.unknownAgency(name));

  const fingerprints = { ...state.fingerprints };
  const sheetIds = { ...state.sheetIds };
  const locale = book.ss.getSpreadsheetLocale();
  const timeZone = book.ss.getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  const me = book.me();
  const secretariat = secretariatList(book, settings);
  // A changed list of secretariat accounts re-protects every tab (the running person is not part of it).
  const listed = secretariatAccounts('', settings).accounts;
  const protectedFor = listed.length > 0 ? `|${accountsKey(listed)}` : '';
  const printOf = (t: (typeof todo)[number]) => t.fingerprint(locale) + protectedFor;
  const budget = options.budgetMs ?? GENERATION_BUDGET_MS;
  const todo = plan.tabs.filter((t) => !blocked.has(t.unit.row));
  // A new archive sheet is protected for the secretariat as soon as it exists, before any row.
  const archive = new ArchiveWriter(book, (sheet) =>
    protectOwnedSheet(platform.SpreadsheetApp, sheet, me, secretariat),
  );
  const context = () => ({ locale, at: displayDateTime(new Date(now()), timeZone) });
  const app = platform.SpreadsheetApp;
  const access = book.access;
  const templates = new TemplateSheets(book, app, { me, secretariat, access });
  // New tabs of one structure are copies of a template (no reads: sheets are found by id or name).
  // One clock reading for the plan: what a tab holds does not depend on when it is planned.
  const planned = context();
  const newTabs =
    options.templates === false
      ? []
      : todo
          .filter((t) => !book.tabOf(t.unit.key, t.sheetName))
          .map((t) => ({ t, spec: rewriteTab(t, settings, planned, null).spec }));
  const copies = new TemplatePlan(newTabs.map((n) => n.spec));
  const templateOf = new Map(newTabs.map((n) => [n.t.unit.key, copies.choose(n.spec)?.template.key]));
  // The new tabs after this one copied from the same template, while the run has time for them:
  // they are copied in the same opening of the template (templates.ts). A tab found by its
  // marker is not new (findTab); the markers are read once a run.
  const nextCopies = (from: TabPlan, key: string): TabPlan[] => {
    if (now() - started > budget * AHEAD_WITHIN_BUDGET) return [];
    const after = todo.slice(todo.indexOf(from) + 1);
    return after.filter(
      (t) =>
        templateOf.get(t.unit.key) === key && !book.tabOf(t.unit.key, t.sheetName) && !book.tabByMarker(t.unit.key),
    );
  };
  let done = 0;
  let renamedRows = false;
  // Tabs about to be rewritten lose their fingerprint first, in one write: a run stopped midway
  // leaves them marked as to do, so a later run never takes a half-rewritten (and locked) tab
  // for unchanged — even when Cài đặt is changed back to what it was.
  const stale = todo.filter((t) => fingerprints[t.unit.key] !== undefined && fingerprints[t.unit.key] !== printOf(t));
  if (stale.length > 0) {
    for (const t of stale) delete fingerprints[t.unit.key];
    writeState(book, { fingerprints });
  }

  for (const tabPlan of todo) {
    // Every run writes at least one tab, however long the planning took: a run never ends empty.
    if (now() - started > budget && result.created.length + result.updated.length > 0) break;
    done++;
    const unitKey = tabPlan.unit.key;
    // The tab made for this unit, under the planned name: unchanged inputs mean nothing to read
    // or write. Its marker is checked once it is locked and read.
    const own = book.tabById(unitKey);
    let sheet: SheetApi | null;
    let checked = false;
    const premade = templates.hasCopy(tabPlan.sheetName);
    if (premade) {
      // Copied and locked earlier in this run, with the tab that opened its template.
      sheet = null;
    } else if (own && own.getName() === tabPlan.sheetName) {
      if (fingerprints[unitKey] === printOf(tabPlan)) {
        result.unchanged.push(tabPlan.sheetName);
        continue;
      }
      sheet = own;
    } else {
      const found = findTab(book, tabPlan.unit, tabPlan.sheetName, result);
      if (found === 'refused') continue;
      sheet = found;
      checked = true;
      if (sheet && sheet.getName() !== tabPlan.sheetName) {
        result.notices.push(M.tabRenamedByHand(tabPlan.sheetName, sheet.getName()));
        tabPlan.unit.sheetName = sheet.getName();
        tabPlan.sheetName = sheet.getName();
        renamedRows = true;
      }
      if (sheet && fingerprints[unitKey] === printOf(tabPlan)) {
        result.unchanged.push(tabPlan.sheetName);
        continue;
      }
    }
    const print = printOf(tabPlan);
    const isNew = !sheet;
    let protection: ProtectionApi;
    let spec: TabSpec;
    if (sheet) {
      if (fingerprints[unitKey] !== undefined) {
        // Its print changed within this run (a tab renamed by hand): the recorded print would
        // match again once the name is put back, and a run stopped after the lock would leave the
        // tab locked yet "unchanged". Forgotten first, as the stale ones above.
        delete fingerprints[unitKey];
        writeState(book, { fingerprints });
      }
      // Locked before it is read: from here on an agency's edit is refused rather than lost, and a
      // run stopped midway leaves the tab locked, not open to the wrong people.
      protection = lockTab(app, sheet, tabPlan.unit.name, me, false, secretariat, access);
      const values = book.values(sheet);
      const old = readTab(values);
      if (!checked && old && old.agencyKey && old.agencyKey !== unitKey) {
        // Another unit's tab under this unit's id (pasted over by hand): it stays locked, and
        // that unit's tab is rewritten (and reopened) when its turn comes.
        result.problems.push(M.tabOfAnotherUnit(sheet.getName(), old.agencyKey));
        delete fingerprints[old.agencyKey];
        continue;
      }
      // A copy of a template whose unit was never written in (left by a stopped run) holds nothing
      // of any agency's: it is written afresh, whatever it holds.
      const kept = old && old.agencyKey !== '' ? { read: old, sheetName: sheet.getName() } : null;
      const rewrite = rewriteTab(tabPlan, settings, context(), kept);
      result.notices.push(...rewrite.notices);
      // Archived before the tab is rewritten: a run stopped midway never loses a value.
      result.archived += archive.append(rewrite.archive);
      spec = rewrite.spec;
      const size = values.length > 0 ? { rows: values.length, cols: values[0].length } : undefined;
      renderSheet(app, sheet, spec, { size });
    } else {
      spec = rewriteTab(tabPlan, settings, context(), null).spec;
      const copy = copies.choose(spec);
      if (copy) {
        // The copy is locked before its unit is written in: until then it names no agency.
        const made = templates.copy(copy.template, tabPlan, () => nextCopies(tabPlan, copy.template.key));
        sheet = made.sheet;
        protection = made.protection;
        renderOverTemplate(app, sheet, spec, copy.diff);
      } else {
        sheet = book.create(tabPlan.sheetName, spec.height, spec.width);
        protection = lockTab(app, sheet, tabPlan.unit.name, me, true, secretariat, access);
        renderSheet(app, sheet, spec, { fresh: true });
      }
    }
    openInputs(app, protection, sheet, tabPlan.unit.name, spec.openAreas, me, tabPlan.unit.editors, {
      secretariat,
      access,
      fresh: isNew,
    });
    fingerprints[unitKey] = print;
    sheetIds[unitKey] = sheet.getSheetId();
    (isNew ? result.created : result.updated).push(tabPlan.sheetName);
    // Progress saved as it goes: should Apps Script stop the run, finished tabs stay finished.
    if ((result.created.length + result.updated.length) % SAVE_EVERY_TABS === 0) {
      writeState(book, { fingerprints, sheetIds });
    }
  }
  templates.dispose();
  result.total = todo.length;
  result.remaining = todo.length - done;

  if (alignSheetNames(book, model.rows, sheetIds) || renamedRows)
    writeAgencies(agenciesSheet, agencyRowsGrid(model.rows));
  // A unit held back by a problem of its Cơ quan row keeps its tab as it was, but a closed
  // period must close there too: its inputs are reopened without the closed periods' columns.
  for (const tabPlan of plan.tabs.filter((t) => blocked.has(t.unit.row))) {
    closeBlockedTab(book, platform, tabPlan, settings, me, secretariat, access);
  }
  if (result.remaining === 0) {
    retireTabs(book, platform, plan.retiredUnits(model.rows), {
      fingerprints,
      me,
      secretariat,
      archive,
      context,
      result,
      access,
    });
  }

  writeState(book, { fingerprints, sheetIds, reports: plan.reportsByUnit() });
  if (result.remaining === 0) {
    result.notices.push(...secureOwnedSheets(book, settings));
    refreshAccessColumn(book);
  }
  if (result.archived > 0) result.notices.push(M.archived(result.archived));
  if (result.remaining > 0) result.notices.push(M.generatePartial(done, todo.length));
  result.ok = true;
  return result;
}

/**
 * The unit's tab, checked: found by its recorded sheet id or its name, it must carry the unit's
 * marker. A tab that turns out to be another unit's (swapped or renamed by hand) is not used;
 * the unit's own is looked for by its marker. An empty sheet of the planned name, or a copy of
 * a template whose marker names no agency yet (left by a run stopped just after making it), is
 * taken over. 'refused' when a sheet the add-on did not
 * make holds the name.
 */
function findTab(book: Book, unit: AgencyRow, sheetName: string, result: GenerateResult): SheetApi | null | 'refused' {
  const unitKey = unit.key;
  const sheet = book.tabOf(unitKey, sheetName);
  if (!sheet) return book.tabByMarker(unitKey);
  const values = book.values(sheet);
  if (values.length === 0) return sheet;
  const read = readTab(values);
  // A copy of a template whose unit was not written in yet (its marker names no agency).
  if (read && (read.agencyKey === unitKey || read.agencyKey === '')) return sheet;
  const own = book.tabByMarker(unitKey);
  if (own && own.getSheetId() !== sheet.getSheetId()) return own;
  if (read) {
    result.problems.push(M.tabOfAnotherUnit(sheet.getName(), read.agencyKey));
    return 'refused';
  }
  result.problems.push(M.tabCollides(sheetName, unit.name));
  return 'refused';
}

/**
 * Every row of Cơ quan names its unit's tab as the tab is named now (found by its sheet id), and
 * a row without a tab never names another unit's: sheet names are unique in a spreadsheet, so
 * renaming or swapping tabs by hand can never leave two rows with one name (which would hold
 * both units back).
 */
function alignSheetNames(book: Book, rows: AgencyRow[], sheetIds: Record<string, number>): boolean {
  const sheets = book.ss.getSheets();
  const byId = new Map(sheets.map((s) => [s.getSheetId(), s.getName()]));
  let changed = false;
  const owned = new Set<string>();
  for (const row of rows) {
    const name = sheetIds[row.key] === undefined ? undefined : byId.get(sheetIds[row.key]);
    if (!name) continue;
    owned.add(name.toLowerCase());
    if (name !== row.sheetName) {
      row.sheetName = name;
      changed = true;
    }
  }
  const taken = new Set(sheets.map((s) => s.getName()));
  for (const row of rows) {
    const hasTab = sheetIds[row.key] !== undefined && byId.has(sheetIds[row.key]);
    if (hasTab || !row.sheetName || !owned.has(row.sheetName.toLowerCase())) continue;
    row.sheetName = freeSheetName(row.sheetName, new Set([...taken, ...rows.map((r) => r.sheetName)]));
    changed = true;
  }
  return changed;
}

/** Re-protects the tab of a unit held back by a Cơ quan problem: closed periods' columns closed. */
function closeBlockedTab(
  book: Book,
  platform: Platform,
  tabPlan: TabPlan,
  settings: Settings,
  me: string,
  secretariat: string[],
  access: FileAccess,
): void {
  const sheet = book.tabOf(tabPlan.unit.key, tabPlan.sheetName);
  if (!sheet) return;
  const read = readTab(book.values(sheet));
  if (!read || read.agencyKey !== tabPlan.unit.key || read.rows.size === 0) return;
  const closed = settings.closedPeriods.filter((p) => !tabPlan.reopened.includes(p));
  const closedColumns = new Set(closed.flatMap((p) => columnsOfPeriod(read.layout, p)));
  const rows = [...read.rows.values()];
  const input = {
    row: Math.min(...rows),
    col: read.layout.inputFirst,
    numRows: rows.length,
    numCols: read.layout.inputLast - read.layout.inputFirst + 1,
  };
  const protection = lockTab(platform.SpreadsheetApp, sheet, tabPlan.unit.name, me, false, secretariat, access);
  const editors = tabPlan.unit.editors;
  const open = openAreasOf(input, closedColumns);
  openInputs(platform.SpreadsheetApp, protection, sheet, tabPlan.unit.name, open, me, editors, { secretariat, access });
}

interface RetireContext {
  access: FileAccess;
  fingerprints: Record<string, string>;
  me: string;
  secretariat: string[];
  archive: ArchiveWriter;
  context: () => { locale: string; at: string };
  result: GenerateResult;
}

/** Marks a unit whose tab was retired: nothing to rewrite until it reports again. */
const RETIRED = 'retired';

/**
 * Units that no longer report anything keep their tab (never deleted) but nothing may stay
 * stranded on it: its values go to the archive, it is locked for the secretariat, and it says
 * it is no longer in use.
 */
function retireTabs(book: Book, platform: Platform, units: AgencyRow[], c: RetireContext): void {
  for (const unit of units) {
    if (c.fingerprints[unit.key] === RETIRED) continue;
    const sheet = book.tabOf(unit.key, unit.sheetName);
    if (!sheet) continue;
    const read = readTab(book.values(sheet));
    if (!read || read.agencyKey !== unit.key) continue;
    lockTab(platform.SpreadsheetApp, sheet, unit.name, c.me, false, c.secretariat, c.access);
    const rows = retiredArchive(unit, read, sheet.getName(), c.context().at);
    c.result.archived += c.archive.append(rows);
    sheet.getRange(TITLE_ROWS, 1).setValue(M.tabRetired(sheet.getName()));
    c.fingerprints[unit.key] = RETIRED;
    c.result.notices.push(M.tabWithoutIndicators(sheet.getName()));
  }
}

/** Appends archive rows, each once: rows already in the sheet (same key) are not written again. */
class ArchiveWriter {
  private keys: Set<string> | null = null;

  constructor(
    private readonly book: Book,
    private readonly protect: (sheet: SheetApi) => void,
  ) {}

  append(rows: ArchiveRow[]): number {
    if (rows.length === 0) return 0;
    const sheet = this.book.sheet(ARCHIVE_SHEET);
    if (!this.keys) this.keys = sheet ? archivedKeys(this.book.values(sheet)) : new Set();
    const fresh = rows.filter((r, i) => !this.keys!.has(r.key) && rows.findIndex((o) => o.key === r.key) === i);
    if (fresh.length === 0) return 0;
    appendArchive(this.book, fresh, this.protect);
    for (const r of fresh) this.keys.add(r.key);
    return fresh.length;
  }
}

function writeAgencies(sheet: SheetApi, grid: string[][]): void {
  if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  const width = grid[0].length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, grid.length, grid[0].length);
  range.setNumberFormat('@');
  range.setValues(grid);
}

function appendArchive(book: Book, rows: ArchiveRow[], protect: (sheet: SheetApi) => void): void {
  const width = ARCHIVE_HEADER.length;
  const cells = asTextGrid(rows.map((r) => r.cells));
  let sheet = book.sheet(ARCHIVE_SHEET);
  // A sheet left empty by a run stopped just after creating it gets its header like a new one.
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last === 0) {
    // Written with its first rows: Sheets refuses to freeze every row of a sheet.
    if (!sheet) {
      sheet = book.create(ARCHIVE_SHEET, 1 + rows.length, width);
      protect(sheet);
    } else if (sheet.getMaxRows() < 1 + rows.length)
      sheet.insertRowsAfter(sheet.getMaxRows(), 1 + rows.length - sheet.getMaxRows());
    sheet.getRange(1, 1, 1 + rows.length, width).setValues([ARCHIVE_HEADER, ...cells]);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
    return;
  }
  if (sheet.getMaxRows() < last + rows.length) {
    sheet.insertRowsAfter(sheet.getMaxRows(), last + rows.length - sheet.getMaxRows());
  }
  sheet.getRange(last + 1, 1, rows.length, width).setValues(cells);
}
