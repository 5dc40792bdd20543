/**
 * Shows where the reader differs from a corpus golden reading, field by field.
 * Run: npx tsx scripts/corpus-diff.ts NN (the table's number)
 */
import {
  comparable,
  comparableDeadline,
  comparableYears,
  loadCorpusGoldens,
  pairByRow,
  readCorpusTable,
} from '../tests/support/corpus';

const wanted = process.argv[2] ?? '';
for (const golden of loadCorpusGoldens().filter((g) => g.name.startsWith(wanted))) {
  const read = readCorpusTable(golden);
  const paired = pairByRow(golden.indicators, read.indicators);
  console.log(`== ${golden.name}: ${read.indicators.length} read, ${golden.indicators.length} in the golden`);
  golden.indicators.forEach((g, i) => {
    const r = paired[i];
    if (!r) {
      console.log(`row ${g.row} [${g.code}] not read`);
      return;
    }
    const fields: Array<[string, unknown, unknown]> = [
      ['code', g.code, r.code],
      ['section', g.section, r.section],
      ['parent', g.parent, r.parent ?? ''],
      ['kind', g.kind, r.kind ?? 'indicator'],
      ['text', g.text, r.text],
      ['targets', g.targets.map(comparable), r.targets.map(comparable)],
      ['byYear', g.byYear ? comparableYears(g.byYear) : null, g.byYear ? comparableYears(r.byYear) : null],
      ['lead', g.lead, r.lead],
      ['cooperating', g.cooperating, r.cooperating],
      ['monitor', g.monitor, r.monitor],
      ['tier', g.tier, r.tier],
      ['deadline', comparableDeadline(g.deadline), comparableDeadline(r.deadline)],
    ];
    for (const [name, a, b] of fields) {
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        console.log(`row ${g.row} [${g.code}] ${name}\n   golden ${JSON.stringify(a)}\n   read   ${JSON.stringify(b)}`);
      }
    }
  });
  const rows = new Set(golden.indicators.map((g) => g.row));
  for (const r of read.indicators)
    if (!rows.has(r.row)) console.log(`extra: row ${r.row} [${r.code}] ${r.text.slice(0, 60)}`);
  const kinds = read.warnings.map((w) => `${w.row ?? '-'}:${w.code}`);
  for (const w of golden.expectedWarnings) {
    if (!kinds.includes(`${w.row ?? '-'}:${w.kind}`)) console.log(`missing warning ${w.row ?? '-'}:${w.kind}`);
  }
}
