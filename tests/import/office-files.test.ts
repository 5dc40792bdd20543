/**
 * Every seed and corpus table as LibreOffice writes it to .docx and to PDF (tests/support/
 * office-material.ts), read back by the document readers: the same grid as the TSV it was made
 * from (cell text after white-space normalisation), and, where a golden reading exists, the same
 * indicators, targets and agencies. The saved-HTML reader gets the HTML LibreOffice was given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlTablesOf, docxTablesOf, pdfTablesOf } from '../../src/local/import/read-document';
import { readAssignmentTable } from '../../src/core/table/read';
import { cleanText } from '../../src/core/text/normalize';
import type { Grid, Indicator, Target } from '../../src/core/types';
import { CORPUS_DIR, type MaterialFile, officeMaterial, tableHtml } from '../support/office-material';
import type { SeedGoldenIndicator } from '../support/seed-golden';
import { existsSync, readdirSync } from 'node:fs';

/** Cell text as the reader sees it, rows without any text dropped (a paste skips them too). */
function normalised(grid: Grid): string[][] {
  const rows = grid.map((r) => r.map((c) => cleanText(c)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')).filter((r) => r.some((c) => c !== ''));
}

/** The cells that differ, as "row:col want → got", for a readable failure. */
function differences(want: Grid, got: Grid): string[] {
  const a = normalised(want);
  const b = normalised(got);
  const out: string[] = [];
  for (let r = 0; r < Math.max(a.length, b.length); r++) {
    const width = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const x = a[r]?.[c] ?? '∅';
      const y = b[r]?.[c] ?? '∅';
      if (x !== y) out.push(`${r + 1}:${c + 1} ${JSON.stringify(x.slice(0, 60))} → ${JSON.stringify(y.slice(0, 60))}`);
    }
  }
  return out;
}

/** What seed and corpus goldens share. */
type GoldenIndicator = Pick<
  SeedGoldenIndicator,
  'code' | 'section' | 'text' | 'targets' | 'lead' | 'cooperating' | 'monitor'
>;

const ROOT = join(__dirname, '../..');
function goldenYear(name: string): number | undefined {
  const path = join(ROOT, 'tests/golden/corpus', `${name.replace(/^corpus-/, '')}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')).year as number | undefined) : undefined;
}
function goldenFor(name: string): GoldenIndicator[] | null {
  const candidates = [
    join(ROOT, 'tests/golden', `${name}.json`),
    join(ROOT, 'tests/golden/corpus', `${name.replace(/^corpus-/, '')}.json`),
  ];
  const path = candidates.find((p) => existsSync(p));
  return path ? (JSON.parse(readFileSync(path, 'utf8')).indicators as GoldenIndicator[]) : null;
}

const target = (t: Target) => ({ op: t.op, value: t.value, max: t.max ?? null, unit: t.unit });
function exact(actual: Indicator | undefined, golden: GoldenIndicator): boolean {
  if (!actual) return false;
  return (
    actual.code === golden.code &&
    actual.section === golden.section &&
    actual.text === golden.text &&
    JSON.stringify(actual.targets.map(target)) === JSON.stringify(golden.targets.map(target)) &&
    JSON.stringify(actual.lead) === JSON.stringify(golden.lead) &&
    JSON.stringify(actual.cooperating) === JSON.stringify(golden.cooperating) &&
    JSON.stringify(actual.monitor) === JSON.stringify(golden.monitor)
  );
}

/** Indicators read from a document's grid that are exactly those read from its TSV, by position. */
function sameAsTsv(tsv: Grid, grid: Grid): { same: number; total: number; read: number } {
  const key = (i: Indicator) =>
    JSON.stringify([i.code, i.section, i.text, i.targets.map(target), i.lead, i.cooperating, i.monitor]);
  const base = readAssignmentTable(tsv).indicators;
  const read = readAssignmentTable(grid).indicators;
  return {
    same: base.filter((b, i) => read[i] && key(read[i]) === key(b)).length,
    total: base.length,
    read: read.length,
  };
}

const material = officeMaterial();
const results: string[] = [];
afterAll(() => {
  // The per-file figures of the report: indicators exact / total, docx and PDF.
  if (process.env.SCT_IMPORT_REPORT) console.log(results.join('\n'));
});

it('makes every seed and corpus table as .docx and PDF with LibreOffice (cached by content)', () => {
  expect(material.tables.length).toBeGreaterThanOrEqual(6);
  for (const t of material.tables) {
    expect(readFileSync(t.docx).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(t.pdf).subarray(0, 4).toString()).toBe('%PDF');
  }
  if (existsSync(CORPUS_DIR)) {
    const corpus = readdirSync(CORPUS_DIR).filter((f) => /^(0\d|1[0-7])-.*\.tsv$/.test(f));
    expect(material.tables.filter((t) => t.name.startsWith('corpus-'))).toHaveLength(corpus.length);
  }
});

describe.each(material.tables.map((t) => [t.name, t] as const))('%s', (_name, t: MaterialFile) => {
  const golden = goldenFor(t.name);
  // A table with a column per year is read for the year its golden reading names.
  const year = goldenYear(t.name);

  it('as .docx: one table, named by the heading above it, the same grid as the TSV', () => {
    const tables = docxTablesOf(new Uint8Array(readFileSync(t.docx)));
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe(`Phụ lục: ${t.name}`);
    expect(differences(t.grid, tables[0].grid)).toEqual([]);
    const vsTsv = sameAsTsv(t.grid, tables[0].grid);
    results.push(`${t.name} docx vs TSV reading ${vsTsv.same}/${vsTsv.total}`);
    expect(vsTsv).toEqual({ same: vsTsv.total, total: vsTsv.total, read: vsTsv.total });
    if (golden) {
      const read = readAssignmentTable(tables[0].grid, year ? { year } : {}).indicators;
      const ok = golden.filter((g, i) => exact(read[i], g)).length;
      results.push(`${t.name} docx ${ok}/${golden.length} (read ${read.length})`);
      expect(read).toHaveLength(golden.length);
      expect(ok).toBe(golden.length);
    }
  });

  it('as PDF: one table over its pages, the same rows, 97% of the cells and 95% of the indicators', async () => {
    const tables = await pdfTablesOf(new Uint8Array(readFileSync(t.pdf)));
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe(`Phụ lục: ${t.name}`);
    const want = normalised(t.grid);
    const got = normalised(tables[0].grid);
    const diff = differences(t.grid, tables[0].grid);
    const cells = want.length * (want[0]?.length ?? 0);
    results.push(`${t.name} pdf grid: ${cells - diff.length}/${cells} cells, rows ${got.length}/${want.length}`);
    expect({ cellsDiffering: diff.length > cells * 0.03 ? diff : [] }).toEqual({ cellsDiffering: [] });
    expect(got).toHaveLength(want.length);
    // Where no golden reading exists yet, the reader on the PDF's grid against the reader on the TSV.
    const vsTsv = sameAsTsv(t.grid, tables[0].grid);
    results.push(`${t.name} pdf vs TSV reading ${vsTsv.same}/${vsTsv.total}`);
    expect(vsTsv.read).toBe(vsTsv.total);
    expect(vsTsv.same).toBeGreaterThanOrEqual(Math.ceil(vsTsv.total * 0.95));
    if (golden) {
      const read = readAssignmentTable(tables[0].grid, year ? { year } : {}).indicators;
      const ok = golden.filter((g, i) => exact(read[i], g)).length;
      results.push(`${t.name} pdf ${ok}/${golden.length} (read ${read.length})`);
      expect(read).toHaveLength(golden.length);
      expect(ok).toBeGreaterThanOrEqual(Math.ceil(golden.length * 0.95));
    }
  });

  it('as a saved web page (the HTML LibreOffice was given): the same grid', () => {
    const tables = htmlTablesOf(tableHtml(t.grid, `Phụ lục: ${t.name}`));
    expect(tables).toHaveLength(1);
    expect(tables[0].title).toBe(`Phụ lục: ${t.name}`);
    expect(differences(t.grid, tables[0].grid)).toEqual([]);
  });
});
