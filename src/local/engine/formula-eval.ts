/**
 * Evaluates a formula against cell values supplied by the caller. Relative references are
 * shifted by an offset, which is how one conditional-format or validation formula, written
 * for the top-left cell of its range, is evaluated for every other cell of the range.
 */
import type { RefPart, RefToken } from './formula-lexer';
import { FUNCTIONS } from './formula-functions';
import { readFormula, type Node } from './formula-parser';
import { compare, errors, FormulaError, toNumber, toScalar, toText, type Scalar, type Value } from './formula-values';

export interface SheetBounds {
  maxRows: number;
  maxColumns: number;
  /** Last row and column with content: where open ranges such as A:A stop. */
  lastRow: number;
  lastColumn: number;
}

export interface EvalEnv {
  /** The sheet unqualified references point to. */
  sheet: string;
  rowOffset: number;
  columnOffset: number;
  /** The cell the formula is evaluated for (a rule's formula: the cell being checked). */
  origin: { row: number; column: number };
  /** Whether text like "1,5" reads as a number (the spreadsheet's locale uses a decimal comma). */
  decimalComma: boolean;
  cell(sheet: string, row: number, column: number): Scalar;
  /** Null when no sheet has that name. */
  bounds(sheet: string): SheetBounds | null;
}

/** Evaluates a formula (with its "=") to one value; a syntax error gives #ERROR!. */
export function evaluateFormula(formula: string, env: EvalEnv): Scalar {
  const parsed = readFormula(formula);
  if (!parsed.ast) return errors.parse;
  const result = toScalar(evaluateNode(parsed.ast, env));
  if (typeof result === 'number' && !Number.isFinite(result)) return errors.num;
  return result;
}

function evaluateNode(node: Node, env: EvalEnv): Value {
  switch (node.t) {
    case 'number':
    case 'string':
    case 'bool':
      return node.value;
    case 'blank':
      return null;
    case 'error':
      return new FormulaError(node.code);
    case 'name':
      return errors.name;
    case 'ref':
      return evaluateRef(node.ref, env);
    case 'call': {
      const fn = FUNCTIONS[node.name];
      if (!fn) return errors.name;
      return fn(node.args, {
        evaluate: (n) => evaluateNode(n, env),
        decimalComma: env.decimalComma,
        indirect: (text, a1) => indirect(text, a1, env),
      });
    }
    case 'unary': {
      const n = toNumber(toScalar(evaluateNode(node.arg, env)), env.decimalComma);
      return n instanceof FormulaError ? n : node.op === '-' ? -n : n;
    }
    case 'percent': {
      const n = toNumber(toScalar(evaluateNode(node.arg, env)), env.decimalComma);
      return n instanceof FormulaError ? n : n / 100;
    }
    case 'binary':
      return binary(node.op, toScalar(evaluateNode(node.left, env)), toScalar(evaluateNode(node.right, env)), env);
  }
}

function binary(op: string, a: Scalar, b: Scalar, env: EvalEnv): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  switch (op) {
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
    case '&': {
      const x = toText(a);
      const y = toText(b);
      return x instanceof FormulaError ? x : y instanceof FormulaError ? y : x + y;
    }
  }
  const x = toNumber(a, env.decimalComma);
  const y = toNumber(b, env.decimalComma);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? errors.div0 : x / y;
    default:
      return x ** y;
  }
}

function shifted(part: RefPart, env: EvalEnv): { row?: number; column?: number } {
  return {
    row: part.row === undefined ? undefined : part.row + (part.rowAbsolute ? 0 : env.rowOffset),
    column: part.column === undefined ? undefined : part.column + (part.columnAbsolute ? 0 : env.columnOffset),
  };
}

function evaluateRef(ref: RefToken, env: EvalEnv): Value {
  const sheet = ref.sheet ?? env.sheet;
  const bounds = env.bounds(sheet);
  if (!bounds) return errors.ref;
  const start = shifted(ref.start, env);
  const end = ref.end ? shifted(ref.end, env) : start;
  const r1 = start.row ?? 1;
  const c1 = start.column ?? 1;
  const r2 = end.row ?? Math.min(bounds.maxRows, Math.max(bounds.lastRow, r1));
  const c2 = end.column ?? Math.min(bounds.maxColumns, Math.max(bounds.lastColumn, c1));
  const [top, bottom] = r1 <= r2 ? [r1, r2] : [r2, r1];
  const [left, right] = c1 <= c2 ? [c1, c2] : [c2, c1];
  if (top < 1 || left < 1 || bottom > bounds.maxRows || right > bounds.maxColumns) return errors.ref;
  if (!ref.end) return env.cell(sheet, top, left);
  const rows: Scalar[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: Scalar[] = [];
    for (let c = left; c <= right; c++) row.push(env.cell(sheet, r, c));
    rows.push(row);
  }
  return { kind: 'grid', rows };
}

/**
 * INDIRECT(cell_reference_as_string, [is_A1_notation]) for one cell: "B2", "Sheet!B2", or in
 * R1C1 notation (is_A1_notation FALSE) "R2C3", or relative to the cell the formula is evaluated
 * for, "R[-1]C[2]" and "RC" (the cell itself) — support.google.com/docs/answer/3093377. A
 * validation or colour rule written with INDIRECT("RC";FALSE) reads the very cell it checks,
 * wherever the rule was anchored. Anything else gives #REF!, as an unreadable reference does.
 */
function indirect(text: string, a1: boolean, env: EvalEnv): Value {
  const bang = text.lastIndexOf('!');
  const sheet =
    bang >= 0
      ? text
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'")
      : env.sheet;
  const ref = (bang >= 0 ? text.slice(bang + 1) : text).trim().toUpperCase();
  let row: number;
  let column: number;
  if (a1) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
    if (!m) return errors.ref;
    column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    row = Number(m[2]);
  } else {
    const m = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?$/.exec(ref);
    if (!m) return errors.ref;
    const part = (p: string | undefined, here: number) =>
      p === undefined ? here : p.startsWith('[') ? here + Number(p.slice(1, -1)) : Number(p);
    row = part(m[1], env.origin.row);
    column = part(m[2], env.origin.column);
  }
  const bounds = env.bounds(sheet);
  if (!bounds || row < 1 || column < 1 || row > bounds.maxRows || column > bounds.maxColumns) return errors.ref;
  return env.cell(sheet, row, column);
}
