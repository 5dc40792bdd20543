/**
 * Rewrites formulas token by token, leaving everything else as written: references follow
 * inserted and deleted rows/columns and renamed sheets, relative references move when a
 * formula is re-anchored, and separators convert to the form Excel files store.
 */
import { columnToLetters, quoteSheetName } from './a1';
import type { RefPart, RefToken, Token } from './formula-lexer';
import { readFormula } from './formula-parser';

/** Rebuilds a formula, letting `fn` replace tokens; a formula that does not parse is returned as is. */
function rewrite(formula: string, fn: (token: Token) => string | undefined): string {
  const parsed = readFormula(formula);
  if (!parsed.ast) return formula;
  const body = parsed.tokens.map((t) => fn(t) ?? t.text).join('');
  return formula.startsWith('=') ? `=${body}` : body;
}

function partText(p: RefPart): string {
  const col = p.column === undefined ? '' : `${p.columnAbsolute ? '$' : ''}${columnToLetters(p.column)}`;
  const row = p.row === undefined ? '' : `${p.rowAbsolute ? '$' : ''}${p.row}`;
  return col + row;
}

function refText(ref: RefToken, start: RefPart, end: RefPart | undefined, sheetPrefix?: string): string {
  const bang = ref.text.lastIndexOf('!');
  const prefix = sheetPrefix ?? (bang >= 0 && ref.sheet !== undefined ? ref.text.slice(0, bang + 1) : '');
  return prefix + partText(start) + (end ? `:${partText(end)}` : '');
}

export interface Shift {
  /** The sheet whose rows or columns moved. */
  sheet: string;
  /** The sheet the formula lives on (its unqualified references point there). */
  formulaSheet: string;
  axis: 'row' | 'column';
  /** First index that moves (insert) or is removed (delete). */
  at: number;
  /** Positive: that many inserted before `at`; negative: that many removed from `at`. */
  delta: number;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Follows inserted or deleted rows/columns; references into deleted cells become #REF!. */
export function shiftFormula(formula: string, shift: Shift): string {
  const key = shift.axis === 'row' ? 'row' : 'column';
  const removedEnd = shift.at - shift.delta - 1;
  const move = (p: RefPart): number | undefined | null => {
    const v = p[key];
    if (v === undefined || v < shift.at) return v;
    if (shift.delta > 0) return v + shift.delta;
    return v > removedEnd ? v + shift.delta : null;
  };
  return rewrite(formula, (t) => {
    if (t.kind !== 'ref' || !sameName(t.sheet ?? shift.formulaSheet, shift.sheet)) return undefined;
    let a = move(t.start);
    let b = t.end ? move(t.end) : a;
    if (a === null && b === null) return '#REF!';
    if (!t.end && a === null) return '#REF!';
    // A range losing its first or last lines shrinks to what is left.
    if (a === null) a = shift.at;
    if (b === null) b = shift.at - 1;
    const start = { ...t.start, [key]: a };
    const end = t.end ? { ...t.end, [key]: b } : undefined;
    return refText(t, start, end);
  });
}

/** Points references to a renamed sheet at its new name. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return rewrite(formula, (t) =>
    t.kind === 'ref' && t.sheet !== undefined && sameName(t.sheet, oldName)
      ? refText(t, t.start, t.end, `${quoteSheetName(newName)}!`)
      : undefined,
  );
}

/** Moves relative references by an offset, as copying the formula that far would; off-grid gives #REF!. */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const move = (p: RefPart): RefPart | null => {
    const out = { ...p };
    if (p.row !== undefined && !p.rowAbsolute) out.row = p.row + rows;
    if (p.column !== undefined && !p.columnAbsolute) out.column = p.column + columns;
    if ((out.row !== undefined && out.row < 1) || (out.column !== undefined && out.column < 1)) return null;
    return out;
  };
  return rewrite(formula, (t) => {
    if (t.kind !== 'ref') return undefined;
    const start = move(t.start);
    const end = t.end ? move(t.end) : undefined;
    if (!start || end === null) return '#REF!';
    return refText(t, start, end);
  });
}

/** Functions newer than Excel 2007 must carry the "_xlfn." prefix inside a file, or Excel shows #NAME?. */
const XLFN = new Set([
  'IFS',
  'IFNA',
  'SWITCH',
  'CONCAT',
  'TEXTJOIN',
  'MAXIFS',
  'MINIFS',
  'XLOOKUP',
  'XMATCH',
  'FILTER',
  'UNIQUE',
  'SORT',
]);

/** The form stored in .xlsx: no "=", "," between arguments, "." in decimals, "_xlfn." where needed. */
export function toExcelSyntax(formula: string): string {
  const parsed = readFormula(formula);
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (!parsed.ast) return body;
  return parsed.tokens
    .map((t) => {
      if (t.kind === 'sep') return ',';
      if (t.kind === 'number') return t.text.replace(',', '.');
      if (t.kind === 'func' && XLFN.has(t.name)) return `_xlfn.${t.text}`;
      return t.text;
    })
    .join('');
}

/** A formula read from .xlsx, in the form the engine stores: leading "=", no "_xlfn." prefixes. */
export function fromExcelSyntax(text: string): string {
  const body = text.replace(/_xlfn\./gi, '');
  return body.startsWith('=') ? body : `=${body}`;
}
