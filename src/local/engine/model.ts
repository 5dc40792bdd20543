/**
 * The engine's state as plain data. Everything a workbook holds lives here, so it can be
 * inspected in tests, saved to .xlsx and loaded back; the Fake* classes are views over it.
 * Cells are sparse: a row map of column maps, holding only cells that have something set.
 */
import type { GridRange } from './a1';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export type CellValue = string | number | boolean | Date;

/** Names of SpreadsheetApp.DataValidationCriteria members, e.g. 'VALUE_IN_LIST'. */
export type ValidationCriteria = string;
/** Names of SpreadsheetApp.BooleanCriteria members, e.g. 'CUSTOM_FORMULA'. */
export type ConditionCriteria = string;

/** A range on some sheet, by sheet id so that renaming the sheet keeps it. */
export interface SheetRange {
  sheetId: number;
  range: GridRange;
}

export interface BorderEdge {
  color: string;
  /** A SpreadsheetApp.BorderStyle member name. */
  style: string;
}

export interface Borders {
  top?: BorderEdge;
  left?: BorderEdge;
  bottom?: BorderEdge;
  right?: BorderEdge;
}

/**
 * A validation rule as applied to cells. Cells set in one call share the same object, which is
 * how the xlsx writer groups them. `anchor` is the cell a custom formula's relative references
 * are written for (the top-left cell of the range it was set on), as in Sheets.
 */
export interface ValidationRule {
  criteria: ValidationCriteria;
  /** Criteria values as Apps Script returns them; ranges of VALUE_IN_RANGE are SheetRange. */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  anchor: { row: number; column: number };
}

export interface Cell {
  /** Absent when the cell is empty or holds a formula. */
  value?: CellValue;
  /** As written, with its leading "="; its value is computed on read. */
  formula?: string;
  /** The formula's last known result (read from a file), used when the engine cannot evaluate it. */
  cached?: CellValue;
  numberFormat?: string;
  validation?: ValidationRule;
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** Absent: the default family (FONT_FAMILY, Arial in Sheets). */
  fontFamily?: string;
  wrap?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'normal' | 'right';
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  borders?: Borders;
  note?: string;
}

/** Cell fields that are formatting (what clearFormat removes and inserted rows inherit). */
export const FORMAT_FIELDS = [
  'numberFormat',
  'background',
  'fontColor',
  'bold',
  'italic',
  'fontSize',
  'fontFamily',
  'wrap',
  'horizontalAlignment',
  'verticalAlignment',
  'borders',
] as const;

export interface ConditionFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  strikethrough?: boolean | null;
}

/** A conditional format rule; formulas are relative to the top-left cell of ranges[0]. */
export interface ConditionalRule {
  ranges: GridRange[];
  criteria: ConditionCriteria;
  args: unknown[];
  format: ConditionFormat;
}

export interface ProtectionData {
  type: 'SHEET' | 'RANGE';
  /** The protected range for RANGE protections; null for a whole sheet. */
  range: GridRange | null;
  description: string;
  editors: string[];
  domainEdit: boolean;
  warningOnly: boolean;
  /** Holes in a SHEET protection: cells everyone may edit. */
  unprotected: GridRange[];
}

export interface ChartData {
  chartId: number | null;
  /** A Charts.ChartType member name. */
  type: string;
  ranges: SheetRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  hiddenDimensionStrategy: string;
  mergeStrategy: string;
}

export interface SheetData {
  name: string;
  sheetId: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  rows: Map<number, Map<number, Cell>>;
  merges: GridRange[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  gridlinesHidden: boolean;
  conditionalRules: ConditionalRule[];
  protections: ProtectionData[];
  charts: ChartData[];
}

export interface MenuEntry {
  caption: string;
  /** Absent for a separator. */
  functionName?: string;
  submenu?: MenuData;
}

export interface MenuData {
  /**
   * 'addon': Ui.createAddonMenu(), a sub-menu of Extensions named by Sheets (the add-on's name,
   * or in a bound script the script project's name: Ui.createAddonMenu reference); 'menu':
   * Ui.createMenu(caption), a menu of its own on the menu bar.
   */
  kind: 'addon' | 'menu';
  /** Null for the add-on menu, whose caption Sheets takes from the add-on's name. */
  caption: string | null;
  items: MenuEntry[];
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  /** A Ui.ButtonSet member name. */
  buttons: string;
  /** The Ui.Button member name answered, and the text for a prompt. */
  answer: string;
  responseText?: string;
}

export interface UiLog {
  menus: MenuData[];
  dialogs: DialogRecord[];
  sidebars: { title: string; html: string; width: number }[];
  modals: { title: string; html: string; width: number; height: number; modal: boolean }[];
}

export interface WorkbookData {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  owner: string;
  /** Editors of the file besides the owner. */
  editors: string[];
  /** Drive's "Editors can change permissions and share" (on unless the owner turns it off). */
  editorsCanShare?: boolean;
  sheets: SheetData[];
  activeSheetId: number | null;
  /** Document properties: the add-on keeps none, but a file read from disk may carry them (xlsx `_props`). */
  properties: Record<string, string>;
  nextSheetId: number;
  nextChartId: number;
  ui: UiLog;
}

export function newSheet(name: string, sheetId: number): SheetData {
  return {
    name,
    sheetId,
    hidden: false,
    maxRows: DEFAULT_MAX_ROWS,
    maxColumns: DEFAULT_MAX_COLUMNS,
    rows: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    gridlinesHidden: false,
    conditionalRules: [],
    protections: [],
    charts: [],
  };
}

export interface WorkbookInit {
  id?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
  owner?: string;
  editors?: string[];
}

/** A new spreadsheet as Sheets creates one: a single empty "Sheet1" with id 0. */
export function newWorkbook(init: WorkbookInit = {}): WorkbookData {
  const first = newSheet('Sheet1', 0);
  return {
    id: init.id ?? 'local-spreadsheet',
    name: init.name ?? 'Untitled spreadsheet',
    locale: init.locale ?? 'vi_VN',
    timeZone: init.timeZone ?? 'Asia/Ho_Chi_Minh',
    owner: init.owner ?? 'owner@example.com',
    editors: init.editors ?? [],
    sheets: [first],
    activeSheetId: first.sheetId,
    properties: {},
    nextSheetId: 1,
    nextChartId: 1,
    ui: emptyUiLog(),
  };
}

function emptyUiLog(): UiLog {
  return { menus: [], dialogs: [], sidebars: [], modals: [] };
}

/**
 * Sheet ids in Sheets are arbitrary integers, not positions; scrambling the counter keeps code
 * that confuses an id with an index from passing by luck, while staying deterministic.
 */
export function allocateSheetId(wb: WorkbookData): number {
  const taken = new Set(wb.sheets.map((s) => s.sheetId));
  let id: number;
  do {
    id = (wb.nextSheetId++ * 1_000_003) % 2_147_483_647;
  } while (taken.has(id));
  return id;
}

export function getCell(sheet: SheetData, row: number, column: number): Cell | undefined {
  return sheet.rows.get(row)?.get(column);
}

export function ensureCell(sheet: SheetData, row: number, column: number): Cell {
  let cols = sheet.rows.get(row);
  if (!cols) {
    cols = new Map();
    sheet.rows.set(row, cols);
  }
  let cell = cols.get(column);
  if (!cell) {
    cell = {};
    cols.set(column, cell);
  }
  return cell;
}

/** Drops a cell left with nothing set, so the sparse map only holds real cells. */
export function pruneCell(sheet: SheetData, row: number, column: number): void {
  const cols = sheet.rows.get(row);
  const cell = cols?.get(column);
  if (!cols || !cell) return;
  for (const key in cell) if ((cell as Record<string, unknown>)[key] !== undefined) return;
  cols.delete(column);
  if (cols.size === 0) sheet.rows.delete(row);
}

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}

/**
 * Visits the existing cells inside a range, walking whichever is smaller: the range or the map,
 * so a whole-column range over a sparse sheet costs the number of cells, not of rows.
 */
export function forEachCellIn(
  sheet: SheetData,
  g: GridRange,
  fn: (cell: Cell, row: number, column: number) => void,
): void {
  const lastRow = g.row + g.numRows - 1;
  const lastCol = g.column + g.numColumns - 1;
  const visitRow = (cols: Map<number, Cell>, row: number) => {
    if (g.numColumns < cols.size) {
      for (let c = g.column; c <= lastCol; c++) {
        const cell = cols.get(c);
        if (cell) fn(cell, row, c);
      }
    } else {
      for (const [c, cell] of cols) if (c >= g.column && c <= lastCol) fn(cell, row, c);
    }
  };
  if (g.numRows < sheet.rows.size) {
    for (let r = g.row; r <= lastRow; r++) {
      const cols = sheet.rows.get(r);
      if (cols) visitRow(cols, r);
    }
  } else {
    for (const [r, cols] of sheet.rows) if (r >= g.row && r <= lastRow) visitRow(cols, r);
  }
}

/** Last row and column holding a value or formula (0 when the sheet is empty), as getLastRow/getLastColumn report. */
export function contentBounds(sheet: SheetData): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  for (const [r, cols] of sheet.rows) {
    for (const [c, cell] of cols) {
      if (!hasContent(cell)) continue;
      if (r > lastRow) lastRow = r;
      if (c > lastColumn) lastColumn = c;
    }
  }
  return { lastRow, lastColumn };
}

/**
 * A deep copy of a sheet under a new name and id, as insertSheet's template copies it (rules.ts,
 * 9: hidden stays hidden; protections and charts are not copied, and a template may carry none);
 * cells sharing a validation rule still share one.
 */
export function copySheet(source: SheetData, name: string, sheetId: number): SheetData {
  const rules = new Map<ValidationRule, ValidationRule>();
  const copyRule = (r: ValidationRule) => {
    let copy = rules.get(r);
    if (!copy) {
      copy = structuredClone(r);
      rules.set(r, copy);
    }
    return copy;
  };
  const rows = new Map<number, Map<number, Cell>>();
  for (const [r, cols] of source.rows) {
    const out = new Map<number, Cell>();
    for (const [c, cell] of cols) {
      const { validation, ...rest } = cell;
      const copy: Cell = structuredClone(rest);
      if (validation) copy.validation = copyRule(validation);
      out.set(c, copy);
    }
    rows.set(r, out);
  }
  return {
    ...structuredClone({ ...source, rows: new Map(), charts: [] }),
    name,
    sheetId,
    rows,
    protections: [],
  };
}
