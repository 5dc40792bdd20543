/**
 * The view the sidebar and the summary sheet both show, and the sidebar's one payload: the
 * periods with their closed mark, the default period, plain notices when there is nothing to
 * show, and JSON-safe data (it crosses google.script.run).
 */
import { M } from '../../../src/core/messages';
import { buildReport } from '../../../src/core/report/report';
import {
  periodReport,
  type ReportSource,
  sidebarPayload,
  type SidebarReport,
} from '../../../src/core/report/sidebar-payload';
import { reportView } from '../../../src/core/report/view';
import { collectResults } from '../../../src/sheets/collect';
import { jsonProblems } from '../../sidebar/json-safe';
import { SAMPLE_002, SAMPLE_004, sampleBook, TRICKY_EXPLANATION } from '../../sidebar/sample-book';

const source004: ReportSource = collectResults(sampleBook(SAMPLE_004).platform);
const source002: ReportSource = collectResults(sampleBook(SAMPLE_002).platform);

describe('the sidebar payload', () => {
  it('opens on the latest period with figures and marks closed periods', () => {
    const payload = sidebarPayload(source004, '') as SidebarReport;
    expect(payload).toMatchObject({ ok: true, period: 'Quý I', notice: '' });
    expect(payload.periods).toEqual([
      { name: 'Quý I', closed: true, hasData: true },
      { name: 'Quý II', closed: false, hasData: false },
      { name: 'Quý III', closed: false, hasData: false },
      { name: 'Quý IV', closed: false, hasData: false },
    ]);
    expect(payload.report!.closed).toBe(true);
  });

  it('moves to a later period once someone reports in it', () => {
    const [first, ...rest] = source004.units;
    const line = first.lines[0];
    const later = {
      ...source004,
      units: [
        {
          ...first,
          lines: [
            { ...line, values: { ...line.values!, periods: { ...line.values!.periods, 'Quý III': 0.5 } } },
            ...first.lines.slice(1),
          ],
        },
        ...rest,
      ],
    };
    expect((sidebarPayload(later, '') as SidebarReport).period).toBe('Quý III');
  });

  it('says plainly when a period has no figures yet', () => {
    const payload = sidebarPayload(source004, 'Quý II') as SidebarReport;
    expect(payload.notice).toBe(M.reportPeriodEmpty('Quý II'));
    expect(payload.report).toMatchObject({
      empty: true,
      closed: false,
      totals: { missing: source004.indicators.length },
    });
  });

  it('says plainly when there is no table or no tab yet', () => {
    expect(sidebarPayload({ ...source004, indicators: [], units: [] }, '')).toMatchObject({
      ok: true,
      notice: M.reportNoTable,
      report: null,
    });
    const noTabs = {
      ...source004,
      units: source004.units.map((u) => ({ ...u, hasTab: false, lines: u.lines.map((l) => ({ ...l, values: null })) })),
    };
    expect(sidebarPayload(noTabs, '')).toMatchObject({
      ok: true,
      notice: M.reportNoTabs,
      report: null,
      period: 'Quý I',
    });
  });

  it('refuses a period that is not in Settings, in Vietnamese', () => {
    expect(sidebarPayload(source004, 'Quý V')).toEqual({
      ok: false,
      message: M.reportUnknownPeriod('Quý V', source004.settings.periods),
    });
  });

  it('is plain JSON, whatever the workbook', () => {
    for (const source of [source004, source002]) {
      for (const period of ['', 'Quý II']) {
        const payload = sidebarPayload(source, period);
        expect(jsonProblems(payload)).toEqual([]);
        expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
      }
    }
  });
});

describe('the report view', () => {
  const { report, view } = periodReport(source004, 'Quý I');

  it('lists the agencies that have not reported everything, least complete first, with what is missing', () => {
    expect(new Set(view.late.map((a) => a.name))).toEqual(
      new Set(report.agencies.filter((a) => a.reported < a.assigned).map((a) => a.name)),
    );
    view.late.slice(1).forEach((b, i) => {
      const a = view.late[i];
      expect(
        a.completeness < b.completeness ||
          (a.completeness === b.completeness && a.name.localeCompare(b.name, 'vi') < 0),
      ).toBe(true);
    });
    const finance = view.late.find((a) => a.name === 'Phòng Tài chính- Kế hoạch')!;
    expect(finance).toMatchObject({ reported: 2, assigned: 4, missing: 2, completeness: 0.5 });
    expect(finance.missingLines.map((l) => l.code)).toEqual(['11', '12']);
    expect(view.late[view.late.length - 1]).toBe(finance);
  });

  it('lists every unmet indicator with each unmet line and its explanation as entered', () => {
    expect(view.unmet.map((u) => u.code)).toEqual(
      report.indicators.filter((i) => i.status === 'unmet').map((i) => i.code),
    );
    const training = view.unmet.find((u) => u.code === '6')!;
    expect(training.lines).toEqual([
      {
        agency: 'Phòng Văn hoá và Thông tin',
        target: '≥ 50%',
        result: '45%',
        status: 'unmet',
        statusText: 'Chưa đạt',
        evidence: '',
        explanation: TRICKY_EXPLANATION,
      },
    ]);
  });

  it('names groups, and shares come from the counts', () => {
    expect(view.groups.map((g) => g.label)).toEqual(report.groups.map((g) => g.section));
    for (const g of view.groups) expect(g.metShare).toBeCloseTo(g.total ? g.met / g.total : 0);
    const untitled = reportView({ ...report, groups: [{ ...report.groups[0], section: '' }] }, source004.settings);
    expect(untitled.groups[0].label).toBe(M.reportNoSection);
  });

  it('carries the tier ranking of a criteria set', () => {
    const communes = periodReport(source002, 'Quý I');
    expect(communes.view.tiers!.slice(0, 3).map((t) => [t.rank, t.unit, t.conclusion])).toEqual([
      [1, 'UBND xã Tân Bình', 'Đạt mức toàn diện'],
      [2, 'UBND xã Long Thủy', 'Chưa đạt mức toàn diện'],
      [3, 'UBND xã Tân Phú', 'Chưa đạt mức toàn diện'],
    ]);
    expect(communes.view.tiers!.map((t) => t.verdict)).toEqual(communes.report.tiers!.map((t) => t.verdict));
    expect(view.tiers).toBeNull();
    expect(buildReport({ period: 'Quý I', ...source004 }).tiers).toBeNull();
  });
});
