/**
 * Which sheets may refer to another sheet. Inserting or deleting lines must fix every reference
 * into the moved sheet from the whole workbook; scanning every cell of every sheet for each
 * move made a generation quadratic in tabs (each new tab is trimmed, and each trim scanned all
 * the tabs before it). Only a formula with a sheet prefix ("'Tab'!A1"), a list-from-range
 * validation or a chart can point elsewhere, so a sheet without them is skipped.
 *
 * The answer is computed once per sheet and only ever turned on by the writes that can add such
 * a reference (formulas, validation, conditional rules, charts): a stale "yes" costs a scan, a
 * "no" is never stale.
 */
import type { ChartData, ConditionalRule, SheetData, ValidationRule } from './model';

const outward = new WeakMap<SheetData, boolean>();

const formulaRefersOut = (formula: string | undefined) => !!formula?.includes('!');

function ruleRefersOut(rule: ValidationRule | ConditionalRule): boolean {
  return (
    rule.criteria === 'VALUE_IN_RANGE' || (rule.criteria === 'CUSTOM_FORMULA' && formulaRefersOut(String(rule.args[0])))
  );
}

function chartRefersOut(sheet: SheetData, chart: ChartData): boolean {
  return chart.ranges.some((r) => r.sheetId !== sheet.sheetId);
}

function scan(sheet: SheetData): boolean {
  for (const cols of sheet.rows.values()) {
    for (const cell of cols.values()) {
      if (formulaRefersOut(cell.formula) || (cell.validation && ruleRefersOut(cell.validation))) return true;
    }
  }
  return sheet.conditionalRules.some(ruleRefersOut) || sheet.charts.some((c) => chartRefersOut(sheet, c));
}

/** Whether `sheet` may hold a reference to another sheet (false: nothing on it needs fixing). */
export function mayReferOut(sheet: SheetData): boolean {
  let known = outward.get(sheet);
  if (known === undefined) {
    known = scan(sheet);
    outward.set(sheet, known);
  }
  return known;
}

/** To be called when something that may refer elsewhere is written to `sheet`. */
export function noteFormula(sheet: SheetData, formula: string): void {
  if (formulaRefersOut(formula)) outward.set(sheet, true);
}
export function noteRule(sheet: SheetData, rule: ValidationRule | ConditionalRule): void {
  if (ruleRefersOut(rule)) outward.set(sheet, true);
}
export function noteChart(sheet: SheetData, chart: ChartData): void {
  if (chartRefersOut(sheet, chart)) outward.set(sheet, true);
}
