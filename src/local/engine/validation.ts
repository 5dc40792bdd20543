/**
 * Data validation: the builder and rule objects of SpreadsheetApp, and the check a user edit
 * goes through. Rules are values (a spec); applying one to a range anchors it there. The
 * builder offers what the add-on builds; `satisfies` knows every criterion a file can carry.
 */
import type { EngineContext } from './context';
import { DataValidationCriteria, enumMember } from './enums';
import { ScriptError, messages } from './errors';
import { parseNumber, numberToText } from './formula-values';
import type { CellValue, SheetData, SheetRange, ValidationRule } from './model';
import type { DataValidationApi, DataValidationBuilderApi } from '../../sheets/gas';
import Ss = GoogleAppsScript.Spreadsheet;

export interface ValidationSpec {
  criteria: string | null;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

function isSheetRange(a: unknown): a is SheetRange {
  return typeof a === 'object' && a !== null && 'sheetId' in a && 'range' in a;
}

export class FakeDataValidation implements DataValidationApi {
  constructor(
    private readonly ctx: EngineContext,
    readonly spec: Readonly<ValidationSpec>,
  ) {}

  private hit(method: string): void {
    this.ctx.calls.hit('DataValidation', method);
  }

  getAllowInvalid(): boolean {
    this.hit('getAllowInvalid');
    return this.spec.allowInvalid;
  }
  getCriteriaType(): Ss.DataValidationCriteria {
    this.hit('getCriteriaType');
    return enumMember(DataValidationCriteria, this.spec.criteria!);
  }
  /** Criteria values as Apps Script hands them out: a source range becomes a Range. */
  getCriteriaValues(): unknown[] {
    this.hit('getCriteriaValues');
    return this.spec.args.map((a) =>
      isSheetRange(a) ? this.ctx.resolveRange(a) : a instanceof Date ? new Date(a) : a,
    );
  }
  getHelpText(): string {
    this.hit('getHelpText');
    return this.spec.helpText ?? '';
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private readonly spec: ValidationSpec = { criteria: null, args: [], allowInvalid: true, helpText: null };

  constructor(private readonly ctx: EngineContext) {}

  private set(method: string, criteria: string, args: unknown[]): this {
    this.ctx.calls.hit('DataValidationBuilder', method);
    this.spec.criteria = criteria;
    this.spec.args = args;
    return this;
  }

  build(): FakeDataValidation {
    this.ctx.calls.hit('DataValidationBuilder', 'build');
    if (!this.spec.criteria) throw new ScriptError(messages.invalidArgument('criteria'));
    return new FakeDataValidation(this.ctx, { ...this.spec, args: [...this.spec.args] });
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireValueInList(values: string[], showDropdown: boolean): this {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
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
