/**
 * `npm run bench -- --costs live.json`: the live check's measured costs take the place of the
 * assumed ones for exactly the keys measured, with their spread as low/high; other keys keep the
 * assumed cost, and a file that is not a live-check result is refused with a plain message.
 * The JSON here is the live check's own output on the engine, with its timings set by hand.
 */
import { costOfKey, METHOD_COST } from '../../bench/cost-model';
import { applyLiveCosts, parseLiveCosts } from '../../bench/live-costs';
import { createPlatform } from '../../src/local/engine';
import { runLiveCheck } from '../../src/live-check/run';
import { seedGrid } from '../support/book';

/** A finished live check on the engine, its costs replaced by figures a real run could give. */
function liveJson(): string {
  const local = createPlatform(undefined, { owner: 'kt@gmail.com', user: 'kt@gmail.com' });
  let run = runLiveCheck(local.platform, { seed: seedGrid('003b-phan-cong-2023.tsv') });
  for (let i = 0; i < 5 && !run.done; i++) run = runLiveCheck(local.platform, { seed: [] });
  const result = run.result!;
  result.costs['Range.setValues'] = { n: 5, totalMs: 200, meanMs: 40, medianMs: 38, minMs: 31, maxMs: 55 };
  result.costs['Sheet.protect'] = { n: 3, totalMs: 900, meanMs: 300, medianMs: 280, minMs: 250, maxMs: 370 };
  return JSON.stringify(result);
}

describe('measured costs in the benchmark', () => {
  const rules = METHOD_COST.length;
  afterEach(() => METHOD_COST.splice(0, METHOD_COST.length - rules));

  it('replaces the assumed cost of each measured key, and only of those', () => {
    const assumedGetValues = costOfKey('Range.getValues').cost;
    const assumedSetFormulas = costOfKey('Range.setFormulas').cost;
    const live = parseLiveCosts(liveJson(), 'live.json');
    delete live.costs['Range.getValues'];
    const keys = applyLiveCosts(live);
    expect(keys).toContain('Range.setValues');
    expect(costOfKey('Range.setValues').cost).toMatchObject({ low: 31, mid: 38, high: 55, basis: 'measured' });
    expect(costOfKey('Sheet.protect').cost).toMatchObject({ low: 250, mid: 280, high: 370 });
    expect(costOfKey('Sheet.protect').cost.source).toMatch(/^live check .* \(vi_VN\), live\.json: 3 calls/);
    expect(costOfKey('Range.getValues').cost).toEqual(assumedGetValues);
    expect(costOfKey('Range.setFormulas').cost).toEqual(assumedSetFormulas);
  });

  it('refuses a file that is not a live-check result', () => {
    expect(() => parseLiveCosts('{"costs":{}}', 'x.json')).toThrow(/x\.json: not a live-check result/);
    expect(() => parseLiveCosts('nope', 'x.json')).toThrow(/x\.json: not JSON/);
  });
});
