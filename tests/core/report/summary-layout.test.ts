/**
 * The summary sheet as a spec: the administrative heading, one table per section with the
 * view's figures, the chart's source and room, and a grid whose every block has one shape.
 */
import type { Area } from '../../../src/core/layout/tab';
import { M } from '../../../src/core/messages';
import { periodReport, type ReportSource } from '../../../src/core/report/sidebar-payload';
import { SUMMARY_WIDTH, summaryLayout, type SummarySpec } from '../../../src/core/report/summary-layout';
import { collectResults } from '../../../src/sheets/collect';
import { SAMPLE_002, SAMPLE_004, sampleBook } from '../../sidebar/sample-book';

const source004: ReportSource = collectResults(sampleBook(SAMPLE_004).platform);
const source002: ReportSource = collectResults(sampleBook(SAMPLE_002).platform);
const asOf = { day: 5, month: 4, year: 2025 };

function layout(source: ReportSource, period: string, organisation = source.settings.organisation) {
  const { view } = periodReport(source, period);
  return { view, spec: summaryLayout({ view, organisation, asOf }) };
}

const rowsOf = (spec: SummarySpec, area: Area) => spec.values.slice(area.row, area.row - 1 + area.numRows);
const inside = (a: Area, spec: SummarySpec) =>
  a.row >= 1 && a.col >= 1 && a.row + a.numRows - 1 <= spec.height && a.col + a.numCols - 1 <= spec.width;

describe('the summary sheet layout', () => {
  const { view, spec } = layout(source004, 'Quý I');

  it('has the heading of an administrative report', () => {
    expect(spec.sheetName).toBe(`Tổng hợp Quý I ${view.year}`);
    expect(spec.values[0][0]).toBe('UBND huyện Lộc Ninh');
    expect(spec.values[0][3]).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(spec.values[1][3]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(spec.values[2][3]).toBe('……, ngày 05 tháng 04 năm 2025');
    expect(spec.values[spec.titleCell.row - 1][0]).toBe(
      `BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ I NĂM ${view.year}`,
    );
    expect(spec.frozenRows).toBeGreaterThanOrEqual(spec.titleCell.row);
    expect(layout(source002, 'Quý I').spec.values[0][0]).toBe('Văn phòng HĐND và UBND');
  });

  it('is one rectangular grid, every area on it', () => {
    for (const block of [spec.values, spec.numberFormats, spec.backgrounds, spec.fontWeights]) {
      expect(block).toHaveLength(spec.height);
      for (const row of block) expect(row).toHaveLength(SUMMARY_WIDTH);
    }
    for (const area of [
      ...spec.merges,
      ...Object.values(spec.tables),
      ...spec.italic,
      ...spec.centred,
      spec.chart!.area,
    ])
      expect(inside(area!, spec)).toBe(true);
    expect(spec.columnWidths).toHaveLength(SUMMARY_WIDTH);
    // Fits an A4 landscape page at fit-to-width without shrinking text much.
    expect(spec.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThan(1300);
  });

  it("holds the view's figures as numbers, shares as fractions formatted as percents", () => {
    const [totalsRow] = rowsOf(spec, spec.tables.totals!);
    expect(totalsRow).toEqual([
      '',
      M.summaryAllIndicators,
      view.totals.met,
      view.totals.unmet,
      view.totals.missing,
      view.totals.total,
      view.totals.exceeded,
      view.totals.metShare,
    ]);
    expect(rowsOf(spec, spec.tables.groups!).map((r) => r.slice(1, 7))).toEqual(
      view.groups.map((g) => [g.label, g.met, g.unmet, g.missing, g.total, g.exceeded]),
    );
    expect(rowsOf(spec, spec.tables.agencies!).map((r) => [r[1], r[2], r[3], r[7]])).toEqual(
      view.agencies.map((a) => [a.name, a.assigned, a.reported, a.completeness]),
    );
    const shareCell = spec.tables.totals!;
    expect(spec.numberFormats[shareCell.row][7]).toBe('0%');
    expect(spec.numberFormats[shareCell.row][1]).toBe('@');
  });

  it('lists unmet lines with explanations and agencies still to report', () => {
    const unmet = rowsOf(spec, spec.tables.unmet!);
    expect(unmet).toHaveLength(view.unmet.reduce((n, u) => n + u.lines.length, 0));
    expect(unmet.map((r) => r[2])).toEqual(view.unmet.flatMap((u) => u.lines.map((l) => l.agency)));
    expect(unmet.map((r) => r[7])).toContain(M.sidebarNoExplanation);
    const late = rowsOf(spec, spec.tables.late!);
    expect(late.map((r) => r[1])).toEqual(view.late.map((a) => a.name));
    expect(late.find((r) => r[1] === 'Phòng Tài chính- Kế hoạch')![7]).toMatch(/^11\. .*\n12\. /);
  });

  it('keeps room for the chart of the group table, which reads its header and groups', () => {
    const chart = spec.chart!;
    const groups = spec.tables.groups!;
    expect(chart.area).toEqual({ row: groups.row, col: 2, numRows: view.groups.length + 1, numCols: 4 });
    expect(spec.values[chart.area.row - 1].slice(1, 5)).toEqual(['Nhóm chỉ tiêu', 'Đạt', 'Chưa đạt', 'Chưa báo cáo']);
    const below = spec.values.slice(chart.anchorRow - 1, chart.anchorRow - 1 + Math.ceil(chart.height / 21));
    expect(below.every((r) => r.every((v) => v === ''))).toBe(true);
    expect(chart.anchorRow).toBeGreaterThan(groups.row + groups.numRows - 1);
  });

  it('adds the tier ranking only for criteria sets', () => {
    expect(spec.tables.tiers).toBeUndefined();
    const communes = layout(source002, 'Quý I');
    const tiers = rowsOf(communes.spec, communes.spec.tables.tiers!);
    expect(tiers.map((r) => [r[0], r[1], r[7]])).toEqual(communes.view.tiers!.map((t) => [t.rank, t.unit, t.verdict]));
  });

  it('says "Không có." under a section without rows, keeping the same shape', () => {
    const empty = layout(source004, 'Quý II').spec;
    expect(rowsOf(empty, empty.tables.unmet!)).toEqual([['', M.summaryNone, '', '', '', '', '', '']]);
    expect(empty.merges.length).toBe(spec.merges.length);
    expect(Object.keys(empty.tables)).toEqual(Object.keys(spec.tables));
  });
});
