/**
 * Computed values of formula cells, evaluated lazily on read and cached until the next change
 * anywhere in the workbook (a generation counter), so reading a sheet twice evaluates once.
 * A formula that refers back to itself gives #REF!, as Sheets' circular-dependency error does.
 * When a formula calls a function the evaluator does not know (#NAME?), the result cached in
 * the file it was loaded from is used instead.
 */
import { evaluateFormula, type EvalEnv, type SheetBounds } from './formula-eval';
import { dateToSerial, errors, FormulaError, toBoolean, type Scalar } from './formula-values';
import { contentBounds, getCell, type Cell, type CellValue, type SheetData, type WorkbookData } from './model';
import { copyValue, usesDecimalComma } from './values';

function scalarOf(v: CellValue | undefined): Scalar {
  if (v === undefined || v === '') return null;
  return v instanceof Date ? dateToSerial(v) : v;
}

function cellValueOf(s: Scalar): CellValue {
  if (s === null) return '';
  if (s instanceof FormulaError) return s.code;
  return s;
}

export class Calculator {
  private generation = 0;
  private readonly cache = new WeakMap<Cell, { generation: number; value: Scalar }>();
  private readonly inProgress = new Set<Cell>();
  private byName: Map<string, SheetData> | null = null;
  private readonly bounds = new Map<SheetData, SheetBounds>();

  constructor(private readonly wb: WorkbookData) {}

  /** Invalidates every computed value and the sheet-name index. */
  changed(): void {
    this.generation++;
    this.byName = null;
    this.bounds.clear();
  }

  /** A cell's value as getValues returns it. */
  value(sheet: SheetData, row: number, column: number): CellValue {
    const cell = getCell(sheet, row, column);
    if (!cell) return '';
    if (cell.formula === undefined) return cell.value === undefined ? '' : copyValue(cell.value);
    return cellValueOf(this.scalar(sheet, row, column));
  }

  /** Whether a rule formula written for `anchor` holds at (row, column). */
  holds(
    formula: string,
    sheet: SheetData,
    anchor: { row: number; column: number },
    row: number,
    column: number,
  ): boolean {
    const result = evaluateFormula(formula, this.env(sheet, row - anchor.row, column - anchor.column, { row, column }));
    return toBoolean(result) === true;
  }

  private scalar(sheet: SheetData, row: number, column: number): Scalar {
    const cell = getCell(sheet, row, column);
    if (!cell) return null;
    if (cell.formula === undefined) return scalarOf(cell.value);
    const hit = this.cache.get(cell);
    if (hit && hit.generation === this.generation) return hit.value;
    if (this.inProgress.has(cell)) return errors.ref;
    this.inProgress.add(cell);
    let value: Scalar;
    try {
      value = evaluateFormula(cell.formula, this.env(sheet, 0, 0, { row, column }));
    } finally {
      this.inProgress.delete(cell);
    }
    if (value instanceof FormulaError && value.code === '#NAME?' && cell.cached !== undefined)
      value = scalarOf(cell.cached);
    this.cache.set(cell, { generation: this.generation, value });
    return value;
  }

  private sheetNamed(name: string): SheetData | undefined {
    if (!this.byName) this.byName = new Map(this.wb.sheets.map((s) => [s.name.toLowerCase(), s]));
    return this.byName.get(name.toLowerCase());
  }

  private env(
    sheet: SheetData,
    rowOffset: number,
    columnOffset: number,
    origin: { row: number; column: number },
  ): EvalEnv {
    return {
      sheet: sheet.name,
      rowOffset,
      columnOffset,
      origin,
      decimalComma: usesDecimalComma(this.wb.locale),
      cell: (name, row, column) => {
        const target = this.sheetNamed(name);
        return target ? this.scalar(target, row, column) : errors.ref;
      },
      bounds: (name) => {
        const target = this.sheetNamed(name);
        if (!target) return null;
        let b = this.bounds.get(target);
        if (!b) {
          b = { maxRows: target.maxRows, maxColumns: target.maxColumns, ...contentBounds(target) };
          this.bounds.set(target, b);
        }
        return b;
      },
    };
  }
}
