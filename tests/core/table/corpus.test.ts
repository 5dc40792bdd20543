/**
 * Every table of the corpus (real tables of other provinces and ministries, corpus/) read by the
 * reader against a person's reading of the published document (tests/golden/corpus/*.json,
 * written by hand before the reader was generalised; see its README for the format and the
 * development / held-out split).
 */
import {
  comparable,
  comparableDeadline,
  comparableYears,
  loadCorpusGoldens,
  pairByRow,
  readCorpusTable,
} from '../../support/corpus';

const goldens = loadCorpusGoldens();

describe.each(goldens.map((g) => [`${g.split} ${g.name}`, g] as const))('%s', (_name, golden) => {
  const read = readCorpusTable(golden);
  const paired = pairByRow(golden.indicators, read.indicators);

  it('reads every indicator, none lost or invented', () => {
    expect(read.indicators.map((i) => [i.row, i.code])).toEqual(golden.indicators.map((g) => [g.row, g.code]));
  });

  it('counts indicators per section', () => {
    for (const s of golden.sections) {
      const count = read.indicators.filter((i) => i.section === s.title && i.sectionCode.endsWith(s.code)).length;
      expect([s.code, s.title, count]).toEqual([s.code, s.title, s.count]);
    }
  });

  const cases = golden.indicators.map((g, i) => [i, g.row, g.code || '(no code)', g] as const);
  const each = cases.length > 0 ? it.each(cases) : () => undefined;
  each(
    'indicator #%d (row %d, %s)',
    (index: number, _row: number, _code: string, expected: (typeof golden.indicators)[number]) => {
      const actual = paired[index];
      expect(actual).toBeDefined();
      if (!actual) return;
      expect({
        section: actual.section,
        parent: actual.parent ?? '',
        kind: actual.kind ?? 'indicator',
        text: actual.text,
        targets: actual.targets.map(comparable),
        byYear: expected.byYear ? comparableYears(actual.byYear) : null,
        lead: actual.lead,
        cooperating: actual.cooperating,
        monitor: actual.monitor,
        tier: actual.tier,
        deadline: comparableDeadline(actual.deadline),
      }).toEqual({
        section: expected.section,
        parent: expected.parent,
        kind: expected.kind,
        text: expected.text,
        targets: expected.targets.map(comparable),
        byYear: expected.byYear ? comparableYears(expected.byYear) : null,
        lead: expected.lead,
        cooperating: expected.cooperating,
        monitor: expected.monitor,
        tier: expected.tier,
        deadline: comparableDeadline(expected.deadline),
      });
      if (expected.unit !== null) expect(actual.unit).toBe(expected.unit);
      if (actual.targets.length > 1) {
        const labels = actual.targets.map((t) => t.label ?? '');
        expect(labels.every((l) => l.length > 0)).toBe(true);
        expect(new Set(labels).size).toBe(labels.length);
      }
    },
  );

  it('gives unique ids', () => {
    const ids = read.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says what it could not read, naming the row, in Vietnamese', () => {
    const given = read.warnings.map((w) => `${w.row ?? '-'}:${w.code}`);
    for (const w of golden.expectedWarnings) expect(given).toContain(`${w.row ?? '-'}:${w.kind}`);
    for (const w of read.warnings) {
      expect(w.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      if (w.row) expect(w.message).toContain(`Dòng ${w.row}`);
    }
  });

  if (golden.unreadable) {
    it('reads no indicator from a table that assigns nothing', () => {
      expect(read.indicators).toEqual([]);
    });
  }
});
