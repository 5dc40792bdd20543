/**
 * The live check's measurements, as `npm run bench -- --costs live.json` reads them. The live
 * check runs in a real Apps Script project on a throw-away spreadsheet and times calls there;
 * whatever it measured replaces the published figure of the cost model (cost-model.ts), and
 * everything it did not measure keeps its published source. The shape (all times in ms):
 *
 * ```json
 * {
 *   "source": "live check, script 1AbC…, spreadsheet of 3 sheets, Asia/Ho_Chi_Minh",
 *   "measuredAt": "2025-05-20T08:00:00Z",
 *   "methods": {
 *     "Range.setValues": { "ms": 0.4, "n": 400, "class": "queued" },
 *     "Range.getValues": { "ms": 55, "n": 100, "perCellMs": 0.004 },
 *     "Protection.setDescription": { "ms": 48, "n": 150, "class": "roundTrip" },
 *     "Spreadsheet.insertSheet": { "ms": 310, "n": 20, "perCellMs": 0.05 }
 *   },
 *   "flush": { "baseMs": 27, "perCellMs": 0.11 }
 * }
 * ```
 *
 * - `methods`: keyed "Kind.method" as the engine counts calls (src/local/engine/calls.ts). `ms`
 *   is the call's own time (median), `n` how many calls were timed. `class` says how the call
 *   behaved: "queued" (returned at once; its cost shows at the next flush) or "roundTrip"
 *   (waited for the server); without it, the model's class is kept. `perCellMs`, for calls on a
 *   range or a template, is added per cell.
 * - `flush`: a SpreadsheetApp.flush() after n queued writes of c cells, fitted as
 *   baseMs + perCellMs × c.
 */
import { readFileSync } from 'node:fs';
import type { CallClass } from './cost-model';

export interface LiveMethodCost {
  ms: number;
  n?: number;
  class?: Exclude<CallClass, 'excluded' | 'local'>;
  perCellMs?: number;
}

export interface LiveCosts {
  source: string;
  measuredAt: string;
  methods?: Record<string, LiveMethodCost>;
  flush?: { baseMs?: number; perCellMs?: number };
}

const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The problems of a live-check file, in English for the bench's reader; empty when it is usable. */
export function liveCostProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const v = value as Record<string, unknown>;
  if (typeof v.source !== 'string' || !v.source) problems.push('"source" must name where the figures come from');
  if (typeof v.measuredAt !== 'string' || Number.isNaN(Date.parse(v.measuredAt)))
    problems.push('"measuredAt" must be an ISO date');
  if (v.methods !== undefined) {
    if (typeof v.methods !== 'object' || v.methods === null) problems.push('"methods" must be an object');
    else
      for (const [key, m] of Object.entries(v.methods as Record<string, unknown>)) {
        const mc = m as Record<string, unknown>;
        if (!/^[A-Za-z]+\.[A-Za-z]+$/.test(key)) problems.push(`methods: "${key}" is not "Kind.method"`);
        if (!finite(mc?.ms)) problems.push(`methods.${key}.ms must be a number ≥ 0`);
        if (mc?.perCellMs !== undefined && !finite(mc.perCellMs))
          problems.push(`methods.${key}.perCellMs must be a number ≥ 0`);
        if (mc?.class !== undefined && mc.class !== 'queued' && mc.class !== 'roundTrip')
          problems.push(`methods.${key}.class must be "queued" or "roundTrip"`);
      }
  }
  if (v.flush !== undefined) {
    const f = v.flush as Record<string, unknown>;
    if (f.baseMs !== undefined && !finite(f.baseMs)) problems.push('flush.baseMs must be a number ≥ 0');
    if (f.perCellMs !== undefined && !finite(f.perCellMs)) problems.push('flush.perCellMs must be a number ≥ 0');
  }
  return problems;
}

export function readLiveCosts(file: string): LiveCosts {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = liveCostProblems(value);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return value as LiveCosts;
}
