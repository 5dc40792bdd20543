/**
 * The benchmark's inputs and arithmetic (no timing): the synthetic tables read as intended
 * (every unit gets the number of lines the scenario says, no two units merge as one agency),
 * a changed target really differs, and the cost model adds up.
 */
import { costOfKey, describeModel, estimate, isLocalCall } from '../../bench/cost-model';
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

  it('adds calls by their cost and scales script CPU', () => {
    const mid = (k: string) => costOfKey(k).cost.mid;
    const e = estimate({ 'Range.setValues': 2, 'Range.getValues': 1, 'DataValidationBuilder.build': 10 }, 100);
    expect(e.midMs).toBeCloseTo(
      2 * mid('Range.setValues') + mid('Range.getValues') + 10 * mid('DataValidationBuilder.build') + 200,
    );
    expect(e.serverCalls).toBe(3);
    expect(isLocalCall('DataValidationBuilder.build')).toBe(true);
    expect(isLocalCall('Range.setValues')).toBe(false);
  });
});
