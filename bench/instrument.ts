/**
 * Wraps the in-memory platform the handlers see, without touching the engine, to learn what
 * the call counter cannot:
 * - time spent inside the engine, so "script CPU" (the add-on's own JavaScript: reading the
 *   table, planning, building tab specs) can be told apart from the engine's simulation of
 *   Sheets, which Apps Script does server-side and the cost model covers per call;
 * - peak memory, sampled every few hundred calls (the handlers are synchronous, so a timer
 *   would never fire during a step);
 * - values written to document properties beyond Apps Script's 9 KB per value. The engine
 *   throws there, as Apps Script does; with `liftPropertyLimit` the bench records the
 *   violation and stores the value anyway, so the rest of a run can still be measured.
 *
 * A Proxy keeps `instanceof` and identity checks of the engine working: the engine only ever
 * sees unwrapped objects in arguments.
 */
import { performance } from 'node:perf_hooks';
import type { LocalPlatform } from '../src/local/engine';
import type { Platform } from '../src/sheets/gas';

const PROPERTY_VALUE_LIMIT = 9 * 1024;

/** A write Apps Script refuses: one value over 9 KB, or the document's store over 500 KB. */
export interface PropertyViolation {
  kind: 'value' | 'store';
  /** The key written (for a store violation, the keys written by the refused call). */
  key: string;
  /** The value's size, or the store's size after the write. */
  bytes: number;
}

export interface MemoryPeak {
  rssMb: number;
  heapUsedMb: number;
}

export class Instrument {
  readonly platform: Platform;
  /** Milliseconds spent inside engine methods since the last reset. */
  engineMs = 0;
  readonly violations: PropertyViolation[] = [];
  liftPropertyLimit = true;
  /** Told of every call, with the engine object it went to (e.g. a range, whose `sheet` names its sheet). */
  onCall: ((target: object, method: string) => void) | null = null;
  private peak: MemoryPeak = { rssMb: 0, heapUsedMb: 0 };
  private calls = 0;
  private readonly targets = new WeakMap<object, object>();
  private readonly proxies = new WeakMap<object, object>();

  constructor(private readonly local: LocalPlatform) {
    this.platform = this.wrap(local.platform) as Platform;
  }

  /** Installs the wrapped services as the globals the entry points read. */
  install(): void {
    Object.assign(globalThis, this.platform);
  }

  reset(): void {
    this.engineMs = 0;
    this.violations.length = 0;
    this.peak = { rssMb: 0, heapUsedMb: 0 };
    this.sample();
  }

  sample(): void {
    const m = process.memoryUsage();
    this.peak.rssMb = Math.max(this.peak.rssMb, m.rss / 2 ** 20);
    this.peak.heapUsedMb = Math.max(this.peak.heapUsedMb, m.heapUsed / 2 ** 20);
  }

  memoryPeak(): MemoryPeak {
    this.sample();
    return { rssMb: Math.round(this.peak.rssMb), heapUsedMb: Math.round(this.peak.heapUsedMb) };
  }

  private wrappable(value: unknown): value is object {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
    const proto = Object.getPrototypeOf(value);
    return proto !== Object.prototype && proto !== null;
  }

  private unwrap(value: unknown, depth = 0): unknown {
    if (typeof value === 'object' && value !== null) {
      const target = this.targets.get(value);
      if (target) return target;
      if (Array.isArray(value) && depth < 2) return value.map((v) => this.unwrap(v, depth + 1));
    }
    return value;
  }

  private wrapResult(value: unknown): unknown {
    if (Array.isArray(value))
      return value.some((v) => this.wrappable(v)) ? value.map((v) => (this.wrappable(v) ? this.wrap(v) : v)) : value;
    return this.wrappable(value) ? this.wrap(value) : value;
  }

  private wrap(target: object): object {
    const known = this.proxies.get(target);
    if (known) return known;
    const self = this;
    const proxy = new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t);
        // Services hang off the platform and SpreadsheetApp as properties: wrap them too.
        if (typeof value !== 'function') return self.wrappable(value) ? self.wrap(value) : value;
        if (prop === 'constructor') return value;
        return function (this: unknown, ...args: unknown[]) {
          const unwrapped = args.map((a) => self.unwrap(a));
          const start = performance.now();
          let result: unknown;
          try {
            result = (value as (...a: unknown[]) => unknown).apply(t, unwrapped);
          } catch (error) {
            result = self.recover(t, prop, unwrapped, error);
          } finally {
            self.engineMs += performance.now() - start;
          }
          if (++self.calls % 250 === 0) self.sample();
          if (self.onCall) self.onCall(t, String(prop));
          // Chained builders return their own target: hand back the same proxy.
          return result === t ? proxy : self.wrapResult(result);
        };
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** A refused property write: recorded, and stored anyway when the limit is lifted. */
  private recover(target: object, prop: string | symbol, args: unknown[], error: unknown): unknown {
    const tooLarge = error instanceof Error && /^Argument too large/.test(error.message);
    if (!tooLarge || (prop !== 'setProperty' && prop !== 'setProperties') || !this.liftPropertyLimit) throw error;
    const store = this.local.workbook.properties;
    const written: Record<string, string> =
      prop === 'setProperty'
        ? { [String(args[0])]: String(args[1]) }
        : Object.fromEntries(Object.entries(args[0] as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    if (prop === 'setProperties' && args[1] === true) for (const key of Object.keys(store)) delete store[key];
    const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
    const large = Object.entries(written).filter(([, v]) => bytes(v) > PROPERTY_VALUE_LIMIT);
    for (const [key, value] of large) this.violations.push({ kind: 'value', key, bytes: bytes(value) });
    Object.assign(store, written);
    if (large.length === 0) {
      const total = Object.entries(store).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
      this.violations.push({ kind: 'store', key: Object.keys(written).join(', ').slice(0, 80), bytes: total });
    }
    return target;
  }
}
