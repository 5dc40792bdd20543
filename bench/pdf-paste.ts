/**
 * Rebuilding speed of tables copied out of a PDF (src/core/table/paste): the three seed
 * documents as extracted (seeds/text), each rebuilt several times; prints lines, rows and ms.
 * Run: npx tsx bench/pdf-paste.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rebuildPaste } from '../src/core/table/paste/rebuild';

const files = ['000_fa53efd050dc5634.txt', '001_94f9bb92be0f190c.txt', '002_ffceb2b3c7864b90.txt'];
for (const file of files) {
  const lines = readFileSync(join(__dirname, '../seeds/text', file), 'utf8').split('\n');
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    rows = rebuildPaste(lines)?.rows ?? 0;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ file, lines: lines.length, rows, medianMs: Math.round(times[1]) }));
}
