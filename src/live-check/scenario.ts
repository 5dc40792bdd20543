/**
 * The add-on's own work, as a secretariat does it, on one seed table: each step calls the same
 * sheets-layer action the menu calls, and checks what a person would look at afterwards. A
 * step returns done: false when it ran out of time (generation continues in the next run).
 */
import { liveCheckTexts as T } from '../core/messages/live-check';
import { readTab } from '../core/layout/read-tab';
import { periodColumns } from '../core/layout/columns';
import { DEFAULT_PERIODS, defaultDeadlines, readSettings, settingsGrid } from '../core/workbook/settings';
import { ARCHIVE_SHEET, ASSIGNMENTS_SHEET, Book, SETTINGS_SHEET } from '../sheets/book';
import { recordEdit } from '../sheets/edit-log';
import type { Platform, SheetApi } from '../sheets/gas';
import { generateTabs } from '../sheets/generate';
import { closePeriod } from '../sheets/periods';
import { ownProtection } from '../sheets/protect';
import { secureWorkbookSheets } from '../sheets/secretariat';
import { setupWorkbook } from '../sheets/setup';
import { sharingView } from '../sheets/sharing';
import { writeSummary } from '../sheets/summary-sheet';
import { readState } from '../sheets/workbook-model';

export interface StepOutcome {
  ok: boolean;
  done: boolean;
  detail: string;
}

export interface ScenarioContext {
  platform: Platform;
  /** Kept between steps and between runs (JSON-safe). */
  memo: Record<string, unknown>;
  seed: string[][];
  /** Milliseconds this step may still use. */
  budgetMs: () => number;
  now: () => Date;
}

/** The periods of a new workbook: the first is closed at the end, the last disappears on the way. */
const CLOSED_PERIOD = DEFAULT_PERIODS[0];
const LAST_PERIOD = DEFAULT_PERIODS[DEFAULT_PERIODS.length - 1];

function tabs(book: Book): Array<{ sheet: SheetApi; values: unknown[][] }> {
  const ids = new Set(Object.values(readState(book).sheetIds));
  return book.ss
    .getSheets()
    .filter((s) => ids.has(s.getSheetId()))
    .map((sheet) => ({ sheet, values: book.values(sheet) }));
}

/** The first period's figure of every line, by line key (unit key first: a line key is per tab). */
function figures(book: Book): Array<[string, unknown]> {
  return tabs(book).flatMap(({ values }) => {
    const tab = readTab(values);
    if (!tab) return [];
    return [...tab.lines.entries()].map(([key, v]): [string, unknown] => [
      `${tab.agencyKey}|${key}`,
      v.periods[CLOSED_PERIOD] ?? '',
    ]);
  });
}

/** A value the cell's own validation accepts: what a person would type there. */
function acceptable(sheet: SheetApi, row: number, col: number): unknown {
  const rule = sheet.getRange(row, col).getDataValidations()[0][0];
  if (!rule) return 5;
  const args = rule.getCriteriaValues();
  const type = String(rule.getCriteriaType());
  if (type.includes('VALUE_IN_LIST')) return (args[0] as unknown[])[0];
  if (type.includes('NUMBER_BETWEEN')) return Number(args[1]) <= 1 ? 0.8 : 3;
  return 3;
}

function fail(e: unknown): StepOutcome {
  return { ok: false, done: true, detail: T.error(e instanceof Error ? e.message : String(e)) };
}

export const STEPS = {
  setup(ctx: ScenarioContext): StepOutcome {
    const created = setupWorkbook(ctx.platform);
    return { ok: true, done: true, detail: created.join(', ') };
  },

  paste(ctx: ScenarioContext): StepOutcome {
    const book = new Book(ctx.platform);
    const sheet = book.sheet(ASSIGNMENTS_SHEET)!;
    const width = Math.max(...ctx.seed.map((r) => r.length));
    const grid = ctx.seed.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    if (sheet.getMaxRows() < grid.length) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    sheet.getRange(1, 1, grid.length, width).setValues(grid);
    return { ok: true, done: true, detail: `${grid.length - 1}` };
  },

  generate(ctx: ScenarioContext): StepOutcome {
    const result = generateTabs(ctx.platform, { budgetMs: Math.max(0, ctx.budgetMs()) });
    if (!result.ok) return { ok: false, done: true, detail: result.problems.join(' ') };
    if (result.remaining > 0) return { ok: true, done: false, detail: T.checks.remaining(result.remaining) };
    return { ok: true, done: true, detail: T.checks.tabs(result.total) };
  },

  /** Types a figure into the first and last period of every line, then logs it as onEdit would. */
  type(ctx: ScenarioContext): StepOutcome {
    const book = new Book(ctx.platform);
    let typed = 0;
    let logged = 0;
    const me = book.me();
    for (const { sheet, values } of tabs(book)) {
      const tab = readTab(values);
      if (!tab) continue;
      for (const row of tab.rows.values()) {
        for (const period of [CLOSED_PERIOD, LAST_PERIOD]) {
          const col = periodColumns(tab.layout, period)?.value;
          if (!col) continue;
          const range = sheet.getRange(row, col);
          range.setValue(acceptable(sheet, row, col));
          typed++;
          // Script writes fire no onEdit ("script executions … do not cause triggers to run").
          logged += recordEdit(ctx.platform, { range, user: me }, ctx.now());
        }
      }
    }
    return { ok: typed > 0 && logged === typed, done: true, detail: T.checks.typed(typed, logged) };
  },

  /**
   * Rewords the first indicator, deletes the second, and goes from four periods to three; the
   * figures as they were are kept in the memo for the next step (done once, never repeated).
   */
  edit(ctx: ScenarioContext): StepOutcome {
    const book = new Book(ctx.platform);
    ctx.memo.before = figures(book);
    const table = book.sheet(ASSIGNMENTS_SHEET)!;
    const text = table.getRange(2, 1, 1, table.getLastColumn()).getValues()[0].map(String);
    const longest = text.reduce((best, t, i) => (t.length > text[best].length ? i : best), 0);
    table.getRange(2, longest + 1).setValue(`${text[longest]}${T.reworded}`);
    table.deleteRows(3, 1);
    const settingsSheet = book.sheet(SETTINGS_SHEET)!;
    const settings = readSettings(book.values(settingsSheet));
    settings.periods = settings.periods.slice(0, 3);
    settings.deadlines = defaultDeadlines(settings.year, 3, settings.deadlineDay);
    const grid = settingsGrid(settings);
    settingsSheet.getRange(1, 1, grid.length, 3).setValues(grid);
    return { ok: true, done: true, detail: settings.periods.join('; ') };
  },

  /** Regenerates after the edit: every figure of a line that stayed is where it was; the others are archived. */
  regenerate(ctx: ScenarioContext): StepOutcome {
    const result = generateTabs(ctx.platform, { budgetMs: Math.max(0, ctx.budgetMs()) });
    if (!result.ok) return { ok: false, done: true, detail: result.problems.join(' ') };
    if (result.remaining > 0) return { ok: true, done: false, detail: T.checks.remaining(result.remaining) };
    const before = (ctx.memo.before ?? []) as Array<[string, unknown]>;
    const after = new Map(figures(new Book(ctx.platform)));
    const stayed = before.filter(([key]) => after.has(key));
    const kept = stayed.filter(([key, value]) => after.get(key) === value).length;
    const archive = new Book(ctx.platform).sheet(ARCHIVE_SHEET);
    const archived = archive ? Math.max(0, archive.getLastRow() - 1) : 0;
    return {
      ok: kept === stayed.length && stayed.length > 0 && archived > 0,
      done: true,
      detail: `${T.checks.kept(kept, stayed.length)}; ${T.checks.archived(archived)}`,
    };
  },

  close(ctx: ScenarioContext): StepOutcome {
    const result = closePeriod(ctx.platform, CLOSED_PERIOD);
    if (!result.ok) return { ok: false, done: true, detail: result.message };
    const book = new Book(ctx.platform);
    const app = ctx.platform.SpreadsheetApp;
    const all = tabs(book);
    let locked = 0;
    for (const { sheet, values } of all) {
      const tab = readTab(values);
      const col = tab && periodColumns(tab.layout, CLOSED_PERIOD)?.value;
      const protection = ownProtection(app, sheet);
      if (!col || !protection) continue;
      const open = protection
        .getUnprotectedRanges()
        .some((r) => r.getColumn() <= col && col < r.getColumn() + r.getNumColumns());
      if (!open) locked++;
    }
    return {
      ok: locked === all.length,
      done: true,
      detail: T.checks.closed(CLOSED_PERIOD, locked, all.length),
    };
  },

  summary(ctx: ScenarioContext): StepOutcome {
    const result = writeSummary(ctx.platform, CLOSED_PERIOD, ctx.now());
    if (result.ok) secureWorkbookSheets(ctx.platform);
    return { ok: result.ok, done: true, detail: result.ok ? T.checks.summary(result.sheetName) : result.message };
  },

  sharing(ctx: ScenarioContext): StepOutcome {
    const view = sharingView(ctx.platform);
    const editors = ctx.platform.SpreadsheetApp.getActiveSpreadsheet().getEditors().length;
    return { ok: view.ok, done: true, detail: T.checks.editors(editors) };
  },
} satisfies Record<string, (ctx: ScenarioContext) => StepOutcome>;

export type ScenarioStep = keyof typeof STEPS;

/** Runs a step; an exception is a failed step, reported, never a stopped check. */
export function runStep(step: ScenarioStep, ctx: ScenarioContext): StepOutcome {
  try {
    return STEPS[step](ctx);
  } catch (e) {
    return fail(e);
  }
}
