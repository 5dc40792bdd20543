// Fails when a source line is longer than 120 characters (the formatter leaves long strings and
// comments alone). Counts characters, not bytes: Vietnamese text is mostly multi-byte in UTF-8.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mjs|js|html)$/.test(f) && !f.startsWith('node_modules/'));
/** @type {string[]} */
const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    const length = [...line].length;
    if (length > MAX) long.push(`${file}:${i + 1}: ${length} characters`);
  });
}
if (long.length > 0) {
  console.error(`Lines over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`check-line-length: ${files.length} files, no line over ${MAX} characters`);
