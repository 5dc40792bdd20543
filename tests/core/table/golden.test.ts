/**
 * Golden tests: every seed table read by the reader against a careful human reading of the
 * source document (tests/golden/*.json, written without running the reader).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelimited } from '../../../src/core/table/delimited';
import { readAssignmentTable } from '../../../src/core/table/read';
import type { Target } from '../../../src/core/types';
import type { SeedGolden } from '../../support/seed-golden';

type Golden = SeedGolden;

const root = join(__dirname, '../../..');
const goldens = readdirSync(join(root, 'tests/golden'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'tests/golden', f), 'utf8')) as Golden);

const comparable = (t: Target) => ({
  op: t.op,
  value: t.value,
  ...(t.max !== undefined ? { max: t.max } : {}),
  unit: t.unit,
});

describe.each(goldens.map((g) => [g.file, g] as const))('%s', (_file, golden) => {
  const grid = parseDelimited(readFileSync(join(root, golden.file), 'utf8'));
  const read = readAssignmentTable(grid);

  it('reads every indicator, none lost or invented', () => {
    expect(read.indicators.map((i) => i.code)).toEqual(golden.indicators.map((i) => i.code));
  });

  it('counts indicators per section', () => {
    const counts = new Map<string, number>();
    for (const i of read.indicators) counts.set(i.section, (counts.get(i.section) ?? 0) + 1);
    for (const s of golden.sections ?? []) expect([s.title, counts.get(s.title)]).toEqual([s.title, s.count]);
  });

  it.each(golden.indicators.map((g, i) => [i, g.code || '(no code)', g] as const))(
    'indicator #%d (%s)',
    (index, _code, expected) => {
      const actual = read.indicators[index];
      expect(actual).toBeDefined();
      expect(actual.section).toBe(expected.section);
      expect(actual.text).toBe(expected.text);
      expect(actual.targets.map(comparable)).toEqual(expected.targets.map(comparable));
      if (expected.targets.length > 1) {
        const labels = actual.targets.map((t) => t.label ?? '');
        expect(labels.every((l) => l.length > 0)).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
      }
      expect(actual.lead).toEqual(expected.lead);
      expect(actual.cooperating).toEqual(expected.cooperating);
      expect(actual.monitor).toEqual(expected.monitor);
      expect(actual.tier).toBe(expected.tier);
      if (expected.unit !== null) expect(actual.unit).toBe(expected.unit);
    },
  );

  it('gives unique ids', () => {
    const ids = read.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('warns about exactly the suspicious targets', () => {
    const targetWarnings = read.warnings.filter((w) => w.code.startsWith('target-'));
    const got = targetWarnings.map((w) => ({ row: w.row, kind: w.code }));
    const expected = (golden.expectedWarnings ?? []).map((w) => {
      const indicator = read.indicators.find((i) => i.code === w.code);
      return { row: indicator?.row, kind: w.kind };
    });
    expect(got).toEqual(expected);
  });
});

describe('seed 002 tiers', () => {
  it('reads 33 mandatory and 21 extended criteria', () => {
    const read = readAssignmentTable(parseDelimited(readFileSync(join(root, 'seeds/002-tieu-chi-xa.tsv'), 'utf8')));
    expect(read.indicators.filter((i) => i.tier === 'mandatory')).toHaveLength(33);
    expect(read.indicators.filter((i) => i.tier === 'extended')).toHaveLength(21);
  });
});
