/**
 * The one table of target kinds: for each comparison a target can make, whether a figure meets
 * it, its bounds (what the sheet's colour rules compare against), which way is better, how it
 * is shown and when it is beaten by a margin. Adding a kind to `TargetOp` makes this table fail
 * to compile until the new entry says all of that; nothing else switches on the operator.
 */
import type { InputKind, Target, TargetOp } from '../types';

/** met ⇔ x > exclusiveLow ∧ x ≥ inclusiveLow ∧ x < exclusiveHigh ∧ x ≤ inclusiveHigh (target units). */
export interface Bounds {
  exclusiveLow: number;
  inclusiveLow: number;
  exclusiveHigh: number;
  inclusiveHigh: number;
}

/** Stands for "no bound"; a number, because sheet cells compare numbers with numbers. */
export const NO_BOUND = 1e15;

export interface TargetKind {
  /** Bounds in the target's own units (85 for 85%); null for a yes/no target. */
  bounds(t: Target): Bounds | null;
  /** 1: a higher figure is better; -1: lower is better; 0: neither (a level or a band). */
  direction: 1 | -1 | 0;
  /** "> 95%", "≤ 2 km", "20–30%", "Có hệ thống"; `n` formats a number, `unit` is " km", "%" or "". */
  format(t: Target, n: (x: number) => string, unit: string): string;
  /** True when x beats the target by at least `margin` (the "Vượt" status). */
  exceededBy(x: number, t: Target, margin: number): boolean;
  /** A figure that meets (met = true) or misses the target, r ∈ [0, 1) choosing where; for samples. */
  sample(t: Target, met: boolean, r: number): number;
}

const open = (): Bounds => ({
  exclusiveLow: -NO_BOUND,
  inclusiveLow: -NO_BOUND,
  exclusiveHigh: NO_BOUND,
  inclusiveHigh: NO_BOUND,
});

const above = (t: Target, met: boolean, r: number) =>
  met ? t.value + 0.5 + r * Math.max(1, t.value * 0.5) : t.value * (0.55 + 0.4 * r);
const below = (t: Target, met: boolean, r: number) =>
  met ? t.value * (0.3 + 0.6 * r) : t.value + 1 + Math.max(1, t.value) * 0.3 * r;

const KINDS = {
  '>': {
    bounds: (t) => ({ ...open(), exclusiveLow: t.value }),
    direction: 1,
    format: (t, n, unit) => `> ${n(t.value)}${unit}`,
    exceededBy: (x, t, margin) => margin > 0 && x >= t.value + margin,
    sample: above,
  },
  '>=': {
    bounds: (t) => ({ ...open(), inclusiveLow: t.value }),
    direction: 1,
    format: (t, n, unit) => `≥ ${n(t.value)}${unit}`,
    exceededBy: (x, t, margin) => margin > 0 && x >= t.value + margin,
    sample: (t, met, r) => (met ? t.value + r * Math.max(1, t.value * 0.5) : above(t, false, r)),
  },
  '=': {
    bounds: (t) => ({ ...open(), inclusiveLow: t.value, inclusiveHigh: t.value }),
    direction: 0,
    format: (t, n, unit) => `= ${n(t.value)}${unit}`,
    exceededBy: () => false,
    sample: (t, met, r) => (met ? t.value : t.value + 1 + r),
  },
  '<=': {
    bounds: (t) => ({ ...open(), inclusiveHigh: t.value }),
    direction: -1,
    format: (t, n, unit) => `≤ ${n(t.value)}${unit}`,
    exceededBy: (x, t, margin) => margin > 0 && x <= t.value - margin,
    sample: (t, met, r) => (met ? t.value * (0.3 + 0.7 * r) : below(t, false, r)),
  },
  '<': {
    bounds: (t) => ({ ...open(), exclusiveHigh: t.value }),
    direction: -1,
    format: (t, n, unit) => `< ${n(t.value)}${unit}`,
    exceededBy: (x, t, margin) => margin > 0 && x <= t.value - margin,
    sample: below,
  },
  between: {
    bounds: (t) => ({ ...open(), inclusiveLow: t.value, inclusiveHigh: t.max ?? t.value }),
    direction: 0,
    format: (t, n, unit) => `${n(t.value)}–${n(t.max ?? t.value)}${unit}`,
    exceededBy: () => false,
    sample: (t, met, r) => {
      const high = t.max ?? t.value;
      return met ? t.value + (high - t.value) * r : high + 1 + r * 5;
    },
  },
  exists: {
    bounds: () => null,
    direction: 1,
    format: (t) => (t.unit && t.unit !== '%' ? `Có ${t.unit}` : 'Có'),
    exceededBy: () => false,
    sample: (_t, met) => (met ? 1 : 0),
  },
} satisfies Record<TargetOp, TargetKind>;

/** Every kind, by operator; `satisfies` above makes a missing kind a compile error. */
export const TARGET_KINDS: Readonly<Record<TargetOp, TargetKind>> = KINDS;

export function kindOf(target: Target): TargetKind {
  return TARGET_KINDS[target.op];
}

/**
 * Whether x meets the target's bounds, with a relative tolerance so that binary noise does not
 * decide: 0.997 * 100 is 99.69999999999999 and still meets "≥ 99.7", and does not pass "> 99.7".
 */
export function withinBounds(x: number, b: Bounds): boolean {
  const same = (a: number, c: number) => Math.abs(a - c) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(c));
  return (
    x > b.exclusiveLow &&
    !same(x, b.exclusiveLow) &&
    (x > b.inclusiveLow || same(x, b.inclusiveLow)) &&
    x < b.exclusiveHigh &&
    !same(x, b.exclusiveHigh) &&
    (x < b.inclusiveHigh || same(x, b.inclusiveHigh))
  );
}

/**
 * What kind of input cell a target needs: 'yesno' (a yes/no target), 'percent' (unit %),
 * 'count' (a counted noun), 'number' (no unit).
 */
export function inputKindOf(target: Target): InputKind {
  if (kindOf(target).bounds(target) === null) return 'yesno';
  if (target.unit === '%') return 'percent';
  return target.unit === null ? 'number' : 'count';
}
