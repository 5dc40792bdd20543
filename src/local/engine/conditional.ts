/**
 * Conditional formatting: the rule builder and rule objects of SpreadsheetApp, and the test
 * that decides whether a rule applies to a cell (for effectiveBackground and friends).
 * Gradient (colour scale) rules are not supported.
 */
import { normalizeColor } from './colors';
import type { EngineContext } from './context';
import { BooleanCriteria, nameOf, enumMember } from './enums';
import { ScriptError, messages } from './errors';
import type { CellValue, ConditionFormat, ConditionalRule, SheetData, SheetRange } from './model';
import Ss = GoogleAppsScript.Spreadsheet;

export interface ConditionSpec {
  ranges: SheetRange[];
  criteria: string | null;
  args: unknown[];
  format: ConditionFormat;
}

function cloneSpec(spec: ConditionSpec): ConditionSpec {
  return {
    ranges: spec.ranges.map((r) => ({ sheetId: r.sheetId, range: { ...r.range } })),
    criteria: spec.criteria,
    args: [...spec.args],
    format: { ...spec.format },
  };
}

export function specOfRule(rule: ConditionalRule, sheet: SheetData): ConditionSpec {
  return cloneSpec({
    ranges: rule.ranges.map((range) => ({ sheetId: sheet.sheetId, range })),
    criteria: rule.criteria,
    args: rule.args,
    format: rule.format,
  });
}

/** The stored form of a rule set on `sheet`; its ranges must all lie on that sheet, as in Sheets. */
export function ruleForSheet(spec: ConditionSpec, sheet: SheetData): ConditionalRule {
  if (!spec.criteria) throw new ScriptError(messages.invalidArgument('rules'));
  if (spec.ranges.some((r) => r.sheetId !== sheet.sheetId)) {
    throw new ScriptError('Conditional format rule cannot reference a different sheet.');
  }
  const copy = cloneSpec(spec);
  return { ranges: copy.ranges.map((r) => r.range), criteria: spec.criteria, args: copy.args, format: copy.format };
}

class FakeBooleanCondition implements Ss.BooleanCondition {
  constructor(
    private readonly ctx: EngineContext,
    private readonly spec: ConditionSpec,
  ) {}
  private hit(method: string): void {
    this.ctx.calls.hit('BooleanCondition', method);
  }
  getBackground(): string | null {
    this.hit('getBackground');
    return this.spec.format.background ?? null;
  }
  getBold(): boolean | null {
    this.hit('getBold');
    return this.spec.format.bold ?? null;
  }
  getCriteriaType(): Ss.BooleanCriteria {
    this.hit('getCriteriaType');
    return enumMember(BooleanCriteria, this.spec.criteria!);
  }
  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return this.spec.args.map((a) => (a instanceof Date ? new Date(a) : a));
  }
  getFontColor(): string | null {
    this.hit('getFontColor');
    return this.spec.format.fontColor ?? null;
  }
  getItalic(): boolean | null {
    this.hit('getItalic');
    return this.spec.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    this.hit('getStrikethrough');
    return this.spec.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    this.hit('getUnderline');
    return this.spec.format.underline ?? null;
  }
}

export class FakeConditionalFormatRule implements Ss.ConditionalFormatRule {
  constructor(
    private readonly ctx: EngineContext,
    readonly spec: ConditionSpec,
  ) {}
  copy(): Ss.ConditionalFormatRuleBuilder {
    this.ctx.calls.hit('ConditionalFormatRule', 'copy');
    return new FakeConditionalFormatRuleBuilder(this.ctx, cloneSpec(this.spec));
  }
  getBooleanCondition(): Ss.BooleanCondition | null {
    this.ctx.calls.hit('ConditionalFormatRule', 'getBooleanCondition');
    return this.spec.criteria ? new FakeBooleanCondition(this.ctx, this.spec) : null;
  }
  getGradientCondition(): Ss.GradientCondition | null {
    this.ctx.calls.hit('ConditionalFormatRule', 'getGradientCondition');
    return null;
  }
  getRanges(): Ss.Range[] {
    this.ctx.calls.hit('ConditionalFormatRule', 'getRanges');
    return this.spec.ranges.map((r) => this.ctx.resolveRange(r));
  }
}

type DateArg = GoogleAppsScript.Base.Date | Ss.RelativeDate;

export class FakeConditionalFormatRuleBuilder implements Ss.ConditionalFormatRuleBuilder {
  constructor(
    private readonly ctx: EngineContext,
    private readonly spec: ConditionSpec = { ranges: [], criteria: null, args: [], format: {} },
  ) {}

  private hit(method: string): void {
    this.ctx.calls.hit('ConditionalFormatRuleBuilder', method);
  }
  private when(method: string, criteria: string, args: unknown[]): this {
    this.hit(method);
    this.spec.criteria = criteria;
    this.spec.args = args;
    return this;
  }
  private style(method: string, patch: ConditionFormat): this {
    this.hit(method);
    Object.assign(this.spec.format, patch);
    return this;
  }
  private whenDate(method: string, criteria: string, date: DateArg): this {
    return typeof date === 'object'
      ? this.when(method, criteria, [new Date(date.getTime())])
      : this.when(method, `${criteria}_RELATIVE`, [date]);
  }
  private gradient(method: string): never {
    this.hit(method);
    throw new ScriptError(messages.notSupported('Gradient conditional formatting'));
  }

  build(): Ss.ConditionalFormatRule {
    this.hit('build');
    if (!this.spec.criteria) throw new ScriptError(messages.invalidArgument('condition'));
    return new FakeConditionalFormatRule(this.ctx, cloneSpec(this.spec));
  }
  copy(): Ss.ConditionalFormatRuleBuilder {
    this.hit('copy');
    return new FakeConditionalFormatRuleBuilder(this.ctx, cloneSpec(this.spec));
  }
  getBooleanCondition(): Ss.BooleanCondition | null {
    this.hit('getBooleanCondition');
    return this.spec.criteria ? new FakeBooleanCondition(this.ctx, cloneSpec(this.spec)) : null;
  }
  getGradientCondition(): Ss.GradientCondition | null {
    this.hit('getGradientCondition');
    return null;
  }
  getRanges(): Ss.Range[] {
    this.hit('getRanges');
    return this.spec.ranges.map((r) => this.ctx.resolveRange(r));
  }
  setBackground(color: string | null): this {
    return this.style('setBackground', { background: color === null ? null : normalizeColor(color) });
  }
  setBold(bold: boolean | null): this {
    return this.style('setBold', { bold });
  }
  setFontColor(color: string | null): this {
    return this.style('setFontColor', { fontColor: color === null ? null : normalizeColor(color) });
  }
  setItalic(italic: boolean | null): this {
    return this.style('setItalic', { italic });
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.style('setStrikethrough', { strikethrough });
  }
  setUnderline(underline: boolean | null): this {
    return this.style('setUnderline', { underline });
  }
  setGradientMaxpoint(): this {
    return this.gradient('setGradientMaxpoint');
  }
  setGradientMaxpointWithValue(): this {
    return this.gradient('setGradientMaxpointWithValue');
  }
  setGradientMidpointWithValue(): this {
    return this.gradient('setGradientMidpointWithValue');
  }
  setGradientMinpoint(): this {
    return this.gradient('setGradientMinpoint');
  }
  setGradientMinpointWithValue(): this {
    return this.gradient('setGradientMinpointWithValue');
  }
  setRanges(ranges: Ss.Range[]): this {
    this.hit('setRanges');
    this.spec.ranges = ranges.map((r) => {
      const { sheet, grid } = this.ctx.rangeData(r);
      return { sheetId: sheet.sheetId, range: { ...grid } };
    });
    return this;
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: DateArg): this {
    return this.whenDate('whenDateAfter', 'DATE_AFTER', date);
  }
  whenDateBefore(date: DateArg): this {
    return this.whenDate('whenDateBefore', 'DATE_BEFORE', date);
  }
  whenDateEqualTo(date: DateArg): this {
    return this.whenDate('whenDateEqualTo', 'DATE_EQUAL_TO', date);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }
  withCriteria(criteria: Ss.BooleanCriteria, args: unknown[]): this {
    return this.when('withCriteria', nameOf(BooleanCriteria, criteria), [...args]);
  }
}

const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/**
 * Whether a rule's condition holds for the cell at (row, column) of `sheet`. Text tests ignore
 * case, as Sheets does; relative-date conditions are not evaluated (never hold).
 */
export function conditionHolds(
  ctx: EngineContext,
  sheet: SheetData,
  rule: ConditionalRule,
  row: number,
  column: number,
): boolean {
  const value: CellValue = ctx.cellValue(sheet, row, column);
  const a = rule.args;
  const num = typeof value === 'number' ? value : null;
  const text = (value instanceof Date ? value.toISOString() : String(value)).toLowerCase();
  const arg = String(a[0] ?? '').toLowerCase();
  const lo = Math.min(a[0] as number, a[1] as number);
  const hi = Math.max(a[0] as number, a[1] as number);
  const date = value instanceof Date ? dayOf(value) : null;
  switch (rule.criteria) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_BETWEEN':
      return num !== null && num >= lo && num <= hi;
    case 'NUMBER_NOT_BETWEEN':
      return num !== null && (num < lo || num > hi);
    case 'NUMBER_EQUAL_TO':
      return num !== null && num === a[0];
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== null && num !== a[0];
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > (a[0] as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= (a[0] as number);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < (a[0] as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= (a[0] as number);
    case 'TEXT_CONTAINS':
      return text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_EQUAL_TO':
      return text === arg;
    case 'TEXT_STARTS_WITH':
      return text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(arg);
    case 'DATE_AFTER':
      return date !== null && date > dayOf(a[0] as Date);
    case 'DATE_BEFORE':
      return date !== null && date < dayOf(a[0] as Date);
    case 'DATE_EQUAL_TO':
      return date !== null && date === dayOf(a[0] as Date);
    case 'CUSTOM_FORMULA': {
      const anchor = rule.ranges[0];
      return !!anchor && ctx.formulaHolds(String(a[0]), sheet, anchor, row, column);
    }
    default:
      return false;
  }
}
