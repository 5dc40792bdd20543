/**
 * Workbooks of every seed, made as a secretariat makes them on the command line: init, generate,
 * then the sample figures of src/cli/sample-results.ts (two periods, met and unmet lines, silent
 * agencies) entered with import-results. Seeds 002 and 003a have no agency columns: the communes
 * of seeds/communes-002.tsv are typed into "Cơ quan" first, as the secretariat would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleRows, toCsv } from '../../src/cli/sample-results';
import { parseDelimited } from '../../src/core/table/delimited';
import { AGENCIES_HEADER } from '../../src/core/workbook/agencies-sheet';
import { withWorkbookFile } from '../../src/local/workbook-file';
import { collectResults } from '../../src/sheets/collect';
import { succeed } from '../cli/run';
import { paste } from './book';

export const SEEDS = [
  '000-phan-cong-2025.tsv',
  '001-phan-cong-2023.tsv',
  '002-tieu-chi-xa.tsv',
  '003a-muc-tieu-2023.tsv',
  '003b-phan-cong-2023.tsv',
  '004-chi-tieu-2024.tsv',
];

const SEED_DIR = join(__dirname, '../../seeds');

function communeRows(): string[][] {
  const grid = parseDelimited(readFileSync(join(SEED_DIR, 'communes-002.tsv'), 'utf8')).slice(1);
  return [AGENCIES_HEADER, ...grid.filter((r) => r[0]).map((r) => ['', `UBND xã ${r[0]}`, '', '', '', '', r[1]])];
}

/** Builds `<dir>/<seed>.xlsx` with sample figures; returns its path. */
export async function seedBookWithFigures(seed: string, dir: string): Promise<string> {
  const book = join(dir, seed.replace(/\.tsv$/, '.xlsx'));
  const year = /(\d{4})/.exec(seed)?.[1] ?? '2025';
  await succeed('init', join(SEED_DIR, seed), '--out', book, '--year', year);
  if (/^(002|003a)-/.test(seed)) {
    await withWorkbookFile(book, (local) => paste(local, 'Cơ quan', communeRows()));
  }
  await succeed('generate', book);
  const units = await withWorkbookFile(book, (local) => collectResults(local.platform).units, { save: false });
  const results = join(dir, seed.replace(/\.tsv$/, '-ket-qua.csv'));
  writeFileSync(results, toCsv(sampleRows(units)));
  await succeed('import-results', book, results);
  return book;
}
