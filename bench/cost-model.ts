/**
 * What a SpreadsheetApp call costs in Apps Script, in milliseconds, so the call counts of the
 * in-memory engine can be turned into an estimate of an execution's duration.
 *
 * Every number carries its basis: "measured" (a published measurement, cited), "bounded"
 * (published measurements give low and high, mid is chosen between), or "assumption" (no
 * public figure found; printed as such). Costs are given as low / mid / high: estimates use mid, the range shows
 * how wrong it may be. Google documents no per-call latency; its best-practices page only
 * says that calls to Sheets are much slower than JavaScript, that Apps Script caches reads
 * ahead and writes behind, and that a read after writes flushes the pending writes
 * (https://developers.google.com/apps-script/guides/support/best-practices).
 *
 * The add-on's own JavaScript (reading the table, planning, building tab specs) is measured
 * locally as "script CPU" (wall time minus time inside the engine) and scaled by CPU_FACTOR.
 */
import { classifyCall, type CallCategory } from '../src/local/engine';

export interface Cost {
  low: number;
  mid: number;
  high: number;
  /**
   * measured: mid is a published measurement; bounded: low/high come from measurements, mid is
   * chosen between them; assumption: no public figure found; excluded: not script time.
   */
  basis: 'measured' | 'bounded' | 'assumption' | 'excluded';
  source: string;
}

const SRC = {
  bestPractices:
    'developers.google.com/apps-script/guides/support/best-practices (reads flush pending writes; look-ahead read ' +
    'cache)',
  bugbugnow:
    'bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html: 1000 sheet.getLastRow() calls in a loop took 160 s ' +
    '(~160 ms each, no cache); ' +
    '1000 getRange(i,1).getValue() took 3.1 s (~3 ms each, look-ahead cache)',
  soBulk:
    'Stack Overflow "What is faster: ScriptDb or SpreadsheetApp?" (mirror ' +
    'ruby-bash.developreference.com/article/29263774): ' +
    'one setValues of 4,000 cells < 50 ms; 400 row writes each followed by flush() ~12 s (~30 ms per ' +
    'write+flush); one flush of 4,000 cells ~610 ms',
  ziritione:
    'ziritione.org/post/apps_script_performance: 100 runs, setProperty min/avg/max 43/62/231 ms, getProperty ' +
    '20/30/84 ms',
  tanaike10m:
    'gist.github.com/tanaikech/cc4380692790150cc090114553e38a0e: reading sheet metadata (max rows/columns) of a ' +
    '10M-cell spreadsheet ~0.3 s',
} as const;

/** Cost of a call by the engine's category, when no method rule below applies. */
export const KIND_COST: Record<CallCategory, Cost> = {
  read: {
    low: 3,
    mid: 60,
    high: 200,
    basis: 'bounded',
    source:
      `${SRC.bugbugnow}. Mid taken between: our reads follow writes, so the cache rarely helps. ` +
      `${SRC.bestPractices}`,
  },
  write: { low: 10, mid: 40, high: 150, basis: 'bounded', source: SRC.soBulk },
  sheet: {
    low: 20,
    mid: 80,
    high: 300,
    basis: 'assumption',
    source: `structural change of one sheet; bounded above by ${SRC.tanaike10m}`,
  },
  rule: {
    low: 30,
    mid: 100,
    high: 400,
    basis: 'assumption',
    source: 'one rule list (validations, conditional formats) sent for a whole range; no public figure found',
  },
  other: {
    low: 1,
    mid: 10,
    high: 50,
    basis: 'assumption',
    source: 'getters of an object already fetched (name, id, locale); no public figure found',
  },
};

export interface MethodRule {
  label: string;
  test: (key: string) => boolean;
  cost: Cost;
}

const BUILDER =
  /^(DataValidationBuilder|ConditionalFormatRuleBuilder|BooleanCondition|DataValidation|ConditionalFormatRule)\./;

/** Method rules, first match wins; they refine the category costs above. */
export const METHOD_COST: MethodRule[] = [
  {
    label: 'rule builder steps (newDataValidation, require…, build, …)',
    test: (k) =>
      BUILDER.test(k) || k === 'SpreadsheetApp.newDataValidation' || k === 'SpreadsheetApp.newConditionalFormatRule',
    cost: {
      low: 0.05,
      mid: 0.5,
      high: 2,
      basis: 'assumption',
      source:
        'builders assemble a rule object in the script; the rule reaches the sheet with the one ' +
        'setDataValidations/setConditionalFormatRules call',
    },
  },
  {
    label: 'Properties.getProperty',
    test: (k) => k === 'Properties.getProperty',
    cost: { low: 20, mid: 30, high: 84, basis: 'measured', source: SRC.ziritione },
  },
  {
    label: 'Properties.setProperty',
    test: (k) => k === 'Properties.setProperty',
    cost: { low: 43, mid: 62, high: 231, basis: 'measured', source: SRC.ziritione },
  },
  {
    label: 'Ui (alert, prompt, menus)',
    test: (k) => k.startsWith('Ui.') || k === 'SpreadsheetApp.getUi' || k.startsWith('Menu.'),
    cost: {
      low: 0,
      mid: 0,
      high: 0,
      basis: 'excluded',
      source: 'an alert waits for the person to click OK; that wait is not the script’s work',
    },
  },
  {
    label: 'Lock / Session / services',
    test: (k) => /^(Lock|LockService|Session|User|PropertiesService)\./.test(k),
    cost: {
      low: 1,
      mid: 20,
      high: 100,
      basis: 'assumption',
      source: 'one service round trip each; no public figure found',
    },
  },
  {
    label: 'Spreadsheet.insertSheet',
    test: (k) => k === 'Spreadsheet.insertSheet',
    cost: {
      low: 150,
      mid: 400,
      high: 1500,
      basis: 'assumption',
      source: 'adds a sheet (a new 1000 × 26 grid) to the file; no public figure found',
    },
  },
  {
    label: 'Spreadsheet.getSheets',
    test: (k) => k === 'Spreadsheet.getSheets',
    cost: {
      low: 20,
      mid: 80,
      high: 300,
      basis: 'assumption',
      source: `lists the sheets; bounded above by ${SRC.tanaike10m}`,
    },
  },
  {
    label: 'getRange (a range handle)',
    test: (k) => k === 'Sheet.getRange' || k === 'Spreadsheet.getRange',
    cost: {
      low: 0.5,
      mid: 2,
      high: 10,
      basis: 'assumption',
      source: `a handle, no data moves; ${SRC.bugbugnow} bounds getRange+getValue at ~3 ms together`,
    },
  },
  {
    label: 'protections (protect, editors, description, unprotected ranges)',
    test: (k) =>
      k.startsWith('Protection.') || k === 'Range.protect' || k === 'Sheet.protect' || k.endsWith('.getProtections'),
    cost: {
      low: 50,
      mid: 150,
      high: 500,
      basis: 'assumption',
      source: 'each changes who may edit part of the file; no public figure found',
    },
  },
];

/** Apps Script's JavaScript against local Node: how many times slower, low / mid / high. */
export const CPU_FACTOR: Cost = {
  low: 1,
  mid: 2,
  high: 4,
  basis: 'assumption',
  source: 'Apps Script runs V8 on shared servers; no public comparison with a desktop Node found',
};

export function costOfKey(key: string): { cost: Cost; rule: string } {
  for (const rule of METHOD_COST) if (rule.test(key)) return { cost: rule.cost, rule: rule.label };
  const kind = classifyCall(key);
  return { cost: KIND_COST[kind], rule: `kind: ${kind}` };
}

/** True for calls that never leave the script (builder steps): they are cheap whatever their number. */
export function isLocalCall(key: string): boolean {
  return costOfKey(key).cost.mid < 1;
}

export interface Estimate {
  lowMs: number;
  midMs: number;
  highMs: number;
  /** Mid estimate per call category, plus script CPU. */
  byKind: Record<CallCategory | 'cpu', number>;
  /** Calls that cost a server round trip in the model (everything but builder steps and Ui). */
  serverCalls: number;
}

/** Estimated Apps Script time for these call counts and this much local script CPU. */
export function estimate(byMethod: Record<string, number>, scriptCpuMs: number): Estimate {
  const out: Estimate = {
    lowMs: 0,
    midMs: 0,
    highMs: 0,
    byKind: { read: 0, write: 0, sheet: 0, rule: 0, other: 0, cpu: 0 },
    serverCalls: 0,
  };
  for (const [key, n] of Object.entries(byMethod)) {
    const { cost } = costOfKey(key);
    out.lowMs += n * cost.low;
    out.midMs += n * cost.mid;
    out.highMs += n * cost.high;
    out.byKind[classifyCall(key)] += n * cost.mid;
    if (cost.mid >= 1) out.serverCalls += n;
  }
  const cpu = Math.max(0, scriptCpuMs);
  out.lowMs += cpu * CPU_FACTOR.low;
  out.midMs += cpu * CPU_FACTOR.mid;
  out.highMs += cpu * CPU_FACTOR.high;
  out.byKind.cpu = cpu * CPU_FACTOR.mid;
  return out;
}

/** The model as rows for printing and for the JSON file. */
export function describeModel(): Array<{
  applies: string;
  low: number;
  mid: number;
  high: number;
  basis: string;
  source: string;
}> {
  return [
    ...METHOD_COST.map((r) => ({ applies: r.label, ...pick(r.cost) })),
    ...(Object.entries(KIND_COST) as Array<[CallCategory, Cost]>).map(([kind, c]) => ({
      applies: `any other ${kind} call`,
      ...pick(c),
    })),
    { applies: 'script CPU (× local time)', ...pick(CPU_FACTOR) },
  ];
}

function pick(c: Cost) {
  return { low: c.low, mid: c.mid, high: c.high, basis: c.basis, source: c.source };
}
