/**
 * The live check: the add-on's scenario, the cost of each kind of call and the undocumented
 * points, run in a throw-away spreadsheet by the first person with a Google account. It runs
 * step by step and stops well inside Apps Script's 6 minutes; run again, it continues where it
 * stopped (its progress is kept with the add-on's own state). Each run rewrites the report
 * sheet "Kết quả kiểm tra" and returns the JSON the benchmark reads (`npm run bench -- --costs`).
 *
 * It refuses to start in a spreadsheet that holds anything: it creates, rewrites and deletes
 * sheets, and is never meant to touch a real workbook.
 */
import { liveCheckTexts as T } from '../core/messages/live-check';
import { Book } from '../sheets/book';
import type { Platform } from '../sheets/gas';
import { measureCalls } from './micro';
import { runProbes } from './probes';
import { writeReport } from './report';
import { LIVE_CHECK_FORMAT, type LiveCheckResult, STEP_ORDER, type StepId, type StepRecord } from './result';
import { runStep } from './scenario';
import { CallClock, type TimingSummary } from './timing';

export { LIVE_CHECK_FORMAT, type LiveCheckResult, STEP_ORDER, type StepId, type StepRecord } from './result';

const STATE_KEY = 'sct.liveCheck';
/** Each run stops starting steps after this long: a step may take a minute, the limit is six. */
export const RUN_BUDGET_MS = 240_000;

export interface LiveCheckOptions {
  /** The assignment table to paste (a seed), header first. */
  seed: string[][];
  /** A run starts no step after this long. */
  budgetMs?: number;
  /** The least a step that can stop midway (generation) is given, however late in the run. */
  stepBudgetMs?: number;
  now?: () => number;
}

/** A generation step always gets this long: enough for a few tabs, well inside the 6 minutes. */
const STEP_BUDGET_MS = 20_000;

export interface LiveCheckRun {
  done: boolean;
  message: string;
  result: LiveCheckResult | null;
}

/** Names of sheets that hold something, other than what the check itself made. */
function foreignContent(platform: Platform): string[] {
  const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
  return ss
    .getSheets()
    .filter((s) => s.getLastRow() > 0 || s.getLastColumn() > 0)
    .map((s) => s.getName());
}

function load(platform: Platform): LiveCheckResult | null {
  return new Book(platform).readJson<LiveCheckResult | null>(STATE_KEY, null);
}

function save(platform: Platform, result: LiveCheckResult): void {
  // A fresh Book: the add-on's commands wrote the state sheet since any earlier read.
  new Book(platform).writeJson(STATE_KEY, result);
}

export function runLiveCheck(platform: Platform, options: LiveCheckOptions): LiveCheckRun {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const budget = options.budgetMs ?? RUN_BUDGET_MS;
  let result = load(platform);
  if (!result) {
    const foreign = foreignContent(platform);
    if (foreign.length > 0) return { done: false, message: T.notEmpty(foreign), result: null };
    const ss = platform.SpreadsheetApp.getActiveSpreadsheet();
    const at = new Date(started).toISOString();
    result = {
      format: LIVE_CHECK_FORMAT,
      startedAt: at,
      updatedAt: at,
      finished: false,
      locale: ss.getSpreadsheetLocale(),
      timeZone: ss.getSpreadsheetTimeZone(),
      user: platform.Session.getEffectiveUser().getEmail(),
      steps: [],
      costs: {},
      scenarioCalls: {},
      probes: [],
      memo: {},
      timedSteps: false,
    };
    // Saved at once: from now on this spreadsheet is the check's own (its report sheet included).
    save(platform, result);
  }
  const clock = new CallClock(now);
  const timed = proxiesWork(clock.wrap(platform)) ? clock.wrap(platform) : platform;
  result.timedSteps = timed !== platform;
  let ran = 0;
  for (const id of STEP_ORDER) {
    const record = result.steps.find((s) => s.id === id);
    if (record?.detail && stepDone(record)) continue;
    // Every run makes progress: the first step always runs, the budget decides the others.
    if (ran++ > 0 && now() - started > budget) break;
    clock.reset();
    const stepStart = now();
    const outcome = runOne(id, { raw: platform, timed }, result, {
      budgetMs: () => Math.max(options.stepBudgetMs ?? STEP_BUDGET_MS, budget - (now() - started)),
      now: () => new Date(now()),
      seed: options.seed,
      me: result.user,
      clock: now,
    });
    const ms = now() - stepStart;
    const calls = clock.counts();
    const merged: StepRecord = {
      id,
      ok: outcome.ok,
      ms: (record?.ms ?? 0) + ms,
      calls: mergeCounts(record?.calls ?? {}, calls),
      detail: outcome.done ? outcome.detail : `…${outcome.detail}`,
    };
    result.steps = [...result.steps.filter((s) => s.id !== id), merged].sort(
      (a, b) => STEP_ORDER.indexOf(a.id) - STEP_ORDER.indexOf(b.id),
    );
    result.scenarioCalls = mergeSummaries(result.scenarioCalls, clock.summary());
    result.updatedAt = new Date(now()).toISOString();
    result.finished = STEP_ORDER.every((s) => {
      const r = result!.steps.find((x) => x.id === s);
      return !!r && stepDone(r);
    });
    save(platform, result);
    if (!outcome.done) break;
  }
  writeReport(platform, result);
  const doneCount = result.steps.filter(stepDone).length;
  if (!result.finished) {
    return { done: false, message: T.resumeLater(doneCount, STEP_ORDER.length), result };
  }
  const agree = result.probes.filter((p) => p.agrees === true).length;
  const disagree = result.probes.filter((p) => p.agrees === false).length;
  const failed = result.steps.filter((s) => !s.ok).length;
  return { done: true, message: T.finished(agree, disagree, failed), result };
}

/**
 * Whether Apps Script's objects can be wrapped in a Proxy (not documented for its host objects):
 * when not, the scenario runs on the services themselves and only the per-call costs of micro.ts
 * are measured.
 */
function proxiesWork(timed: Platform): boolean {
  try {
    const sheet = timed.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    return typeof sheet.getRange(1, 1).getA1Notation() === 'string';
  } catch {
    return false;
  }
}

/** A step is done once it ran to its end (a step cut short by time records its detail with "…"). */
function stepDone(record: StepRecord): boolean {
  return !record.detail.startsWith('…');
}

interface RunContext {
  budgetMs: () => number;
  now: () => Date;
  seed: string[][];
  me: string;
  /** Milliseconds, for timing. */
  clock: () => number;
}

function runOne(
  id: StepId,
  platforms: { raw: Platform; timed: Platform },
  result: LiveCheckResult,
  ctx: RunContext,
): { ok: boolean; done: boolean; detail: string } {
  if (id === 'micro') {
    const micro = new CallClock(ctx.clock);
    try {
      // The raw services: the scenario's clock would count the measured calls a second time.
      measureCalls(platforms.raw, micro, ctx.me, ctx.clock);
    } catch (e) {
      result.costs = micro.summary();
      return { ok: false, done: true, detail: T.error(e instanceof Error ? e.message : String(e)) };
    }
    result.costs = micro.summary();
    return { ok: true, done: true, detail: `${Object.keys(result.costs).length}` };
  }
  if (id === 'probes') {
    result.probes = runProbes(platforms.raw, ctx.me);
    const differ = result.probes.filter((p) => p.agrees === false).length;
    return { ok: true, done: true, detail: `${result.probes.length - differ}/${result.probes.length}` };
  }
  return runStep(id, {
    platform: platforms.timed,
    seed: ctx.seed,
    budgetMs: ctx.budgetMs,
    now: ctx.now,
    memo: result.memo,
  });
}

function mergeCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, n] of Object.entries(b)) out[k] = (out[k] ?? 0) + n;
  return out;
}

/** Two summaries of the same keys as one (medians kept from the larger sample). */
function mergeSummaries(
  a: Record<string, TimingSummary>,
  b: Record<string, TimingSummary>,
): Record<string, TimingSummary> {
  const out = { ...a };
  for (const [key, s] of Object.entries(b)) {
    const old = out[key];
    if (!old) {
      out[key] = s;
      continue;
    }
    const n = old.n + s.n;
    const totalMs = Math.round((old.totalMs + s.totalMs) * 10) / 10;
    out[key] = {
      n,
      totalMs,
      meanMs: Math.round((totalMs / n) * 10) / 10,
      medianMs: old.n >= s.n ? old.medianMs : s.medianMs,
      minMs: Math.min(old.minMs, s.minMs),
      maxMs: Math.max(old.maxMs, s.maxMs),
    };
  }
  return out;
}

/** The last result, for the "show JSON" menu item. */
export function lastLiveCheck(platform: Platform): LiveCheckResult | null {
  return load(platform);
}
