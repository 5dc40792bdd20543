/**
 * Province-scale benchmark (`npm run bench`), on the in-memory SpreadsheetApp through the real
 * menu handlers: set-up, first generation, regeneration with no change, regeneration after
 * three indicators change, and the report for one period after figures are entered.
 *
 * For each step it prints SpreadsheetApp calls by kind, the cells the workbook holds against
 * Sheets' 10-million-cell limit, local wall time, script CPU, peak memory and an estimate of
 * the time in Apps Script from the per-call cost model (bench/cost-model.ts). It then
 * simulates how generateTabs splits a first generation into executions under its time budget,
 * runs the "Done when" checks of issue 6, and writes everything to out/bench-<date>.json
 * (or --out <file>) so versions can be compared.
 *
 * Scenarios (see bench/synthetic.ts):
 * - province: a criteria table of 60 criteria and 150 communes in the Agencies sheet (the
 *   shape of seed 002 at province size: every commune reports every criterion);
 * - district: the same shape, 35 criteria × 30 communes;
 * - province-lead: a 9,000-row table where each of 150 agencies leads 60 indicators (one in
 *   ten with a cooperating agency), which a criteria table cannot show: changing three
 *   indicators must rewrite only the few tabs that hold them.
 *
 * Options: --out <file>, --only <scenario>, --no-scaling, --no-chunks, --costs <live.json> (the
 * per-call costs measured by the live check replace the assumed ones: bench/live-costs.ts).
 */
import { GENERATION_BUDGET_MS } from '../src/sheets/generate';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as main from '../src/appsscript/main';
import { readTab } from '../src/core/layout/read-tab';
import { TAB_MARKER } from '../src/core/layout/tab';
import { buildReport } from '../src/core/report/report';
import { readAgencyRows } from '../src/core/workbook/agencies-sheet';
import { createPlatform, type CallSummary, type LocalPlatform, type WorkbookData } from '../src/local/engine';
import { collectResults } from '../src/sheets/collect';
import { Book } from '../src/sheets/book';
import { generateTabs } from '../src/sheets/generate';
import { appsScriptPlatform } from '../src/sheets/platform';
import { costOfKey, describeModel, estimate, isLocalCall } from './cost-model';
import { loadLiveCosts } from './live-costs';
import { Instrument, type MemoryPeak, type PropertyViolation } from './instrument';
import {
  changedTarget,
  pickChanges,
  seededRandom,
  syntheticBook,
  unitsHolding,
  type Layout,
  type SyntheticBook,
} from './synthetic';

const SECRETARIAT = 'vanphong@tinh.gov.vn';
const CELL_LIMIT = 10_000_000;
const TWO_MINUTES = 120_000;
const SIX_MINUTES = 360_000;
/** generateTabs' default budget per execution (src/sheets/generate.ts), used by the menu and the progress dialog. */
const DEFAULT_BUDGET = GENERATION_BUDGET_MS;
/** The budget the add-on had before, kept for comparison: it fits 6 minutes but not 2. */
const LONG_BUDGET = 270_000;
const PERIODS_4 = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
const PERIODS_2 = ['Quý I', 'Quý II'];
const REPORT_PERIOD = 'Quý I';

interface ScenarioSpec {
  name: string;
  layout: Layout;
  units: number;
  perUnit: number;
  periods: number;
}

const SCENARIOS: ScenarioSpec[] = [
  { name: 'province', layout: 'criteria', units: 150, perUnit: 60, periods: 4 },
  { name: 'district', layout: 'criteria', units: 30, perUnit: 35, periods: 4 },
  { name: 'province-lead', layout: 'lead', units: 150, perUnit: 60, periods: 4 },
];

/** First generations that differ from the province in one dimension at a time. */
const SCALING: ScenarioSpec[] = [
  { name: '150 units × 30 × 4 periods', layout: 'criteria', units: 150, perUnit: 30, periods: 4 },
  { name: '150 units × 60 × 2 periods', layout: 'criteria', units: 150, perUnit: 60, periods: 2 },
  { name: '75 units × 60 × 4 periods', layout: 'criteria', units: 75, perUnit: 60, periods: 4 },
];

interface StepResult {
  step: string;
  calls: CallSummary;
  /** Calls that cost a round trip in the model (builder steps and Ui excluded). */
  serverCalls: number;
  byMethod: Record<string, number>;
  cells: number;
  cellsPercent: number;
  /** Cells of the generated tabs together, and of every other sheet by name. */
  cellsBySheet: { tabs: number; tabCells: number; others: Record<string, number> };
  sheets: number;
  wallMs: number;
  engineMs: number;
  scriptCpuMs: number;
  memory: MemoryPeak;
  estimate: { lowMs: number; midMs: number; highMs: number; byKind: Record<string, number> };
  underTwoMinutes: boolean;
  underSixMinutes: boolean;
  propertyViolations: PropertyViolation[];
  notes: string[];
  error?: string;
}

interface ChunkRun {
  label: string;
  budgetMs: number;
  executions: Array<{
    tabsWritten: number;
    unchanged: number;
    remaining: number;
    calls: number;
    serverCalls: number;
    estimateMs: number;
    error?: string;
  }>;
  complete: boolean;
}

interface ScenarioResult {
  spec: ScenarioSpec;
  tableRows: number;
  tabs: number;
  steps: StepResult[];
  chunks: ChunkRun[];
  changed: { expected: string[]; rewritten: string[] };
  report: {
    buildReportMedianMs: number;
    getValuesPerTab: { min: number; max: number; tabs: number; tabsRead: number };
    otherReads: Record<string, number>;
    totals: unknown;
  } | null;
  properties: Record<string, number>;
}

interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

// ---------------------------------------------------------------------------------------------

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

const round = (n: number) => Math.round(n);

/** A full collection before each step, so a step's peak heap is its own working set (as far as one process allows). */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);

/** One workbook on the engine, with the wrapped services the handlers see. */
class Workbench {
  readonly local: LocalPlatform;
  readonly ins: Instrument;

  constructor(workbook?: WorkbookData) {
    this.local = createPlatform(workbook, { locale: 'vi_VN', owner: SECRETARIAT, user: SECRETARIAT });
    this.ins = new Instrument(this.local);
  }

  /** The spreadsheet as the bench itself edits it (a person's paste, figures typed in). */
  get ss() {
    return this.local.platform.SpreadsheetApp.getActiveSpreadsheet();
  }

  cells(): number {
    return this.local.workbook.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  cellsBySheet(): StepResult['cellsBySheet'] {
    const tabs = new Set(this.tabNames());
    const out: StepResult['cellsBySheet'] = { tabs: tabs.size, tabCells: 0, others: {} };
    for (const s of this.local.workbook.sheets) {
      if (tabs.has(s.name)) out.tabCells += s.maxRows * s.maxColumns;
      else out.others[`${s.name} (${s.maxRows}×${s.maxColumns})`] = s.maxRows * s.maxColumns;
    }
    return out;
  }

  tabNames(): string[] {
    return this.local.workbook.sheets
      .filter((s) => s.rows.get(1) && [...s.rows.get(1)!.values()].some((c) => c.value === TAB_MARKER))
      .map((s) => s.name);
  }

  lastDialog(): string {
    return this.local.workbook.ui.dialogs[this.local.workbook.ui.dialogs.length - 1]?.prompt ?? '';
  }

  /** Runs one step of the add-on and measures it; the bench's own edits happen between steps. */
  measure(step: string, fn: () => void): StepResult {
    this.ins.install();
    this.local.calls.reset();
    this.ins.reset();
    collectGarbage();
    const start = performance.now();
    let error: string | undefined;
    try {
      fn();
    } catch (e) {
      error = String(e);
    }
    const wallMs = performance.now() - start;
    const byMethod = this.local.calls.byMethod();
    const scriptCpuMs = Math.max(0, wallMs - this.ins.engineMs);
    const est = estimate(byMethod, scriptCpuMs);
    const cells = this.cells();
    return {
      step,
      calls: this.local.calls.summary(),
      serverCalls: est.serverCalls,
      byMethod,
      cells,
      cellsPercent: (100 * cells) / CELL_LIMIT,
      cellsBySheet: this.cellsBySheet(),
      sheets: this.local.workbook.sheets.length,
      wallMs: round(wallMs),
      engineMs: round(this.ins.engineMs),
      scriptCpuMs: round(scriptCpuMs),
      memory: this.ins.memoryPeak(),
      estimate: {
        lowMs: round(est.lowMs),
        midMs: round(est.midMs),
        highMs: round(est.highMs),
        byKind: Object.fromEntries(Object.entries(est.byKind).map(([k, v]) => [k, round(v)])),
      },
      underTwoMinutes: est.midMs <= TWO_MINUTES,
      underSixMinutes: est.midMs <= SIX_MINUTES,
      propertyViolations: [...this.ins.violations],
      notes: [],
      error,
    };
  }

  /** Pastes a grid at A1 as plain values, growing the sheet as a paste does. */
  paste(sheetName: string, grid: string[][]): void {
    const sheet = this.ss.getSheetByName(sheetName)!;
    const width = Math.max(...grid.map((r) => r.length));
    const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
  }

  setPeriods(periods: string[]): void {
    const sheet = this.ss.getSheetByName('Cài đặt')!;
    const grid = sheet.getDataRange().getValues();
    const row = grid.findIndex((r) => String(r[0]) === 'Kỳ báo cáo');
    if (row < 0) throw new Error('no "Kỳ báo cáo" row in the Settings sheet');
    sheet.getRange(row + 1, 2).setValue(periods.join('; '));
  }

  /** Sheet names of the units the bench named, through the Agencies sheet the add-on filled. */
  sheetNamesOf(units: string[]): string[] {
    const rows = readAgencyRows(this.ss.getSheetByName('Cơ quan')!.getDataRange().getValues()).rows;
    const wanted = new Set(units);
    return rows.filter((r) => wanted.has(r.name)).map((r) => r.sheetName);
  }

  /** Sample figures for one period in every tab, one setValues per tab, as agencies would type them. */
  fillFigures(period: string, seed: number): number {
    const random = seededRandom(seed);
    let filled = 0;
    for (const name of this.tabNames()) {
      const sheet = this.ss.getSheetByName(name)!;
      const grid = sheet.getDataRange().getValues();
      const read = readTab(grid);
      if (!read || read.rows.size === 0) continue;
      const col = 7 + read.periods.indexOf(period);
      const rows = [...read.rows.values()];
      const first = Math.min(...rows);
      const last = Math.max(...rows);
      const block = Array.from({ length: last - first + 1 }, (_, i) => {
        const unit = String(grid[first - 1 + i][5] ?? '');
        const r = random();
        if (r < 0.1) return [''];
        filled++;
        if (unit === '%') return [Math.round((0.4 + random() * 0.6) * 1000) / 1000];
        if (/Có/.test(unit)) return [r < 0.8 ? 'Có' : 'Chưa có'];
        return [Math.floor(random() * 25)];
      });
      sheet.getRange(first, col, block.length, 1).setValues(block);
    }
    return filled;
  }

  properties(): Record<string, number> {
    return Object.fromEntries(
      Object.entries(this.local.workbook.properties).map(([k, v]) => [k, Buffer.byteLength(v, 'utf8')]),
    );
  }
}

/** A book set up and filled with a synthetic table, as the secretariat leaves it before generating. */
function preparedBench(spec: ScenarioSpec): { bench: Workbench; book: SyntheticBook; setup: StepResult } {
  const bench = new Workbench();
  const book = syntheticBook({ layout: spec.layout, units: spec.units, perUnit: spec.perUnit });
  const setup = bench.measure('set-up', () => {
    main.onOpen();
    main.menuSetup();
  });
  bench.paste('Chỉ tiêu', book.table);
  if (book.agencies.length > 0) bench.paste('Cơ quan', book.agencies);
  if (spec.periods !== 4) bench.setPeriods(spec.periods === 2 ? PERIODS_2 : PERIODS_4.slice(0, spec.periods));
  return { bench, book, setup };
}

/**
 * Drives generateTabs as successive executions, with a clock that advances by the cost
 * model's estimate of the calls made so far (plus scaled script CPU), on a copy of `workbook`.
 */
function simulateChunks(
  workbook: WorkbookData,
  budgetMs: number,
  label: string,
  expectedTabs: number,
  enforcePropertyLimit = false,
  costs: 'midMs' | 'highMs' = 'midMs',
): ChunkRun {
  const bench = new Workbench(structuredClone(workbook));
  bench.ins.liftPropertyLimit = !enforcePropertyLimit;
  const run: ChunkRun = { label, budgetMs, executions: [], complete: false };
  // Read the way the add-on reads it (values may be spread over several keys).
  const fingerprinted = () =>
    Object.keys(new Book(bench.local.platform).readJson<Record<string, string>>('sct.tabFingerprints', {})).length;
  for (let n = 0; n < 30; n++) {
    const before = fingerprinted();
    bench.local.calls.reset();
    bench.ins.reset();
    const wallStart = performance.now();
    const clock = () =>
      estimate(bench.local.calls.byMethod(), performance.now() - wallStart - bench.ins.engineMs)[costs];
    let error: string | undefined;
    let result: ReturnType<typeof generateTabs> | null = null;
    try {
      result = generateTabs(bench.ins.platform, { budgetMs, now: clock });
    } catch (e) {
      error = String(e);
    }
    const est = estimate(bench.local.calls.byMethod(), performance.now() - wallStart - bench.ins.engineMs);
    run.executions.push({
      // After a failed execution, what it saved (fingerprints) is the progress the next one keeps.
      tabsWritten: result ? result.created.length + result.updated.length : fingerprinted() - before,
      unchanged: result?.unchanged.length ?? 0,
      remaining: result?.remaining ?? -1,
      calls: bench.local.calls.total(),
      serverCalls: est.serverCalls,
      estimateMs: round(est[costs]),
      error,
    });
    if (!result) {
      // Apps Script shows the error; the secretariat runs the menu again. Stop when that gains nothing.
      if (fingerprinted() === before) break;
      if (fingerprinted() >= expectedTabs) {
        run.complete = true;
        break;
      }
      continue;
    }
    if (result.remaining === 0) {
      run.complete = true;
      break;
    }
  }
  return run;
}

function runScenario(spec: ScenarioSpec, withChunks: boolean): ScenarioResult {
  console.log(
    `\n… ${spec.name}: ${spec.layout} layout, ${spec.units} units × ${spec.perUnit} indicators × ${spec.periods} ` +
      `periods`,
  );
  const { bench, book, setup } = preparedBench(spec);
  const steps: StepResult[] = [setup];
  const chunks: ChunkRun[] = [];
  const beforeFirst = withChunks ? structuredClone(bench.local.workbook) : null;

  const first = bench.measure('first generation', () => main.menuGenerate());
  first.notes.push(bench.lastDialog().split('\n')[0]);
  steps.push(first);
  const tabs = bench.tabNames().length;

  // Which sheets receive values during a step: the tabs it rewrote.
  const written = new Set<string>();
  bench.ins.onCall = (target, method) => {
    const sheet = (target as { sheet?: { name?: string } }).sheet;
    if (method === 'setValues' && sheet?.name) written.add(sheet.name);
  };
  const tabSet = new Set(bench.tabNames());
  const rewrittenTabs = () => [...written].filter((n) => tabSet.has(n));

  written.clear();
  const again = bench.measure('regenerate, no change', () => main.menuGenerate());
  again.notes.push(bench.lastDialog().split('\n')[0], `tabs rewritten: ${rewrittenTabs().length}`);
  steps.push(again);

  // The secretariat edits the targets of three indicators in the table.
  const changes = pickChanges(book);
  const tableSheet = bench.ss.getSheetByName('Chỉ tiêu')!;
  for (const change of changes) {
    const cell = tableSheet.getRange(change.row + 1, book.targetCol + 1);
    cell.setValue(changedTarget(String(cell.getDisplayValues()[0][0])));
  }
  const expected = bench.sheetNamesOf(unitsHolding(book, changes));
  const beforeChange = withChunks ? structuredClone(bench.local.workbook) : null;
  written.clear();
  const changed = bench.measure('regenerate, 3 indicators changed', () => main.menuGenerate());
  const rewritten = rewrittenTabs();
  changed.notes.push(
    bench.lastDialog().split('\n')[0],
    `tabs rewritten: ${rewritten.length} (expected ${expected.length})`,
  );
  steps.push(changed);
  bench.ins.onCall = null;

  // Agencies type figures for one period; then the report reads every tab.
  const filled = bench.fillFigures(REPORT_PERIOD, 7);
  const reads = new Map<string, number>();
  bench.ins.onCall = (target, method) => {
    const sheet = (target as { sheet?: { name?: string } }).sheet;
    if ((method === 'getValues' || method === 'getDisplayValues') && sheet?.name)
      reads.set(sheet.name, (reads.get(sheet.name) ?? 0) + 1);
  };
  let collected: ReturnType<typeof collectResults> | null = null;
  let totals: unknown = null;
  const report = bench.measure(`report (${REPORT_PERIOD})`, () => {
    collected = collectResults(appsScriptPlatform());
    totals = buildReport({
      period: REPORT_PERIOD,
      settings: collected.settings,
      indicators: collected.indicators,
      units: collected.units,
    }).totals;
  });
  bench.ins.onCall = null;
  report.notes.push(`${filled} figures entered; totals ${JSON.stringify(totals)}`);
  steps.push(report);

  let reportInfo: ScenarioResult['report'] = null;
  if (collected) {
    const c = collected as ReturnType<typeof collectResults>;
    const input = { period: REPORT_PERIOD, settings: c.settings, indicators: c.indicators, units: c.units };
    buildReport(input);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      buildReport(input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const tabNames = bench.tabNames();
    const perTab = tabNames.map((n) => reads.get(n) ?? 0);
    reportInfo = {
      buildReportMedianMs: Math.round(times[3] * 10) / 10,
      getValuesPerTab: {
        min: Math.min(...perTab),
        max: Math.max(...perTab),
        tabs: tabNames.length,
        tabsRead: perTab.filter((n) => n > 0).length,
      },
      otherReads: Object.fromEntries([...reads].filter(([n]) => !tabNames.includes(n))),
      totals,
    };
  }

  if (beforeFirst) {
    chunks.push(
      simulateChunks(
        beforeFirst,
        DEFAULT_BUDGET,
        `first generation, default budget (${DEFAULT_BUDGET / 1000} s)`,
        tabs,
      ),
    );
    if (steps.some((st) => st.propertyViolations.length > 0)) {
      chunks.push(
        simulateChunks(
          beforeFirst,
          DEFAULT_BUDGET,
          'first generation, default budget, property limits (9 KB per value, 500 KB in all) enforced as in Apps ' +
            'Script',
          tabs,
          true,
        ),
      );
    }
    chunks.push(
      simulateChunks(
        beforeFirst,
        LONG_BUDGET,
        `first generation, ${LONG_BUDGET / 1000} s budget (for comparison)`,
        tabs,
      ),
    );
    if (spec.name === 'province')
      chunks.push(
        simulateChunks(
          beforeFirst,
          DEFAULT_BUDGET,
          'first generation, default budget, pessimistic (high) costs',
          tabs,
          false,
          'highMs',
        ),
      );
  }
  if (beforeChange && rewritten.length > 10)
    chunks.push(simulateChunks(beforeChange, DEFAULT_BUDGET, 'after 3 indicators changed, default budget', tabs));

  return {
    spec,
    tableRows: book.table.length,
    tabs,
    steps,
    chunks,
    changed: { expected: expected.sort(), rewritten: rewritten.sort() },
    report: reportInfo,
    properties: bench.properties(),
  };
}

function runScaling(spec: ScenarioSpec): { spec: ScenarioSpec; tabs: number; step: StepResult } {
  console.log(`… scaling: ${spec.name}`);
  const { bench } = preparedBench(spec);
  const step = bench.measure('first generation', () => main.menuGenerate());
  return { spec, tabs: bench.tabNames().length, step };
}

// --- printing ---------------------------------------------------------------------------------

function printTable(headers: string[], rows: Array<Array<string | number>>, rightAlign = true): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (rightAlign && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' │ ');
  console.log(line(headers));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of cells.slice(1)) console.log(line(r));
}

function printSteps(result: ScenarioResult): void {
  const s = result.spec;
  console.log(
    `\n=== ${s.name}: ${s.layout} layout, ${s.units} units × ${s.perUnit} indicators × ${s.periods} periods; ` +
      `table ${result.tableRows} rows; ${result.tabs} tabs ===`,
  );
  printTable(
    [
      'step',
      'reads',
      'writes',
      'sheet',
      'rules',
      'other',
      'total',
      'server',
      'cells (% of 10M)',
      'wall ms',
      'CPU ms',
      'RSS/heap MB',
      'Apps Script est. s [low–high]',
      '≤2 min',
    ],
    result.steps.map((r) => [
      r.step,
      r.calls.read,
      r.calls.write,
      r.calls.sheet,
      r.calls.rule,
      r.calls.other,
      r.calls.total,
      r.serverCalls,
      `${r.cells.toLocaleString('en')} (${r.cellsPercent.toFixed(2)}%)`,
      r.wallMs,
      r.scriptCpuMs,
      `${r.memory.rssMb}/${r.memory.heapUsedMb}`,
      `${seconds(r.estimate.midMs)} [${seconds(r.estimate.lowMs)}–${seconds(r.estimate.highMs)}]`,
      r.error ? 'ERROR' : r.underTwoMinutes ? 'yes' : 'no',
    ]),
  );
  console.log(
    '  server = calls the model prices as round trips (rule-builder steps and Ui excluded); CPU ms = wall − time ' +
      "inside the engine (the add-on's own JavaScript);" +
      ' RSS/heap = process peak during the step, after a full GC; estimate = cost model mid [low–high], Ui waits ' +
      'excluded.',
  );
  for (const r of result.steps) {
    const notes = r.notes.filter(Boolean);
    if (notes.length) console.log(`  ${r.step}: ${notes.join(' · ')}`);
    if (r.error) console.log(`  ${r.step}: FAILED ${r.error}`);
    for (const v of r.propertyViolations) {
      const what =
        v.kind === 'value'
          ? `document property ${v.key} is ${(v.bytes / 1024).toFixed(1)} KB > 9 KB per value`
          : `document properties total ${(v.bytes / 1024).toFixed(1)} KB > 500 KB per store (writing ${v.key})`;
      console.log(
        `  ${r.step}: ${what}: Apps Script throws "Argument too large" here (the bench stored it anyway to ` +
          `measure the rest)`,
      );
    }
  }
  const gen = result.steps.find((r) => r.step === 'first generation');
  if (gen) {
    const c = gen.cellsBySheet;
    const perTab = round(c.tabCells / Math.max(1, c.tabs));
    const others = Object.entries(c.others)
      .map(([n, v]) => `${n} ${v.toLocaleString('en')}`)
      .join(', ');
    console.log(
      `  first generation, cells: ${c.tabs} tabs ${c.tabCells.toLocaleString('en')} (${perTab} per tab); ${others}`,
    );
    console.log(
      `  first generation, estimate by kind (s): ${Object.entries(gen.estimate.byKind)
        .map(([k, v]) => `${k} ${seconds(v)}`)
        .join(', ')}`,
    );
    const top = Object.entries(gen.byMethod)
      .map(([k, n]) => ({ k, n, ms: n * costOfKey(k).cost.mid }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    console.log(
      `  first generation, largest estimated costs: ` +
        `${top.map((t) => `${t.k} ${(t.n / Math.max(1, result.tabs)).toFixed(1)}/tab ${seconds(t.ms)} s`).join('; ')}`,
    );
  }
  for (const run of result.chunks) {
    const execs = run.executions.map(
      (e, i) =>
        `#${i + 1}: ${e.tabsWritten} tabs, ${e.calls} calls, ~${seconds(e.estimateMs)} ` +
        `s${e.estimateMs > TWO_MINUTES ? ' (>2 min)' : ''}${e.estimateMs > SIX_MINUTES ? ' (>6 min!)' : ''}` +
        `${e.error ? ` FAILED ${e.error}` : ''}`,
    );
    console.log(
      `  chunks, ${run.label}: ` +
        `${run.complete ? run.executions.length : `NOT FINISHED after ${run.executions.length}`} execution(s) — ` +
        `${execs.join('; ')}`,
    );
  }
  if (result.report) {
    const r = result.report;
    console.log(
      `  report: getValues per tab min ${r.getValuesPerTab.min} / max ${r.getValuesPerTab.max} over ` +
        `${r.getValuesPerTab.tabs} tabs; other sheets read: ${JSON.stringify(r.otherReads)}; buildReport alone ` +
        `${r.buildReportMedianMs} ms (median of 7)`,
    );
  }
  const props = Object.entries(result.properties);
  const total = props.reduce((n, [k, v]) => n + Buffer.byteLength(k) + v, 0);
  const largest = props.reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0] as [string, number]);
  const families = [...new Set(props.map(([k]) => k.split('#')[0]))].map(
    (f) => `${f} ${(props.filter(([k]) => k.split('#')[0] === f).reduce((n, [, v]) => n + v, 0) / 1024).toFixed(1)} KB`,
  );
  console.log(
    `  document properties: ${props.length} keys, ${(total / 1024).toFixed(1)} KB in all (limit 500 KB), largest ` +
      `value ${largest[0]} ${(largest[1] / 1024).toFixed(1)} KB (limit 9 KB): ${families.join(', ')}`,
  );
}

function printModel(): void {
  console.log('\n=== Cost model (ms per call; estimates use mid) ===');
  const rows = describeModel();
  printTable(
    ['applies to', 'low', 'mid', 'high', 'basis'],
    rows.map((r) => [r.applies, r.low, r.mid, r.high, r.basis]),
  );
  console.log('Sources:');
  for (const r of rows) console.log(`  - ${r.applies}: ${r.source}`);
  console.log('  "assumption" rows have no public measurement behind them: treat estimates as ± the low–high range.');
}

// --- checks -------------------------------------------------------------------------------------

function checks(
  results: ScenarioResult[],
  scaling: Array<{ spec: ScenarioSpec; tabs: number; step: StepResult }>,
): Check[] {
  const out: Check[] = [];
  const province = results.find((r) => r.spec.name === 'province');
  const firstOf = (r: ScenarioResult) => r.steps.find((s) => s.step === 'first generation')!;

  if (province && scaling.length > 0) {
    const rows = [{ spec: province.spec, tabs: province.tabs, step: firstOf(province) }, ...scaling];
    const sameTabs = rows.filter((r) => r.tabs === province.tabs);
    const server = sameTabs.map((r) => r.step.serverCalls);
    const all = sameTabs.map((r) => r.step.calls.total);
    const perTab = rows.map(
      (r) =>
        `${r.spec.units}×${r.spec.perUnit}×${r.spec.periods}: ${r.tabs} tabs, ${r.step.serverCalls} server calls ` +
        `(${(r.step.serverCalls / r.tabs).toFixed(1)}/tab), ${r.step.calls.total} calls in all ` +
        `(${(r.step.calls.total / r.tabs).toFixed(1)}/tab)`,
    );
    out.push({
      name: 'first generation: server calls grow with tabs, not with rows or periods',
      pass: Math.max(...server) - Math.min(...server) <= 0.01 * Math.max(...server),
      detail: perTab.join('; '),
    });
    out.push({
      name: 'first generation: all counted calls (builder steps included) independent of rows and periods',
      pass: Math.max(...all) - Math.min(...all) <= 0.01 * Math.max(...all),
      detail:
        `totals at ${province.tabs} tabs: ${all.join(', ')} (rule-builder steps are counted per count-kind ` +
        `cell: see the report)`,
    });
  }
  for (const r of results) {
    const again = r.steps.find((s) => s.step === 'regenerate, no change')!;
    out.push({
      name: `${r.spec.name}: regenerating an unchanged workbook makes zero write calls`,
      pass: again.calls.write === 0 && !again.error,
      detail: `writes ${again.calls.write}, total calls ${again.calls.total}, ${again.notes.join(' · ')}`,
    });
    const { expected, rewritten } = r.changed;
    const same = expected.length === rewritten.length && expected.every((n, i) => n === rewritten[i]);
    const list = (l: string[]) => (l.length > 6 ? `${l.slice(0, 6).join(', ')} … (${l.length})` : l.join(', '));
    out.push({
      name: `${r.spec.name}: after changing 3 indicators only the tabs holding them are rewritten`,
      pass: same,
      detail: `rewritten [${list(rewritten)}]; expected [${list(expected)}]`,
    });
    const maxCells = Math.max(...r.steps.map((s) => s.cells));
    if (r.spec.units >= 150) {
      const c = r.steps.find((s) => s.cells === maxCells)!.cellsBySheet;
      const others = Object.entries(c.others)
        .map(([n, v]) => `${n} ${v.toLocaleString('en')}`)
        .join(', ');
      out.push({
        name: `${r.spec.name}: workbook under 2% of the 10M-cell limit`,
        pass: maxCells < 0.02 * CELL_LIMIT,
        detail:
          `${maxCells.toLocaleString('en')} cells = ${((100 * maxCells) / CELL_LIMIT).toFixed(2)}%: tabs ` +
          `${c.tabCells.toLocaleString('en')}, ${others}`,
      });
    }
    if (r.report) {
      const g = r.report.getValuesPerTab;
      out.push({
        name: `${r.spec.name}: the report reads each tab once`,
        pass: g.min === 1 && g.max === 1 && g.tabsRead === g.tabs,
        detail: `getValues per tab min ${g.min}, max ${g.max}, ${g.tabsRead}/${g.tabs} tabs read`,
      });
      out.push({
        name: `${r.spec.name}: buildReport well under a second`,
        pass: r.report.buildReportMedianMs < 250,
        detail: `${r.report.buildReportMedianMs} ms median`,
      });
    }
    const violations = r.steps.flatMap((s) =>
      s.propertyViolations.map((v) =>
        v.kind === 'value'
          ? `${v.key} ${(v.bytes / 1024).toFixed(1)} KB > 9 KB`
          : `store ${(v.bytes / 1024).toFixed(0)} KB > 500 KB`,
      ),
    );
    const sizes = Object.entries(r.properties);
    const summary =
      `${sizes.length} keys, ` +
      `${(sizes.reduce((n, [k, v]) => n + k.length + v, 0) / 1024).toFixed(1)} KB in all, largest value ` +
      `${(Math.max(0, ...sizes.map(([, v]) => v)) / 1024).toFixed(1)} KB`;
    out.push({
      name: `${r.spec.name}: document properties within Apps Script's limits (9 KB per value, 500 KB in all)`,
      pass: violations.length === 0,
      detail: violations.length ? `${[...new Set(violations)].join('; ')}; at the end: ${summary}` : summary,
    });
    const errors = r.steps.filter((s) => s.error).map((s) => `${s.step}: ${s.error}`);
    if (errors.length)
      out.push({ name: `${r.spec.name}: every step runs without error`, pass: false, detail: errors.join('; ') });
    // Generation runs in chunks (one execution each, default budget); the other steps in one execution.
    const chunkedSteps = /generat|regenerate, 3/;
    const overTwo = r.steps
      .filter((s) => !s.underTwoMinutes && !chunkedSteps.test(s.step))
      .map((s) => `${s.step} ~${seconds(s.estimate.midMs)} s`);
    const longChunks = r.chunks.filter(
      (c) =>
        c.budgetMs === DEFAULT_BUDGET && (!c.complete || Math.max(...c.executions.map((e) => e.estimateMs)) >= 120_000),
    );
    const chunked = r.chunks.map(
      (c) =>
        `${c.label}: ${c.complete ? c.executions.length : `>${c.executions.length}`} execution(s), longest ` +
        `~${seconds(Math.max(...c.executions.map((e) => e.estimateMs)))} s`,
    );
    out.push({
      name: `${r.spec.name}: every execution under 2 minutes (generation in chunks of the default budget)`,
      pass: overTwo.length === 0 && longChunks.length === 0,
      detail: [overTwo.length ? `over: ${overTwo.join(', ')}` : 'single-execution steps under 2 min', ...chunked].join(
        '; ',
      ),
    });
  }
  return out;
}

// --- main -------------------------------------------------------------------------------------

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function mainBench(): void {
  const started = performance.now();
  const costs = arg('--costs');
  if (costs) console.log(`Measured costs from ${costs}: ${loadLiveCosts(costs).join(', ')}`);
  const only = arg('--only');
  const withChunks = !flag('--no-chunks');
  const scenarios = SCENARIOS.filter((s) => !only || s.name === only);
  const results = scenarios.map((s) => runScenario(s, withChunks));
  const scaling = flag('--no-scaling') || (only && only !== 'province') ? [] : SCALING.map(runScaling);

  printModel();
  for (const r of results) printSteps(r);
  if (scaling.length > 0) {
    console.log('\n=== First generation against size (criteria layout) ===');
    const province = results.find((r) => r.spec.name === 'province');
    const rows = [
      ...(province ? [{ spec: province.spec, tabs: province.tabs, step: province.steps[1] }] : []),
      ...scaling,
    ];
    printTable(
      [
        'units × indicators × periods',
        'tabs',
        'total calls',
        'server calls',
        'server/tab',
        'builder steps',
        'cells',
        'Apps Script est. s',
      ],
      rows.map((r) => [
        `${r.spec.units} × ${r.spec.perUnit} × ${r.spec.periods}`,
        r.tabs,
        r.step.calls.total,
        r.step.serverCalls,
        (r.step.serverCalls / r.tabs).toFixed(1),
        Object.entries(r.step.byMethod)
          .filter(([k]) => isLocalCall(k))
          .reduce((n, [, v]) => n + v, 0),
        r.step.cells.toLocaleString('en'),
        seconds(r.step.estimate.midMs),
      ]),
    );
  }
  const results2 = checks(results, scaling);
  console.log('\n=== Checks (issue 6, "Done when") ===');
  for (const c of results2) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}\n      ${c.detail}`);

  const date = new Date().toISOString().slice(0, 10);
  const out = arg('--out') ?? join(__dirname, '..', 'out', `bench-${date}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const totalMs = round(performance.now() - started);
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: gitCommit(),
        node: process.version,
        benchMs: totalMs,
        costModel: describeModel(),
        scenarios: results,
        scaling,
        checks: results2,
      },
      null,
      1,
    ),
  );
  console.log(`\nResults written to ${out} (bench took ${seconds(totalMs)} s)`);
}

mainBench();
