/** What the live check produces: its steps in order and the JSON the benchmark reads. */
import type { ProbeResult } from './probes';
import type { ScenarioStep } from './scenario';
import type { TimingSummary } from './timing';

export const LIVE_CHECK_FORMAT = 'so-chi-tieu-live-check/1';

export type StepId = ScenarioStep | 'micro' | 'probes';
export const STEP_ORDER: StepId[] = [
  'setup',
  'paste',
  'generate',
  'type',
  'edit',
  'regenerate',
  'close',
  'summary',
  'sharing',
  'micro',
  'probes',
];

export interface StepRecord {
  id: StepId;
  ok: boolean;
  /** Wall time of the step, summed over the runs it took. */
  ms: number;
  /** Calls of the step by "Kind.method", as the engine counts them. */
  calls: Record<string, number>;
  detail: string;
}

/** What the benchmark reads: per-call costs under the engine's keys, with how they were measured. */
export interface LiveCheckResult {
  format: typeof LIVE_CHECK_FORMAT;
  startedAt: string;
  updatedAt: string;
  finished: boolean;
  locale: string;
  timeZone: string;
  user: string;
  steps: StepRecord[];
  /** Each call timed with a flush after it (micro.ts). */
  costs: Record<string, TimingSummary>;
  /** Each call as the scenario made it, without flushes (timing.ts): where a run spends its time. */
  scenarioCalls: Record<string, TimingSummary>;
  /** False when Apps Script's objects could not be wrapped to time the scenario's calls. */
  timedSteps: boolean;
  probes: ProbeResult[];
  /** What a step leaves for a later one (the figures before the table was edited). */
  memo: Record<string, unknown>;
}
