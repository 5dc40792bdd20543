/**
 * Failures injected into a regeneration, through the engine's own failure injection
 * (src/local/engine/README.md): each run happens on a copy of the workbook.
 */
import { createPlatform, type LocalPlatform, type WorkbookData } from '../../src/local/engine';

/** A copy of a workbook, as another execution by the same person would see it. */
export function cloneBook(local: LocalPlatform): LocalPlatform {
  const copy = structuredClone(local.workbook) as WorkbookData;
  const clone = createPlatform(copy, { user: local.platform.Session.getEffectiveUser().getEmail() });
  Object.assign(globalThis, clone.platform);
  return clone;
}

/** The number of service calls an action makes. */
export function countCalls(local: LocalPlatform, action: () => void): number {
  const before = local.engine.serviceCalls();
  action();
  return local.engine.serviceCalls() - before;
}
