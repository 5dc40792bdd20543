/**
 * The benchmark (`npm run bench`), on the in-memory SpreadsheetApp through the real handlers:
 * for each scenario a first generation split into executions the way the progress dialog runs
 * it, a regeneration with nothing changed, one after three indicators change, and the report
 * sidebar's call with 0 %, 50 % and 100 % of the figures entered.
 *
 * Time in Apps Script is simulated from the calls alone (bench/cost-model.ts: queued writes,
 * flushes, round trips), so the same code gives the same seconds and the same number of
 * executions on every run; the add-on's own JavaScript is measured apart as local CPU. The
 * figures and the checks of issue 15 go to out/bench-latest.json (and --out <file>).
 *
 * Scenarios (bench/synthetic.ts): a province's criteria table (150 communes × 60 criteria ×
 * 4 periods), the same province as a lead table (each of 150 agencies leads 60 indicators, one
 * in ten with a cooperating agency), a district (30 × 35 × 4) and a large province
 * (300 × 120 × 12 months).
 *
 * Options: --out <file>, --only <scenario>, --no-scaling, --costs <live.json> (what the live check
 * measured replaces the published costs: bench/live-costs.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as main from '../src/appsscript/main';
import { readTab } from '../src/core/layout/read-tab';
import { TAB_MARKER } from '../src/core/layout/tab';
import { readAgencyRows } from '../src/core/workbook/agencies-sheet';
import { createPlatform, isWrite, type LocalPlatform, type WorkbookData } from '../src/local/engine';
import { GENERATION_BUDGET_MS, generateTabs } from '../src/sheets/generate';
import {
  AppsScriptClock,
  type ClockReport,
  type CostModel,
  describeModel,
  isLocalCall,
  PUBLISHED_MODEL,
  withLiveCosts,
} from './cost-model';
import { Instrument } from './instrument';
import { readLiveCosts } from './live-costs';
import {
  changedTarget,
  type Layout,
  pickChanges,
  seededRandom,
  type SyntheticBook,
  syntheticBook,
  unitsHolding,
} from './synthetic';

const SECRETARIAT = 'vanphong@tinh.gov.vn';
const CELL_LIMIT = 10_000_000;
const TWO_MINUTES = 120_000;
const QUARTERS = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
const KB = 1024;

export interface ScenarioSpec {
  name: string;
  layout: Layout;
  units: number;
  perUnit: number;
  periods: number;
  /** Regenerate after three indicators change (skipped at the largest size: it rewrites every tab). */
  changes: boolean;
  /** The sidebar payload's limit at this size. */
  payloadLimit: number;
}

export const SCENARIOS: ScenarioSpec[] = [
  {
    name: 'province',
    layout: 'criteria',
    units: 150,
    perUnit: 60,
    periods: 4,
    changes: true,
    payloadLimit: 150 * KB,
  },
  {
    name: 'province-lead',
    layout: 'lead',
    units: 150,
    perUnit: 60,
    periods: 4,
    changes: true,
    payloadLimit: 150 * KB,
  },
  { name: 'district', layout: 'criteria', units: 30, perUnit: 35, periods: 4, changes: true, payloadLimit: 150 * KB },
  {
    name: '300 × 120 × 12',
    layout: 'criteria',
    units: 300,
    perUnit: 120,
    periods: 12,
    changes: false,
    payloadLimit: 1024 * KB,
  },
];

/** First generations that differ from the province in one dimension at a time. */
const SCALING: ScenarioSpec[] = [
  { ...SCENARIOS[0], name: '150 × 30 × 4', perUnit: 30 },
  { ...SCENARIOS[0], name: '150 × 60 × 2', periods: 2 },
  { ...SCENARIOS[0], name: '75 × 60 × 4', units: 75 },
];

const SHARES = [0, 0.5, 1] as const;

interface Step {
  step: string;
  serverCalls: number;
  /** Calls that change the file (engine rules.ts, isWrite). */
  writes: number;
  calls: number;
  byMethod: Record<string, number>;
  clock: ClockReport;
  /** Local wall time and the add-on's own JavaScript in it (wall − time inside the engine). */
  wallMs: number;
  cpuMs: number;
  error?: string;
}

interface Execution {
  tabsWritten: number;
  remaining: number;
  serverCalls: number;
  calls: number;
  /** Rule-builder steps: made in the script, per execution (a template is built once in each). */
  builderSteps: number;
  simulatedMs: number;
  error?: string;
}

interface ChunkRun {
  executions: Execution[];
  complete: boolean;
  serverCalls: number;
  simulatedMs: number;
  cpuMs: number;
  byMethod: Record<string, number>;
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
const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
const round1 = (n: number) => Math.round(n * 10) / 10;

function periodsOf(spec: ScenarioSpec): string[] {
  return spec.periods === 12 ? MONTHS : QUARTERS.slice(0, spec.periods);
}

/** One workbook on the engine, with the wrapped services the handlers see. */
class Workbench {
  local: LocalPlatform;
  ins: Instrument;

  constructor(
    readonly model: CostModel,
    workbook?: WorkbookData,
  ) {
    this.local = createPlatform(workbook, { locale: 'vi_VN', owner: SECRETARIAT, user: SECRETARIAT });
    this.ins = new Instrument(this.local);
  }

  /** Another execution on the same file (the progress dialog's next call). */
  nextExecution(): void {
    this.local.engine.endExecution();
    this.local = createPlatform(this.local.workbook, { user: SECRETARIAT });
    this.ins = new Instrument(this.local);
  }

  get ss() {
    return this.local.platform.SpreadsheetApp.getActiveSpreadsheet();
  }

  cells(): number {
    return this.local.workbook.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }

  tabNames(): string[] {
    return this.local.workbook.sheets
      .filter((s) => s.rows.get(1) && [...s.rows.get(1)!.values()].some((c) => c.value === TAB_MARKER))
      .map((s) => s.name);
  }

  /** Grid cells of the generated tabs beyond the rows and columns they use (0: every tab trimmed). */
  emptyGrid(): number {
    const tabs = new Set(this.tabNames());
    let waste = 0;
    for (const s of this.local.workbook.sheets) {
      if (!tabs.has(s.name)) continue;
      const values = this.ss.getSheetByName(s.name)!.getDataRange().getValues();
      waste += s.maxRows * s.maxColumns - values.length * (values[0]?.length ?? 0);
    }
    this.local.calls.reset();
    return waste;
  }

  /** Runs one step of the add-on in one execution and measures it. */
  measure(step: string, fn: (clock: AppsScriptClock) => void): Step {
    this.ins.install();
    this.local.calls.reset();
    this.ins.reset();
    const clock = new AppsScriptClock(this.model);
    let writes = 0;
    this.local.calls.listen((key, cells) => {
      clock.call(key, cells);
      const dot = key.indexOf('.');
      if (isWrite(key.slice(0, dot), key.slice(dot + 1))) writes++;
    });
    const start = performance.now();
    let error: string | undefined;
    try {
      fn(clock);
    } catch (e) {
      error = String(e);
    }
    const wallMs = performance.now() - start;
    this.local.calls.listen(null);
    const report = clock.end();
    return {
      step,
      serverCalls: report.serverCalls,
      writes,
      calls: this.local.calls.total(),
      byMethod: this.local.calls.byMethod(),
      clock: report,
      wallMs: Math.round(wallMs),
      cpuMs: Math.round(Math.max(0, wallMs - this.ins.engineMs)),
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

  sheetNamesOf(units: string[]): string[] {
    const rows = readAgencyRows(this.ss.getSheetByName('Cơ quan')!.getDataRange().getValues()).rows;
    const wanted = new Set(units);
    return rows.filter((r) => wanted.has(r.name)).map((r) => r.sheetName);
  }

  /**
   * Figures for one period on a share of each tab's lines, as agencies would type them (one
   * setValues per tab): the same lines for the same seed, so 50 % then 100 % only adds.
   */
  fillFigures(period: string, share: number, seed: number): number {
    let filled = 0;
    for (const name of this.tabNames()) {
      const random = seededRandom(seed);
      const sheet = this.ss.getSheetByName(name)!;
      const grid = sheet.getDataRange().getValues();
      const read = readTab(grid);
      const column = read?.layout.period.find((p) => p.period === period)?.value;
      if (!read || read.rows.size === 0 || !column) continue;
      const rows = [...read.rows.values()];
      const first = Math.min(...rows);
      const block = rows.map((row) => {
        const unit = String(grid[row - 1][read.layout.unit - 1] ?? '');
        const r = random();
        const x = random();
        if (r >= share) return [''];
        filled++;
        if (unit === '%') return [Math.round((0.4 + x * 0.6) * 1000) / 1000];
        if (/Có/.test(unit)) return [x < 0.8 ? 'Có' : 'Chưa có'];
        return [Math.floor(x * 25)];
      });
      sheet.getRange(first, column, block.length, 1).setValues(block);
    }
    this.local.calls.reset();
    return filled;
  }
}

/** A book set up and filled with a synthetic table, as the secretariat leaves it before generating. */
function preparedBench(spec: ScenarioSpec, model: CostModel): { bench: Workbench; book: SyntheticBook } {
  const bench = new Workbench(model);
  const book = syntheticBook({ layout: spec.layout, units: spec.units, perUnit: spec.perUnit });
  bench.ins.install();
  main.onOpen();
  main.menuSetup();
  bench.paste('Chỉ tiêu', book.table);
  if (book.agencies.length > 0) bench.paste('Cơ quan', book.agencies);
  if (spec.periods !== 4) bench.setPeriods(periodsOf(spec));
  // The agencies' accounts are editors of the file, as they must be to type (engine rules.ts, 6).
  bench.local.workbook.editors.push(...book.editors);
  bench.local.calls.reset();
  return { bench, book };
}

/**
 * A first generation as the progress dialog runs it: one execution after another, each ending
 * at generateTabs' time budget on the simulated clock, until every tab is done.
 */
function chunkedGeneration(bench: Workbench): ChunkRun {
  const run: ChunkRun = { executions: [], complete: false, serverCalls: 0, simulatedMs: 0, cpuMs: 0, byMethod: {} };
  for (let n = 0; n < 30 && !run.complete; n++) {
    if (n > 0) bench.nextExecution();
    let result: ReturnType<typeof generateTabs> | null = null;
    const step = bench.measure(`execution ${n + 1}`, (clock) => {
      result = generateTabs(bench.ins.platform, { budgetMs: GENERATION_BUDGET_MS, now: () => clock.now() });
    });
    const r = result as ReturnType<typeof generateTabs> | null;
    run.executions.push({
      tabsWritten: r ? r.created.length + r.updated.length : 0,
      remaining: r?.remaining ?? -1,
      serverCalls: step.serverCalls,
      calls: step.calls,
      builderSteps: builderSteps(step.byMethod),
      simulatedMs: Math.round(step.clock.ms),
      error: step.error,
    });
    run.serverCalls += step.serverCalls;
    run.simulatedMs += step.clock.ms;
    run.cpuMs += step.cpuMs;
    for (const [k, v] of Object.entries(step.byMethod)) run.byMethod[k] = (run.byMethod[k] ?? 0) + v;
    if (!r || step.error) break;
    run.complete = r.remaining === 0;
  }
  return run;
}

interface ScenarioResult {
  spec: ScenarioSpec;
  tabs: number;
  first: ChunkRun;
  /** The same first generation again, on a copy of the same book: it must split alike. */
  again: ChunkRun;
  unchanged: Step;
  changed: { step: Step; expected: string[]; rewritten: string[] } | null;
  reports: Array<{ share: number; filled: number; step: Step; payloadBytes: number; readsPerTab: number[] }>;
  cells: number;
  emptyGrid: number;
  /**
   * A small workbook's first generation again with half its units: what one more tab costs
   * apart from the run's fixed calls (set-up sheets' protections, the sharing column, the
   * template), which 30 tabs do not spread as thin as 150.
   */
  half: { tabs: number; serverCalls: number } | null;
}

/** Workbooks this small get their per-tab cost measured apart from the run's fixed cost. */
const SMALL_UNITS = 60;

function runScenario(spec: ScenarioSpec, model: CostModel): ScenarioResult {
  console.log(
    `… ${spec.name}: ${spec.layout} layout, ${spec.units} units × ${spec.perUnit} indicators × ${spec.periods} periods`,
  );
  const { bench, book } = preparedBench(spec, model);
  const before = structuredClone(bench.local.workbook);
  const first = chunkedGeneration(bench);
  const twin = new Workbench(model, structuredClone(before));
  const again = chunkedGeneration(twin);
  const tabs = bench.tabNames().length;
  let half: ScenarioResult['half'] = null;
  if (spec.units <= SMALL_UNITS) {
    const smaller = runScaling(
      { ...spec, name: `${spec.name}, half the units`, units: Math.ceil(spec.units / 2) },
      model,
    );
    half = { tabs: smaller.tabs, serverCalls: smaller.run.serverCalls };
  }

  const written = new Set<string>();
  const tabSet = new Set(bench.tabNames());
  bench.nextExecution();
  bench.ins.onCall = (target, method) => {
    const sheet = (target as { sheet?: { name?: string } }).sheet;
    if (method === 'setValues' && sheet?.name) written.add(sheet.name);
  };
  const unchanged = bench.measure('regenerate, no change', () => main.menuGenerate());

  let changed: ScenarioResult['changed'] = null;
  if (spec.changes) {
    const changes = pickChanges(book);
    const table = bench.ss.getSheetByName('Chỉ tiêu')!;
    for (const change of changes) {
      const cell = table.getRange(change.row + 1, book.targetCol + 1);
      cell.setValue(changedTarget(String(cell.getDisplayValues()[0][0])));
    }
    const expected = bench.sheetNamesOf(unitsHolding(book, changes)).sort();
    written.clear();
    bench.nextExecution();
    bench.ins.onCall = (target, method) => {
      const sheet = (target as { sheet?: { name?: string } }).sheet;
      if (method === 'setValues' && sheet?.name) written.add(sheet.name);
    };
    // One execution with no budget: what a regeneration of every changed tab costs in all.
    const step = bench.measure('regenerate, 3 indicators changed', () => {
      generateTabs(bench.ins.platform, { budgetMs: Number.POSITIVE_INFINITY });
    });
    changed = { step, expected, rewritten: [...written].filter((n) => tabSet.has(n)).sort() };
  }
  bench.ins.onCall = null;

  const reports: ScenarioResult['reports'] = [];
  const period = periodsOf(spec)[0];
  for (const share of SHARES) {
    const filled = bench.fillFigures(period, share, 7);
    bench.nextExecution();
    const reads = new Map<string, number>();
    bench.ins.onCall = (target, method) => {
      const sheet = (target as { sheet?: { name?: string } }).sheet;
      if ((method === 'getValues' || method === 'getDisplayValues') && sheet?.name)
        reads.set(sheet.name, (reads.get(sheet.name) ?? 0) + 1);
    };
    let payload = '';
    const step = bench.measure(`report, ${share * 100} % entered`, () => {
      payload = JSON.stringify(main.sidebarGetReport(period));
    });
    bench.ins.onCall = null;
    reports.push({
      share,
      filled,
      step,
      payloadBytes: Buffer.byteLength(payload, 'utf8'),
      readsPerTab: bench.tabNames().map((n) => reads.get(n) ?? 0),
    });
  }
  const cells = bench.cells();
  return { spec, tabs, first, again, unchanged, changed, reports, cells, emptyGrid: bench.emptyGrid(), half };
}

function runScaling(spec: ScenarioSpec, model: CostModel): { spec: ScenarioSpec; tabs: number; run: ChunkRun } {
  console.log(`… scaling: ${spec.name}`);
  const { bench } = preparedBench(spec, model);
  const run = chunkedGeneration(bench);
  return { spec, tabs: bench.tabNames().length, run };
}

// --- checks -------------------------------------------------------------------------------------

const builderSteps = (byMethod: Record<string, number>) =>
  Object.entries(byMethod)
    .filter(([k]) => /Builder\.|^SpreadsheetApp\.new/.test(k))
    .reduce((n, [, v]) => n + v, 0);

/** What one more tab costs, and the run's fixed calls, from the full and the half-size generation. */
function marginalPerTab(r: ScenarioResult): { perTab: number; fixed: number } | null {
  if (!r.half || r.half.tabs >= r.tabs) return null;
  const perTab = (r.first.serverCalls - r.half.serverCalls) / (r.tabs - r.half.tabs);
  return { perTab, fixed: r.first.serverCalls - perTab * r.tabs };
}

function scenarioChecks(r: ScenarioResult): Check[] {
  const out: Check[] = [];
  const perTab = r.first.serverCalls / Math.max(1, r.tabs);
  const execs = r.first.executions.length;
  const name = r.spec.name;
  const callLimit = r.spec.layout === 'criteria' ? 15 : 30;
  const each = marginalPerTab(r);
  if (each) {
    out.push({
      name: `${name}: first generation at most ${callLimit} server calls per tab, the run's fixed calls apart`,
      pass: each.perTab <= callLimit && r.first.complete,
      detail:
        `${r.first.serverCalls} server calls for ${r.tabs} tabs, ${r.half!.serverCalls} for ${r.half!.tabs}: ` +
        `${each.perTab.toFixed(1)} per tab + ${Math.round(each.fixed)} fixed (${perTab.toFixed(1)} per tab on average)`,
    });
  } else {
    out.push({
      name: `${name}: first generation at most ${callLimit} server calls per tab`,
      pass: perTab <= callLimit && r.first.complete,
      detail: `${r.first.serverCalls} server calls for ${r.tabs} tabs = ${perTab.toFixed(1)} per tab`,
    });
  }
  if (name === 'province') {
    out.push({
      name: 'province: first generation in at most 2 executions',
      pass: r.first.complete && execs <= 2,
      detail: `${execs} execution(s), ${seconds(r.first.simulatedMs)} s simulated`,
    });
  }
  if (name === 'district') {
    out.push({
      name: 'district: first generation in 1 execution',
      pass: r.first.complete && execs === 1,
      detail: `${execs} execution(s), ${seconds(r.first.simulatedMs)} s simulated`,
    });
  }
  out.push({
    name: `${name}: the same executions on two runs`,
    pass:
      JSON.stringify(r.first.executions.map((e) => [e.tabsWritten, e.serverCalls])) ===
      JSON.stringify(r.again.executions.map((e) => [e.tabsWritten, e.serverCalls])),
    detail:
      `run 1: ${r.first.executions.map((e) => e.tabsWritten).join(' + ')} tabs; ` +
      `run 2: ${r.again.executions.map((e) => e.tabsWritten).join(' + ')} tabs`,
  });
  out.push({
    name: `${name}: every execution under 2 minutes`,
    pass:
      r.first.executions.every((e) => e.simulatedMs < TWO_MINUTES) &&
      r.unchanged.clock.ms < TWO_MINUTES &&
      r.reports.every((x) => x.step.clock.ms < TWO_MINUTES),
    detail:
      `first generation ${r.first.executions.map((e) => `${seconds(e.simulatedMs)} s`).join(', ')}; unchanged ` +
      `regeneration ${seconds(r.unchanged.clock.ms)} s; reports ` +
      r.reports.map((x) => `${seconds(x.step.clock.ms)} s`).join(', '),
  });
  out.push({
    name: `${name}: regenerating an unchanged workbook writes nothing`,
    pass: r.unchanged.writes === 0 && !r.unchanged.error,
    detail: `${r.unchanged.writes} writes, ${r.unchanged.serverCalls} server calls`,
  });
  if (r.changed) {
    const { expected, rewritten, step } = r.changed;
    const list = (l: string[]) => (l.length > 4 ? `${l.slice(0, 4).join(', ')} … (${l.length})` : l.join(', '));
    out.push({
      name: `${name}: after 3 indicators change only the tabs holding them are rewritten`,
      pass: JSON.stringify(expected) === JSON.stringify(rewritten) && !step.error,
      detail: `rewritten [${list(rewritten)}]; expected [${list(expected)}]; ${step.serverCalls} server calls`,
    });
  }
  for (const x of r.reports) {
    out.push({
      name: `${name}: sidebar payload under ${r.spec.payloadLimit / KB} kB with ${x.share * 100} % entered`,
      pass: x.payloadBytes <= r.spec.payloadLimit && !x.step.error,
      detail:
        `${(x.payloadBytes / KB).toFixed(1)} kB, ${x.filled} figures entered` +
        (x.step.error ? `; ${x.step.error}` : ''),
    });
  }
  const reads = r.reports[r.reports.length - 1].readsPerTab;
  out.push({
    name: `${name}: the report reads each tab once`,
    pass: reads.every((n) => n === 1),
    detail: `reads per tab: min ${Math.min(...reads)}, max ${Math.max(...reads)}, ${reads.length} tabs`,
  });
  // What the 10 M-cell limit needs: no empty grid left on the tabs, and room for the year's
  // summary, history and archive sheets beside them.
  const share = r.cells / CELL_LIMIT;
  const room = r.spec.units >= 300 ? 0.25 : 0.1;
  out.push({
    name: `${name}: tabs hold no empty grid, and the file stays under ${room * 100} % of the 10 M-cell limit`,
    pass: r.emptyGrid === 0 && share < room,
    detail: `${r.cells.toLocaleString('en')} cells = ${(100 * share).toFixed(2)} %; empty grid on tabs: ${r.emptyGrid}`,
  });
  return out;
}

function scalingChecks(
  province: ScenarioResult | undefined,
  scaling: Array<{ spec: ScenarioSpec; tabs: number; run: ChunkRun }>,
): Check[] {
  if (!province || scaling.length === 0) return [];
  const rows = [{ spec: province.spec, tabs: province.tabs, run: province.first }, ...scaling];
  const describe = rows.map(
    (r) =>
      `${r.spec.units}×${r.spec.perUnit}×${r.spec.periods}: ${(r.run.serverCalls / r.tabs).toFixed(2)} server ` +
      `calls/tab, ${r.run.executions.map((e) => e.builderSteps).join(' + ')} builder steps`,
  );
  const perTab = rows.map((r) => r.run.serverCalls / r.tabs);
  const sameTabs = rows.filter((r) => r.tabs === province.tabs && r.spec.periods === province.spec.periods);
  // Per execution: each execution builds its template's rules once, whatever the tabs and lines
  // (what must not happen is one rule per cell or per tab).
  const stepsOf = (run: ChunkRun) => Math.max(...run.executions.map((e) => e.builderSteps));
  const steps = sameTabs.map((r) => stepsOf(r.run));
  return [
    {
      name: 'first generation: server calls per tab do not grow with lines, periods or tabs',
      pass: Math.max(...perTab) - Math.min(...perTab) <= 0.05 * Math.max(...perTab),
      detail: describe.join('; '),
    },
    {
      name: 'first generation: rule-builder steps per execution do not grow with lines or tabs',
      pass: Math.max(...steps) === Math.min(...steps) && stepsOf(scaling[2].run) === steps[0],
      detail: describe.join('; '),
    },
  ];
}

// --- the JSON file ------------------------------------------------------------------------------

function scenarioJson(r: ScenarioResult, checks: Check[]) {
  const maxPayload = Math.max(...r.reports.map((x) => x.payloadBytes));
  return {
    name: r.spec.name,
    layout: r.spec.layout,
    tabs: r.tabs,
    size: { units: r.spec.units, perUnit: r.spec.perUnit, periods: r.spec.periods },
    firstGeneration: {
      serverCalls: r.first.serverCalls,
      serverCallsPerTab: round1(r.first.serverCalls / Math.max(1, r.tabs)),
      // Measured on small workbooks only (a half-size run beside it), else null.
      serverCallsPerExtraTab: marginalPerTab(r) ? round1(marginalPerTab(r)!.perTab) : null,
      fixedServerCalls: marginalPerTab(r) ? Math.round(marginalPerTab(r)!.fixed) : null,
      estimatedSeconds: round1(r.first.simulatedMs / 1000),
      executions: r.first.executions.length,
      perExecution: r.first.executions,
      localCpuMs: r.first.cpuMs,
    },
    unchangedRegeneration: {
      serverCalls: r.unchanged.serverCalls,
      writes: r.unchanged.writes,
      estimatedSeconds: round1(r.unchanged.clock.ms / 1000),
    },
    changedRegeneration: r.changed
      ? {
          serverCalls: r.changed.step.serverCalls,
          tabsRewritten: r.changed.rewritten.length,
          estimatedSeconds: round1(r.changed.step.clock.ms / 1000),
        }
      : null,
    report: {
      serverCalls: Math.max(...r.reports.map((x) => x.step.serverCalls)),
      sidebarPayloadBytes: maxPayload,
      byShareEntered: r.reports.map((x) => ({
        share: x.share,
        figures: x.filled,
        serverCalls: x.step.serverCalls,
        sidebarPayloadBytes: x.payloadBytes,
        estimatedSeconds: round1(x.step.clock.ms / 1000),
      })),
    },
    cellsPercent: round1((1000 * r.cells) / CELL_LIMIT) / 10,
    checks,
  };
}

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

function printTable(headers: string[], rows: Array<Array<string | number>>): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' │ ');
  console.log(line(headers));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of cells.slice(1)) console.log(line(r));
}

function mainBench(): void {
  const started = performance.now();
  const costs = arg('--costs');
  const model = costs ? withLiveCosts(PUBLISHED_MODEL, readLiveCosts(costs)) : PUBLISHED_MODEL;
  if (costs) console.log(`Measured costs from ${costs}: ${model.origin}`);
  const only = arg('--only');
  const results = SCENARIOS.filter((s) => !only || s.name === only).map((s) => runScenario(s, model));
  const province = results.find((r) => r.spec.name === 'province');
  const scaling = flag('--no-scaling') || !province ? [] : SCALING.map((s) => runScaling(s, model));

  console.log(`\n=== Cost model (${model.origin}; ms, simulated from calls only) ===`);
  const rows = describeModel(model);
  printTable(
    ['applies to', 'class', 'low', 'mid', 'high', 'basis'],
    rows.map((r) => [r.applies, r.class, r.low, r.mid, r.high, r.basis]),
  );
  console.log('Sources:');
  for (const r of rows) console.log(`  - ${r.applies}: ${r.source}`);

  console.log('\n=== Scenarios ===');
  printTable(
    [
      'scenario',
      'tabs',
      'first gen calls/tab',
      'est. s',
      'executions',
      'local CPU ms',
      'unchanged: calls',
      'writes',
      'report calls',
      'payload kB (0/50/100 %)',
      'cells %',
    ],
    results.map((r) => [
      r.spec.name,
      r.tabs,
      (r.first.serverCalls / Math.max(1, r.tabs)).toFixed(1),
      seconds(r.first.simulatedMs),
      r.first.executions.length,
      r.first.cpuMs,
      r.unchanged.serverCalls,
      r.unchanged.writes,
      Math.max(...r.reports.map((x) => x.step.serverCalls)),
      r.reports.map((x) => (x.payloadBytes / KB).toFixed(1)).join(' / '),
      ((100 * r.cells) / CELL_LIMIT).toFixed(2),
    ]),
  );
  for (const r of results) {
    const top = Object.entries(r.first.byMethod)
      .filter(([k]) => !isLocalCall(k, model))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, n]) => `${k} ${(n / Math.max(1, r.tabs)).toFixed(2)}/tab`);
    console.log(`  ${r.spec.name}, first generation's most frequent server calls: ${top.join('; ')}`);
  }

  const perScenario = results.map((r) => ({ r, checks: scenarioChecks(r) }));
  const global = scalingChecks(province, scaling);
  console.log('\n=== Checks (issue 15) ===');
  for (const c of [...perScenario.flatMap((s) => s.checks), ...global])
    console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}\n      ${c.detail}`);

  const out = arg('--out') ?? join(__dirname, '..', 'out', 'bench-latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: gitCommit(),
        node: process.version,
        benchMs: Math.round(performance.now() - started),
        costModel: { origin: model.origin, rules: rows },
        scenarios: perScenario.map(({ r, checks }) => scenarioJson(r, checks)),
        scaling: scaling.map((s) => ({
          name: s.spec.name,
          tabs: s.tabs,
          serverCalls: s.run.serverCalls,
          builderSteps: builderSteps(s.run.byMethod),
          executions: s.run.executions.length,
        })),
        checks: global,
      },
      null,
      1,
    )}\n`,
  );
  const failed = [...perScenario.flatMap((s) => s.checks), ...global].filter((c) => !c.pass).length;
  console.log(
    `\nResults written to ${out}; ${failed} check(s) failed (bench took ${seconds(performance.now() - started)} s)`,
  );
}

if (require.main === module) mainBench();
