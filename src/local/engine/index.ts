/**
 * The in-memory SpreadsheetApp: createPlatform gives the sheets layer a Platform backed by
 * plain data, plus what tests need to look inside (workbook data, call counts, UI log and
 * scripted answers, engine helpers). It implements exactly the contract of src/sheets/gas.ts
 * and refuses what Sheets refuses (rules.ts). Each platform is one execution: a second
 * createPlatform over the same workbook is another person's run on the same file, and failures
 * are injected per execution with `local.engine.failAt(n)` / `failWith(policy)` (faults.ts,
 * helpers.ts).
 */
import type { Platform } from '../../sheets/gas';
import type { CallCounter } from './calls';
import { Engine, type EngineOptions } from './engine';
import { EngineHelpers } from './helpers';
import { newWorkbook, type WorkbookData, type WorkbookInit } from './model';
import { snapshot, type WorkbookSnapshot } from './snapshot';
import type { UiScript } from './ui';

export interface PlatformOptions extends EngineOptions, WorkbookInit {}

export interface LocalPlatform {
  platform: Platform;
  workbook: WorkbookData;
  calls: CallCounter;
  ui: UiScript;
  engine: EngineHelpers;
  snapshot(): WorkbookSnapshot;
}

/**
 * A platform over `workbook` (changed in place), or over a new spreadsheet with one empty
 * "Sheet1" built from the WorkbookInit fields of `opts` (id, name, locale, owner, …).
 */
export function createPlatform(workbook?: WorkbookData, opts: PlatformOptions = {}): LocalPlatform {
  const wb = workbook ?? newWorkbook(opts);
  const engine = new Engine(wb, opts);
  return {
    platform: engine.platform,
    workbook: wb,
    calls: engine.calls,
    ui: engine.ui,
    engine: new EngineHelpers(engine),
    snapshot: () => snapshot(wb),
  };
}

export { classifyCall, CallCounter, type CallCategory, type CallListener, type CallSummary } from './calls';
export { newWorkbook, type WorkbookData, type SheetData, type Cell, type CellValue } from './model';
export { snapshot, type WorkbookSnapshot } from './snapshot';
export type { EditResult, EditRecord, EffectiveStyle, EngineHelpers } from './helpers';
export type { UiScript, ButtonName } from './ui';
export { ScriptError } from './errors';
export { failureMessages, type FailureKind, type FailurePolicy } from './faults';
export { isWrite, LIMITS, ruleMessages, type Manifest } from './rules';
