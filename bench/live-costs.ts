/**
 * What the live check measured, as `npm run bench -- --costs live.json` reads it: whatever was
 * measured replaces the published figure of the cost model (cost-model.ts, withLiveCosts), and
 * everything not measured keeps its published source. One definition, two ways in:
 *
 * 1. The live check's own result (`npm run build:live-check`, run in a real spreadsheet; format
 *    "so-chi-tieu-live-check/1", src/live-check/result.ts). Its micro step times each call with
 *    a flush() after it, and a flush() alone (src/live-check/micro.ts): a call's own cost is its
 *    time less an empty flush (low / mid / high from min / median / max), and the empty flush is
 *    the flush's base. For a call the model queues, that own cost also holds the flush of its
 *    cells: an upper bound, kept as the call's cost.
 * 2. Figures fitted by hand from such runs (all times in ms):
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
 *   is the call's own time (median), `n` how many calls were timed, `lowMs` / `highMs` their
 *   spread. `class` says how the call behaved: "queued" (returned at once; its cost shows at the
 *   next flush) or "roundTrip" (waited for the server); without it, the model's class is kept.
 *   `perCellMs`, for calls on a range or a template, is added per cell.
 * - `flush`: a SpreadsheetApp.flush() after n queued writes of c cells, fitted as
 *   baseMs + perCellMs × c.
 */
import { readFileSync } from 'node:fs';
import { LIVE_CHECK_FORMAT, type LiveCheckResult } from '../src/live-check/result';
import type { CallClass } from './cost-model';

export interface LiveMethodCost {
  ms: number;
  n?: number;
  lowMs?: number;
  highMs?: number;
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
        for (const f of ['lowMs', 'highMs'] as const)
          if (mc?.[f] !== undefined && !finite(mc[f])) problems.push(`methods.${key}.${f} must be a number ≥ 0`);
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

/** The live check's own result as measured costs (1. above); keys that are not "Kind.method" are skipped. */
export function fromLiveCheck(result: LiveCheckResult, file: string): LiveCosts {
  const flush = result.costs['SpreadsheetApp.flush'];
  const empty = flush && flush.n > 0 ? flush.medianMs : 0;
  const methods: Record<string, LiveMethodCost> = {};
  for (const [key, m] of Object.entries(result.costs ?? {})) {
    if (key === 'SpreadsheetApp.flush' || !/^[A-Z]\w*\.\w+$/.test(key) || !(m.n > 0)) continue;
    if (![m.minMs, m.medianMs, m.maxMs].every(Number.isFinite)) continue;
    const own = (ms: number) => Math.max(0, ms - empty);
    methods[key] = { ms: own(m.medianMs), n: m.n, lowMs: own(m.minMs), highMs: own(m.maxMs) };
  }
  return {
    source: `live check ${result.updatedAt ?? '?'} (${result.locale ?? '?'}), ${file}`,
    measuredAt: result.updatedAt,
    methods,
    ...(flush && flush.n > 0 ? { flush: { baseMs: empty } } : {}),
  };
}

/** The measured costs of a file of either kind; throws with a plain message when it is neither. */
export function parseLiveCosts(text: string, file = 'live.json'): LiveCosts {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${e instanceof Error ? e.message : e})`);
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== undefined) {
    if (format !== LIVE_CHECK_FORMAT)
      throw new Error(`${file}: not a live-check result (format "${format}", expected "${LIVE_CHECK_FORMAT}")`);
    return fromLiveCheck(value as LiveCheckResult, file);
  }
  const problems = liveCostProblems(value);
  if (problems.length > 0)
    throw new Error(`${file}: not a live-check result nor measured costs: ${problems.join('; ')}`);
  return value as LiveCosts;
}

export function readLiveCosts(file: string): LiveCosts {
  return parseLiveCosts(readFileSync(file, 'utf8'), file);
}
