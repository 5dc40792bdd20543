/**
 * A table copied out of a PDF viewer: `cli parse` on the seed documents as extracted from their
 * PDFs (seeds/text/*.txt, byte for byte the documents of /work/shared/seeds) gives exactly the
 * hand-checked golden reading of the same table (tests/golden/*.json, written from the
 * documents, not from the program): same indicators, codes, sections, texts, targets, lead,
 * cooperating, monitor and tier. The paste's doubtful rows get warnings that name them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rebuildPaste } from '../../../src/core/table/paste/rebuild';
import { readAssignmentTable } from '../../../src/core/table/read';
import { pastedLines, readTable } from '../../../src/core/table/read-table';
import type { Target, Warning } from '../../../src/core/types';
import { cli } from '../../cli/run';
import type { SeedGolden, SeedGoldenIndicator } from '../../support/seed-golden';

const root = join(__dirname, '../../..');

type GoldenIndicator = SeedGoldenIndicator;
type Golden = Pick<SeedGolden, 'sections' | 'indicators'>;
interface Parsed {
  indicators: Array<GoldenIndicator & { row: number }>;
  warnings: Warning[];
}

const golden = (name: string): Golden => JSON.parse(readFileSync(join(root, 'tests/golden', name), 'utf8'));
const comparable = (t: Target) => ({
  op: t.op,
  value: t.value,
  ...(t.max !== undefined ? { max: t.max } : {}),
  unit: t.unit,
});
const lines = (name: string) => readFileSync(join(root, 'seeds/text', name), 'utf8').split('\n');

const SEEDS: Array<[string, string]> = [
  ['000_fa53efd050dc5634.txt', '000-phan-cong-2025.json'],
  ['001_94f9bb92be0f190c.txt', '001-phan-cong-2023.json'],
  ['002_ffceb2b3c7864b90.txt', '002-tieu-chi-xa.json'],
];

const parsed = new Map<string, Parsed>();

describe.each(SEEDS)('cli parse seeds/text/%s', (file, goldenFile) => {
  const expected = golden(goldenFile);
  beforeAll(async () => {
    const run = await cli('parse', join(root, 'seeds/text', file));
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    parsed.set(file, JSON.parse(run.out) as Parsed);
  });
  const read = () => parsed.get(file) as Parsed;

  it('reads every indicator of the golden reading, none lost or invented', () => {
    expect(read().indicators.map((i) => i.code)).toEqual(expected.indicators.map((i) => i.code));
  });

  it('counts indicators per section', () => {
    const counts = new Map<string, number>();
    for (const i of read().indicators) counts.set(i.section, (counts.get(i.section) ?? 0) + 1);
    for (const s of expected.sections) expect([s.title, counts.get(s.title)]).toEqual([s.title, s.count]);
  });

  it.each(expected.indicators.map((g, i) => [i, g.code || '(no code)', g] as const))(
    'indicator #%d (%s) as the golden reading',
    (index, _code, want) => {
      const got = read().indicators[index];
      expect({
        section: got.section,
        text: got.text,
        targets: got.targets.map(comparable),
        lead: got.lead,
        cooperating: got.cooperating,
        monitor: got.monitor,
        tier: got.tier,
      }).toEqual({
        section: want.section,
        text: want.text,
        targets: want.targets.map(comparable),
        lead: want.lead,
        cooperating: want.cooperating,
        monitor: want.monitor,
        tier: want.tier,
      });
      if (want.unit !== null) expect(got.unit).toBe(want.unit);
    },
  );

  it('points each indicator at the line of the paste where its row starts', () => {
    const text = lines(file);
    for (const i of read().indicators) {
      const line = text[i.row - 1].normalize('NFC').trim();
      if (i.code) expect(line.startsWith(i.code)).toBe(true);
      else expect(i.text.startsWith(line)).toBe(true);
    }
  });
});

describe('seed 002 pasted from the PDF', () => {
  const rebuilt = rebuildPaste(lines('002_ffceb2b3c7864b90.txt'));
  const table = readTable(lines('002_ffceb2b3c7864b90.txt').map((l) => [l]));
  const expected = golden('002-tieu-chi-xa.json').indicators;

  it('puts the unit, the target and the method in their own cells', () => {
    const got = table.indicators.map((i) => ({ unit: i.unit, target: i.targetText, method: i.method }));
    expect(got).toEqual(expected.map((i) => ({ unit: i.unit, target: i.targetText, method: i.method })));
  });

  it('reads the columns in the order of the two-row header, sub-columns in place of "Mức độ toàn diện"', () => {
    expect(rebuilt?.columns.map((c) => c.role)).toEqual(['code', 'text', 'unit', 'target', 'tier', 'method']);
  });

  it('counts 33 mandatory and 21 extended criteria', () => {
    expect(table.indicators.filter((i) => i.tier === 'mandatory')).toHaveLength(33);
    expect(table.indicators.filter((i) => i.tier === 'extended')).toHaveLength(21);
  });

  it('says which rows to check: the criterion that lost its number, the text broken by a page', () => {
    const uncoded = table.warnings.find((w) => w.code === 'paste-row-uncoded');
    expect(uncoded?.row).toBe(1806);
    expect(uncoded?.message).toMatch(/^Dòng 1806: .*không có số thứ tự/);
    const interleaved = table.warnings.filter((w) => w.code === 'paste-row-interleaved');
    expect(interleaved.map((w) => w.row)).toContain(1443);
  });
});

describe('warnings of a rebuilt paste', () => {
  it('names the interleaved row 2.6 of seed 000 and the columns to check', async () => {
    const run = await cli('parse', join(root, 'seeds/text/000_fa53efd050dc5634.txt'));
    const warnings = (JSON.parse(run.out) as Parsed).warnings;
    expect(warnings[0].code).toBe('paste-rebuilt');
    expect(warnings[0].message).toMatch(/đã dựng lại 34 dòng/);
    const row = warnings.find((w) => w.code === 'paste-row-interleaved');
    expect(row?.row).toBe(105);
    expect(row?.message).toMatch(/^Dòng 105 \(mục 2\.6\): .*"Cơ quan theo dõi, đôn đốc"/);
  });

  it('reports the header repeated at the page breaks of seed 001 as dropped lines', () => {
    const table = readTable(lines('001_94f9bb92be0f190c.txt').map((l) => [l]));
    const dropped = table.warnings.find((w) => w.code === 'paste-lines-dropped');
    expect(dropped?.message).toMatch(/2 dòng .*\(dòng 182, 365\)/);
  });
});

describe('recognising a paste', () => {
  it('takes a grid whose text is in one column, beside the id column the add-on writes', () => {
    const grid = lines('001_94f9bb92be0f190c.txt').map((l) => [l]);
    expect(pastedLines(grid)?.idColumn).toBeUndefined();
    grid[11] = [grid[11][0], 'Mã định danh'];
    grid[13] = [grid[13][0], '1'];
    expect(pastedLines(grid)?.idColumn).toBe(1);
  });

  it('leaves an ordinary table to the reader', () => {
    const grid = [
      ['TT', 'Chỉ tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ … đạt 90%', 'Sở Y tế'],
    ];
    expect(pastedLines(grid)).toBeNull();
  });

  it('leaves one-column text without a table header (a plan in prose) to the reader, untouched', () => {
    const grid = lines('003_45a6d03a464dc3c0.txt').map((l) => [l]);
    expect(rebuildPaste(lines('003_45a6d03a464dc3c0.txt'))).toBeNull();
    const read = readTable(grid);
    expect(read.warnings.map((w) => w.code)).not.toContain('paste-rebuilt');
    expect(read.indicators).toEqual(readAssignmentTable(grid).indicators);
  });
});
