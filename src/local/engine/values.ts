/**
 * How a value written by setValue(s) or typed by a user lands in a cell. Apps Script reads
 * strings as if typed: "=…" is a formula, "01" becomes the number 1, "TRUE" a boolean,
 * "50%" 0.5 — unless the string starts with an apostrophe, which Sheets strips and keeps the
 * rest as text, or the cell is formatted as plain text ("@"). Numbers are read with the
 * spreadsheet locale's decimal separator. Date strings are kept as text (not parsed).
 */
import { parseNumber } from './formula-values';
import { ensureCell, getCell, pruneCell, type CellValue, type SheetData } from './model';
import { noteFormula } from './refs';

export interface Written {
  value?: CellValue;
  formula?: string;
}

/** Locales whose decimal separator is a comma (their formulas separate arguments with ";"). */
const DECIMAL_COMMA = /^(vi|de|fr|es|it|pt|ru|nl|id|tr|pl|cs|sk|da|nb|sv|fi|uk|ro|hu|el|bg|hr|sl|lt|lv|et)(_|$)/;

export function usesDecimalComma(locale: string): boolean {
  return DECIMAL_COMMA.test(locale);
}

export const PLAIN_TEXT_FORMAT = '@';

export function interpretInput(input: unknown, plainText: boolean, decimalComma: boolean): Written {
  if (input === null || input === undefined || input === '') return {};
  if (typeof input === 'number') return Number.isFinite(input) ? { value: input } : { value: String(input) };
  if (typeof input === 'boolean') return { value: input };
  if (input instanceof Date)
    return Number.isNaN(input.getTime()) ? { value: String(input) } : { value: new Date(input) };
  const text = String(input);
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1) } : {};
  if (plainText) return { value: text };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const n = parseNumber(text, decimalComma);
  return n === null ? { value: text } : { value: n };
}

/** A copy safe to hand out: Date objects are mutable. */
export function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v) : v;
}

/** Puts written content into a cell, replacing what it held; formats and validation stay. */
export function writeContent(sheet: SheetData, row: number, column: number, written: Written): void {
  if (written.value === undefined && written.formula === undefined) {
    const cell = getCell(sheet, row, column);
    if (!cell) return;
    delete cell.value;
    delete cell.formula;
    delete cell.cached;
    pruneCell(sheet, row, column);
    return;
  }
  const cell = ensureCell(sheet, row, column);
  delete cell.cached;
  if (written.formula !== undefined) {
    noteFormula(sheet, written.formula);
    delete cell.value;
    cell.formula = written.formula;
  } else {
    delete cell.formula;
    cell.value = written.value;
  }
}
