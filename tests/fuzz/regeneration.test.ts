/**
 * The promises of the README under random sequences of what people do, with regenerations
 * killed at random calls (tests/fuzz/world.ts). A bounded slice runs here; `npm run fuzz` runs
 * as many as asked and prints the figures. A failure names its seed: `npm run fuzz -- --seed N
 * --sequences 1` replays it.
 */
import { fuzz } from './world';

const SEQUENCES = 120;
const STEPS = 12;
/**
 * Sequences `npm run fuzz` once failed on, replayed here with the steps they failed with:
 * 1276 (1,000 × 14 from seed 777): tabs swapped by name, a run stopped after locking one, the
 * names put back; the tab was locked yet recorded as unchanged.
 */
const FOUND = [{ seed: 1276, steps: 14 }];

describe('random sequences of a year of work, with failures injected', () => {
  const figures = fuzz(20_261_201, SEQUENCES, STEPS);

  it('really exercises the workbook: values typed, tables edited, runs killed midway', () => {
    expect(figures.sequences).toBe(SEQUENCES);
    expect(figures.typed).toBeGreaterThan(SEQUENCES);
    expect(figures.killed).toBeGreaterThan(SEQUENCES / 4);
  });

  it('loses no value, shows none under the wrong line, strands none, and opens nothing to the wrong people', () => {
    expect(figures.failures).toEqual([]);
    expect({
      lost: figures.lost,
      misplaced: figures.misplaced,
      stranded: figures.stranded,
      breaches: figures.breaches,
      lockedOut: figures.lockedOut,
    }).toEqual({ lost: 0, misplaced: 0, stranded: 0, breaches: 0, lockedOut: 0 });
  });

  it.each(FOUND)('replays sequence $seed, which once failed, without a failure', ({ seed, steps }) => {
    expect(fuzz(seed, 1, steps).failures).toEqual([]);
  });
});
