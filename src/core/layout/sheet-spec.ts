/**
 * A whole sheet as plain data: what every sheet the add-on writes (agency tabs, the summary,
 * the history, the archive) is made of. The core decides every cell; the one renderer in
 * src/sheets/render-sheet.ts writes a SheetSpec with a fixed number of SpreadsheetApp calls,
 * whatever the number of rows.
 */

import { FONT_FAMILY } from './print';

/** A rectangle of cells, 1-based like the sheet. */
export interface Area {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type ValidationSpec =
  | { kind: 'percent'; helpText: string }
  | { kind: 'count'; helpText: string; formula: string }
  | { kind: 'yesno'; helpText: string; values: string[] }
  | { kind: 'number'; helpText: string };

export interface CfRuleSpec {
  formula: string;
  background: string;
  fontColor: string;
  area: Area;
}

export interface ChartSpec {
  /** Header row and data rows the chart draws. */
  area: Area;
  anchorRow: number;
  anchorColumn: number;
  width: number;
  height: number;
  title: string;
  colors: string[];
}

export type FontWeight = 'bold' | 'normal';

export interface SheetSpec {
  sheetName: string;
  height: number;
  width: number;
  /** Whole sheet, row 1 first; formulas are written apart (see `formulas`). */
  values: unknown[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontWeights: FontWeight[][];
  /** Blocks of formulas, each written with one setFormulas. */
  formulas: Array<{ area: Area; formulas: string[][] }>;
  /** One validation per cell of the area (null: none), written with one setDataValidations. */
  validations: { area: Area; specs: (ValidationSpec | null)[][] } | null;
  cfRules: CfRuleSpec[];
  merges: Area[];
  /** Areas whose text wraps. */
  wrap: Area[];
  centred: Area[];
  italic: Area[];
  /** Tables drawn with every border. */
  borders: Area[];
  fontSizes: Array<{ area: Area; size: number }>;
  /** The family of every cell (print.ts): one call for the whole sheet. */
  fontFamily: string;
  frozenRows: number;
  frozenColumns: number;
  /** Width of every column, in pixels; hidden columns keep theirs. */
  columnWidths: number[];
  hiddenColumns: { col: number; count: number } | null;
  hiddenGridlines: boolean;
  chart: ChartSpec | null;
}

/** A spec with every cell empty and nothing else set; builders fill it in. */
export function emptySheetSpec(sheetName: string, height: number, width: number): SheetSpec {
  const grid = <T>(v: T) => Array.from({ length: height }, () => Array<T>(width).fill(v));
  return {
    sheetName,
    height,
    width,
    values: grid<unknown>(''),
    numberFormats: grid('@'),
    backgrounds: grid<string | null>(null),
    fontWeights: grid<FontWeight>('normal'),
    formulas: [],
    validations: null,
    cfRules: [],
    merges: [],
    wrap: [],
    centred: [],
    italic: [],
    borders: [],
    fontSizes: [],
    fontFamily: FONT_FAMILY,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: Array<number>(width).fill(100),
    hiddenColumns: null,
    hiddenGridlines: false,
    chart: null,
  };
}

/** The validations of a spec over the whole sheet, one entry per cell (null: none). */
export function validationGrid(spec: SheetSpec): (ValidationSpec | null)[][] {
  const grid = Array.from({ length: spec.height }, () => Array<ValidationSpec | null>(spec.width).fill(null));
  const v = spec.validations;
  if (!v) return grid;
  v.specs.forEach((row, i) => {
    row.forEach((rule, j) => {
      grid[v.area.row - 1 + i][v.area.col - 1 + j] = rule;
    });
  });
  return grid;
}
