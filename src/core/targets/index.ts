/** Reading, checking and showing targets ("mục tiêu"). */

export type { Evaluation } from './evaluate';
export { evaluateTarget } from './evaluate';
export { formatTarget } from './format';
export { inputKindOf, kindOf, TARGET_KINDS, type TargetKind } from './kinds';
export type { ParseOptions } from './parse';
export { parseTargets } from './parse';
