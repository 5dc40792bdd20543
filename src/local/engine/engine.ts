/**
 * The engine: one execution of a script over a workbook. It holds who the script runs as, the
 * project's manifest, the call counter and the failure policy, and wires the view objects
 * (ranges, sheets, protections) to each other. Several engines over the same WorkbookData are
 * several executions on one file (two people, or two runs): they share the data, the computed
 * values and the document lock.
 *
 * Every call passes one gate (`gate` below), in the order Apps Script meets the conditions:
 * a run stopped by the time limit runs nothing more; a scope missing from the manifest throws;
 * an injected failure throws (faults.ts); a write by someone who cannot edit the file throws.
 * Rules about the target (protections, limits, merges) are checked by the call itself, before
 * it changes anything: a call that throws has no effect.
 */
import type { GridRange } from './a1';
import { FakeSpreadsheetApp } from './app';
import { Calculator } from './calc';
import { CallCounter } from './calls';
import type { EngineContext, Users } from './context';
import { ScriptError, messages } from './errors';
import { Faults, type FailurePolicy } from './faults';
import { FakeHtmlService } from './html';
import type { CellValue, ProtectionData, SheetData, SheetRange, WorkbookData } from './model';
import { FakeProtection, mayChangeSheet, mayWriteCells } from './protection';
import { FakeRange } from './range';
import { checkScope, isFileEditor, isWrite, reachesService, ruleMessages, type Manifest } from './rules';
import { documentLockOf, FakeLockService, FakeSession } from './services';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import type { Platform, RangeApi, SheetApi } from '../../sheets/gas';
import { FakeUi, UiScript } from './ui';
import projectManifest from '../../../appsscript.json';

export interface EngineOptions {
  /** Who the script runs as (Session.getEffectiveUser); defaults to the workbook's owner. */
  user?: string;
  /** The default author of userEdit; defaults to `user`. */
  activeUser?: string;
  /** Project HTML files for HtmlService, by name ("Sidebar" or "Sidebar.html"). */
  htmlFiles?: Record<string, string>;
  /** Clock for recorded edit times. */
  now?: () => Date;
  /** The project's manifest, whose oauthScopes bound what the script may call; appsscript.json by default. */
  manifest?: Manifest;
  /** A standalone script or web app: no containing document, so no document lock. */
  standalone?: boolean;
}

/** Computed values belong to the workbook: every execution over it sees the same ones. */
const calculators = new WeakMap<WorkbookData, Calculator>();

function calculatorOf(wb: WorkbookData): Calculator {
  let calc = calculators.get(wb);
  if (!calc) {
    calc = new Calculator(wb);
    calculators.set(wb, calc);
  }
  return calc;
}

export class Engine implements EngineContext {
  readonly calls: CallCounter;
  readonly users: Users;
  readonly faults = new Faults();
  readonly ui: UiScript;
  readonly platform: Platform;
  readonly now: () => Date;
  readonly manifest: Manifest;
  private readonly calc: Calculator;
  private readonly spreadsheet: FakeSpreadsheet;
  private readonly sheets = new WeakMap<SheetData, FakeSheet>();
  /** This execution's identity, as the document lock knows it. */
  private readonly execution = {};

  constructor(
    readonly workbook: WorkbookData,
    options: EngineOptions = {},
  ) {
    const effective = options.user ?? workbook.owner;
    this.users = { effective, active: options.activeUser ?? effective };
    this.now = options.now ?? (() => new Date());
    this.manifest = options.manifest ?? projectManifest;
    this.calls = new CallCounter((kind, method) => this.gate(kind, method));
    this.calc = calculatorOf(workbook);
    this.spreadsheet = new FakeSpreadsheet(this);
    this.ui = new UiScript(workbook.ui);
    this.platform = {
      SpreadsheetApp: new FakeSpreadsheetApp(this, new FakeUi(this.calls, this.ui)),
      LockService: new FakeLockService(this.calls, workbook, this.execution, !options.standalone),
      Session: new FakeSession(this.calls, this.users),
      HtmlService: new FakeHtmlService(this.calls, options.htmlFiles ?? {}),
    };
  }

  private gate(kind: string, method: string): void {
    if (this.faults.stopped) this.faults.before(`${kind}.${method}`, this.workbook.id);
    checkScope(this.manifest, kind, method);
    if (reachesService(kind, method)) {
      try {
        this.faults.before(`${kind}.${method}`, this.workbook.id);
      } finally {
        // Stopped by the time limit: the script terminates, and with it its hold on the lock.
        if (this.faults.stopped) this.releaseLock();
      }
    }
    if (isWrite(kind, method) && !isFileEditor(this.workbook, this.users.effective)) {
      throw new ScriptError(ruleMessages.notAnEditor());
    }
  }

  /** Sets (or with null, lifts) the failure policy of this execution; see faults.ts. */
  failWith(policy: FailurePolicy | null): void {
    this.faults.set(policy);
  }

  /** The execution ends (normally, by an error or by the time limit): its lock is released. */
  endExecution(): void {
    this.releaseLock();
    this.faults.restart();
  }

  private releaseLock(): void {
    const lock = documentLockOf(this.workbook);
    if (lock.holder === this.execution) lock.holder = null;
  }

  rangeView(sheet: SheetData, grid: GridRange, a1?: string): RangeApi {
    return new FakeRange(this, sheet, grid, a1);
  }

  sheetView(sheet: SheetData): FakeSheet {
    let view = this.sheets.get(sheet);
    if (!view) {
      view = new FakeSheet(this, sheet);
      this.sheets.set(sheet, view);
    }
    return view;
  }

  spreadsheetView(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  protectionView(sheet: SheetData, protection: ProtectionData): FakeProtection {
    return new FakeProtection(this, sheet, protection);
  }

  rangeData(range: RangeApi): { sheet: SheetData; grid: GridRange } {
    if (!(range instanceof FakeRange)) throw new TypeError('Not a Range of this engine');
    this.assertLive(range.sheet);
    return { sheet: range.sheet, grid: range.grid };
  }

  sheetData(sheet: SheetApi): SheetData {
    if (!(sheet instanceof FakeSheet)) throw new TypeError('Not a Sheet of this engine');
    this.assertLive(sheet.data);
    return sheet.data;
  }

  sheetById(sheetId: number): SheetData | undefined {
    return this.workbook.sheets.find((s) => s.sheetId === sheetId);
  }

  assertLive(sheet: SheetData): void {
    if (!this.workbook.sheets.includes(sheet)) throw new ScriptError(messages.sheetGone(sheet.name));
  }

  guardCells(sheet: SheetData, grid: GridRange): void {
    if (!mayWriteCells(this.workbook, sheet, grid, this.users.effective)) {
      throw new ScriptError(ruleMessages.protectedCell());
    }
  }

  guardSheet(sheet: SheetData): void {
    if (!mayChangeSheet(this.workbook, sheet, this.users.effective)) {
      throw new ScriptError(ruleMessages.protectedCell());
    }
  }

  cellValue(sheet: SheetData, row: number, column: number): CellValue {
    return this.calc.value(sheet, row, column);
  }

  formulaHolds(
    formula: string,
    sheet: SheetData,
    anchor: { row: number; column: number },
    row: number,
    column: number,
  ): boolean {
    return this.calc.holds(formula, sheet, anchor, row, column);
  }

  changed(): void {
    this.calc.changed();
  }

  resolveRange(ref: SheetRange): RangeApi {
    const sheet = this.sheetById(ref.sheetId);
    if (!sheet) throw new ScriptError(messages.rangeNotFound());
    return this.rangeView(sheet, ref.range);
  }
}
