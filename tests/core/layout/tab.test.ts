import { boundsOf, fromSheetNumber, NO_BOUND, toSheetNumber } from '../../../src/core/layout/bounds';
import { argumentSeparator, localizeFormula } from '../../../src/core/layout/formulas';
import { linesOf } from '../../../src/core/layout/lines';
import { matchLines, readTab } from '../../../src/core/layout/read-tab';
import { tabLayout } from '../../../src/core/layout/columns';
import { buildTab, FIRST_LINE_ROW, type LineValues } from '../../../src/core/layout/tab';
import { tabTexts } from '../../../src/core/messages/tab';
import { parseDelimited } from '../../../src/core/table/delimited';
import { readAssignmentTable } from '../../../src/core/table/read';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seed = (name: string) =>
  readAssignmentTable(parseDelimited(readFileSync(join(__dirname, '../../../seeds', name), 'utf8'))).indicators;

describe('bounds', () => {
  it('stores percent targets as fractions without binary noise', () => {
    expect(toSheetNumber(99.7, { op: '>=', value: 99.7, unit: '%' })).toBe(0.997);
    expect(fromSheetNumber(0.997, { op: '>=', value: 99.7, unit: '%' })).toBe(99.7);
  });
  it('turns each operator into the right bound', () => {
    expect(boundsOf({ op: '>', value: 95, unit: '%' })).toEqual({
      exclusiveLow: 0.95,
      inclusiveLow: -NO_BOUND,
      exclusiveHigh: NO_BOUND,
      inclusiveHigh: NO_BOUND,
    });
    expect(boundsOf({ op: 'between', value: 20, max: 30, unit: '%' })).toMatchObject({
      inclusiveLow: 0.2,
      inclusiveHigh: 0.3,
    });
    expect(boundsOf({ op: '>=', value: 3, unit: 'mô hình' })).toMatchObject({ inclusiveLow: 3 });
    expect(boundsOf({ op: 'exists', value: 1, unit: 'hệ thống' })).toBeNull();
  });
});

describe('formula localisation', () => {
  it('uses ";" for decimal-comma locales and leaves strings alone', () => {
    expect(argumentSeparator('vi_VN')).toBe(';');
    expect(argumentSeparator('en_US')).toBe(',');
    expect(localizeFormula('=IF(A1<>"",IF(A1="a, b","x","y"),"z")', 'vi_VN')).toBe(
      '=IF(A1<>"";IF(A1="a, b";"x";"y");"z")',
    );
  });
});

describe('lines', () => {
  it('gives one line per target, keyed under the indicator id', () => {
    const [two] = seed('000-phan-cong-2025.tsv').filter((i) => i.code === '2.1');
    const lines = linesOf(two);
    expect(lines.map((l) => l.key)).toEqual(['2.1/1', '2.1/2']);
    expect(lines.every((l) => l.kind === 'percent')).toBe(true);
  });
  it('asks yes/no for existence targets and a count for counted nouns', () => {
    const criteria = seed('002-tieu-chi-xa.tsv');
    expect(linesOf(criteria.find((i) => i.id === 'I.7')!)[0].kind).toBe('yesno');
    expect(linesOf(criteria.find((i) => i.id === 'II.8')!)[0]).toMatchObject({ kind: 'count', unitLabel: 'mô hình' });
  });
});

describe('buildTab', () => {
  const indicators = seed('004-chi-tieu-2024.tsv');
  const lines = indicators.slice(0, 5).flatMap(linesOf);
  const periods = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
  const preserved = new Map<string, LineValues>([
    [lines[1].key, { periods: { 'Quý II': 0.98 }, evidence: { 'Quý II': 'VB 12/UBND' }, explanation: {} }],
  ]);
  const spec = buildTab({
    sheetName: 'P. VH&TT',
    agencyKey: 'k',
    periods,
    lines,
    cooperating: [{ line: linesOf(indicators[6])[0], reporters: ['Văn phòng UBND huyện'] }],
    preserved,
    texts: tabTexts('Phòng Văn hoá và Thông tin', 2024),
    locale: 'vi_VN',
    closedPeriods: [],
  });
  const c = tabLayout(periods);

  it('puts preserved values back on the line with the same key', () => {
    const row = spec.lineRows[lines[1].key];
    expect(spec.values[row - 1][c.period[1].value - 1]).toBe(0.98);
    expect(spec.values[row - 1][c.period[1].evidence - 1]).toBe('VB 12/UBND');
    expect(spec.values[row - 1][c.period[0].evidence - 1]).toBe('');
  });
  it('has one validation per input cell and status formulas in the locale syntax', () => {
    expect(spec.validations!.specs).toHaveLength(lines.length);
    const valueOffsets = c.period.map((p) => p.value - c.inputFirst);
    expect(
      spec.validations!.specs.every((r) =>
        r.every((v, j) => (valueOffsets.includes(j) ? v?.kind === 'percent' : v === null)),
      ),
    ).toBe(true);
    expect(spec.formulas[0].formulas[0][0]).toContain(';');
    expect(spec.cfRules.every((r) => !/[,;]/.test(r.formula.replace(/"[^"]*"/g, '')))).toBe(true);
  });
  it('reads back what it wrote, including the read-only section boundary', () => {
    const read = readTab(spec.values)!;
    expect(read.periods).toEqual(periods);
    expect([...read.lines.keys()]).toEqual(lines.map((l) => l.key));
    expect(read.lines.get(lines[1].key)!.periods).toEqual({ 'Quý II': 0.98 });
    expect(spec.values[FIRST_LINE_ROW + lines.length - 1][0]).toBe('');
    expect(spec.values[FIRST_LINE_ROW + lines.length][0]).toMatch(/PHỐI HỢP/);
  });
  it('matches a single-target key to the first line when an indicator gains targets', () => {
    const old = new Map<string, LineValues>([
      ['7', { periods: { 'Quý I': 5 }, evidence: {}, explanation: {} }],
      ['9', { periods: { 'Quý I': 1 }, evidence: {}, explanation: {} }],
    ]);
    const { kept, orphans } = matchLines(old, ['7/1', '7/2', '8']);
    expect(kept.get('7/1')!.periods).toEqual({ 'Quý I': 5 });
    expect(orphans.map(([k]) => k)).toEqual(['9']);
  });
});
