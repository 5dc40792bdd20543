/**
 * The engine: one workbook's data, the call counter, the users, and the wiring that hands
 * view objects (ranges, sheets, protections) to each other.
 */
import type { GridRange } from './a1';
import { FakeSpreadsheetApp } from './app';
import { Calculator } from './calc';
import { CallCounter } from './calls';
import type { EngineContext, Users } from './context';
import { ScriptError, messages } from './errors';
import { FakeHtmlService } from './html';
import type { ProtectionData, SheetData, SheetRange, WorkbookData, CellValue } from './model';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeLockService, FakePropertiesService, FakeSession, type LockState } from './services';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import type { Platform } from '../../sheets/gas';
import { FakeUi, UiScript } from './ui';
import { asRange, asSheet, asSpreadsheet } from './widen';
import Ss = GoogleAppsScript.Spreadsheet;

export interface EngineOptions {
  /** Who the script runs as (Session.getEffectiveUser); defaults to the workbook's owner. */
  user?: string;
  /** Session.getActiveUser() and the default author of userEdit; defaults to `user`. */
  activeUser?: string;
  /** Project HTML files for HtmlService, by name ("Sidebar" or "Sidebar.html"). */
  htmlFiles?: Record<string, string>;
  /** Clock for recorded edit times. */
  now?: () => Date;
}

export class Engine implements EngineContext {
  readonly calls = new CallCounter();
  readonly users: Users;
  readonly lock: LockState = { holder: null };
  readonly ui: UiScript;
  readonly platform: Platform;
  readonly now: () => Date;
  private readonly calc: Calculator;
  private readonly spreadsheet: FakeSpreadsheet;
  private readonly sheets = new WeakMap<SheetData, FakeSheet>();

  constructor(
    readonly workbook: WorkbookData,
    options: EngineOptions = {},
  ) {
    const effective = options.user ?? workbook.owner;
    this.users = { effective, active: options.activeUser ?? effective };
    this.now = options.now ?? (() => new Date());
    this.calc = new Calculator(workbook);
    this.spreadsheet = new FakeSpreadsheet(this);
    this.ui = new UiScript(workbook.ui);
    this.platform = {
      SpreadsheetApp: new FakeSpreadsheetApp(this, new FakeUi(this.calls, this.ui)),
      LockService: new FakeLockService(this.calls, this.lock),
      PropertiesService: new FakePropertiesService(this.calls, workbook),
      Session: new FakeSession(this.calls, this.users),
      HtmlService: new FakeHtmlService(this.calls, options.htmlFiles ?? {}),
    };
  }

  rangeView(sheet: SheetData, grid: GridRange, a1?: string): Ss.Range {
    return asRange(new FakeRange(this, sheet, grid, a1));
  }

  sheetView(sheet: SheetData): Ss.Sheet {
    let view = this.sheets.get(sheet);
    if (!view) {
      view = new FakeSheet(this, sheet);
      this.sheets.set(sheet, view);
    }
    return asSheet(view);
  }

  spreadsheetView(): Ss.Spreadsheet {
    return asSpreadsheet(this.spreadsheet);
  }

  protectionView(sheet: SheetData, protection: ProtectionData): Ss.Protection {
    return new FakeProtection(this, sheet, protection);
  }

  rangeData(range: Ss.Range): { sheet: SheetData; grid: GridRange } {
    if (!(range instanceof FakeRange)) throw new TypeError('Not a Range of this engine');
    this.assertLive(range.sheet);
    return { sheet: range.sheet, grid: range.grid };
  }

  sheetData(sheet: Ss.Sheet): SheetData {
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

  resolveRange(ref: SheetRange): Ss.Range {
    const sheet = this.sheetById(ref.sheetId);
    if (!sheet) throw new ScriptError(messages.rangeNotFound());
    return this.rangeView(sheet, ref.range);
  }
}
