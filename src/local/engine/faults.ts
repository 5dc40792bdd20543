/**
 * Failure injection: the engine fails a call on demand, the way Apps Script does in real runs.
 *
 * - 'service': "Service Spreadsheets failed while accessing document with id <id>." — a
 *   transient error any Spreadsheet call can meet (issue 12; the text is Apps Script's, e.g.
 *   github.com/alexwforsythe/code-blocks/issues/168 for the Documents service). The call has no
 *   effect; the script may catch it and go on.
 * - 'timeout': "Exceeded maximum execution time" — Apps Script stops the run at 6 minutes
 *   (developers.google.com/apps-script/guides/services/quotas#current_limitations). Nothing of
 *   the script runs after it, not even its finally blocks: every later call of the same
 *   execution throws the same error, and the execution's document lock is released, as when a
 *   script terminates (rules.ts, 7).
 *
 * What completed calls wrote stays written. Apps Script bundles writes for speed
 * ("Spreadsheet operations are sometimes bundled together to improve performance",
 * …/reference/spreadsheet/spreadsheet-app#flush()) but has no transactions: nothing is rolled
 * back when a later call throws or the run is stopped. The engine applies each completed call
 * at once, which is what a run that dies leaves behind; only the failed call has no effect.
 *
 * Calls are numbered over those that reach Sheets' servers (rules.ts, reachesService): builder
 * steps and a range's own coordinates are local in Apps Script and never fail this way.
 */
import { ScriptError } from './errors';

export type FailureKind = 'service' | 'timeout';

export interface FailurePolicy {
  /** Fail the n-th service call counted from when the policy is set (1 = the next one). */
  at?: number;
  /** Fail each service call with this probability, drawn from a PRNG seeded with `seed`. */
  probability?: number;
  seed?: number;
  /** Only calls whose "Kind.method" matches count and fail (e.g. /^Protection\./); alone, every such call fails. */
  match?: RegExp | ((call: string) => boolean);
  /** What the failure is; 'service' by default. */
  kind?: FailureKind;
  /** Stop failing after the first failure (the default with `at`). */
  once?: boolean;
}

export const failureMessages = {
  service: (documentId: string) => `Service Spreadsheets failed while accessing document with id ${documentId}.`,
  timeout: () => 'Exceeded maximum execution time',
};

/** Mulberry32: a small seeded PRNG, so a failing sequence can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One execution's failure policy and its counters. */
export class Faults {
  private policy: FailurePolicy | null = null;
  private random: (() => number) | null = null;
  private counted = 0;
  /** Service calls this execution made, failed ones included. */
  serviceCalls = 0;
  /** Set once the execution was stopped by the time limit. */
  stopped = false;
  /** The calls that failed, in order ("Kind.method"). */
  readonly failed: string[] = [];
  /**
   * Runs before each service call with its number: how a test makes another person act in the
   * middle of a run (an agency typing while a regeneration rewrites its tab).
   */
  beforeCall: ((call: string, n: number) => void) | null = null;

  set(policy: FailurePolicy | null): void {
    this.policy = policy;
    this.counted = 0;
    this.random = policy?.probability !== undefined ? seededRandom(policy.seed ?? 1) : null;
  }

  /** Called before a service call takes effect; throws when the call is to fail. */
  before(call: string, documentId: string): void {
    if (this.stopped) throw new ScriptError(failureMessages.timeout());
    this.serviceCalls++;
    this.beforeCall?.(call, this.serviceCalls);
    const p = this.policy;
    if (!p || !matches(p, call)) return;
    this.counted++;
    let hit = true; // a policy with neither `at` nor `probability` fails every call it matches
    if (p.at !== undefined) hit = this.counted === p.at;
    else if (this.random) hit = this.random() < (p.probability ?? 0);
    if (!hit) return;
    if (p.once ?? p.at !== undefined) this.policy = null;
    this.failed.push(call);
    if ((p.kind ?? 'service') === 'timeout') {
      this.stopped = true;
      throw new ScriptError(failureMessages.timeout());
    }
    throw new ScriptError(failureMessages.service(documentId));
  }

  /** A new execution starts: not stopped, counters at zero (the policy stays until changed). */
  restart(): void {
    this.stopped = false;
    this.serviceCalls = 0;
    this.counted = 0;
  }
}

function matches(p: FailurePolicy, call: string): boolean {
  if (!p.match) return true;
  return typeof p.match === 'function' ? p.match(call) : p.match.test(call);
}
