/**
 * Conditional formatting between the engine and .xlsx, as rules Excel and LibreOffice evaluate:
 *   CUSTOM_FORMULA      ↔ expression (formula in Excel's "," syntax, relative to the first range)
 *   NUMBER_*            ↔ cellIs with the matching operator
 *   TEXT_EQUAL_TO       ↔ cellIs equal to a quoted text
 *   CELL_EMPTY / _NOT_  ↔ expression LEN(TRIM(cell))=0 / >0 (what Excel itself writes for blanks)
 * Written as an equivalent expression and read back as CUSTOM_FORMULA: TEXT_CONTAINS,
 * TEXT_DOES_NOT_CONTAIN, TEXT_STARTS_WITH, TEXT_ENDS_WITH, DATE_AFTER/BEFORE/EQUAL_TO.
 * Not written: relative-date rules. Rule order becomes Excel priority; Excel applies every
 * matching rule where Sheets stops at the first, which differs only when rules overlap.
 */
import type * as ExcelJS from 'exceljs';
import { cellA1, gridA1, parseA1, resolveA1, type GridRange } from '../engine/a1';
import { fromExcelSyntax, toExcelSyntax } from '../engine/formula-rewrite';
import { dateToSerial } from '../engine/formula-values';
import type { ConditionFormat, ConditionalRule, SheetData } from '../engine/model';
import { hexOf } from './cells';
import { internals, type CellIsOperator, type CfBlock, type CfRule } from './exceljs-internals';

const CELL_IS: Record<string, CellIsOperator> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};
const FROM_CELL_IS = Object.fromEntries(Object.entries(CELL_IS).map(([k, v]) => [v, k]));
const SYMBOL: Record<string, string> = {
  equal: '=',
  notEqual: '<>',
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  lessThan: '<',
  lessThanOrEqual: '<=',
};

const quoteText = (s: string) => `"${s.replace(/"/g, '""')}"`;
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function styleOf(f: ConditionFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  // A differential fill paints with bgColor; fgColor is set too for readers that look there.
  if (f.background) {
    const color = { argb: argb(f.background) };
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: color, fgColor: color };
  }
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  if (typeof f.bold === 'boolean') font.bold = f.bold;
  if (typeof f.italic === 'boolean') font.italic = f.italic;
  if (typeof f.underline === 'boolean') font.underline = f.underline;
  if (typeof f.strikethrough === 'boolean') font.strike = f.strikethrough;
  if (Object.keys(font).length) style.font = font;
  return style;
}

function toXlsx(rule: ConditionalRule, priority: number): CfRule | null {
  const here = cellA1(rule.ranges[0].row, rule.ranges[0].column);
  const a = rule.args;
  const style = styleOf(rule.format);
  const expression = (formula: string): CfRule => ({ type: 'expression', priority, formulae: [formula], style });
  const day = (i: number) => Math.floor(dateToSerial(a[i] as Date));
  if (CELL_IS[rule.criteria])
    return { type: 'cellIs', operator: CELL_IS[rule.criteria], formulae: a.map(Number), priority, style };
  switch (rule.criteria) {
    case 'CUSTOM_FORMULA':
      return expression(toExcelSyntax(String(a[0])));
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [quoteText(String(a[0]))], priority, style };
    case 'CELL_EMPTY':
      return expression(`LEN(TRIM(${here}))=0`);
    case 'CELL_NOT_EMPTY':
      return expression(`LEN(TRIM(${here}))>0`);
    case 'TEXT_CONTAINS':
      return expression(`NOT(ISERROR(SEARCH(${quoteText(String(a[0]))},${here})))`);
    case 'TEXT_DOES_NOT_CONTAIN':
      return expression(`ISERROR(SEARCH(${quoteText(String(a[0]))},${here}))`);
    case 'TEXT_STARTS_WITH':
      return expression(`LEFT(${here},LEN(${quoteText(String(a[0]))}))=${quoteText(String(a[0]))}`);
    case 'TEXT_ENDS_WITH':
      return expression(`RIGHT(${here},LEN(${quoteText(String(a[0]))}))=${quoteText(String(a[0]))}`);
    case 'DATE_AFTER':
      return expression(`AND(ISNUMBER(${here}),INT(${here})>${day(0)})`);
    case 'DATE_BEFORE':
      return expression(`AND(ISNUMBER(${here}),INT(${here})<${day(0)})`);
    case 'DATE_EQUAL_TO':
      return expression(`AND(ISNUMBER(${here}),INT(${here})=${day(0)})`);
    default:
      return null;
  }
}

export function writeConditionals(sheet: SheetData, ws: ExcelJS.Worksheet): void {
  const blocks = internals(ws).conditionalFormattings;
  sheet.conditionalRules.forEach((rule, i) => {
    const cf = rule.ranges.length ? toXlsx(rule, i + 1) : null;
    if (cf) blocks.push({ ref: rule.ranges.map(gridA1).join(' '), rules: [cf] });
  });
}

function formatOf(style: Partial<ExcelJS.Style> | undefined): ConditionFormat {
  const f: ConditionFormat = {};
  const fill = style?.fill;
  if (fill?.type === 'pattern') {
    const bg = hexOf(fill.bgColor) ?? hexOf(fill.fgColor);
    if (bg) f.background = bg;
  }
  const font = style?.font;
  const color = hexOf(font?.color);
  if (color) f.fontColor = color;
  if (font?.bold !== undefined) f.bold = !!font.bold;
  if (font?.italic !== undefined) f.italic = !!font.italic;
  if (font?.underline !== undefined) f.underline = !!font.underline && font.underline !== 'none';
  if (font?.strike !== undefined) f.strikethrough = !!font.strike;
  return f;
}

function criteriaOf(rule: CfRule, tl: string): Pick<ConditionalRule, 'criteria' | 'args'> | null {
  const f = (rule.formulae ?? []).map(String);
  if (rule.type === 'expression' && f[0]) {
    const blank = new RegExp(`^LEN\\(TRIM\\(${tl}\\)\\)([=>])0$`).exec(f[0]);
    if (blank) return { criteria: blank[1] === '=' ? 'CELL_EMPTY' : 'CELL_NOT_EMPTY', args: [] };
    return { criteria: 'CUSTOM_FORMULA', args: [fromExcelSyntax(f[0])] };
  }
  if (rule.type === 'containsText' && (rule.operator === 'containsBlanks' || rule.operator === 'notContainsBlanks')) {
    return { criteria: rule.operator === 'containsBlanks' ? 'CELL_EMPTY' : 'CELL_NOT_EMPTY', args: [] };
  }
  if (rule.type === 'cellIs' && rule.operator) {
    if (rule.operator === 'equal' && /^".*"$/s.test(f[0] ?? '')) {
      return { criteria: 'TEXT_EQUAL_TO', args: [f[0].slice(1, -1).replace(/""/g, '"')] };
    }
    if (f.length && f.every((x) => x.trim() !== '' && Number.isFinite(Number(x))) && FROM_CELL_IS[rule.operator]) {
      return { criteria: FROM_CELL_IS[rule.operator], args: f.map(Number) };
    }
    // Bounds that are references or formulas: the same test as a custom formula.
    const custom =
      rule.operator === 'between' || rule.operator === 'notBetween'
        ? `${rule.operator === 'notBetween' ? 'NOT' : ''}(AND(${tl}>=${f[0]},${tl}<=${f[1]}))`
        : SYMBOL[rule.operator] && `${tl}${SYMBOL[rule.operator]}${f[0]}`;
    return custom ? { criteria: 'CUSTOM_FORMULA', args: [fromExcelSyntax(custom)] } : null;
  }
  if (rule.type === 'containsText' && f[0]) return { criteria: 'CUSTOM_FORMULA', args: [fromExcelSyntax(f[0])] };
  return null;
}

/** Reads the sheet's rules in Excel priority order; rule kinds the engine lacks (colour scales, …) are skipped. */
export function readConditionals(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  const blocks: CfBlock[] = internals(ws).conditionalFormattings ?? [];
  const all = blocks.flatMap((b) => b.rules.map((rule) => ({ ref: b.ref, rule })));
  all.sort((x, y) => (x.rule.priority ?? 0) - (y.rule.priority ?? 0));
  for (const { ref, rule } of all) {
    const ranges: GridRange[] = ref
      .split(/\s+/)
      .map((a1) => parseA1(a1))
      .filter((p): p is NonNullable<typeof p> => p !== null)
      .map((p) => resolveA1(p, sheet.maxRows, sheet.maxColumns));
    if (!ranges.length) continue;
    const criteria = criteriaOf(rule, cellA1(ranges[0].row, ranges[0].column));
    if (criteria) sheet.conditionalRules.push({ ranges, ...criteria, format: formatOf(rule.style) });
  }
}
