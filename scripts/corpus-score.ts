/**
 * Scores the table reader on the corpus (tests/golden/corpus): per table, indicators exact / total
 * (code, targets, lead, cooperating, monitor, tier), whether the count is right, target phrases,
 * agency cells, table cells of targets and deadlines exact; then totals per set.
 * Run: npm run corpus:score [-- --split development|held-out] [-- --json]
 */
import { loadCorpusGoldens, type Ratio, readCorpusTable, scoreTable, type TableScore } from '../tests/support/corpus';

const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const goldens = loadCorpusGoldens().filter((g) => !splitArg || g.split === splitArg);
const scores = goldens.map((g) => scoreTable(g, readCorpusTable(g)));

if (args.includes('--json')) {
  console.log(JSON.stringify(scores, null, 2));
} else {
  const pct = (r: Ratio) => (r.total === 0 ? '   –  ' : `${((100 * r.exact) / r.total).toFixed(1).padStart(5)}%`);
  const frac = (r: Ratio) => `${r.exact}/${r.total}`.padStart(7);
  const line = (s: Pick<TableScore, 'indicators' | 'phrases' | 'agencyCells' | 'targetCells' | 'deadlines'>) =>
    `${frac(s.indicators)} ${pct(s.indicators)}  ${pct(s.phrases)} ${frac(s.phrases)}  ${pct(s.agencyCells)} ` +
    `${frac(s.agencyCells)}  ${pct(s.targetCells)} ${frac(s.targetCells)}  ${pct(s.deadlines)} ${frac(s.deadlines)}`;
  console.log(
    `${'table'.padEnd(46)} set   count    indicators exact   target phrases   agency cells     target cells` +
      `     deadlines`,
  );
  for (const s of scores) {
    const count = s.countRight ? '  ok ' : `${String(s.readCount).padStart(4)}≠`;
    console.log(`${s.name.slice(0, 45).padEnd(46)} ${s.split === 'held-out' ? 'held' : 'dev '} ${count} ${line(s)}`);
  }
  for (const split of ['development', 'held-out'] as const) {
    const of = scores.filter((s) => s.split === split);
    if (of.length === 0) continue;
    const sum = (k: 'indicators' | 'phrases' | 'agencyCells' | 'targetCells' | 'deadlines'): Ratio => ({
      exact: of.reduce((a, s) => a + s[k].exact, 0),
      total: of.reduce((a, s) => a + s[k].total, 0),
    });
    const right = of.filter((s) => s.countRight).length;
    const total = {
      indicators: sum('indicators'),
      phrases: sum('phrases'),
      agencyCells: sum('agencyCells'),
      targetCells: sum('targetCells'),
      deadlines: sum('deadlines'),
    };
    const ninety = of.filter(
      (s) => s.countRight && (s.indicators.total === 0 || s.indicators.exact >= 0.9 * s.indicators.total),
    );
    console.log(
      `${`TOTAL ${split}`.padEnd(46)}      ${`${right}/${of.length}`.padStart(5)} ${line(total)}   ` +
        `(${ninety.length}/${of.length} tables ≥ 90% with the right count)`,
    );
  }
}
