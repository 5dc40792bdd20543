/**
 * `npm run bench -- --costs live.json`: the live check's own result gives the cost model each
 * measured call's own time (its time with a flush after it, less an empty flush), with its spread
 * as low/high, and the empty flush as the flush's base; other keys keep the published cost, and a
 * file that is not a live-check result is refused with a plain message. The JSON here is the
 * live check's own output on the engine, with its timings set by hand.
 */
import { PUBLISHED_MODEL, ruleFor, withLiveCosts } from '../../bench/cost-model';
import { parseLiveCosts } from '../../bench/live-costs';
import { createPlatform } from '../../src/local/engine';
import { runLiveCheck } from '../../src/live-check/run';
import { seedGrid } from '../support/book';

/** A finished live check on the engine, its costs replaced by figures a real run could give. */
function liveJson(): string {
  const local = createPlatform(undefined, { owner: 'kt@gmail.com', user: 'kt@gmail.com' });
  let run = runLiveCheck(local.platform, { seed: seedGrid('003b-phan-cong-2023.tsv') });
  for (let i = 0; i < 5 && !run.done; i++) run = runLiveCheck(local.platform, { seed: [] });
  const result = run.result!;
  result.costs['SpreadsheetApp.flush'] = { n: 5, totalMs: 40, meanMs: 8, medianMs: 8, minMs: 6, maxMs: 12 };
  result.costs['Range.setValues'] = { n: 5, totalMs: 200, meanMs: 40, medianMs: 38, minMs: 31, maxMs: 55 };
  result.costs['Sheet.protect'] = { n: 3, totalMs: 900, meanMs: 300, medianMs: 280, minMs: 250, maxMs: 370 };
  return JSON.stringify(result);
}

describe('measured costs in the benchmark', () => {
  it('replaces the published cost of each measured key, and only of those', () => {
    const live = parseLiveCosts(liveJson(), 'live.json');
    delete live.methods!['Range.getValues'];
    const model = withLiveCosts(PUBLISHED_MODEL, live);
    expect(ruleFor('Range.setValues', model).cost).toMatchObject({ low: 23, mid: 30, high: 47, basis: 'live' });
    expect(ruleFor('Sheet.protect', model).cost).toMatchObject({ low: 242, mid: 272, high: 362 });
    expect(ruleFor('Sheet.protect', model).cost.source).toMatch(/^live check .* \(vi_VN\), live\.json .*3 calls/);
    // The class of a call is the model's: what the live check times says nothing of queueing.
    expect(ruleFor('Range.setValues', model).class).toBe(ruleFor('Range.setValues').class);
    expect(model.flush.base).toMatchObject({ mid: 8, basis: 'live' });
    expect(model.flush.perCell).toEqual(PUBLISHED_MODEL.flush.perCell);
    expect(ruleFor('Range.getValues', model)).toBe(ruleFor('Range.getValues'));
    expect(ruleFor('Range.setFormulas', model)).toBe(ruleFor('Range.setFormulas'));
  });

  it('refuses a file that is not a live-check result', () => {
    expect(() => parseLiveCosts('{"costs":{}}', 'x.json')).toThrow(/x\.json: not a live-check result/);
    expect(() => parseLiveCosts('{"format":"other/1"}', 'x.json')).toThrow(/x\.json: not a live-check result/);
    expect(() => parseLiveCosts('nope', 'x.json')).toThrow(/x\.json: not JSON/);
  });
});
