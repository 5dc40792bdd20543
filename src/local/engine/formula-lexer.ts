/**
 * Splits a spreadsheet formula into tokens that keep their source text, so the same tokens
 * serve evaluation and rewriting (shifting references, converting separators).
 *
 * Two argument conventions are accepted, as Sheets accepts per locale: "," with a decimal
 * point (en_US) and ";" with a decimal comma (vi_VN and most of Europe). A formula that has
 * a ";" outside string literals is read the second way; one without is read the first way,
 * and the parser retries the second way when that fails (e.g. "=A1*0,5").
 */
import { lettersToColumn } from './a1';

export type Separators = 'comma' | 'semicolon';

export interface RefPart {
  row?: number;
  column?: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export interface RefToken {
  kind: 'ref';
  text: string;
  sheet?: string;
  start: RefPart;
  /** Absent for a single cell. */
  end?: RefPart;
}

export type Token =
  | { kind: 'number'; text: string; value: number }
  | { kind: 'string'; text: string; value: string }
  | { kind: 'bool'; text: string; value: boolean }
  | { kind: 'error'; text: string }
  | RefToken
  | { kind: 'func'; text: string; name: string }
  | { kind: 'name'; text: string }
  | { kind: 'op'; text: string }
  | { kind: 'lparen' | 'rparen' | 'sep' | 'space'; text: string };

export class FormulaSyntaxError extends Error {}

const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#ERROR!'];
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!/u;
const CELL = '\\$?[A-Za-z]{1,3}\\$?[0-9]+';
const COL = '\\$?[A-Za-z]{1,3}';
const ROW = '\\$?[0-9]+';
const REF_FORMS = [
  new RegExp(`^${CELL}:${CELL}`),
  new RegExp(`^${CELL}:${COL}(?![0-9])`),
  new RegExp(`^${CELL}`),
  new RegExp(`^${COL}:${COL}`),
  new RegExp(`^${ROW}:${ROW}`),
];
const IDENT_CHAR = /[\p{L}\p{N}_.$(]/u;
const IDENT = /^[\p{L}_][\p{L}\p{N}_.]*/u;

/** The convention a formula is written in, judged by a ";" outside string literals. */
export function detectSeparators(formula: string): Separators {
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (ch === ';' && !inString) return 'semicolon';
  }
  return 'comma';
}

function parseRefPart(text: string): RefPart {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)([0-9]+)?$/.exec(text)!;
  const part: RefPart = { rowAbsolute: false, columnAbsolute: false };
  if (m[2]) {
    part.column = lettersToColumn(m[2]);
    part.columnAbsolute = m[1] === '$';
    part.rowAbsolute = m[3] === '$';
  } else {
    part.rowAbsolute = m[1] === '$' || m[3] === '$';
  }
  if (m[4]) part.row = Number(m[4]);
  return part;
}

function lexRef(rest: string): RefToken | null {
  const sheetMatch = SHEET_PREFIX.exec(rest);
  const body = sheetMatch ? rest.slice(sheetMatch[0].length) : rest;
  for (const form of REF_FORMS) {
    const m = form.exec(body);
    if (!m) continue;
    const after = body[m[0].length];
    if (after !== undefined && IDENT_CHAR.test(after)) continue;
    const [a, b] = m[0].split(':');
    const token: RefToken = {
      kind: 'ref',
      text: (sheetMatch ? sheetMatch[0] : '') + m[0],
      start: parseRefPart(a),
    };
    if (b !== undefined) token.end = parseRefPart(b);
    if (sheetMatch) token.sheet = sheetMatch[1] !== undefined ? sheetMatch[1].replace(/''/g, "'") : sheetMatch[2];
    return token;
  }
  return null;
}

/** Tokenises a formula (with or without its leading "="). */
export function lex(formula: string, separators: Separators): Token[] {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const decimal =
    separators === 'semicolon'
      ? /^[0-9]+(?:[.,][0-9]+)?(?:[eE][+-]?[0-9]+)?/
      : /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/;
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    let token: Token | null = null;
    if (/\s/.test(ch)) {
      token = { kind: 'space', text: /^\s+/.exec(rest)![0] };
    } else if (ch === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new FormulaSyntaxError('Unterminated string');
      token = { kind: 'string', text: m[0], value: m[1].replace(/""/g, '"') };
    } else if (ch === '#') {
      const err = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
      if (!err) throw new FormulaSyntaxError(`Unknown error literal at ${i}`);
      token = { kind: 'error', text: rest.slice(0, err.length) };
    } else if (ch === '(' || ch === ')') {
      token = { kind: ch === '(' ? 'lparen' : 'rparen', text: ch };
    } else if (ch === ';' || (ch === ',' && separators === 'comma')) {
      token = { kind: 'sep', text: ch };
    } else if (/^(<=|>=|<>)/.test(rest)) {
      token = { kind: 'op', text: rest.slice(0, 2) };
    } else if ('+-*/^&=<>%'.includes(ch)) {
      token = { kind: 'op', text: ch };
    } else {
      token = lexRef(rest);
      if (!token && /[0-9.]/.test(ch)) {
        const m = decimal.exec(rest) ?? /^\.[0-9]+/.exec(rest);
        if (m) token = { kind: 'number', text: m[0], value: Number(m[0].replace(',', '.')) };
      }
      if (!token) {
        const m = IDENT.exec(rest);
        if (!m) throw new FormulaSyntaxError(`Unexpected "${ch}" at ${i}`);
        const isCall = /^\s*\(/.test(src.slice(i + m[0].length));
        const upper = m[0].toUpperCase();
        if (isCall) token = { kind: 'func', text: m[0], name: upper };
        else if (upper === 'TRUE' || upper === 'FALSE') token = { kind: 'bool', text: m[0], value: upper === 'TRUE' };
        else token = { kind: 'name', text: m[0] };
      }
    }
    tokens.push(token);
    i += token.text.length;
  }
  return tokens;
}
