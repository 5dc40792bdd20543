/**
 * The corpus golden readings (tests/golden/corpus/*.json, written by hand) and how the reader is
 * scored against them. Shared by the jest test and `npm run corpus:score`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDelimited } from '../../src/core/table/delimited';
import { readAssignmentTable } from '../../src/core/table/read';
import type { Deadline, Indicator, TableRead, Target } from '../../src/core/types';

export interface GoldenYear {
  year: number;
  estimate?: boolean;
  targets: Target[];
}

export interface GoldenIndicator {
  row: number;
  code: string;
  section: string;
  parent: string;
  kind: 'task' | 'indicator';
  text: string;
  targets: Target[];
  byYear?: GoldenYear[];
  lead: string[];
  cooperating: string[];
  monitor: string[];
  tier: string | null;
  unit: string | null;
  deadline: Deadline | null;
}

export interface CorpusGolden {
  name: string;
  file: string;
  split: 'development' | 'held-out';
  targetCells?: 'byYear' | 'targets';
  year?: number;
  unreadable?: string;
  sections: Array<{ code: string; title: string; count: number; part?: string }>;
  indicators: GoldenIndicator[];
  expectedWarnings: Array<{ row: number | null; kind: string }>;
}

const root = join(__dirname, '../..');
const dir = join(root, 'tests/golden/corpus');

export function loadCorpusGoldens(): CorpusGolden[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function readCorpusTable(golden: CorpusGolden): TableRead {
  const grid = parseDelimited(readFileSync(join(root, golden.file), 'utf8'), '\t');
  return readAssignmentTable(grid, golden.year ? { year: golden.year } : {});
}

/** A target as compared: the label is a help for people, not part of the reading. */
export function comparable(t: Target): Pick<Target, 'op' | 'value' | 'max' | 'unit'> {
  return { op: t.op, value: t.value, ...(t.max !== undefined ? { max: t.max } : {}), unit: t.unit };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const sameTargets = (a: Target[] = [], b: Target[] = []) => same(a.map(comparable), b.map(comparable));

export function comparableYears(years: GoldenYear[] = []): unknown[] {
  return years.map((y) => ({ year: y.year, estimate: y.estimate === true, targets: y.targets.map(comparable) }));
}

export function comparableDeadline(d: Deadline | null | undefined): unknown {
  if (!d) return null;
  const { text, start, end, recurring, month } = d;
  return { text, start: start ?? null, end: end ?? null, recurring: recurring ?? null, month: month ?? null };
}

/** Pairs each golden indicator with the reader's indicator that starts on the same row (in order). */
export function pairByRow(golden: GoldenIndicator[], read: Indicator[]): Array<Indicator | undefined> {
  const byRow = new Map<number, Indicator[]>();
  for (const i of read) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i]);
  return golden.map((g) => byRow.get(g.row)?.shift());
}

/** Whether the reader read this indicator exactly: code, targets (per year), agencies, tier. */
export function indicatorExact(g: GoldenIndicator, r: Indicator | undefined): boolean {
  if (!r) return false;
  return (
    g.code === r.code &&
    sameTargets(g.targets, r.targets) &&
    (!g.byYear || same(comparableYears(g.byYear), comparableYears(r.byYear))) &&
    same(g.lead, r.lead) &&
    same(g.cooperating, r.cooperating) &&
    same(g.monitor, r.monitor) &&
    g.tier === r.tier
  );
}

export interface Ratio {
  exact: number;
  total: number;
}

export interface TableScore {
  name: string;
  split: CorpusGolden['split'];
  indicators: Ratio;
  countRight: boolean;
  readCount: number;
  phrases: Ratio;
  agencyCells: Ratio;
  targetCells: Ratio;
  deadlines: Ratio;
}

const ratio = (): Ratio => ({ exact: 0, total: 0 });
const count = (r: Ratio, ok: boolean) => {
  r.total++;
  if (ok) r.exact++;
};

/** A "real" target phrase: anything but the bare yes/no "done" every task has. */
function realPhrase(g: GoldenIndicator): boolean {
  return g.kind !== 'task' ? g.targets.length > 0 : g.targets.length > 1;
}

export function scoreTable(golden: CorpusGolden, read: TableRead): TableScore {
  const paired = pairByRow(golden.indicators, read.indicators);
  const score: TableScore = {
    name: golden.name,
    split: golden.split,
    indicators: ratio(),
    countRight: read.indicators.length === golden.indicators.length,
    readCount: read.indicators.length,
    phrases: ratio(),
    agencyCells: ratio(),
    targetCells: ratio(),
    deadlines: ratio(),
  };
  golden.indicators.forEach((g, i) => {
    const r = paired[i];
    count(score.indicators, indicatorExact(g, r));
    if (g.byYear) {
      const years = r?.byYear ?? [];
      g.byYear.forEach((y, k) => {
        const ry = years[k];
        const ok = ry !== undefined && ry.year === y.year && sameTargets(y.targets, ry.targets);
        if (y.targets.length > 0) count(score.phrases, ok);
        if (golden.targetCells === 'byYear') count(score.targetCells, ok);
      });
    } else {
      const ok = r !== undefined && sameTargets(g.targets, r.targets);
      if (realPhrase(g)) count(score.phrases, ok);
      if (golden.targetCells === 'targets') count(score.targetCells, ok);
    }
    for (const role of ['lead', 'cooperating', 'monitor'] as const) {
      if (g[role].length > 0) count(score.agencyCells, r !== undefined && same(g[role], r[role]));
    }
    if (g.deadline) {
      count(score.deadlines, r !== undefined && same(comparableDeadline(g.deadline), comparableDeadline(r.deadline)));
    }
  });
  return score;
}
