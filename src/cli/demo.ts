/**
 * `npm run demo`: builds a complete demo workbook from seed 004 (a district plan with sections,
 * several agencies and percent targets) through the command line's own steps — init, generate,
 * import-results, report — with sample figures for Quý I and Quý II: most agencies report, with
 * a mix of met and unmet values, evidence and explanations; a few do not report at all.
 * Writes out/so-chi-tieu-demo.xlsx and the sample results file beside it (ket-qua-mau.csv).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { M } from '../core/messages';
import type { Report } from '../core/report/report';
import { withWorkbookFile } from '../local/workbook-file';
import { collectResults } from '../sheets/collect';
import type { CliIo } from './io';
import { main } from './main';
import { SAMPLE_PERIODS as PERIODS, sampleRows, toCsv } from './sample-results';

const ROOT = resolve(__dirname, '../..');
const SEED = join(ROOT, 'seeds', '004-chi-tieu-2024.tsv');
const BOOK_NAME = 'so-chi-tieu-demo.xlsx';
const SAMPLE_NAME = 'ket-qua-mau.csv';
const YEAR = '2024';
/** Runs one command of the CLI, keeping what it prints; stops the demo when it fails. */
async function run(title: string, argv: string[]): Promise<string[]> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { readStdin: async () => '', out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await main(argv, io);
  if (code !== 0) {
    console.error([M.demoFailed(title), ...out, ...err].join('\n'));
    process.exit(code);
  }
  return out;
}

/** Runs a command and shows the first line it printed. */
async function step(title: string, argv: string[]): Promise<void> {
  const out = await run(title, argv);
  console.log(M.demoStep(`${title}: ${(out[0] ?? '').split('\n')[0]}`));
}

/** A path as the person running the demo would type it: relative when under the current folder. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Builds the demo in `dir` (out/ by default; `npm run demo -- DIR` to write elsewhere). */
async function demo(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const book = shortPath(join(dir, BOOK_NAME));
  const sample = shortPath(join(dir, SAMPLE_NAME));
  await step('init', ['init', SEED, '--out', book, '--year', YEAR, '--force']);
  await step('generate', ['generate', book]);

  const units = await withWorkbookFile(book, (local) => collectResults(local.platform).units, { save: false });
  const rows = sampleRows(units);
  writeFileSync(sample, toCsv(rows));
  console.log(M.demoStep(M.demoSampleWritten(sample, rows.length - 1)));
  await step('import-results', ['import-results', book, sample]);

  const reports: Report[] = [];
  for (const period of PERIODS) {
    const title = `report --period "${period.name}" --write-summary`;
    const report: Report = JSON.parse(
      (await run(title, ['report', book, '--period', period.name, '--json', '--write-summary'])).join('\n'),
    );
    console.log(M.demoStep(`${title}: ${M.reportTotals(report.totals)}`));
    reports.push(report);
  }

  const sheets = await withWorkbookFile(
    book,
    (local) =>
      local.platform.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .filter((s) => !s.isSheetHidden())
        .map((s) => s.getName()),
    { save: false },
  );
  const first = reports[0];
  const silent = first.agencies.filter((a) =>
    reports.every((r) => r.agencies.find((x) => x.sheet === a.sheet)!.reported === 0),
  );
  console.log('');
  console.log(M.demoDone(book));
  console.log(M.demoSheets(sheets));
  console.log(
    M.demoAgencies(
      first.agencies.length,
      first.agencies.length - silent.length,
      silent.map((a) => a.sheet),
    ),
  );
  console.log(
    M.demoLines(
      first.totals.indicators,
      first.agencies.reduce((n, a) => n + a.assigned, 0),
    ),
  );
  for (const report of reports) {
    const sum = (pick: (a: Report['agencies'][number]) => number) => report.agencies.reduce((n, a) => n + pick(a), 0);
    console.log(
      M.demoPeriod(
        report.period,
        sum((a) => a.reported),
        sum((a) => a.met),
        sum((a) => a.unmet),
        sum((a) => a.assigned - a.reported),
      ),
    );
  }
  console.log(M.demoOpen());
}

demo(resolve(process.argv[2] ?? join(ROOT, 'out'))).catch((error) => {
  console.error(M.unexpectedError(error instanceof Error ? error.message : String(error)));
  process.exit(2);
});
