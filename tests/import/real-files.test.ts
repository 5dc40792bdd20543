/**
 * The real Word and PDF files of the corpus (shared/corpus/files), against a person's reading of
 * each (tests/golden/files/*.json, made with unzip, pdftotext -layout and the page images): the
 * tables a person sees, in order, with their headings and sizes; the one chosen by default;
 * cells read by hand. The report's PDF and its Word copy must give the very same tables.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestTable, summarizeTables } from '../../src/core/import/choose';
import type { SourceTable } from '../../src/core/import/types';
import { readAssignmentTable } from '../../src/core/table/read';
import { cleanText } from '../../src/core/text/normalize';
import { documentTables } from '../../src/local/import/read-document';
import { CORPUS_DIR } from '../support/office-material';

interface GoldenFile {
  file: string;
  tables: Array<{ title?: string; rows?: number; columns: number }>;
  chosen?: number;
  indicators?: number;
  sections?: Array<{ code: string; title: string; count: number }>;
  rows: Array<{ table: number; row: number; cells: Array<string | null> }>;
  codes?: Record<string, number>;
  firstColumn?: string[];
  lastRow?: string[];
  sameAs?: { file: string };
}

const FILES = join(CORPUS_DIR, 'files');
const GOLDEN = join(__dirname, '../golden/files');
const goldens = readdirSync(GOLDEN).map((f) => JSON.parse(readFileSync(join(GOLDEN, f), 'utf8')) as GoldenFile);
const read = async (file: string) =>
  (await documentTables(new Uint8Array(readFileSync(join(FILES, file))), file)).tables;
const norm = (grid: string[][]) => grid.map((r) => r.map((c) => cleanText(c)));

/** The extracted tables a person sees, matched in order by title and size; the rest must hold no indicator. */
function match(golden: GoldenFile, tables: SourceTable[]): SourceTable[] {
  const found: SourceTable[] = [];
  let from = 0;
  for (const want of golden.tables) {
    const at = tables.findIndex(
      (t, i) =>
        i >= from &&
        (want.title === undefined || cleanText(t.title).startsWith(want.title)) &&
        (want.rows === undefined || t.grid.length === want.rows) &&
        t.grid[0]?.length === want.columns,
    );
    if (at < 0) throw new Error(`no table like ${JSON.stringify(want)} after table ${from}`);
    found.push(tables[at]);
    from = at + 1;
  }
  return found;
}

it('has a reading of every real file', () => {
  if (!existsSync(FILES)) return;
  const files = readdirSync(FILES).filter((f) => /\.(docx|pdf)$/.test(f));
  expect(goldens.map((g) => g.file).sort()).toEqual(files.sort());
});

describe.each(goldens.map((g) => [g.file, g] as const))('%s', (file, golden) => {
  let tables: SourceTable[];
  let seen: SourceTable[];
  beforeAll(async () => {
    tables = await read(file);
    seen = match(golden, tables);
  });

  it('finds the tables a person sees, with their headings and sizes; any other holds no indicator', () => {
    expect(seen).toHaveLength(golden.tables.length);
    for (const t of tables.filter((x) => !seen.includes(x))) {
      expect({ table: t.index, indicators: readAssignmentTable(t.grid).indicators.length }).toEqual({
        table: t.index,
        indicators: 0,
      });
    }
  });

  if (golden.chosen !== undefined) {
    it('chooses the assignment table by default', () => {
      expect(bestTable(summarizeTables(tables))).toBe(seen[golden.chosen! - 1].index);
    });
  }

  it('gives the cells as read by hand', () => {
    for (const want of golden.rows) {
      const row = norm(seen[want.table - 1].grid)[want.row - 1];
      const got = want.cells.map((c, i) => (c === null ? null : row?.[i]));
      expect({ table: want.table, row: want.row, cells: got }).toEqual({
        table: want.table,
        row: want.row,
        cells: want.cells.map((c) => (c === null ? null : cleanText(c))),
      });
    }
    if (golden.firstColumn) expect(norm(seen[0].grid).map((r) => r[0])).toEqual(golden.firstColumn);
    if (golden.lastRow) {
      const last = norm(seen[0].grid).at(-1)!.filter(Boolean);
      expect(last).toEqual(golden.lastRow);
    }
    if (golden.codes) {
      const depth: Record<string, number> = {};
      for (const r of norm(seen[0].grid)) {
        if (/^\d+(\.\d+)*$/.test(r[0])) depth[r[0].split('.').length] = (depth[r[0].split('.').length] ?? 0) + 1;
      }
      expect(depth).toEqual(golden.codes);
    }
  });

  if (golden.indicators !== undefined) {
    it('reads the indicators a person counts, section by section', () => {
      const indicators = readAssignmentTable(seen[golden.chosen! - 1].grid).indicators;
      expect(indicators).toHaveLength(golden.indicators!);
      const counts = new Map<string, number>();
      for (const i of indicators) counts.set(i.sectionCode, (counts.get(i.sectionCode) ?? 0) + 1);
      for (const s of golden.sections ?? []) expect([s.code, counts.get(s.code)]).toEqual([s.code, s.count]);
    });
  }

  if (golden.sameAs) {
    it(`gives the same tables as ${golden.sameAs.file}, cell for cell`, async () => {
      const other = match(goldens.find((g) => g.file === golden.sameAs!.file)!, await read(golden.sameAs!.file));
      expect(seen.map((t) => norm(t.grid))).toEqual(other.map((t) => norm(t.grid)));
    });
  }
});
