/**
 * Values inside formula evaluation and the coercions Sheets applies between them.
 * A blank cell is null; ranges are grids of scalars; errors are FormulaError values
 * that propagate through operators.
 */

export class FormulaError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

export type Scalar = number | string | boolean | null | FormulaError;

export interface Grid {
  kind: 'grid';
  rows: Scalar[][];
}

export type Value = Scalar | Grid;

export const errors = {
  div0: new FormulaError('#DIV/0!'),
  na: new FormulaError('#N/A'),
  name: new FormulaError('#NAME?'),
  num: new FormulaError('#NUM!'),
  ref: new FormulaError('#REF!'),
  value: new FormulaError('#VALUE!'),
  parse: new FormulaError('#ERROR!'),
};

export function isGrid(v: Value): v is Grid {
  return typeof v === 'object' && v !== null && (v as Grid).kind === 'grid';
}

/** A range used where one value is expected: a single cell gives its value, more is an error. */
export function toScalar(v: Value): Scalar {
  if (!isGrid(v)) return v;
  if (v.rows.length === 1 && v.rows[0].length === 1) return v.rows[0][0];
  return errors.value;
}

/**
 * Parses text as a number the way a locale reads it: "1,234.5" with a decimal point,
 * "1.234,5" with a decimal comma; a trailing "%" divides by 100. Null when it is not a number.
 */
export function parseNumber(text: string, decimalComma = false): number | null {
  let t = text.trim();
  if (t === '') return null;
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1).trim();
  const [group, point] = decimalComma ? ['.', ','] : [',', '.'];
  if (t.includes(group)) {
    // The group separator only counts in proper groups of three: "2.10" is not a vi_VN number.
    if (!new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+(\\${point}\\d+)?$`).test(t)) return null;
    t = t.split(group).join('');
  }
  if (decimalComma) t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return percent ? Number(t) / 100 : Number(t);
}

export function toNumber(v: Scalar, decimalComma = false): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = parseNumber(v, decimalComma);
  return n === null ? errors.value : n;
}

/** Numbers print with at most 15 significant digits, as spreadsheets do. */
export function numberToText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

export function toText(v: Scalar): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return numberToText(v);
  return v;
}

export function toBoolean(v: Scalar): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const upper = v.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return errors.value;
}

/** Orders values as Sheets does: numbers < text < booleans; text ignores case; blank adapts to the other side. */
export function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = y === null ? 0 : typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string') {
    const l = x.toLowerCase();
    const r = (y as string).toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = Number(x);
  const r = Number(y);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Days since 1899-12-30, the spreadsheet date serial, from the date's wall-clock fields. */
export function dateToSerial(d: Date): number {
  const wall = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return (wall - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Flattens arguments that may be ranges, keeping whether each value came from a range. */
export function* flatten(values: Value[]): Generator<{ value: Scalar; fromRange: boolean }> {
  for (const v of values) {
    if (isGrid(v)) {
      for (const row of v.rows) for (const value of row) yield { value, fromRange: true };
    } else {
      yield { value: v, fromRange: false };
    }
  }
}
