/**
 * Conditional formatting: the rule builder and rule objects of SpreadsheetApp, and the test
 * that decides whether a rule applies to a cell (for effectiveBackground and friends). The
 * builder offers what the add-on builds; `conditionHolds` knows every criterion a file can carry.
 */
import { normalizeColor } from './colors';
import type { EngineContext } from './context';
import { BooleanCriteria, enumMember } from './enums';
import { ScriptError, messages } from './errors';
import type { CellValue, ConditionFormat, ConditionalRule, SheetData, SheetRange } from './model';
import type {
  BooleanConditionApi,
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  RangeApi,
} from '../../sheets/gas';
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

class FakeBooleanCondition implements BooleanConditionApi {
  constructor(
    private readonly ctx: EngineContext,
    private readonly spec: ConditionSpec,
  ) {}
  getCriteriaType(): Ss.BooleanCriteria {
    this.ctx.calls.hit('BooleanCondition', 'getCriteriaType');
    return enumMember(BooleanCriteria, this.spec.criteria!);
  }
  getCriteriaValues(): unknown[] {
    this.ctx.calls.hit('BooleanCondition', 'getCriteriaValues');
    return this.spec.args.map((a) => (a instanceof Date ? new Date(a) : a));
  }
}

export class FakeConditionalFormatRule implements ConditionalFormatRuleApi {
  constructor(
    private readonly ctx: EngineContext,
    readonly spec: ConditionSpec,
  ) {}
  getBooleanCondition(): BooleanConditionApi | null {
    this.ctx.calls.hit('ConditionalFormatRule', 'getBooleanCondition');
    return this.spec.criteria ? new FakeBooleanCondition(this.ctx, this.spec) : null;
  }
  getRanges(): RangeApi[] {
    this.ctx.calls.hit('ConditionalFormatRule', 'getRanges');
    return this.spec.ranges.map((r) => this.ctx.resolveRange(r));
  }
}

export class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private readonly spec: ConditionSpec = { ranges: [], criteria: null, args: [], format: {} };

  constructor(private readonly ctx: EngineContext) {}

  private hit(method: string): void {
    this.ctx.calls.hit('ConditionalFormatRuleBuilder', method);
  }

  build(): FakeConditionalFormatRule {
    this.hit('build');
    if (!this.spec.criteria) throw new ScriptError(messages.invalidArgument('condition'));
    return new FakeConditionalFormatRule(this.ctx, cloneSpec(this.spec));
  }
  setBackground(color: string | null): this {
    this.hit('setBackground');
    this.spec.format.background = color === null ? null : normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.hit('setFontColor');
    this.spec.format.fontColor = color === null ? null : normalizeColor(color);
    return this;
  }
  setRanges(ranges: RangeApi[]): this {
    this.hit('setRanges');
    this.spec.ranges = ranges.map((r) => {
      const { sheet, grid } = this.ctx.rangeData(r);
      return { sheetId: sheet.sheetId, range: { ...grid } };
    });
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    this.hit('whenFormulaSatisfied');
    this.spec.criteria = 'CUSTOM_FORMULA';
    this.spec.args = [formula];
    return this;
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
