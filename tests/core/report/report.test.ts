/**
 * buildReport on the seed tables with sample figures (seed 004: agencies; seed 002: communes
 * and the tier rule), and on small tables for the rules' edges: several targets, several
 * agencies, exceeding, the 11-of-21 threshold, shared ranks.
 */
import { linesOf } from '../../../src/core/layout/lines';
import type { LineValues } from '../../../src/core/layout/tab';
import { buildReport, type ReportInput, type UnitInput } from '../../../src/core/report/report';
import { parseTargets } from '../../../src/core/targets';
import type { Indicator, Tier } from '../../../src/core/types';
import { defaultSettings, type Settings } from '../../../src/core/workbook/settings';
import { collectResults } from '../../../src/sheets/collect';
import { type Sample, SAMPLE_002, SAMPLE_004, sampleBook, TRICKY_EXPLANATION } from '../../sidebar/sample-book';

function reportOf(sample: Sample, period = sample.period) {
  const collected = collectResults(sampleBook(sample).platform);
  return {
    collected,
    report: buildReport({
      period,
      settings: collected.settings,
      indicators: collected.indicators,
      units: collected.units,
    }),
  };
}

describe('seed 004 with sample figures', () => {
  const { collected, report } = reportOf(SAMPLE_004);
  const indicator = (section: string, code: string) =>
    report.indicators.find((i) => i.section === section && i.code === code)!;

  it('counts each agency from what it entered', () => {
    for (const s of SAMPLE_004.units) {
      const unit = collected.units.find((u) => u.unit.name === s.unit)!;
      const entries = unit.lines.map(({ line }, i) => s.entry(line, null, i));
      const agency = report.agencies.find((a) => a.name === s.unit)!;
      expect(agency.assigned).toBe(unit.lines.length);
      expect(agency.reported).toBe(entries.filter(Boolean).length);
      expect(agency.met).toBe(entries.filter((e) => e && e.outcome !== 'unmet').length);
      expect(agency.unmet).toBe(entries.filter((e) => e?.outcome === 'unmet').length);
      expect(agency.completeness).toBeCloseTo(agency.reported / agency.assigned);
      expect(agency.missing.map((m) => m.lineKey)).toEqual(
        unit.lines.filter((_, i) => !entries[i]).map((l) => l.line.key),
      );
    }
    const silent = report.agencies.filter((a) => !SAMPLE_004.units.some((s) => s.unit === a.name));
    expect(silent.length).toBeGreaterThan(5);
    for (const a of silent) expect([a.reported, a.completeness, a.missing.length]).toEqual([0, 0, a.assigned]);
  });

  it('gives each indicator its status: exceeded, met, unmet with the explanation, not reported', () => {
    expect(indicator('Hạ tầng số', '1').status).toBe('exceeded');
    expect(indicator('Hạ tầng số', '2').status).toBe('met');
    const training = indicator('Chính quyền số', '6');
    expect(training.status).toBe('unmet');
    expect(training.results[0]).toMatchObject({
      agency: 'Phòng Văn hoá và Thông tin',
      status: 'unmet',
      display: '45%',
      target: '≥ 50%',
      explanation: TRICKY_EXPLANATION,
    });
    expect(indicator('Xã hội số', '20').results[0]).toMatchObject({ status: 'unmet', explanation: '' });
    expect(indicator('Kinh tế số', '11').status).toBe('missing');
  });

  it('needs every reporting agency before an indicator with several of them is met', () => {
    const schools = indicator('Xã hội số', '22');
    expect(schools.results.map((r) => [r.agency, r.status])).toEqual([
      ['UBND huyện', 'met'],
      ['Phòng Giáo dục và Đào tạo', 'missing'],
    ]);
    expect(schools.status).toBe('missing');
  });

  it('adds up: groups to totals, statuses to the number of indicators', () => {
    const t = report.totals;
    expect(t.indicators).toBe(collected.indicators.length);
    expect(t.met + t.unmet + t.notReported + t.reportedWithoutTarget).toBe(t.indicators);
    expect(t.exceeded).toBe(1);
    expect(t.unmet).toBe(report.indicators.filter((i) => i.status === 'unmet').length);
    for (const key of ['total', 'met', 'exceeded', 'unmet', 'missing'] as const) {
      const sum = report.groups.reduce((n, g) => n + g[key], 0);
      expect([key, sum]).toEqual([
        key,
        { total: t.indicators, met: t.met, exceeded: t.exceeded, unmet: t.unmet, missing: t.notReported }[key],
      ]);
    }
    expect(report.groups.map((g) => g.section)).toEqual([
      'Hạ tầng số',
      'Dữ liệu số',
      'Chính quyền số',
      'Kinh tế số',
      'Xã hội số',
      'An toàn, an ninh mạng',
    ]);
    expect(report.tiers).toBeNull();
    expect(report.empty).toBe(false);
  });

  it('says a period nobody reported is empty', () => {
    const empty = buildReport({
      period: 'Quý II',
      settings: collected.settings,
      indicators: collected.indicators,
      units: collected.units,
    });
    expect(empty.empty).toBe(true);
    expect(empty.totals.notReported).toBe(empty.totals.indicators);
    expect(empty.agencies.every((a) => a.reported === 0)).toBe(true);
  });
});

describe('seed 002 with figures for three communes', () => {
  const { report } = reportOf(SAMPLE_002);
  const tier = (unit: string) => report.tiers!.find((t) => t.unit === unit)!;

  it('applies the tier rule to each commune', () => {
    expect(tier('UBND xã Tân Bình')).toMatchObject({
      passed: true,
      rank: 1,
      verdict: '33/33 bắt buộc, 12/21 mở rộng → Đạt mức toàn diện',
    });
    expect(tier('UBND xã Long Thủy')).toMatchObject({
      passed: false,
      rank: 2,
      verdict: '33/33 bắt buộc, 10/21 mở rộng → Chưa đạt mức toàn diện',
    });
    expect(tier('UBND xã Tân Phú')).toMatchObject({
      passed: false,
      rank: 3,
      verdict: '32/33 bắt buộc, 21/21 mở rộng → Chưa đạt mức toàn diện',
    });
  });

  it('ranks the communes that reported nothing last, together', () => {
    const silent = report.tiers!.filter((t) => !t.reported);
    expect(silent).toHaveLength(17);
    for (const t of silent)
      expect(t).toMatchObject({
        rank: 4,
        passed: false,
        verdict: 'Chưa báo cáo',
        mandatory: { met: 0, total: 33 },
        extended: { met: 0, total: 21 },
      });
    expect(report.tiers!.slice(3).every((t) => !t.reported)).toBe(true);
  });

  it('marks a criterion unmet when one commune misses it, not reported while others are silent', () => {
    const first = report.indicators[0];
    expect(first.tier).toBe('mandatory');
    expect(first.status).toBe('unmet');
    expect(first.results.filter((r) => r.status === 'unmet').map((r) => r.agency)).toEqual(['UBND xã Tân Phú']);
    expect(report.totals.met).toBe(0);
  });
});

// Small tables for the edges of the rules.
const settings: Settings = { ...defaultSettings(2025), exceedMargin: 10 };

function indicator(id: string, targetText: string, tier: Tier | null = null, section = 'Chính quyền số'): Indicator {
  return {
    id,
    code: id,
    section,
    sectionCode: '',
    text: `Chỉ tiêu ${id}`,
    targetText,
    targets: parseTargets(targetText).targets,
    unit: null,
    lead: [],
    cooperating: [],
    monitor: [],
    tier,
    method: '',
    note: '',
    row: 1,
  };
}

/** A unit entering `values` (by line key) for Quý I on the lines of `indicators`. */
function unit(name: string, indicators: Indicator[], values: Record<string, unknown>): UnitInput {
  return {
    unit: { key: name, name, sheetName: name, editors: [] },
    hasTab: true,
    lines: indicators.flatMap(linesOf).map((line) => {
      const v: LineValues = {
        periods: line.key in values ? { 'Quý I': values[line.key] } : {},
        evidence: {},
        explanation: {},
      };
      return { line, values: v };
    }),
  };
}

const build = (indicators: Indicator[], units: UnitInput[], s: Settings = settings) =>
  buildReport({ period: 'Quý I', settings: s, indicators, units } satisfies ReportInput);

describe('rules at their edges', () => {
  it('reports an indicator with several targets line by line', () => {
    const levels = indicator('1', 'Cấp tỉnh đạt 100%, cấp huyện đạt 95%, cấp xã đạt 80%');
    expect(linesOf(levels)).toHaveLength(3);
    const met = build([levels], [unit('A', [levels], { '1/1': 1, '1/2': 0.95, '1/3': 0.8 })]);
    expect(met.indicators[0].status).toBe('met');
    const oneShort = build([levels], [unit('A', [levels], { '1/1': 1, '1/2': 0.95, '1/3': 0.7 })]);
    expect(oneShort.indicators[0].status).toBe('unmet');
    expect(oneShort.indicators[0].results.map((r) => r.label)).toEqual(['cấp tỉnh', 'cấp huyện', 'cấp xã']);
    const oneBlank = build([levels], [unit('A', [levels], { '1/1': 1, '1/2': 0.95 })]);
    expect(oneBlank.indicators[0].status).toBe('missing');
    expect(oneBlank.agencies[0]).toMatchObject({ assigned: 3, reported: 2, met: 2 });
  });

  it('calls a result exceeded when it beats the target by the margin, either way', () => {
    const atLeast = indicator('1', '≥ 60%');
    const atMost = indicator('2', 'không quá 5%');
    const r = build([atLeast, atMost], [unit('A', [atLeast, atMost], { '1': 0.7, '2': 0.04 })]);
    expect(r.indicators.map((i) => i.status)).toEqual(['exceeded', 'met']);
    expect(r.totals).toMatchObject({ met: 2, exceeded: 1 });
    const lower = build([atMost], [unit('A', [atMost], { '2': 0 })], { ...settings, exceedMargin: 5 });
    expect(lower.indicators[0].status).toBe('exceeded');
  });

  it('passes a unit at exactly half of 21 extended criteria rounded up (11), not at 10', () => {
    const mandatory = [indicator('m1', '100%', 'mandatory'), indicator('m2', 'Có hệ thống', 'mandatory')];
    const extended = Array.from({ length: 21 }, (_, i) => indicator(`e${i}`, '≥ 50%', 'extended'));
    const all = [...mandatory, ...extended];
    const figures = (extendedMet: number) => ({
      m1: 1,
      m2: 'Có',
      ...Object.fromEntries(extended.map((e, i) => [e.id, i < extendedMet ? 0.5 : 0.1])),
    });
    const r = build(all, [
      unit('Eleven', all, figures(11)),
      unit('Ten', all, figures(10)),
      unit('Also eleven', all, figures(11)),
    ]);
    expect(r.tiers!.map((t) => [t.unit, t.rank, t.passed])).toEqual([
      ['Also eleven', 1, true],
      ['Eleven', 1, true],
      ['Ten', 3, false],
    ]);
    const stricter = build(all, [unit('Eleven', all, figures(11))], { ...settings, extendedShare: 0.6 });
    expect(stricter.tiers![0].passed).toBe(false);
  });

  it('does not count a criterion as met while one of its lines is blank', () => {
    const twoLines = indicator('c', 'Cấp tỉnh đạt 100%, cấp xã đạt 80%', 'mandatory');
    const r = build([twoLines], [unit('A', [twoLines], { 'c/1': 1 })]);
    expect(r.tiers![0]).toMatchObject({ mandatory: { met: 0, total: 1 }, passed: false, reported: true });
  });
});
