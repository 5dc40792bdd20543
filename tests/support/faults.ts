/**
 * Failures injected into the in-memory engine: the n-th call into the platform throws Apps
 * Script's transient error before it has any effect, as a killed or failed execution would
 * stop there. Works by intercepting the engine's call counter, which every call passes first.
 */
import { createPlatform, type LocalPlatform, type WorkbookData } from '../../src/local/engine';

export const TRANSIENT = 'Service Spreadsheets failed while accessing document with id local-spreadsheet.';

/** A copy of a workbook to run something on without touching the original. */
export function cloneBook(local: LocalPlatform): LocalPlatform {
  const copy = structuredClone(local.workbook) as WorkbookData;
  const clone = createPlatform(copy, { user: local.platform.Session.getEffectiveUser().getEmail() });
  Object.assign(globalThis, clone.platform);
  return clone;
}

/** Makes call number `n` (1-based, counted from now) throw; returns how to read how many calls ran. */
export function failAtCall(local: LocalPlatform, n: number): { calls: () => number } {
  const counter = local.calls;
  const original = counter.hit.bind(counter);
  let count = 0;
  counter.hit = (kind: string, method: string) => {
    count++;
    if (count === n) throw new Error(TRANSIENT);
    original(kind, method);
  };
  return { calls: () => count };
}

/** Counts the calls an action makes, without failing any. */
export function countCalls(local: LocalPlatform, action: () => void): number {
  const probe = failAtCall(local, Number.POSITIVE_INFINITY);
  action();
  return probe.calls();
}
