/**
 * What a run of SpreadsheetApp calls costs in Apps Script, as Apps Script executes them: most
 * changes are queued in the script and sent in one batch when the script next needs an answer
 * from the server (a read, a new sheet, a protection) or ends. So the model is a clock fed the
 * calls IN ORDER (`AppsScriptClock`), not a price list of call counts:
 *
 * - a queued call (a range setter, a format, a row insert) costs its own small script time and
 *   adds its range's cells to the queue;
 * - a round trip (a read, insertSheet, protect(), a protection's editors) first pays for the
 *   queue — a flush, whose cost grows with the queued cells — then its own latency;
 * - the end of an execution flushes what is left.
 *
 * Google documents the mechanism, not the figures: "Apps Script ... uses look-ahead caching ...
 * and write caching", "every time you do a read, we must first empty (commit) the write cache"
 * (developers.google.com/apps-script/guides/support/best-practices; googleappsscript.blogspot.com
 * /2010/06/optimizing-spreadsheet-operations.html). Every figure below carries its source and
 * basis; `--costs live.json` replaces them with what the live check measured (live-costs.ts).
 *
 * Simulated time comes from the calls alone, never from local CPU: the same calls give the same
 * seconds and the same number of executions on every run. The add-on's own JavaScript is
 * measured apart (bench/run.ts reports it as local CPU).
 */
import { classifyCall, type CallCategory } from '../src/local/engine';
import type { LiveCosts } from './live-costs';

export interface Cost {
  low: number;
  mid: number;
  high: number;
  /**
   * measured: mid is a published measurement; bounded: low and high come from measurements and
   * mid is chosen between; assumption: no public figure found; live: measured by the live check;
   * excluded: not the script's time.
   */
  basis: 'measured' | 'bounded' | 'assumption' | 'live' | 'excluded';
  source: string;
}

/** How a call is executed: in the script only, queued for the next flush, or a round trip now. */
export type CallClass = 'local' | 'queued' | 'roundTrip' | 'excluded';

export const SRC = {
  bestPractices:
    'developers.google.com/apps-script/guides/support/best-practices and googleappsscript.blogspot.com/2010/06/' +
    'optimizing-spreadsheet-operations.html: reads are served by a look-ahead cache, writes are cached, and every ' +
    'read first commits the write cache',
  soBulk:
    'Stack Overflow "What is faster: ScriptDb or SpreadsheetApp?" (mirror ruby-bash.developreference.com/article/' +
    '29263774): 400 setValues of one row (10 cells) took 164 ms without flush() and ~12 s with a flush() after ' +
    'each; one setValues of 4,000 cells took < 50 ms and 610 ms with a flush()',
  bugbugnow:
    'bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html: 1000 sheet.getLastRow() in a loop took 160 s (~160 ms ' +
    'each, no cache); 1000 getRange(i,1).getValue() took 3.1 s (~3 ms each, look-ahead cache)',
  ziritione:
    'ziritione.org/post/apps_script_performance: 100 runs, setProperty min/avg/max 43/62/231 ms, getProperty ' +
    '20/30/84 ms',
  tanaike10m:
    'gist.github.com/tanaikech/cc4380692790150cc090114553e38a0e: reading the metadata (sheets, sizes) of a ' +
    '10M-cell spreadsheet ~0.3 s in one request',
} as const;

/**
 * The flush of queued work, from soBulk: a one-row write followed by flush() is ~30 ms
 * (12 s / 400) and a 4,000-cell write followed by flush() ~560 ms more than without. Solving
 * base + 10 × perCell = 30 and base + 4000 × perCell = 560 gives base ≈ 29 ms, perCell ≈ 0.13 ms.
 */
export const FLUSH = {
  base: {
    low: 10,
    mid: 29,
    high: 100,
    basis: 'measured',
    source: `${SRC.soBulk} (base of a flush: ~30 ms for one queued 10-cell write)`,
  } as Cost,
  perCell: {
    low: 0.05,
    mid: 0.13,
    high: 0.3,
    basis: 'measured',
    source: `${SRC.soBulk} (a flush of 4,000 cells costs ~530 ms more than one of 10)`,
  } as Cost,
};

export interface MethodRule {
  label: string;
  test: (key: string) => boolean;
  class: CallClass;
  cost: Cost;
  /** Extra per cell of the call's range (round trips), e.g. a template's cells copied. */
  perCell?: Cost;
}

const BUILDER = new RegExp(
  `^(${[
    'DataValidationBuilder',
    'ConditionalFormatRuleBuilder',
    'BooleanCondition',
    'DataValidation',
    'ConditionalFormatRule',
    'EmbeddedChartBuilder',
  ].join('|')})\\.`,
);
const HANDLE = new Set([
  'Sheet.getRange',
  'Spreadsheet.getRange',
  'SpreadsheetApp.getActiveSpreadsheet',
  ...['getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getA1Notation', 'getSheet'].map((m) => `Range.${m}`),
]);
const OTHER_READS = new Set([
  'Spreadsheet.getSheets',
  'Spreadsheet.getSheetByName',
  'Spreadsheet.getActiveSheet',
  'Sheet.getConditionalFormatRules',
  'Range.getDataValidations',
]);
const METADATA =
  /^(Sheet\.(getName|getSheetId|getIndex)|Spreadsheet\.(getName|getSpreadsheetLocale|getSpreadsheetTimeZone))$/;
const READ_KINDS: CallCategory[] = ['read'];

const roundTrip: Cost = {
  low: 3,
  mid: 60,
  high: 160,
  basis: 'bounded',
  source:
    `${SRC.bugbugnow}: low is a read served by the look-ahead cache, high an uncached one; mid is chosen ` +
    'between, as the add-on reads sheets it has just written',
};

/** The rules, first match wins. Everything the add-on calls falls under one. */
export const METHOD_COST: MethodRule[] = [
  {
    label: 'Ui, menus, HTML (alerts wait for a person)',
    test: (k) => /^(Ui|Menu|HtmlService|HtmlOutput)\./.test(k) || k === 'SpreadsheetApp.getUi',
    class: 'excluded',
    cost: { low: 0, mid: 0, high: 0, basis: 'excluded', source: 'an alert waits for the person to click OK' },
  },
  {
    label: 'rule and chart builder steps (newDataValidation, require…, build, …)',
    test: (k) =>
      BUILDER.test(k) || k === 'SpreadsheetApp.newDataValidation' || k === 'SpreadsheetApp.newConditionalFormatRule',
    class: 'local',
    cost: {
      low: 0.05,
      mid: 0.5,
      high: 2,
      basis: 'assumption',
      source: 'a builder assembles a rule in the script; the rule travels with the one setDataValidations call',
    },
  },
  {
    label: 'range handles and their coordinates (getRange, getRow, getA1Notation, …)',
    test: (k) => HANDLE.has(k),
    class: 'local',
    cost: {
      low: 0,
      mid: 0.05,
      high: 1,
      basis: 'bounded',
      source: `a handle moves no data; ${SRC.bugbugnow} bounds getRange+getValue at ~3 ms together, cached`,
    },
  },
  {
    label: 'sheet and file metadata (getName, getSheetId, locale, time zone)',
    test: (k) => METADATA.test(k),
    class: 'local',
    cost: {
      low: 0,
      mid: 1,
      high: 10,
      basis: 'bounded',
      source: `${SRC.tanaike10m}: the metadata of every sheet comes in one request, then serves these getters`,
    },
  },
  {
    label: 'Properties.getProperty',
    test: (k) => k === 'Properties.getProperty',
    class: 'roundTrip',
    cost: { low: 20, mid: 30, high: 84, basis: 'measured', source: SRC.ziritione },
  },
  {
    label: 'Properties.setProperty',
    test: (k) => k === 'Properties.setProperty',
    class: 'roundTrip',
    cost: { low: 43, mid: 62, high: 231, basis: 'measured', source: SRC.ziritione },
  },
  {
    label: 'Spreadsheet.insertSheet (per cell of a template copied)',
    test: (k) => k === 'Spreadsheet.insertSheet',
    class: 'roundTrip',
    cost: { ...roundTrip, source: `returns the new sheet, so it waits for the server: ${roundTrip.source}` },
    perCell: {
      ...FLUSH.perCell,
      basis: 'assumption',
      source: `copying a template's cells priced as committing them (${FLUSH.perCell.source}); no public figure found`,
    },
  },
  {
    label: 'protections: protect(), getProtections and every Protection call',
    test: (k) =>
      k.startsWith('Protection.') || k === 'Range.protect' || k === 'Sheet.protect' || k.endsWith('.getProtections'),
    class: 'roundTrip',
    cost: {
      ...roundTrip,
      source:
        'who may edit part of the file is the file’s access control, not a cell write: each call is taken as a ' +
        `round trip of its own (no public figure found for protections); priced as one: ${roundTrip.source}`,
    },
  },
  {
    label: 'Lock, Session (one service request each)',
    test: (k) => /^(Lock|LockService|Session|User|PropertiesService)\./.test(k),
    class: 'roundTrip',
    cost: { low: 1, mid: 20, high: 100, basis: 'assumption', source: 'one service round trip; no public figure found' },
  },
  {
    label: 'reads (getValues, getDataRange, getLastRow, getMaxRows, getSheets, …)',
    test: (k) => READ_KINDS.includes(classifyCall(k)) || OTHER_READS.has(k),
    class: 'roundTrip',
    cost: roundTrip,
    perCell: {
      low: 0,
      mid: 0.005,
      high: 0.02,
      basis: 'bounded',
      source: `${SRC.soBulk}: reading 4,000 cells is part of a < 50 ms call`,
    },
  },
  {
    label: 'every other change (setters, formats, merges, rows, columns, widths, rules): queued',
    test: () => true,
    class: 'queued',
    cost: {
      low: 0.2,
      mid: 0.41,
      high: 1.5,
      basis: 'measured',
      source: `${SRC.soBulk}: 164 ms / 400 queued setValues; queued until the next read (${SRC.bestPractices})`,
    },
  },
];

export interface CostModel {
  rules: MethodRule[];
  flush: { base: Cost; perCell: Cost };
  /** Where the figures come from: the published sources, or the live check's file. */
  origin: string;
}

export const PUBLISHED_MODEL: CostModel = { rules: METHOD_COST, flush: FLUSH, origin: 'published measurements' };

/** The published model with the live check's measurements in place of the figures it measured. */
export function withLiveCosts(base: CostModel, live: LiveCosts): CostModel {
  const liveCost = (ms: number, what: string, lowMs = ms, highMs = ms): Cost => ({
    low: lowMs,
    mid: ms,
    high: highMs,
    basis: 'live',
    source: `${live.source} (${what}, measured ${live.measuredAt})`,
  });
  const overrides = Object.entries(live.methods ?? {});
  const rules: MethodRule[] = [
    ...overrides.map(([key, m]) => {
      const inherited = base.rules.find((r) => r.test(key))!;
      return {
        label: `${key} (live)`,
        test: (k: string) => k === key,
        class: m.class ?? inherited.class,
        cost: liveCost(m.ms, `${m.n ?? '?'} calls`, m.lowMs, m.highMs),
        ...(m.perCellMs !== undefined
          ? { perCell: liveCost(m.perCellMs, 'per cell') }
          : inherited.perCell
            ? { perCell: inherited.perCell }
            : {}),
      };
    }),
    ...base.rules,
  ];
  const flush = {
    base: live.flush?.baseMs !== undefined ? liveCost(live.flush.baseMs, 'flush base') : base.flush.base,
    perCell:
      live.flush?.perCellMs !== undefined ? liveCost(live.flush.perCellMs, 'flush per cell') : base.flush.perCell,
  };
  return { rules, flush, origin: live.source };
}

export type Scenario = 'low' | 'mid' | 'high';

export interface ClockReport {
  ms: number;
  /** Time by where it went: queued calls, flushes, round trips, local steps. */
  byPart: { queued: number; flush: number; roundTrip: number; local: number };
  /** Calls that reach Google's servers: queued and round-trip calls (not handles, builders or Ui). */
  serverCalls: number;
  flushes: number;
  flushedCells: number;
}

/**
 * The simulated Apps Script clock of one execution: fed every call in order with the cells of
 * its range, it knows what is queued and what each round trip pays for.
 */
export class AppsScriptClock {
  private queuedCalls = 0;
  private queuedCells = 0;
  private readonly report: ClockReport = {
    ms: 0,
    byPart: { queued: 0, flush: 0, roundTrip: 0, local: 0 },
    serverCalls: 0,
    flushes: 0,
    flushedCells: 0,
  };
  private readonly byKey = new Map<string, MethodRule>();

  constructor(
    private readonly model: CostModel = PUBLISHED_MODEL,
    private readonly scenario: Scenario = 'mid',
  ) {}

  rule(key: string): MethodRule {
    let rule = this.byKey.get(key);
    if (!rule) {
      rule = this.model.rules.find((r) => r.test(key))!;
      this.byKey.set(key, rule);
    }
    return rule;
  }

  call(key: string, cells = 0): void {
    const rule = this.rule(key);
    const cost = rule.cost[this.scenario];
    switch (rule.class) {
      case 'excluded':
        return;
      case 'local':
        this.add('local', cost);
        return;
      case 'queued':
        this.report.serverCalls++;
        this.queuedCalls++;
        this.queuedCells += cells;
        this.add('queued', cost);
        return;
      case 'roundTrip':
        this.report.serverCalls++;
        this.flush();
        this.add('roundTrip', cost + (rule.perCell ? rule.perCell[this.scenario] * cells : 0));
    }
  }

  /** Commits what is queued (a round trip does it first; so does the end of the execution). */
  flush(): void {
    if (this.queuedCalls === 0) return;
    const f = this.model.flush;
    this.add('flush', f.base[this.scenario] + f.perCell[this.scenario] * this.queuedCells);
    this.report.flushes++;
    this.report.flushedCells += this.queuedCells;
    this.queuedCalls = 0;
    this.queuedCells = 0;
  }

  /** Milliseconds so far, the queue not yet flushed. */
  now(): number {
    return this.report.ms;
  }

  /** The execution's total: what is still queued is flushed when the script ends. */
  end(): ClockReport {
    this.flush();
    return { ...this.report, byPart: { ...this.report.byPart } };
  }

  private add(part: keyof ClockReport['byPart'], ms: number): void {
    this.report.ms += ms;
    this.report.byPart[part] += ms;
  }
}

/** Simulated time of a sequence of calls (key, cells), low / mid / high. */
export function simulate(
  calls: Array<[string, number]>,
  model: CostModel = PUBLISHED_MODEL,
): Record<Scenario, ClockReport> {
  const out = {} as Record<Scenario, ClockReport>;
  for (const scenario of ['low', 'mid', 'high'] as const) {
    const clock = new AppsScriptClock(model, scenario);
    for (const [key, cells] of calls) clock.call(key, cells);
    out[scenario] = clock.end();
  }
  return out;
}

/** The rule that prices a call (first match wins). */
export function ruleFor(key: string, model: CostModel = PUBLISHED_MODEL): MethodRule {
  return model.rules.find((r) => r.test(key))!;
}

/** True for calls that never leave the script (handles, builder steps, metadata, Ui). */
export function isLocalCall(key: string, model: CostModel = PUBLISHED_MODEL): boolean {
  const rule = model.rules.find((r) => r.test(key))!;
  return rule.class === 'local' || rule.class === 'excluded';
}

/** The model as rows for printing and for the JSON file: every cost with its source. */
export function describeModel(model: CostModel = PUBLISHED_MODEL): Array<{
  applies: string;
  class: CallClass | 'flush';
  low: number;
  mid: number;
  high: number;
  basis: string;
  source: string;
}> {
  const row = (applies: string, cls: CallClass | 'flush', c: Cost) => ({
    applies,
    class: cls,
    low: c.low,
    mid: c.mid,
    high: c.high,
    basis: c.basis,
    source: c.source,
  });
  return [
    ...model.rules.flatMap((r) => [
      row(r.label, r.class, r.cost),
      ...(r.perCell ? [row(`${r.label}: per cell`, r.class, r.perCell)] : []),
    ]),
    row('flush of queued work: base', 'flush', model.flush.base),
    row('flush of queued work: per queued cell', 'flush', model.flush.perCell),
  ];
}
