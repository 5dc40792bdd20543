/**
 * The benchmark's inputs and arithmetic (no timing): the synthetic tables read as intended
 * (every unit gets the number of lines the scenario says, no two units merge as one agency),
 * a changed target really differs, and the cost model adds up: queued writes, the flush a read
 * forces, the same time for the same calls, and the live check's figures in place of published ones.
 */
import {
  AppsScriptClock,
  describeModel,
  FLUSH,
  isLocalCall,
  METHOD_COST,
  PUBLISHED_MODEL,
  simulate,
  withLiveCosts,
} from '../../bench/cost-model';
import { liveCostProblems } from '../../bench/live-costs';
import { changedTarget, pickChanges, syntheticBook, unitNames, unitsHolding } from '../../bench/synthetic';
import { agencyKey, isTypoOf } from '../../src/core/agencies/identity';
import { readAssignmentTable } from '../../src/core/table/read';
import { readAgencyRows } from '../../src/core/workbook/agencies-sheet';
import { planTabs } from '../../src/core/workbook/plan';
import { defaultSettings } from '../../src/core/workbook/settings';
import { syncAgencyRows } from '../../src/core/workbook/sync-agencies';

describe('synthetic tables', () => {
  it('makes 150 unit names, none a typo of another', () => {
    const names = unitNames(150);
    expect(new Set(names).size).toBe(150);
    const keys = names.map(agencyKey);
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) expect(isTypoOf(keys[i], keys[j])).toBe(false);
  });

  it('criteria layout: every unit of the Agencies sheet reports every criterion', () => {
    const book = syntheticBook({ layout: 'criteria', units: 12, perUnit: 20 });
    const table = readAssignmentTable(book.table);
    expect(table.warnings).toEqual([]);
    expect(table.indicators).toHaveLength(20);
    expect(
      new Set(table.indicators.map((i) => (i.targets[0]?.op === 'exists' ? 'yesno' : i.targets[0]?.unit))).size,
    ).toBeGreaterThan(1);
    const { rows } = readAgencyRows(book.agencies);
    const synced = syncAgencyRows(rows, table.indicators, defaultSettings());
    const plan = planTabs(table.indicators, synced.rows, defaultSettings());
    expect(plan.tabs).toHaveLength(12);
    for (const tab of plan.tabs) expect(tab.lines).toHaveLength(20);
  });

  it('lead layout: each unit leads perUnit indicators and some cooperate', () => {
    const book = syntheticBook({ layout: 'lead', units: 10, perUnit: 12 });
    const table = readAssignmentTable(book.table);
    expect(table.warnings).toEqual([]);
    expect(table.indicators).toHaveLength(120);
    const synced = syncAgencyRows([], table.indicators, defaultSettings());
    expect(synced.rows).toHaveLength(10);
    const plan = planTabs(table.indicators, synced.rows, defaultSettings());
    expect(plan.tabs).toHaveLength(10);
    for (const tab of plan.tabs) expect(tab.lines).toHaveLength(12);
    expect(plan.tabs.some((t) => t.cooperating.length > 0)).toBe(true);
  });

  it('picks three changes and knows which units hold them', () => {
    const lead = syntheticBook({ layout: 'lead', units: 20, perUnit: 10 });
    const changes = pickChanges(lead);
    expect(changes).toHaveLength(3);
    expect(unitsHolding(lead, changes)).toHaveLength(4);
    const criteria = syntheticBook({ layout: 'criteria', units: 5, perUnit: 10 });
    expect(unitsHolding(criteria, pickChanges(criteria))).toHaveLength(5);
  });

  it('changes a target to a different one of the same kind', () => {
    expect(changedTarget('80%')).toBe('85%');
    expect(changedTarget('100%')).toBe('95%');
    expect(changedTarget('10 lớp')).toBe('11 lớp');
    expect(changedTarget('≥ 3')).toBe('≥ 4');
    expect(changedTarget('Có')).not.toBe('Có');
  });
});

describe('cost model', () => {
  it('prices every rule with a basis and a source', () => {
    for (const row of describeModel()) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.low).toBeLessThanOrEqual(row.mid);
      expect(row.mid).toBeLessThanOrEqual(row.high);
    }
  });

  it('queues writes and makes the next read pay for the cells queued before it', () => {
    const queued = METHOD_COST.find((r) => r.class === 'queued')!.cost.mid;
    const read = simulate([['Range.getValues', 100]]).mid.ms;
    const writesThenRead = simulate([
      ['Range.setValues', 4000],
      ['Range.setBackgrounds', 4000],
      ['Range.getValues', 100],
    ]).mid;
    // Two queued calls, then one flush of their 8,000 cells, then the read itself.
    expect(writesThenRead.ms).toBeCloseTo(2 * queued + FLUSH.base.mid + 8000 * FLUSH.perCell.mid + read);
    expect(writesThenRead.flushes).toBe(1);
    // A read right after another waits for nothing.
    const twoReads = simulate([
      ['Range.getValues', 100],
      ['Range.getValues', 100],
    ]).mid;
    expect(twoReads.ms).toBeCloseTo(2 * read);
    expect(twoReads.flushes).toBe(0);
  });

  it('flushes what is left when the execution ends, and counts only calls that reach the server', () => {
    const r = simulate([
      ['Sheet.getRange', 0],
      ['DataValidationBuilder.build', 0],
      ['Range.setValues', 10],
    ]).mid;
    expect(r.flushes).toBe(1);
    expect(r.serverCalls).toBe(1);
    expect(isLocalCall('DataValidationBuilder.build')).toBe(true);
    expect(isLocalCall('Sheet.getRange')).toBe(true);
    expect(isLocalCall('Range.setValues')).toBe(false);
  });

  it('gives the same time for the same calls, whatever the machine', () => {
    const calls: Array<[string, number]> = [
      ['Spreadsheet.insertSheet', 1500],
      ['Sheet.protect', 0],
      ['Protection.setDescription', 0],
      ['Range.setValues', 2],
      ['Range.protect', 0],
    ];
    expect(simulate(calls)).toEqual(simulate(calls));
    const clock = new AppsScriptClock();
    for (const [k, c] of calls) clock.call(k, c);
    expect(clock.end().ms).toBe(simulate(calls).mid.ms);
  });

  it('takes what the live check measured in place of the published figures, and says so', () => {
    const live = {
      source: 'live check, test spreadsheet',
      measuredAt: '2025-05-20T08:00:00Z',
      methods: {
        'Protection.setDescription': { ms: 7, n: 50 },
        'Range.setValues': { ms: 1, class: 'queued' as const },
      },
      flush: { baseMs: 10 },
    };
    expect(liveCostProblems(live)).toEqual([]);
    const model = withLiveCosts(PUBLISHED_MODEL, live);
    expect(simulate([['Protection.setDescription', 0]], model).mid.ms).toBe(7);
    const rows = describeModel(model);
    expect(rows.find((r) => r.applies.startsWith('Protection.setDescription'))!.basis).toBe('live');
    expect(rows.find((r) => r.applies === 'flush of queued work: base')!.mid).toBe(10);
    // What the live check did not measure keeps its published source.
    expect(rows.find((r) => r.applies === 'flush of queued work: per queued cell')!.basis).toBe('measured');
    expect(liveCostProblems({ source: '', measuredAt: 'yesterday', methods: { bad: { ms: -1 } } })).toHaveLength(4);
  });
});
