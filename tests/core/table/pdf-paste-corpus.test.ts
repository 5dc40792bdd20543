/**
 * The same rules on tables the seeds do not hold: two corpus tables printed to PDF by
 * LibreOffice and copied back as text by pdftotext (scripts/make-pdf-paste.mjs), against a
 * reading of the printed page (tests/golden/pdf-paste/*.json). Rows the rebuild gets wrong must
 * be rows it warns about: a paste is never misread silently. One table is printed afresh here,
 * with other column widths, so that the rules are tried on lines they were never tuned on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDelimited } from '../../../src/core/table/delimited';
import { rebuildPaste } from '../../../src/core/table/paste/rebuild';
import { readAssignmentTable } from '../../../src/core/table/read';
import { readTable } from '../../../src/core/table/read-table';
import { cleanText } from '../../../src/core/text/normalize';
import { describeWith } from '../../support/tools';

const root = join(__dirname, '../../..');

interface PasteGolden {
  file: string;
  printedFrom: string;
  columns: string[];
  sections: Array<{ code: string; title: string }>;
  rows: Array<Record<string, string>>;
}

const golden = (name: string): PasteGolden =>
  JSON.parse(readFileSync(join(root, 'tests/golden/pdf-paste', `${name}.json`), 'utf8'));

/** The golden rows as lists of cells in column order (a section row: code and title). */
function goldenRows(g: PasteGolden): string[][] {
  return g.rows.map((row) =>
    'section' in row ? [row.section, row.title, ...g.columns.slice(2).map(() => '')] : g.columns.map((c) => row[c]),
  );
}

/** The rebuilt rows, cleaned as a reader sees them; the header row left out. */
function rebuiltRows(lines: string[]): {
  rows: string[][];
  lines: number[];
  warned: Set<number>;
  columns: string[];
} {
  const rebuilt = rebuildPaste(lines);
  if (!rebuilt) throw new Error('no table found in the paste');
  const rows: string[][] = [];
  const at: number[] = [];
  rebuilt.grid.forEach((row, i) => {
    if (row.length === 0 || i === rebuilt.headerIndex) return;
    rows.push(rebuilt.columns.map((_, c) => cleanText(row[c] ?? '')));
    at.push(i);
  });
  return {
    rows,
    lines: at,
    warned: new Set(rebuilt.doubts.map((d) => d.line)),
    columns: rebuilt.columns.map((c) => cleanText(c.name)),
  };
}

const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/pdf-paste', `${name}.txt`), 'utf8');

describe.each([
  ['07-hanoi-kh310-5g-iot-khu-cong-nghiep', 6],
  ['05-qd2597-ttg-cds-ket-cau-ha-tang', 24],
])('corpus table %s pasted from its PDF', (name, exactAtLeast) => {
  const g = golden(name);
  const want = goldenRows(g);
  const got = rebuiltRows(fixture(name).split('\n'));

  it('finds the header, every row and every section', () => {
    expect(got.columns).toEqual(g.columns);
    expect(got.rows.map((r) => r[0])).toEqual(want.map((r) => r[0]));
  });

  it(`rebuilds at least ${exactAtLeast} items cell for cell, and warns about every row it does not`, () => {
    const items = want.filter((r) => !g.sections.some((s) => s.code === r[0] && s.title === r[1]));
    let exact = 0;
    want.forEach((row, i) => {
      if (JSON.stringify(got.rows[i]) === JSON.stringify(row)) {
        if (items.includes(row)) exact++;
      } else
        expect({ line: got.lines[i] + 1, warned: got.warned.has(got.lines[i]) }).toEqual({
          line: got.lines[i] + 1,
          warned: true,
        });
    });
    expect(exact).toBeGreaterThanOrEqual(exactAtLeast);
    expect(items.length).toBe(g.rows.length - g.sections.length);
  });

  it('reads, where rebuilt exactly, as the same table pasted from Word', () => {
    const pasted = readTable(
      fixture(name)
        .split('\n')
        .map((l) => [l]),
    ).indicators;
    const asWord = readAssignmentTable(parseDelimited(readFileSync(join(root, g.printedFrom), 'utf8'))).indicators;
    expect(pasted.map((i) => i.code)).toEqual(asWord.map((i) => i.code));
    const same = (i: (typeof pasted)[number]) => [i.code, i.section, i.text, i.lead, i.cooperating, i.monitor];
    const exactRows = new Set(got.lines.filter((_, i) => JSON.stringify(got.rows[i]) === JSON.stringify(want[i])));
    const checked = pasted.filter((i) => exactRows.has(i.row - 1));
    expect(checked.length).toBeGreaterThanOrEqual(exactAtLeast);
    for (const i of checked) expect(same(i)).toEqual(same(asWord[pasted.indexOf(i)]));
  });
});

describeWith(['pdf'], 'a corpus table printed afresh with LibreOffice and read back with pdftotext', () => {
  const name = '07-hanoi-kh310-5g-iot-khu-cong-nghiep';
  const dir = mkdtempSync(join(tmpdir(), 'pdf-paste-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds every row with columns of other widths', () => {
    const out = join(dir, `${name}.txt`);
    execFileSync(process.execPath, [
      join(root, 'scripts/make-pdf-paste.mjs'),
      join(root, 'tests/fixtures/pdf-paste', `${name}.tsv`),
      out,
      '--widths',
      '5,35,22,22,16',
      '--title',
      'PHỤ LỤC / NHIỆM VỤ CHỦ YẾU',
    ]);
    const got = rebuiltRows(readFileSync(out, 'utf8').split('\n'));
    expect(got.rows).toEqual(goldenRows(golden(name)));
  });
});
