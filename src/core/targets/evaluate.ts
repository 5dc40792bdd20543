/**
 * Checking an entered figure against a target.
 *
 * Percent targets take percent units: 85 means 85%. A fraction such as 0.85 (what a sheet
 * cell formatted as % holds) is NOT read as 85% here: the caller knows how its cells store
 * percentages and must scale before calling (see layout/bounds.ts).
 */
import { foldKey } from '../text/normalize';
import type { Target } from '../types';
import { kindOf, withinBounds } from './kinds';
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
  const bounds = kindOf(target).bounds(target);
  if (bounds === null) return evaluateExists(value);
  const figure = toFigure(value, target.unit === '%');
  if (figure === null) return 'invalid';
  return withinBounds(figure, bounds) ? 'met' : 'unmet';
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
