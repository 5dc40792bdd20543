/**
 * One cell between the engine and ExcelJS: value or formula (with its last result), number
 * format, font, fill, alignment, borders, note. Text stays text: a string starting with "="
 * is written as a string cell, never as a formula.
 */
import { BODY_FONT_SIZE, FONT_FAMILY } from '../../core/layout/print';
import type * as ExcelJS from 'exceljs';
import type { Borders, Cell, CellValue } from '../engine/model';
import { fromExcelSyntax, toExcelSyntax } from '../engine/formula-rewrite';

/**
 * Excel stores wall-clock date serials; ExcelJS converts through UTC. Shifting by the local
 * offset makes Excel show the time the engine (and Sheets) shows.
 */
export function toExcelDate(d: Date): Date {
  return new Date(
    Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds(),
    ),
  );
}

export function fromExcelDate(d: Date): Date {
  const [y, mo, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return new Date(y, mo, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/** Written on a date cell that has no format of its own, so Excel shows a date and reading it back gives one. */
export const DATE_FALLBACK_FORMAT = 'yyyy-mm-dd hh:mm:ss';

const ERROR_CODES = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

type FormulaResult = number | string | boolean | Date | ExcelJS.CellErrorValue;

function resultOf(v: CellValue): FormulaResult | undefined {
  if (v === '') return undefined;
  if (typeof v === 'string' && ERROR_CODES.has(v)) return { error: v as ExcelJS.CellErrorValue['error'] };
  return v instanceof Date ? toExcelDate(v) : v;
}

/** Writes the value; `computed` is the formula's current value, stored as its cached result. */
export function writeValue(xc: ExcelJS.Cell, cell: Cell, computed: CellValue): void {
  if (cell.formula !== undefined) {
    const result = resultOf(computed);
    xc.value =
      result === undefined
        ? { formula: toExcelSyntax(cell.formula) }
        : { formula: toExcelSyntax(cell.formula), result };
  } else if (cell.value !== undefined) {
    xc.value = cell.value instanceof Date ? toExcelDate(cell.value) : cell.value;
    if (cell.value instanceof Date && cell.numberFormat === undefined) xc.numFmt = DATE_FALLBACK_FORMAT;
  }
}

function scalar(v: unknown): CellValue | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return fromExcelDate(v);
  if (typeof v === 'object') {
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return undefined;
}

/** Reads the value into `cell`: a formula keeps its cached result, text stays text. */
export function readValue(xc: ExcelJS.Cell, cell: Cell): void {
  const v = xc.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const formula = xc.formula;
    if (formula) {
      cell.formula = fromExcelSyntax(formula);
      const cached = scalar(v.result);
      if (cached !== undefined) cell.cached = cached;
      return;
    }
  }
  const value = scalar(v);
  if (value !== undefined) cell.value = value;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

export function hexOf(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const a = c?.argb;
  if (!a || !/^[0-9a-f]{6,8}$/i.test(a)) return undefined;
  return `#${a.slice(-6).toLowerCase()}`;
}

const BORDER_TO_XLSX: Record<string, ExcelJS.BorderStyle> = {
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOTTED: 'dotted',
  DASHED: 'dashed',
  DOUBLE: 'double',
};

const BORDER_FROM_XLSX: Record<string, string> = {
  thin: 'SOLID',
  hair: 'SOLID',
  medium: 'SOLID_MEDIUM',
  thick: 'SOLID_THICK',
  dotted: 'DOTTED',
  dashed: 'DASHED',
  mediumDashed: 'DASHED',
  double: 'DOUBLE',
};

const SIDES = ['top', 'left', 'bottom', 'right'] as const;

/**
 * Default body font sizes: Excel's (11) and the size every cell without one is written with
 * (Sheets' 10). A size equal to either is not recorded as a choice when reading.
 */
const DEFAULT_FONT_SIZES = new Set([11, BODY_FONT_SIZE]);

export function writeStyle(xc: ExcelJS.Cell, cell: Cell): void {
  if (cell.numberFormat !== undefined) xc.numFmt = cell.numberFormat;
  // Every cell names its family and size, as Sheets shows it: a font without a name prints in
  // whatever the reader falls back to (LibreOffice chose a serif), and Excel's default is Calibri 11.
  const font: Partial<ExcelJS.Font> = { name: cell.fontFamily ?? FONT_FAMILY, size: cell.fontSize ?? BODY_FONT_SIZE };
  if (cell.bold) font.bold = true;
  if (cell.italic) font.italic = true;
  if (cell.fontColor) font.color = { argb: argb(cell.fontColor) };
  xc.font = font;
  if (cell.background) xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.background) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.horizontalAlignment && cell.horizontalAlignment !== 'normal')
    alignment.horizontal = cell.horizontalAlignment;
  if (cell.verticalAlignment) alignment.vertical = cell.verticalAlignment;
  if (cell.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) xc.alignment = alignment;
  if (cell.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of SIDES) {
      const edge = cell.borders[side];
      if (edge) border[side] = { style: BORDER_TO_XLSX[edge.style] ?? 'thin', color: { argb: argb(edge.color) } };
    }
    xc.border = border;
  }
  if (cell.note) xc.note = cell.note;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('');
}

export function readStyle(xc: ExcelJS.Cell, cell: Cell): void {
  if (xc.numFmt && xc.numFmt !== 'General') cell.numberFormat = xc.numFmt;
  const { font, fill, alignment, border } = xc;
  if (font?.bold) cell.bold = true;
  if (font?.italic) cell.italic = true;
  if (font?.size !== undefined && !DEFAULT_FONT_SIZES.has(font.size)) cell.fontSize = font.size;
  if (font?.name && font.name.trim().toLowerCase() !== FONT_FAMILY.toLowerCase()) cell.fontFamily = font.name;
  const fontColor = hexOf(font?.color);
  if (fontColor) cell.fontColor = fontColor;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = hexOf(fill.fgColor);
    if (bg) cell.background = bg;
  }
  const h = alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') cell.horizontalAlignment = h;
  const v = alignment?.vertical;
  if (v === 'top' || v === 'middle' || v === 'bottom') cell.verticalAlignment = v;
  if (alignment?.wrapText) cell.wrap = true;
  const borders: Borders = {};
  for (const side of SIDES) {
    const edge = border?.[side];
    if (edge?.style)
      borders[side] = { style: BORDER_FROM_XLSX[edge.style] ?? 'SOLID', color: hexOf(edge.color) ?? '#000000' };
  }
  if (Object.keys(borders).length) cell.borders = borders;
  const note = noteText(xc.note);
  if (note) cell.note = note;
}
