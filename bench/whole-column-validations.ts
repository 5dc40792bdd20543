/**
 * Loading a file with six whole-column data validations (made by openpyxl, sqref A1:A1048576 …):
 * the time and peak memory of loadWorkbook in a fresh process. Unpatched ExcelJS 4.4.0 expanded
 * each range into a million per-cell entries (exceljs #1842): 28 s and 2.9 GB. Needs Debian's
 * python3-openpyxl (scripts/ensure-libreoffice.mjs installs it).
 * Run: npm run bench:validations
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadWorkbook } from '../src/local/xlsx';

const ROOT = join(__dirname, '..');
const file = join(ROOT, 'out', 'six-whole-column-validations.xlsx');

async function measure(): Promise<void> {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const wb = await loadWorkbook(file);
  const ms = performance.now() - started;
  const sheet = wb.sheets[0];
  let validated = 0;
  for (const cells of sheet.rows.values()) for (const cell of cells.values()) if (cell.validation) validated++;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      file,
      loadMs: Math.round(ms),
      peakRssMb: Math.round(rssMb),
      rssBeforeMb: Math.round(before / 2 ** 20),
      validatedCells: validated,
      grid: `${sheet.maxRows}×${sheet.maxColumns}`,
    }),
  );
}

if (process.argv[2] === '--measure') {
  measure();
} else {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const script = readFileSync(join(ROOT, 'tests/support/openpyxl-whole-columns.py'), 'utf8');
  execFileSync('/usr/bin/python3', ['-c', script, file]);
  // A fresh process, so the peak memory is the load's own.
  process.stdout.write(
    execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), __filename, '--measure'], {
      encoding: 'utf8',
    }),
  );
}
