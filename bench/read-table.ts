/**
 * Reading speed of the assignment-table reader: a 10,000-row table made from the seed rows
 * (targets, agencies, section rows, continuation rows), read several times; prints ms per read.
 * Run: npx tsx bench/read-table.ts [rows]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDelimited } from '../src/core/table/delimited';
import { readAssignmentTable } from '../src/core/table/read';

const wanted = Number(process.argv[2] ?? 10_000);
const seed = parseDelimited(readFileSync(join(__dirname, '../seeds/004-chi-tieu-2024.tsv'), 'utf8'));
const headerAt = seed.findIndex((r) => r[0] === 'TT');
const body = seed.slice(headerAt + 1);
const grid = [seed[headerAt]];
// Every indicator text made unique, so no cache can flatter the figure.
while (grid.length <= wanted)
  grid.push(
    ...body.map((r) => (r[1] && /^\d+$/.test(r[0]) ? [r[0], `${r[1]} (bản ${grid.length})`, ...r.slice(2)] : r)),
  );
grid.length = wanted + 1;

const coldStart = performance.now();
readAssignmentTable(grid);
const coldMs = Math.round(performance.now() - coldStart);
const runs = 5;
const times: number[] = [];
let indicators = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  indicators = readAssignmentTable(grid).indicators.length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    rows: wanted,
    indicators,
    coldMs,
    medianMs: Math.round(times[Math.floor(runs / 2)]),
    bestMs: Math.round(times[0]),
  }),
);
