/**
 * Checking an entered figure against a target.
 *
 * Percent targets take percent units: 85 means 85%. A fraction such as 0.85 (what a sheet
 * cell formatted as % holds) is NOT read as 85% here: the caller knows how its cells store
 * percentages and must scale before calling (see layout/bounds.ts).
 */
import { foldKey } from '../text/normalize';
import type { InputKind, Target } from '../types';
import { NO_ANSWERS, YES_ANSWERS } from './lexicon';
import { readFigure } from './number';

export type Evaluation = 'met' | 'unmet' | 'empty' | 'invalid';

const YES = new Set(YES_ANSWERS.map(foldKey));
const NO = new Set(NO_ANSWERS.map(foldKey));

/**
 * value: a number in the target's unit (85 for 85%), true/false or "Có"/"Chưa có" for exists targets,
 * null/'' for empty.
 */
export function evaluateTarget(target: Target, value: unknown): Evaluation {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'empty';
  if (target.op === 'exists') return evaluateExists(value);
  const figure = toFigure(value, target.unit === '%');
  if (figure === null) return 'invalid';
  return meets(figure, target) ? 'met' : 'unmet';
}

/**
 * What kind of input cell a target needs: 'percent' (unit %), 'yesno' (op exists), 'count' (a counted noun),
 * 'number' (unit null).
 */
export function inputKindOf(target: Target): InputKind {
  if (target.op === 'exists') return 'yesno';
  if (target.unit === '%') return 'percent';
  return target.unit === null ? 'number' : 'count';
}

function evaluateExists(value: unknown): Evaluation {
  if (typeof value === 'boolean') return value ? 'met' : 'unmet';
  if (typeof value === 'string') {
    const answer = foldKey(value);
    if (YES.has(answer)) return 'met';
    if (NO.has(answer)) return 'unmet';
  }
  const count = toFigure(value, false);
  if (count === null || count < 0) return 'invalid';
  return count > 0 ? 'met' : 'unmet';
}

/** A finite number, or a string such as "85,5", "85.5", "85 %" (the sign only for percent targets). */
function toFigure(value: unknown, percent: boolean): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return readFigure(value, percent);
  return null;
}

/**
 * Comparison with a relative tolerance, so binary noise does not decide: 0.997 * 100 is
 * 99.69999999999999 and still meets ">= 99.7", and does not pass "> 99.7".
 */
function meets(x: number, t: Target): boolean {
  const atLeast = (bound: number) => x > bound || same(x, bound);
  const atMost = (bound: number) => x < bound || same(x, bound);
  switch (t.op) {
    case '>':
      return x > t.value && !same(x, t.value);
    case '>=':
      return atLeast(t.value);
    case '=':
      return same(x, t.value);
    case '<=':
      return atMost(t.value);
    case '<':
      return x < t.value && !same(x, t.value);
    case 'between':
      return atLeast(t.value) && atMost(t.max ?? t.value);
    case 'exists':
      return x > 0;
  }
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
