/**
 * Data validation between the engine and .xlsx. Cells sharing a rule are written as
 * rectangles, one entry each, with custom formulas re-anchored to the rectangle's top-left
 * cell (where Excel reads relative references from). Mapping:
 *   VALUE_IN_LIST   ↔ list "a,b,c" (or a column of the hidden "_lists" sheet when an item has a
 *                     comma or quote, or the list is too long for Excel's 255 characters)
 *   VALUE_IN_RANGE  ↔ list referring to the range
 *   NUMBER_*        ↔ decimal with the matching operator
 *   DATE_*          ↔ date with the matching operator
 *   CUSTOM_FORMULA  ↔ custom (formula in Excel's "," syntax)
 * Written one way only (they read back as the rule on the right): CHECKBOX → list of its two
 * values; TEXT_* → an equivalent custom formula. The help text becomes both the input prompt and
 * the error message; a rule rejecting invalid data gets errorStyle "stop", else "warning".
 */
import type * as ExcelJS from 'exceljs';
import { cellA1, columnToLetters, parseA1, quoteSheetName, resolveA1, type GridRange } from '../engine/a1';
import { fromExcelSyntax, toExcelSyntax, translateFormula } from '../engine/formula-rewrite';
import { ensureCell, type SheetData, type SheetRange, type ValidationRule } from '../engine/model';
import { fromExcelDate, toExcelDate } from './cells';
import { internals } from './exceljs-internals';

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  BETWEEN: 'between',
  NOT_BETWEEN: 'notBetween',
  EQUAL_TO: 'equal',
  NOT_EQUAL_TO: 'notEqual',
  GREATER_THAN: 'greaterThan',
  GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  LESS_THAN: 'lessThan',
  LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  AFTER: 'greaterThan',
  BEFORE: 'lessThan',
  ON_OR_AFTER: 'greaterThanOrEqual',
  ON_OR_BEFORE: 'lessThanOrEqual',
};

const NUMBER_FROM_OPERATOR: Record<string, string> = {
  between: 'NUMBER_BETWEEN',
  notBetween: 'NUMBER_NOT_BETWEEN',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
};

const DATE_FROM_OPERATOR: Record<string, string> = {
  between: 'DATE_BETWEEN',
  notBetween: 'DATE_NOT_BETWEEN',
  equal: 'DATE_EQUAL_TO',
  greaterThan: 'DATE_AFTER',
  lessThan: 'DATE_BEFORE',
  greaterThanOrEqual: 'DATE_ON_OR_AFTER',
  lessThanOrEqual: 'DATE_ON_OR_BEFORE',
};

/** Excel's limit on an inline list, quotes included. */
const MAX_INLINE_LIST = 255;

export interface ValidationLinks {
  /** The xlsx name of a sheet, by id. */
  xlsxName(sheetId: number): string | undefined;
  /** A reference to a hidden column holding `items`, for lists that cannot be inline. */
  listColumn(items: string[]): string;
}

/** Groups cells into rectangles: vertical runs per column, joined across adjacent columns. */
export function rectangles(cells: [number, number][]): GridRange[] {
  const byColumn = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const rows = byColumn.get(c) ?? [];
    rows.push(r);
    byColumn.set(c, rows);
  }
  const done: GridRange[] = [];
  let open = new Map<string, GridRange>();
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = byColumn.get(c)!.sort((a, b) => a - b);
    const next = new Map<string, GridRange>();
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      const key = `${rows[i]}:${rows[j]}`;
      const prev = open.get(key);
      if (prev && prev.column + prev.numColumns === c) {
        prev.numColumns++;
        next.set(key, prev);
        open.delete(key);
      } else {
        next.set(key, { row: rows[i], column: c, numRows: rows[j] - rows[i] + 1, numColumns: 1 });
      }
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

/** "$A$1:$B$2": a validation source must not move with the cell being validated. */
export function absoluteA1(g: GridRange): string {
  const abs = (row: number, column: number) => `$${columnToLetters(column)}$${row}`;
  return `${abs(g.row, g.column)}:${abs(g.row + g.numRows - 1, g.column + g.numColumns - 1)}`;
}

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;

function listFormula(items: string[], links: ValidationLinks): string {
  const inline = `"${items.join(',')}"`;
  const inlineable = items.every((i) => !/[,"]/.test(i)) && inline.length <= MAX_INLINE_LIST;
  return inlineable ? inline : links.listColumn(items);
}

/** The xlsx validation for a rule, written for a rectangle whose top-left cell is `tl`. */
function toXlsx(
  rule: ValidationRule,
  tl: { row: number; column: number },
  links: ValidationLinks,
): ExcelJS.DataValidation | null {
  const here = cellA1(tl.row, tl.column);
  const a = rule.args;
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    ...(rule.helpText ? { error: rule.helpText, prompt: rule.helpText, showInputMessage: true } : {}),
  };
  const custom = (formula: string): ExcelJS.DataValidation => ({ ...base, type: 'custom', formulae: [formula] });
  const [kind, ...rest] = rule.criteria.split('_');
  const op = OPERATORS[rest.join('_')];
  if (kind === 'NUMBER' && op) return { ...base, type: 'decimal', operator: op, formulae: a.map(Number) };
  if (kind === 'DATE' && op)
    return { ...base, type: 'date', operator: op, formulae: a.map((d) => toExcelDate(d as Date)) };
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [listFormula((a[0] as unknown[]).map(String), links)] };
    case 'VALUE_IN_RANGE': {
      const src = a[0] as SheetRange;
      const name = links.xlsxName(src.sheetId);
      if (!name) return null;
      return { ...base, type: 'list', formulae: [`${quoteSheetName(name)}!${absoluteA1(src.range)}`] };
    }
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: [listFormula(a.length ? a.map(String) : ['TRUE', 'FALSE'], links)] };
    case 'CUSTOM_FORMULA':
      return custom(
        toExcelSyntax(translateFormula(String(a[0]), tl.row - rule.anchor.row, tl.column - rule.anchor.column)),
      );
    case 'TEXT_CONTAINS':
      return custom(`ISNUMBER(SEARCH(${quoteText(String(a[0]))},${here}))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return custom(`ISERROR(SEARCH(${quoteText(String(a[0]))},${here}))`);
    case 'TEXT_EQUAL_TO':
      return custom(`EXACT(${here},${quoteText(String(a[0]))})`);
    case 'TEXT_IS_VALID_EMAIL':
      return custom(`ISNUMBER(SEARCH("?@?*.?*",${here}))`);
    case 'TEXT_IS_VALID_URL':
      return custom(`OR(LEFT(${here},7)="http://",LEFT(${here},8)="https://")`);
    case 'DATE_IS_VALID_DATE':
      return { ...base, type: 'date', operator: 'greaterThan', formulae: [toExcelDate(new Date(1899, 11, 31))] };
    default:
      return null;
  }
}

export function writeValidations(sheet: SheetData, ws: ExcelJS.Worksheet, links: ValidationLinks): void {
  const groups = new Map<ValidationRule, [number, number][]>();
  for (const [r, cols] of sheet.rows) {
    for (const [c, cell] of cols) {
      if (!cell.validation) continue;
      const cells = groups.get(cell.validation) ?? [];
      cells.push([r, c]);
      groups.set(cell.validation, cells);
    }
  }
  const dv = internals(ws).dataValidations;
  for (const [rule, cells] of groups) {
    for (const g of rectangles(cells)) {
      const v = toXlsx(rule, g, links);
      // "B2:B2" rather than "B2": ExcelJS merges single-cell entries with equal neighbours, which
      // would re-anchor relative formulas.
      if (v) dv.add(`${cellA1(g.row, g.column)}:${cellA1(g.row + g.numRows - 1, g.column + g.numColumns - 1)}`, v);
    }
  }
}

export interface ValidationSources {
  /** A sheet id by xlsx name. */
  sheetId(xlsxName: string): number | undefined;
  /** The values of a range of the hidden "_lists" sheet, or null when the reference is elsewhere. */
  listValues(ref: string): string[] | null;
}

function fromXlsx(v: ExcelJS.DataValidation, src: ValidationSources): Omit<ValidationRule, 'anchor'> | null {
  const allowInvalid = !v.showErrorMessage || (v.errorStyle !== undefined && v.errorStyle !== 'stop');
  const common = { allowInvalid, helpText: v.error ?? v.prompt ?? null };
  const f = v.formulae ?? [];
  const op = v.operator ?? 'between';
  switch (v.type) {
    case 'list': {
      const text = String(f[0] ?? '');
      if (/^".*"$/s.test(text))
        return { ...common, criteria: 'VALUE_IN_LIST', args: [text.slice(1, -1).split(','), true] };
      const listed = src.listValues(text);
      if (listed) return { ...common, criteria: 'VALUE_IN_LIST', args: [listed, true] };
      const ref = parseA1(text.replace(/\$/g, ''));
      const sheetId = ref?.sheetName !== undefined ? src.sheetId(ref.sheetName) : undefined;
      if (!ref || sheetId === undefined) return null;
      return { ...common, criteria: 'VALUE_IN_RANGE', args: [{ sheetId, range: resolveA1(ref, 1, 1) }, true] };
    }
    case 'decimal':
    case 'whole':
      return NUMBER_FROM_OPERATOR[op] ? { ...common, criteria: NUMBER_FROM_OPERATOR[op], args: f.map(Number) } : null;
    case 'date':
      if (!DATE_FROM_OPERATOR[op]) return null;
      return { ...common, criteria: DATE_FROM_OPERATOR[op], args: f.map((d) => fromExcelDate(new Date(d))) };
    case 'custom':
      return { ...common, criteria: 'CUSTOM_FORMULA', args: [fromExcelSyntax(String(f[0] ?? ''))] };
    default:
      return null;
  }
}

/**
 * Reads the sheet's validations into its cells. The patched ExcelJS (patches/) gives one object
 * per sqref entry, keyed by cell or by range and shared by all of the entry's pieces; each
 * becomes one rule anchored at the entry's top-left cell. A range is applied within the sheet's
 * grid only: a whole-column rule ("A1:A1048576") covers the column's rows, not a million cells.
 */
export function readValidations(ws: ExcelJS.Worksheet, sheet: SheetData, src: ValidationSources): void {
  const entries = new Map<ExcelJS.DataValidation, GridRange[]>();
  for (const [address, v] of Object.entries(internals(ws).dataValidations.model)) {
    const p = v && parseA1(address);
    if (!v || !p || p.startRow === undefined || p.startColumn === undefined) continue;
    const pieces = entries.get(v) ?? [];
    pieces.push(resolveA1(p, p.startRow, p.startColumn));
    entries.set(v, pieces);
  }
  for (const [v, pieces] of entries) {
    const spec = fromXlsx(v, src);
    if (!spec) continue;
    const anchor = pieces.reduce((a, g) => ({ row: Math.min(a.row, g.row), column: Math.min(a.column, g.column) }), {
      row: Infinity,
      column: Infinity,
    });
    const rule: ValidationRule = { ...spec, anchor };
    for (const g of pieces) {
      const lastRow = Math.min(g.row + g.numRows - 1, sheet.maxRows);
      const lastColumn = Math.min(g.column + g.numColumns - 1, sheet.maxColumns);
      for (let r = g.row; r <= lastRow; r++)
        for (let c = g.column; c <= lastColumn; c++) ensureCell(sheet, r, c).validation = rule;
    }
  }
}
