/**
 * A target as four bounds stored in hidden cells of its line, so one conditional-format
 * formula without literals or argument separators serves every line in any locale:
 * met ⇔ x > exclusiveLow ∧ x ≥ inclusiveLow ∧ x < exclusiveHigh ∧ x ≤ inclusiveHigh.
 * Percent targets are stored as fractions, as a sheet holds 85% as 0.85.
 */
import { type Bounds, kindOf, NO_BOUND } from '../targets/kinds';
import type { Target } from '../types';

export { type Bounds, NO_BOUND };

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

/** The target's bounds as the sheet stores them (percents as fractions); null for a yes/no target. */
export function boundsOf(target: Target | null): Bounds | null {
  const bounds = target ? kindOf(target).bounds(target) : null;
  if (!target || !bounds) return null;
  const scale = (v: number) => (Math.abs(v) >= NO_BOUND ? v : toSheetNumber(v, target));
  return {
    exclusiveLow: scale(bounds.exclusiveLow),
    inclusiveLow: scale(bounds.inclusiveLow),
    exclusiveHigh: scale(bounds.exclusiveHigh),
    inclusiveHigh: scale(bounds.inclusiveHigh),
  };
}
