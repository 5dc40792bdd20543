/**
 * What the view classes (FakeRange, FakeSheet, …) need from the engine. They depend on this
 * interface only, so they do not import each other and the engine wires them together.
 */
import type { GridRange } from './a1';
import type { CallCounter } from './calls';
import type { CellValue, ProtectionData, SheetData, SheetRange, WorkbookData } from './model';
import type { ProtectionApi, RangeApi, SheetApi, SpreadsheetApi } from '../../sheets/gas';

export interface Users {
  /** Session.getEffectiveUser(): who the script runs as. */
  effective: string;
  /** Who types in userEdit when no one is named: by default the effective user. */
  active: string;
}

export interface EngineContext {
  readonly workbook: WorkbookData;
  readonly calls: CallCounter;
  readonly users: Users;

  rangeView(sheet: SheetData, grid: GridRange, a1?: string): RangeApi;
  sheetView(sheet: SheetData): SheetApi;
  spreadsheetView(): SpreadsheetApi;
  protectionView(sheet: SheetData, protection: ProtectionData): ProtectionApi;

  /** The sheet and cells behind a range this engine made; throws for a foreign object. */
  rangeData(range: RangeApi): { sheet: SheetData; grid: GridRange };
  sheetData(sheet: SheetApi): SheetData;
  sheetById(sheetId: number): SheetData | undefined;
  /** Throws the Apps Script error when the sheet was deleted. */
  assertLive(sheet: SheetData): void;

  /** Throws unless the running user may write these cells (protections; rules.ts, 6). */
  guardCells(sheet: SheetData, grid: GridRange): void;
  /** Throws unless the running user may change the sheet itself (a sheet protection; rules.ts, 6). */
  guardSheet(sheet: SheetData): void;

  /** A cell's value as getValues returns it: formulas evaluated, '' when empty. */
  cellValue(sheet: SheetData, row: number, column: number): CellValue;
  /** Evaluates a rule formula for the cell at (row, column), written for `anchor`. */
  formulaHolds(
    formula: string,
    sheet: SheetData,
    anchor: { row: number; column: number },
    row: number,
    column: number,
  ): boolean;
  /** To be called after any change that can alter computed values. */
  changed(): void;
  resolveRange(range: SheetRange): RangeApi;
}
