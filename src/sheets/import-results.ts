/**
 * Entering results that agencies sent by letter or e-mail. All or nothing: every row is
 * checked (agency, indicator, period, value under the tab's own validation rules, closed
 * periods, the tab itself) before anything is written; then each tab touched gets ONE
 * setValues over the block of its touched rows, whatever the number of rows imported.
 */
import { readTab, type TabRead } from '../core/layout/read-tab';
import { periodColumns } from '../core/layout/columns';
import { type ImportUnit, matchResults, type ResultEntry } from '../core/results/match';
import { readResultRows, type RowProblem } from '../core/results/rows';
import { M } from '../core/messages';
import { asTextGridFor } from './cells';
import { appendEditLog } from './edit-log';
import type { EditEntry } from '../core/cycle/log';
import { Book } from './book';
import type { Platform, SheetApi } from './gas';
import { resolvePeriod } from './periods';
import { withDocumentLock } from './lock';
import { loadModel, MODEL_SHEETS } from './workbook-model';

export interface ImportedTab {
  sheet: string;
  values: number;
}

export type ImportResult =
  | { ok: true; values: number; tabs: ImportedTab[]; periods: string[] }
  | { ok: false; problems: RowProblem[] };

/** A touched tab as read before writing, with the entries it receives. */
interface TabTarget {
  sheet: SheetApi;
  read: TabRead;
  grid: unknown[][];
  entries: ResultEntry[];
}

const failed = (problems: RowProblem[]): ImportResult => ({ ok: false, problems });

export function importResults(platform: Platform, grid: string[][]): ImportResult {
  return withDocumentLock(
    platform,
    () => runImport(new Book(platform), grid),
    (message) => failed([{ row: 0, message }]),
  );
}

function runImport(book: Book, grid: string[][]): ImportResult {
  const { model } = loadModel(book);
  if (!model.table) return failed([{ row: 0, message: M.sheetMissing(MODEL_SHEETS.table) }]);
  if (!model.hasAgenciesSheet) return failed([{ row: 0, message: M.sheetMissing(MODEL_SHEETS.agencies) }]);
  const { settings, plan, table } = model;
  const reopened = model.state.reopened;

  const parsed = readResultRows(grid);
  if (parsed.problems.some((p) => p.row === 0)) return failed(parsed.problems);

  if (!plan.tabs.some((t) => book.tabOf(t.unit.key, t.sheetName)))
    return failed([{ row: 0, message: M.resultsNoTabs() }]);
  const units: ImportUnit[] = plan.tabs.map((t) => ({
    key: t.unit.key,
    name: t.unit.name,
    sheetName: t.sheetName,
    aliases: t.unit.aliases,
    lines: t.lines,
  }));
  const matched = matchResults(parsed.rows, {
    indicators: table.indicators,
    units,
    periods: settings.periods,
    closedPeriods: settings.closedPeriods,
    reopened,
    resolvePeriod: (typed) => resolvePeriod(settings, typed),
  });
  const problems = [...parsed.problems, ...matched.problems];
  const targets = locateTabs(book, matched.entries, problems);
  if (problems.length > 0) return failed(problems.sort((a, b) => a.row - b.row));

  const tabs: ImportedTab[] = [];
  const logged: EditEntry[] = [];
  const at = new Date();
  for (const target of targets.values()) {
    writeBlock(target);
    tabs.push({ sheet: target.sheet.getName(), values: target.entries.length });
    // Script writes fire no onEdit: the import records its entry times itself.
    for (const e of target.entries) {
      logged.push({
        at,
        sheet: target.sheet.getName(),
        agencyKey: target.read.agencyKey,
        lineKey: e.line.key,
        period: e.period,
        value: e.value,
        user: book.me(),
      });
    }
  }
  appendEditLog(book.platform, logged);
  const periods = settings.periods.filter((p) => matched.entries.some((e) => e.period === p));
  return { ok: true, values: matched.entries.length, tabs, periods };
}

/** Reads each touched tab once and checks it holds the lines and periods to write. */
function locateTabs(book: Book, entries: ResultEntry[], problems: RowProblem[]): Map<string, TabTarget> {
  const targets = new Map<string, TabTarget | null>();
  for (const entry of entries) {
    if (!targets.has(entry.unit.key)) {
      const sheet = book.tabOf(entry.unit.key, entry.unit.sheetName);
      const grid = sheet ? book.values(sheet) : [];
      const read = sheet ? readTab(grid) : null;
      targets.set(entry.unit.key, sheet && read ? { sheet, read, grid, entries: [] } : null);
    }
    const target = targets.get(entry.unit.key);
    if (!target) problems.push({ row: entry.row, message: M.resultsTabMissing(entry.unit.sheetName) });
    else if (!target.read.rows.has(entry.line.key) || !target.read.periods.includes(entry.period)) {
      problems.push({ row: entry.row, message: M.resultsTabOutdated(target.sheet.getName(), entry.line.key) });
    } else target.entries.push(entry);
  }
  return new Map([...targets].filter((t): t is [string, TabTarget] => t[1] !== null));
}

/** Overlays the entries on the tab's current values and writes the touched rows in one call. */
function writeBlock(target: TabTarget): void {
  const { read, grid, entries } = target;
  const { layout } = read;
  const firstCol = layout.inputFirst;
  const lastCol = layout.inputLast;
  const rows = entries.map((e) => read.rows.get(e.line.key)!);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const block = grid
    .slice(top - 1, bottom)
    .map((cells) => Array.from({ length: lastCol - firstCol + 1 }, (_, i) => cells[firstCol - 1 + i] ?? ''));
  // Several rows may bring texts for one cell (a tab of the older layout shares one evidence
  // column between periods): keep them all, one per line of the cell.
  const texts = new Map<string, string[]>();
  const addText = (row: number, col: number, text: string) => {
    if (!text) return;
    const key = `${row}:${col}`;
    const list = texts.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    texts.set(key, list);
  };
  for (const entry of entries) {
    const r = read.rows.get(entry.line.key)! - top;
    const columns = periodColumns(layout, entry.period)!;
    block[r][columns.value - firstCol] = entry.value;
    addText(r, columns.evidence - firstCol, entry.evidence);
    addText(r, columns.explanation - firstCol, entry.note);
  }
  for (const [key, list] of texts) {
    const [r, c] = key.split(':').map(Number);
    block[r][c] = list.join('\n');
  }
  const range = target.sheet.getRange(top, firstCol, block.length, block[0].length);
  range.setValues(asTextGridFor(block, range.getNumberFormats()));
  // The rows grow with the texts just written, even where a height was fixed before.
  target.sheet.autoResizeRows(top, block.length);
}
