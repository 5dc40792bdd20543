/**
 * The spreadsheet functions the evaluator knows: what conditional-format rules, validation
 * formulas and status formulas of the add-on use. Arguments arrive unevaluated so IF, IFS
 * and IFERROR evaluate only the branch they need, as spreadsheets do.
 */
import type { Node } from './formula-parser';
import {
  compare,
  errors,
  flatten,
  FormulaError,
  isGrid,
  parseNumber,
  toBoolean,
  toNumber,
  toScalar,
  toText,
  type Scalar,
  type Value,
} from './formula-values';

export interface CallContext {
  evaluate(node: Node): Value;
  decimalComma: boolean;
  /** The cell a textual reference names (INDIRECT), or #REF!. */
  indirect(text: string, a1: boolean): Value;
}

type Fn = (args: Node[], ctx: CallContext) => Value;

const scalars = (args: Node[], ctx: CallContext): Scalar[] => args.map((a) => toScalar(ctx.evaluate(a)));
const firstError = (values: Scalar[]): FormulaError | undefined =>
  values.find((v): v is FormulaError => v instanceof FormulaError);

/** A function of fixed arity over scalars; errors in arguments propagate. */
function scalarFn(min: number, max: number, body: (v: Scalar[], ctx: CallContext) => Value): Fn {
  return (args, ctx) => {
    if (args.length < min || args.length > max) return errors.na;
    const values = scalars(args, ctx);
    return firstError(values) ?? body(values, ctx);
  };
}

function logical(combine: (acc: boolean, v: boolean) => boolean, start: boolean): Fn {
  return (args, ctx) => {
    let seen = false;
    let acc = start;
    for (const { value, fromRange } of flatten(args.map((a) => ctx.evaluate(a)))) {
      if (value instanceof FormulaError) return value;
      // Text and blanks inside ranges are skipped; given directly they must read as booleans.
      if (fromRange && typeof value !== 'number' && typeof value !== 'boolean') continue;
      const b = toBoolean(value);
      if (b instanceof FormulaError) return b;
      acc = combine(acc, b);
      seen = true;
    }
    return seen ? acc : errors.value;
  };
}

/** Collects numbers: from ranges only real numbers count, direct arguments are coerced. */
function numbers(args: Node[], ctx: CallContext): number[] | FormulaError {
  const out: number[] = [];
  for (const { value, fromRange } of flatten(args.map((a) => ctx.evaluate(a)))) {
    if (value instanceof FormulaError) return value;
    if (fromRange) {
      if (typeof value === 'number') out.push(value);
      continue;
    }
    const n = toNumber(value, ctx.decimalComma);
    if (n instanceof FormulaError) return n;
    out.push(n);
  }
  return out;
}

function aggregate(body: (ns: number[]) => Value): Fn {
  return (args, ctx) => {
    const ns = numbers(args, ctx);
    return ns instanceof FormulaError ? ns : body(ns);
  };
}

function wildcard(pattern: string): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) src += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') src += '.*';
    else if (ch === '?') src += '.';
    else src += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 'is');
}

/** A COUNTIF criterion as a predicate: "5", ">=5", "<>", "=x", "a*", a number, a boolean. */
function criterion(crit: Scalar, decimalComma: boolean): (v: Scalar) => boolean {
  const isBlank = (v: Scalar) => v === null || v === '';
  if (crit === null) return isBlank;
  if (typeof crit === 'number') return (v) => typeof v === 'number' && v === crit;
  if (typeof crit === 'boolean') return (v) => v === crit;
  if (crit instanceof FormulaError) return (v) => v instanceof FormulaError && v.code === crit.code;
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(crit)!;
  const op = m[1] ?? '=';
  const operand = m[2];
  const num = parseNumber(operand, decimalComma);
  if (num !== null) {
    if (op === '<>') return (v) => !(typeof v === 'number' && v === num);
    return (v) => typeof v === 'number' && holds(op, compare(v, num));
  }
  if (op === '=' && operand === '') return isBlank;
  if (op === '<>' && operand === '') return (v) => !isBlank(v);
  const re = wildcard(operand);
  const text = (v: Scalar) => (typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : null);
  if (op === '=') return (v) => text(v) !== null && re.test(text(v)!);
  if (op === '<>') return (v) => text(v) === null || !re.test(text(v)!);
  return (v) => typeof v === 'string' && holds(op, compare(v, operand));
}

function holds(op: string, c: number): boolean {
  switch (op) {
    case '=':
      return c === 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function gridOf(v: Value): Scalar[][] {
  return isGrid(v) ? v.rows : [[v]];
}

function countIfs(args: Node[], ctx: CallContext): Value {
  if (args.length < 2 || args.length % 2 !== 0) return errors.na;
  const pairs: { cells: Scalar[][]; test: (v: Scalar) => boolean }[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const crit = toScalar(ctx.evaluate(args[i + 1]));
    pairs.push({ cells: gridOf(ctx.evaluate(args[i])), test: criterion(crit, ctx.decimalComma) });
  }
  const [first] = pairs;
  const height = first.cells.length;
  const width = first.cells[0]?.length ?? 0;
  if (pairs.some((p) => p.cells.length !== height || (p.cells[0]?.length ?? 0) !== width)) return errors.value;
  let count = 0;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) if (pairs.every((p) => p.test(p.cells[r][c]))) count++;
  }
  return count;
}

function round(x: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  // Through 15 significant digits first, so 1.005 rounds like a spreadsheet shows it.
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / factor;
}

const textFn = (body: (s: string) => Value) =>
  scalarFn(1, 1, ([v]) => {
    const s = toText(v);
    return s instanceof FormulaError ? s : body(s);
  });

export const FUNCTIONS: Record<string, Fn> = {
  AND: logical((acc, v) => acc && v, true),
  OR: logical((acc, v) => acc || v, false),
  NOT: scalarFn(1, 1, ([v]) => {
    const b = toBoolean(v);
    return b instanceof FormulaError ? b : !b;
  }),
  IF: (args, ctx) => {
    if (args.length < 2 || args.length > 3) return errors.na;
    const cond = toBoolean(toScalar(ctx.evaluate(args[0])));
    if (cond instanceof FormulaError) return cond;
    if (cond) return ctx.evaluate(args[1]);
    return args.length === 3 ? ctx.evaluate(args[2]) : false;
  },
  IFS: (args, ctx) => {
    if (args.length < 2 || args.length % 2 !== 0) return errors.na;
    for (let i = 0; i < args.length; i += 2) {
      const cond = toBoolean(toScalar(ctx.evaluate(args[i])));
      if (cond instanceof FormulaError) return cond;
      if (cond) return ctx.evaluate(args[i + 1]);
    }
    return errors.na;
  },
  IFERROR: (args, ctx) => {
    if (args.length < 1 || args.length > 2) return errors.na;
    const v = ctx.evaluate(args[0]);
    if (!(toScalar(v) instanceof FormulaError) || isGrid(v)) return v;
    return args.length === 2 ? ctx.evaluate(args[1]) : '';
  },
  ISBLANK: (args, ctx) => (args.length === 1 ? toScalar(ctx.evaluate(args[0])) === null : errors.na),
  ISNUMBER: (args, ctx) => (args.length === 1 ? typeof toScalar(ctx.evaluate(args[0])) === 'number' : errors.na),
  ISTEXT: (args, ctx) => (args.length === 1 ? typeof toScalar(ctx.evaluate(args[0])) === 'string' : errors.na),
  ISERROR: (args, ctx) => (args.length === 1 ? toScalar(ctx.evaluate(args[0])) instanceof FormulaError : errors.na),
  LEN: textFn((s) => s.length),
  TRIM: textFn((s) => s.replace(/ +/g, ' ').trim()),
  LOWER: textFn((s) => s.toLowerCase()),
  UPPER: textFn((s) => s.toUpperCase()),
  EXACT: scalarFn(2, 2, ([a, b]) => toText(a) === toText(b)),
  N: scalarFn(1, 1, ([v]) => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0)),
  VALUE: scalarFn(1, 1, ([v], ctx) => {
    if (typeof v === 'number') return v;
    if (v === null) return 0;
    const n = typeof v === 'string' ? parseNumber(v, ctx.decimalComma) : null;
    return n === null ? errors.value : n;
  }),
  INDIRECT: scalarFn(1, 2, ([ref, a1], ctx) => {
    const text = toText(ref);
    if (text instanceof FormulaError) return text;
    const isA1 = a1 === undefined || a1 === null ? true : toBoolean(a1);
    return isA1 instanceof FormulaError ? isA1 : ctx.indirect(text, isA1);
  }),
  INT: scalarFn(1, 1, ([x], ctx) => {
    const n = toNumber(x, ctx.decimalComma);
    return n instanceof FormulaError ? n : Math.floor(n);
  }),
  ROUND: scalarFn(1, 2, ([x, d], ctx) => {
    const n = toNumber(x, ctx.decimalComma);
    const digits = d === undefined ? 0 : toNumber(d, ctx.decimalComma);
    if (n instanceof FormulaError) return n;
    if (digits instanceof FormulaError) return digits;
    return round(n, digits);
  }),
  ABS: scalarFn(1, 1, ([x], ctx) => {
    const n = toNumber(x, ctx.decimalComma);
    return n instanceof FormulaError ? n : Math.abs(n);
  }),
  SUM: aggregate((ns) => ns.reduce((a, b) => a + b, 0)),
  MIN: aggregate((ns) => (ns.length ? Math.min(...ns) : 0)),
  MAX: aggregate((ns) => (ns.length ? Math.max(...ns) : 0)),
  AVERAGE: aggregate((ns) => (ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : errors.div0)),
  COUNT: (args, ctx) => {
    let n = 0;
    for (const { value } of flatten(args.map((a) => ctx.evaluate(a)))) if (typeof value === 'number') n++;
    return n;
  },
  COUNTA: (args, ctx) => {
    let n = 0;
    for (const { value } of flatten(args.map((a) => ctx.evaluate(a)))) if (value !== null) n++;
    return n;
  },
  COUNTIF: (args, ctx) => (args.length === 2 ? countIfs(args, ctx) : errors.na),
  COUNTIFS: countIfs,
};
