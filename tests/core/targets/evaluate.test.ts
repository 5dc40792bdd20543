import { evaluateTarget, formatTarget, inputKindOf, parseTargets } from '../../../src/core/targets';
import type { Evaluation } from '../../../src/core/targets';
import type { InputKind, Target } from '../../../src/core/types';

const pct = (op: Target['op'], value: number, max?: number): Target => ({
  op,
  value,
  unit: '%',
  ...(max !== undefined ? { max } : {}),
});
const HAS_SYSTEM: Target = { op: 'exists', value: 1, unit: 'hệ thống' };
const AT_LEAST_ONE_STAFF: Target = { op: '>=', value: 1, unit: 'nhân sự' };

describe('evaluateTarget: numbers against every comparison, boundaries included or not', () => {
  it.each<[Target, unknown, Evaluation]>([
    [pct('>', 95), 96, 'met'],
    [pct('>', 95), 95, 'unmet'],
    [pct('>', 95), 94.9, 'unmet'],
    [pct('>=', 70), 70, 'met'],
    [pct('>=', 70), 69.99, 'unmet'],
    [pct('>=', 70), 100, 'met'],
    [pct('=', 100), 100, 'met'],
    [pct('=', 100), 99, 'unmet'],
    [pct('<=', 5), 5, 'met'],
    [pct('<=', 5), 5.01, 'unmet'],
    [pct('<', 5), 4.99, 'met'],
    [pct('<', 5), 5, 'unmet'],
    [pct('between', 20, 30), 20, 'met'],
    [pct('between', 20, 30), 30, 'met'],
    [pct('between', 20, 30), 25, 'met'],
    [pct('between', 20, 30), 19.9, 'unmet'],
    [pct('between', 20, 30), 30.1, 'unmet'],
    [pct('>=', 0.5), 0.5, 'met'],
    [pct('>=', 0), 0, 'met'],
    [AT_LEAST_ONE_STAFF, 1, 'met'],
    [AT_LEAST_ONE_STAFF, 0, 'unmet'],
    [AT_LEAST_ONE_STAFF, 3, 'met'],
    [{ op: '>', value: 10, unit: null }, 11, 'met'],
    [{ op: '>', value: 10, unit: null }, -11, 'unmet'],
  ])('%j with %j → %s', (target, value, expected) => {
    expect(evaluateTarget(target, value)).toBe(expected);
  });
});

describe('evaluateTarget: floating point does not decide', () => {
  it('99.7 arriving as 0.997 * 100 meets ">= 99.7"', () => {
    expect(evaluateTarget(pct('>=', 99.7), 0.997 * 100)).toBe('met');
  });
  it('99.7 with binary noise (99.6 + 0.1) meets ">= 99.7" and is not "> 99.7"', () => {
    const value = 99.6 + 0.1;
    expect(value).not.toBe(99.7);
    expect(evaluateTarget(pct('>=', 99.7), value)).toBe('met');
    expect(evaluateTarget(pct('=', 99.7), value)).toBe('met');
    expect(evaluateTarget(pct('<=', 99.7), value)).toBe('met');
    expect(evaluateTarget(pct('>', 99.7), value)).toBe('unmet');
    expect(evaluateTarget(pct('<', 99.7), value)).toBe('unmet');
    expect(evaluateTarget(pct('between', 99.7, 100), value)).toBe('met');
  });
  it('0.1 + 0.2 meets "<= 0.3"', () => {
    expect(evaluateTarget(pct('<=', 0.3), 0.1 + 0.2)).toBe('met');
  });
  it('a value parsed from "99,7%" meets the target parsed from "99,7%"', () => {
    const [target] = parseTargets('99,7%').targets;
    expect(evaluateTarget(target, '99,7%')).toBe('met');
    expect(evaluateTarget(target, '99,69')).toBe('unmet');
  });
});

describe('evaluateTarget: figures typed as text', () => {
  it.each<[Target, unknown, Evaluation]>([
    [pct('>=', 85), '85', 'met'],
    [pct('>=', 85), '85,5', 'met'],
    [pct('>=', 85), '84,9', 'unmet'],
    [pct('>=', 85), '85.5', 'met'],
    [pct('>=', 85), '85%', 'met'],
    [pct('>=', 85), ' 85 % ', 'met'],
    [pct('>=', 85), '84,9%', 'unmet'],
    [pct('>', 0.4), ',5', 'met'],
    [AT_LEAST_ONE_STAFF, '2', 'met'],
    [AT_LEAST_ONE_STAFF, '0', 'unmet'],
    [{ op: '>=', value: 1000, unit: 'người' }, '1.000', 'met'],
    [{ op: '>=', value: 2.5, unit: 'tỷ đồng' }, '2,5', 'met'],
  ])('%j with %j → %s', (target, value, expected) => {
    expect(evaluateTarget(target, value)).toBe(expected);
  });
});

describe('evaluateTarget: percent values are percents, fractions are not converted', () => {
  it("0.85 is 0.85%, not 85% (scaling a sheet fraction is the caller's job)", () => {
    expect(evaluateTarget(pct('>=', 85), 0.85)).toBe('unmet');
    expect(evaluateTarget(pct('>=', 85), 0.85 * 100)).toBe('met');
  });
});

describe('evaluateTarget: yes/no targets', () => {
  it.each<[unknown, Evaluation]>([
    [true, 'met'],
    ['Có', 'met'],
    ['có', 'met'],
    ['CÓ', 'met'],
    ['co', 'met'],
    [' Có ', 'met'],
    ['Đã có', 'met'],
    ['có'.normalize('NFD'), 'met'],
    [1, 'met'],
    [3, 'met'],
    ['2', 'met'],
    [false, 'unmet'],
    ['Chưa có', 'unmet'],
    ['chưa có', 'unmet'],
    ['Không', 'unmet'],
    ['không có', 'unmet'],
    ['Chưa', 'unmet'],
    [0, 'unmet'],
    ['0', 'unmet'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['có lẽ', 'invalid'],
    [-1, 'invalid'],
    [Number.NaN, 'invalid'],
    [{}, 'invalid'],
  ])('%j → %s', (value, expected) => {
    expect(evaluateTarget(HAS_SYSTEM, value)).toBe(expected);
  });
});

describe('evaluateTarget: empty and invalid input for number targets', () => {
  it.each<[Target, unknown, Evaluation]>([
    [pct('>=', 70), null, 'empty'],
    [pct('>=', 70), undefined, 'empty'],
    [pct('>=', 70), '', 'empty'],
    [pct('>=', 70), ' \n ', 'empty'],
    [pct('>=', 70), 'abc', 'invalid'],
    [pct('>=', 70), 'Có', 'invalid'],
    [pct('>=', 70), true, 'invalid'],
    [pct('>=', 70), Number.NaN, 'invalid'],
    [pct('>=', 70), Number.POSITIVE_INFINITY, 'invalid'],
    [pct('>=', 70), '70 người', 'invalid'],
    [pct('>=', 70), '70,5,3', 'invalid'],
    [pct('>=', 70), [70], 'invalid'],
    [AT_LEAST_ONE_STAFF, '1%', 'invalid'],
    [AT_LEAST_ONE_STAFF, 'một', 'invalid'],
  ])('%j with %j → %s', (target, value, expected) => {
    expect(evaluateTarget(target, value)).toBe(expected);
  });
});

describe('inputKindOf', () => {
  it.each<[Target, InputKind]>([
    [pct('>', 95), 'percent'],
    [pct('between', 20, 30), 'percent'],
    [HAS_SYSTEM, 'yesno'],
    [{ op: 'exists', value: 1, unit: null }, 'yesno'],
    [AT_LEAST_ONE_STAFF, 'count'],
    [{ op: '>=', value: 3, unit: 'mô hình' }, 'count'],
    [{ op: '>', value: 10, unit: null }, 'number'],
  ])('%j → %s', (target, kind) => {
    expect(inputKindOf(target)).toBe(kind);
  });
});

describe('formatTarget', () => {
  it.each<[Target, string]>([
    [pct('>', 95), '> 95%'],
    [pct('>=', 70), '≥ 70%'],
    [pct('>=', 99.7), '≥ 99,7%'],
    [pct('<=', 5), '≤ 5%'],
    [pct('<', 5), '< 5%'],
    [pct('=', 100), '= 100%'],
    [pct('between', 20, 30), '20–30%'],
    [pct('>=', 0.1 + 0.2), '≥ 0,3%'],
    [AT_LEAST_ONE_STAFF, '≥ 1 nhân sự'],
    [{ op: 'between', value: 3, max: 5, unit: 'mô hình' }, '3–5 mô hình'],
    [{ op: '>', value: 10, unit: null }, '> 10'],
    [HAS_SYSTEM, 'Có hệ thống'],
    [{ op: 'exists', value: 1, unit: null }, 'Có'],
    [{ op: '>=', value: 100, unit: '%', label: 'cấp tỉnh' }, '≥ 100%'],
  ])('%j → %s', (target, text) => {
    expect(formatTarget(target)).toBe(text);
  });
});
