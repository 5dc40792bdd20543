/**
 * Measured costs from the live check (`npm run build:live-check`, run in a real spreadsheet):
 * `npm run bench -- --costs live.json` puts each measured call in front of the assumed costs of
 * bench/cost-model.ts. The live check times calls under the engine's own keys ("Range.setValues"),
 * so a measurement maps onto exactly the key the engine counts; keys the live check did not
 * measure keep their assumed cost. Low / mid / high become min / median / max of the samples.
 */
import { readFileSync } from 'node:fs';
import { LIVE_CHECK_FORMAT } from '../src/live-check/result';
import { type Cost, METHOD_COST } from './cost-model';

interface MeasuredCall {
  n: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface LiveCosts {
  /** Where and when it was measured, for the source of each cost. */
  source: string;
  costs: Record<string, Cost>;
}

/** The costs of a live-check JSON; throws with a plain message when the file is not one. */
export function parseLiveCosts(text: string, file = 'live.json'): LiveCosts {
  let json: { format?: string; updatedAt?: string; locale?: string; costs?: Record<string, MeasuredCall> };
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${e instanceof Error ? e.message : e})`);
  }
  if (json.format !== LIVE_CHECK_FORMAT) {
    throw new Error(`${file}: not a live-check result (format "${json.format}", expected "${LIVE_CHECK_FORMAT}")`);
  }
  const source = `live check ${json.updatedAt ?? '?'} (${json.locale ?? '?'}), ${file}`;
  const costs: Record<string, Cost> = {};
  for (const [key, m] of Object.entries(json.costs ?? {})) {
    if (!/^[A-Z]\w*\.\w+$/.test(key) || !(m.n > 0) || ![m.minMs, m.medianMs, m.maxMs].every(Number.isFinite)) continue;
    costs[key] = {
      low: m.minMs,
      mid: m.medianMs,
      high: m.maxMs,
      basis: 'measured',
      source: `${source}: ${m.n} calls, each followed by flush()`,
    };
  }
  return { source, costs };
}

/** Puts the measured costs in front of the cost model's rules (first match wins there). */
export function applyLiveCosts(live: LiveCosts): string[] {
  const keys = Object.keys(live.costs).sort();
  METHOD_COST.unshift(
    ...keys.map((key) => ({ label: `${key} (measured)`, test: (k: string) => k === key, cost: live.costs[key] })),
  );
  return keys;
}

export function loadLiveCosts(file: string): string[] {
  return applyLiveCosts(parseLiveCosts(readFileSync(file, 'utf8'), file));
}
