/** Reading, checking and showing targets ("mục tiêu"). */
export { parseTargets } from './parse';
export type { ParseOptions } from './parse';
export { evaluateTarget, inputKindOf } from './evaluate';
export type { Evaluation } from './evaluate';
export { formatTarget } from './format';
