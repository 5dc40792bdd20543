/**
 * A target as four bounds stored in hidden cells of its line, so one conditional-format
 * formula without literals or argument separators serves every line in any locale:
 * met ⇔ x > exclusiveLow ∧ x ≥ inclusiveLow ∧ x < exclusiveHigh ∧ x ≤ inclusiveHigh.
 * Percent targets are stored as fractions, as a sheet holds 85% as 0.85.
 */
import type { Target } from '../types';

/** Stands for "no bound"; a number, because cells compare numbers with numbers. */
export const NO_BOUND = 1e15;

export interface Bounds {
  exclusiveLow: number;
  inclusiveLow: number;
  exclusiveHigh: number;
  inclusiveHigh: number;
}

/** How the sheet stores a value typed against this target: percents as fractions. */
export function sheetScale(target: Target | null): number {
  return target?.unit === '%' ? 100 : 1;
}

/** Rounds away binary noise so 99.7 / 100 is the same double as a typed 99,7%. */
export function toSheetNumber(value: number, target: Target | null): number {
  return Number((value / sheetScale(target)).toPrecision(12));
}

export function fromSheetNumber(value: number, target: Target | null): number {
  return Number((value * sheetScale(target)).toPrecision(12));
}

export function boundsOf(target: Target | null): Bounds | null {
  if (!target || target.op === 'exists') return null;
  const v = toSheetNumber(target.value, target);
  const b: Bounds = {
    exclusiveLow: -NO_BOUND,
    inclusiveLow: -NO_BOUND,
    exclusiveHigh: NO_BOUND,
    inclusiveHigh: NO_BOUND,
  };
  switch (target.op) {
    case '>':
      b.exclusiveLow = v;
      break;
    case '>=':
      b.inclusiveLow = v;
      break;
    case '<':
      b.exclusiveHigh = v;
      break;
    case '<=':
      b.inclusiveHigh = v;
      break;
    case '=':
      b.inclusiveLow = v;
      b.inclusiveHigh = v;
      break;
    case 'between':
      b.inclusiveLow = v;
      b.inclusiveHigh = toSheetNumber(target.max ?? target.value, target);
      break;
  }
  return b;
}
