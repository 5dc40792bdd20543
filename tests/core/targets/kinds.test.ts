/**
 * The target-kind table: every kind agrees with itself. A figure it samples as met is met by
 * evaluateTarget and lies inside the sheet bounds; a figure sampled as missed is not.
 */
import { boundsOf, toSheetNumber } from '../../../src/core/layout/bounds';
import { evaluateTarget, formatTarget, inputKindOf, TARGET_KINDS } from '../../../src/core/targets';
import { withinBounds } from '../../../src/core/targets/kinds';
import type { Target, TargetOp } from '../../../src/core/types';

const targetsOf = (op: TargetOp): Target[] =>
  op === 'exists'
    ? [{ op, value: 1, unit: 'hệ thống' }]
    : [
        { op, value: 80, unit: '%', ...(op === 'between' ? { max: 90 } : {}) },
        { op, value: 3, unit: 'mô hình', ...(op === 'between' ? { max: 7 } : {}) },
        { op, value: 2.5, unit: null, ...(op === 'between' ? { max: 4 } : {}) },
      ];

const ops = Object.keys(TARGET_KINDS) as TargetOp[];

describe.each(ops)('kind %s', (op) => {
  it.each(targetsOf(op).map((t) => [formatTarget(t), t] as const))(
    '%s: samples, bounds and evaluation agree',
    (_, t) => {
      for (let i = 0; i < 20; i++) {
        const r = i / 20;
        for (const met of [true, false]) {
          const x = TARGET_KINDS[op].sample(t, met, r);
          expect([x, evaluateTarget(t, inputKindOf(t) === 'yesno' ? (x > 0 ? 'Có' : 'Chưa có') : x)]).toEqual([
            x,
            met ? 'met' : 'unmet',
          ]);
          const bounds = boundsOf(t);
          if (bounds) expect(withinBounds(toSheetNumber(x, t), bounds)).toBe(met);
        }
      }
    },
  );
});

it('shows each kind in Vietnamese', () => {
  expect(formatTarget({ op: '>', value: 95, unit: '%' })).toBe('> 95%');
  expect(formatTarget({ op: '>=', value: 1, unit: 'nhân sự' })).toBe('≥ 1 nhân sự');
  expect(formatTarget({ op: 'between', value: 20, max: 30, unit: '%' })).toBe('20–30%');
  expect(formatTarget({ op: '<=', value: 2, unit: 'km' })).toBe('≤ 2 km');
  expect(formatTarget({ op: '>=', value: 99.7, unit: '%' })).toBe('≥ 99,7%');
  expect(formatTarget({ op: 'exists', value: 1, unit: 'hệ thống' })).toBe('Có hệ thống');
});

it('beats a target by the margin only in its better direction', () => {
  const up: Target = { op: '>=', value: 80, unit: '%' };
  const down: Target = { op: '<=', value: 10, unit: '%' };
  expect(TARGET_KINDS['>='].exceededBy(85, up, 5)).toBe(true);
  expect(TARGET_KINDS['>='].exceededBy(84, up, 5)).toBe(false);
  expect(TARGET_KINDS['<='].exceededBy(5, down, 5)).toBe(true);
  expect(TARGET_KINDS['<='].exceededBy(6, down, 5)).toBe(false);
  expect(TARGET_KINDS.between.exceededBy(100, { op: 'between', value: 1, max: 2, unit: null }, 1)).toBe(false);
});
