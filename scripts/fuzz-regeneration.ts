/**
 * `npm run fuzz -- [--sequences N] [--steps N] [--seed N]`: random sequences of typing, table
 * edits, Cài đặt changes, tab renames and swaps, closing and reopening, and regenerations killed
 * at random calls (tests/fuzz/world.ts), with the figures of lost, misplaced and stranded values
 * and permission breaches. Exits with 1 when any promise was broken.
 */
import { fuzz } from '../tests/fuzz/world';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const sequences = option('sequences', 1000);
const steps = option('steps', 14);
const seed = option('seed', Date.now() % 1_000_000);
const started = Date.now();
const figures = fuzz(seed, sequences, steps);
const { failures, ...counts } = figures;
console.log(
  JSON.stringify(
    { seed, stepsPerSequence: steps, ...counts, seconds: Math.round((Date.now() - started) / 1000) },
    null,
    2,
  ),
);
for (const failure of failures) console.log(`\n${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
