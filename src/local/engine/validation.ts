/**
 * Data validation: the builder and rule objects of SpreadsheetApp, and the check a user edit
 * goes through. Rules are values (a spec); applying one to a range anchors it there.
 */
import type { EngineContext } from './context';
import { DataValidationCriteria, nameOf, enumMember } from './enums';
import { ScriptError, messages } from './errors';
import { parseNumber, numberToText } from './formula-values';
import type { CellValue, SheetData, SheetRange, ValidationRule } from './model';
import Ss = GoogleAppsScript.Spreadsheet;

export interface ValidationSpec {
  criteria: string | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** Criteria values as Apps Script hands them out: ranges become Range objects. */
function publicArgs(ctx: EngineContext, args: unknown[]): unknown[] {
  return args.map((a) => (isSheetRange(a) ? ctx.resolveRange(a) : a instanceof Date ? new Date(a) : a));
}

function isSheetRange(a: unknown): a is SheetRange {
  return typeof a === 'object' && a !== null && 'sheetId' in a && 'range' in a;
}

export class FakeDataValidation implements Ss.DataValidation {
  constructor(
    private readonly ctx: EngineContext,
    readonly spec: Readonly<ValidationSpec>,
  ) {}

  private hit(method: string): void {
    this.ctx.calls.hit('DataValidation', method);
  }

  copy(): Ss.DataValidationBuilder {
    this.hit('copy');
    return new FakeDataValidationBuilder(this.ctx, { ...this.spec, args: [...this.spec.args] });
  }
  getAllowInvalid(): boolean {
    this.hit('getAllowInvalid');
    return this.spec.allowInvalid;
  }
  getCriteriaType(): Ss.DataValidationCriteria {
    this.hit('getCriteriaType');
    return enumMember(DataValidationCriteria, this.spec.criteria!);
  }
  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return publicArgs(this.ctx, this.spec.args);
  }
  getHelpText(): string {
    this.hit('getHelpText');
    return this.spec.helpText ?? '';
  }
}

export class FakeDataValidationBuilder implements Ss.DataValidationBuilder {
  constructor(
    private readonly ctx: EngineContext,
    private readonly spec: ValidationSpec = { criteria: null, args: [], allowInvalid: true, helpText: null },
  ) {}

  private set(method: string, criteria: string, args: unknown[]): this {
    this.ctx.calls.hit('DataValidationBuilder', method);
    this.spec.criteria = criteria;
    this.spec.args = args;
    return this;
  }

  private dates(...ds: GoogleAppsScript.Base.Date[]): Date[] {
    return ds.map((d) => new Date(d.getTime()));
  }

  build(): Ss.DataValidation {
    this.ctx.calls.hit('DataValidationBuilder', 'build');
    if (!this.spec.criteria) throw new ScriptError(messages.invalidArgument('criteria'));
    return new FakeDataValidation(this.ctx, { ...this.spec, args: [...this.spec.args] });
  }
  copy(): Ss.DataValidationBuilder {
    this.ctx.calls.hit('DataValidationBuilder', 'copy');
    return new FakeDataValidationBuilder(this.ctx, { ...this.spec, args: [...this.spec.args] });
  }
  getAllowInvalid(): boolean {
    this.ctx.calls.hit('DataValidationBuilder', 'getAllowInvalid');
    return this.spec.allowInvalid;
  }
  getCriteriaType(): Ss.DataValidationCriteria {
    this.ctx.calls.hit('DataValidationBuilder', 'getCriteriaType');
    if (!this.spec.criteria) throw new ScriptError(messages.invalidArgument('criteria'));
    return enumMember(DataValidationCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    this.ctx.calls.hit('DataValidationBuilder', 'getCriteriaValues');
    return publicArgs(this.ctx, this.spec.args);
  }
  getHelpText(): string | null {
    this.ctx.calls.hit('DataValidationBuilder', 'getHelpText');
    return this.spec.helpText;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.set('requireCheckbox', 'CHECKBOX', args);
  }
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateAfter', 'DATE_AFTER', this.dates(date));
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateBefore', 'DATE_BEFORE', this.dates(date));
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateBetween', 'DATE_BETWEEN', this.dates(start, end));
  }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateEqualTo', 'DATE_EQUAL_TO', this.dates(date));
  }
  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateNotBetween', 'DATE_NOT_BETWEEN', this.dates(start, end));
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', this.dates(date));
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): this {
    return this.set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', this.dates(date));
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): this {
    return this.set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.set('requireNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberNotEqualTo(number: number): this {
    return this.set('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): this {
    return this.set('requireTextContains', 'TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.set('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.set('requireTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: Ss.Range, showDropdown = true): this {
    const { sheet, grid } = this.ctx.rangeData(range);
    const ref: SheetRange = { sheetId: sheet.sheetId, range: { ...grid } };
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [ref, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.ctx.calls.hit('DataValidationBuilder', 'setAllowInvalid');
    this.spec.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.ctx.calls.hit('DataValidationBuilder', 'setHelpText');
    this.spec.helpText = helpText;
    return this;
  }
  withCriteria(criteria: Ss.DataValidationCriteria, args: unknown[]): this {
    const unwrapped = args.map((a) => (isRangeLike(a) ? this.toSheetRange(a) : a));
    return this.set('withCriteria', nameOf(DataValidationCriteria, criteria), unwrapped);
  }

  private toSheetRange(range: Ss.Range): SheetRange {
    const { sheet, grid } = this.ctx.rangeData(range);
    return { sheetId: sheet.sheetId, range: { ...grid } };
  }
}

function isRangeLike(a: unknown): a is Ss.Range {
  return typeof a === 'object' && a !== null && typeof (a as Ss.Range).getA1Notation === 'function';
}

/** A rule applied at `anchor` (the top-left cell of the range it was set on). */
export function anchorRule(spec: ValidationSpec, anchor: { row: number; column: number }): ValidationRule {
  return {
    criteria: spec.criteria!,
    args: spec.args.map((a) => (a instanceof Date ? new Date(a) : Array.isArray(a) ? [...a] : a)),
    allowInvalid: spec.allowInvalid,
    helpText: spec.helpText,
    anchor: { ...anchor },
  };
}

export function specOf(rule: ValidationRule): ValidationSpec {
  return { criteria: rule.criteria, args: rule.args, allowInvalid: rule.allowInvalid, helpText: rule.helpText };
}

const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** Whether an item of a list (or a cell of a VALUE_IN_RANGE source) stands for the value. */
function sameItem(item: unknown, value: CellValue): boolean {
  if (typeof value === 'number') {
    const n = typeof item === 'number' ? item : (parseNumber(String(item)) ?? parseNumber(String(item), true));
    return n === value || String(item) === numberToText(value);
  }
  if (typeof value === 'boolean') return String(item).toUpperCase() === (value ? 'TRUE' : 'FALSE');
  return String(item) === String(value);
}

/**
 * Whether `value`, just written at (row, column), satisfies the rule. Empty cells always pass
 * (Sheets lets a user clear a validated cell). A custom formula is evaluated with the new value
 * already in place, so the caller writes first and undoes on failure.
 */
export function satisfies(
  ctx: EngineContext,
  sheet: SheetData,
  rule: ValidationRule,
  row: number,
  column: number,
): boolean {
  const value = ctx.cellValue(sheet, row, column);
  if (value === '') return true;
  const a = rule.args;
  const num = typeof value === 'number' ? value : null;
  const text = typeof value === 'string' ? value : String(value);
  const date = value instanceof Date ? dayOf(value) : null;
  const argDay = (i: number) => dayOf(a[i] as Date);
  switch (rule.criteria) {
    case 'NUMBER_BETWEEN':
      return (
        num !== null &&
        num >= Math.min(a[0] as number, a[1] as number) &&
        num <= Math.max(a[0] as number, a[1] as number)
      );
    case 'NUMBER_NOT_BETWEEN':
      return (
        num !== null &&
        (num < Math.min(a[0] as number, a[1] as number) || num > Math.max(a[0] as number, a[1] as number))
      );
    case 'NUMBER_EQUAL_TO':
      return num === a[0];
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
      return text.toLowerCase().includes(String(a[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(String(a[0]).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text === String(a[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_VALID_URL':
      return /^(https?|ftp):\/\/\S+$/i.test(text);
    case 'VALUE_IN_LIST':
      return (a[0] as unknown[]).some((item) => sameItem(item, value));
    case 'VALUE_IN_RANGE': {
      const src = a[0] as SheetRange;
      const srcSheet = ctx.sheetById(src.sheetId);
      if (!srcSheet) return false;
      for (let r = 0; r < src.range.numRows; r++) {
        for (let c = 0; c < src.range.numColumns; c++) {
          const item = ctx.cellValue(srcSheet, src.range.row + r, src.range.column + c);
          if (item !== '' && sameItem(item, value)) return true;
        }
      }
      return false;
    }
    case 'CHECKBOX':
      return a.length === 0 ? typeof value === 'boolean' : a.some((item) => sameItem(item, value));
    case 'DATE_IS_VALID_DATE':
      return date !== null;
    case 'DATE_AFTER':
      return date !== null && date > argDay(0);
    case 'DATE_BEFORE':
      return date !== null && date < argDay(0);
    case 'DATE_EQUAL_TO':
      return date !== null && date === argDay(0);
    case 'DATE_ON_OR_AFTER':
      return date !== null && date >= argDay(0);
    case 'DATE_ON_OR_BEFORE':
      return date !== null && date <= argDay(0);
    case 'DATE_BETWEEN':
      return date !== null && date >= argDay(0) && date <= argDay(1);
    case 'DATE_NOT_BETWEEN':
      return date !== null && (date < argDay(0) || date > argDay(1));
    case 'CUSTOM_FORMULA':
      return ctx.formulaHolds(String(a[0]), sheet, rule.anchor, row, column);
    default:
      return true;
  }
}
