/**
 * Timing every call the add-on makes, under the names the in-memory engine counts them by
 * ("Range.setValues", "Spreadsheet.insertSheet", …), so a measured cost lands on the key the
 * benchmark's cost model (bench/cost-model.ts) prices.
 *
 * The platform's objects are wrapped in proxies that know the kind of object each method
 * returns (RETURNS below); a setter returning its own object keeps the proxy. Arguments are
 * unwrapped before the real call: Apps Script's services take only their own objects.
 *
 * Apps Script queues writes until a read or flush() ("Best practices": reads flush pending
 * writes), so the time of a write in a run may land on the next read. The per-kind figures of
 * the benchmark therefore come from micro.ts, which flushes after each call; the per-step
 * figures here say where an execution spends its time.
 */
import type { Platform } from '../sheets/gas';

export interface KeyTiming {
  n: number;
  totalMs: number;
  minMs: number;
  maxMs: number;
  /** The first SAMPLE_LIMIT durations, for the median. */
  samples: number[];
}

export interface TimingSummary {
  n: number;
  totalMs: number;
  meanMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

const SAMPLE_LIMIT = 200;

/** The kind of object a method returns, by "Kind.method"; arrays hold that kind. */
const RETURNS: Record<string, string> = {
  'SpreadsheetApp.getActiveSpreadsheet': 'Spreadsheet',
  'SpreadsheetApp.getUi': 'Ui',
  'SpreadsheetApp.newDataValidation': 'DataValidationBuilder',
  'SpreadsheetApp.newConditionalFormatRule': 'ConditionalFormatRuleBuilder',
  'Spreadsheet.getSheets': 'Sheet',
  'Spreadsheet.getSheetByName': 'Sheet',
  'Spreadsheet.insertSheet': 'Sheet',
  'Spreadsheet.getActiveSheet': 'Sheet',
  'Spreadsheet.setActiveSheet': 'Sheet',
  'Spreadsheet.getOwner': 'User',
  'Spreadsheet.getEditors': 'User',
  'Sheet.getRange': 'Range',
  'Sheet.getDataRange': 'Range',
  'Sheet.protect': 'Protection',
  'Sheet.getProtections': 'Protection',
  'Sheet.getParent': 'Spreadsheet',
  'Sheet.copyTo': 'Sheet',
  'Sheet.getConditionalFormatRules': 'ConditionalFormatRule',
  'Sheet.getCharts': 'EmbeddedChart',
  'Sheet.newChart': 'EmbeddedChartBuilder',
  'Range.getSheet': 'Sheet',
  'Range.protect': 'Protection',
  'Range.getMergedRanges': 'Range',
  'Range.getDataValidations': 'DataValidation',
  'Protection.getRange': 'Range',
  'Protection.getEditors': 'User',
  'Protection.getUnprotectedRanges': 'Range',
  'DataValidationBuilder.build': 'DataValidation',
  'ConditionalFormatRuleBuilder.build': 'ConditionalFormatRule',
  'LockService.getDocumentLock': 'Lock',
  'Session.getEffectiveUser': 'User',
  'Session.getActiveUser': 'User',
  'PropertiesService.getDocumentProperties': 'Properties',
  'HtmlService.createHtmlOutputFromFile': 'HtmlOutput',
  'HtmlService.createHtmlOutput': 'HtmlOutput',
  'HtmlOutput.setTitle': 'HtmlOutput',
  'HtmlOutput.setWidth': 'HtmlOutput',
  'HtmlOutput.setHeight': 'HtmlOutput',
};

/** Properties of a service that are enums or constants, not calls (SpreadsheetApp.ProtectionType …). */
const CONSTANT = /^[A-Z]/;

export class CallClock {
  private readonly timings = new Map<string, KeyTiming>();
  private readonly targets = new WeakMap<object, object>();
  private enabled = true;

  constructor(private readonly now: () => number = () => Date.now()) {}

  record(key: string, ms: number): void {
    if (!this.enabled) return;
    const t = this.timings.get(key) ?? { n: 0, totalMs: 0, minMs: Number.POSITIVE_INFINITY, maxMs: 0, samples: [] };
    t.n++;
    t.totalMs += ms;
    t.minMs = Math.min(t.minMs, ms);
    t.maxMs = Math.max(t.maxMs, ms);
    if (t.samples.length < SAMPLE_LIMIT) t.samples.push(ms);
    this.timings.set(key, t);
  }

  /** Runs `fn` without recording (the check's own bookkeeping). */
  quietly<T>(fn: () => T): T {
    const was = this.enabled;
    this.enabled = false;
    try {
      return fn();
    } finally {
      this.enabled = was;
    }
  }

  reset(): void {
    this.timings.clear();
  }

  /** Counts by key, as the engine's CallCounter.byMethod() gives them. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.timings.keys()].sort()) out[key] = this.timings.get(key)!.n;
    return out;
  }

  summary(): Record<string, TimingSummary> {
    const out: Record<string, TimingSummary> = {};
    for (const key of [...this.timings.keys()].sort()) out[key] = summarize(this.timings.get(key)!);
    return out;
  }

  /** The platform with every service wrapped. */
  wrap(platform: Platform): Platform {
    return {
      SpreadsheetApp: this.proxy(platform.SpreadsheetApp, 'SpreadsheetApp'),
      LockService: this.proxy(platform.LockService, 'LockService'),
      Session: this.proxy(platform.Session, 'Session'),
      HtmlService: this.proxy(platform.HtmlService, 'HtmlService'),
    };
  }

  private unwrap(value: unknown, depth = 0): unknown {
    if (value === null || typeof value !== 'object' || depth > 3) return value;
    const target = this.targets.get(value as object);
    if (target) return target;
    if (Array.isArray(value)) return value.map((v) => this.unwrap(v, depth + 1));
    if (value instanceof Date) return value;
    const plain = Object.getPrototypeOf(value) === Object.prototype;
    if (!plain) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.unwrap(v, depth + 1)]));
  }

  private wrapResult(result: unknown, kind: string | undefined, self: object, target: object): unknown {
    if (result === target) return self;
    if (!kind || result === null || typeof result !== 'object') return result;
    if (Array.isArray(result)) {
      return result.map((item) =>
        Array.isArray(item) ? item.map((x) => this.proxyOf(x, kind)) : this.proxyOf(item, kind),
      );
    }
    return this.proxyOf(result, kind);
  }

  private proxyOf(value: unknown, kind: string): unknown {
    return value !== null && typeof value === 'object' ? this.proxy(value as object, kind) : value;
  }

  proxy<T extends object>(target: T, kind: string): T {
    const clock = this;
    const wrapped: T = new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver === wrapped ? obj : receiver);
        if (typeof prop !== 'string' || typeof value !== 'function' || CONSTANT.test(prop)) return value;
        const key = `${kind}.${prop}`;
        return (...args: unknown[]) => {
          const real = args.map((a) => clock.unwrap(a));
          const started = clock.now();
          try {
            return clock.wrapResult(
              (value as (...a: unknown[]) => unknown).apply(obj, real),
              RETURNS[key],
              wrapped,
              obj,
            );
          } finally {
            clock.record(key, clock.now() - started);
          }
        };
      },
    });
    this.targets.set(wrapped, target);
    return wrapped;
  }
}

export function summarize(t: KeyTiming): TimingSummary {
  const sorted = [...t.samples].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: t.n,
    totalMs: round(t.totalMs),
    meanMs: round(t.n ? t.totalMs / t.n : 0),
    medianMs: round(median),
    minMs: round(Number.isFinite(t.minMs) ? t.minMs : 0),
    maxMs: round(t.maxMs),
  };
}
