/**
 * The summary sheet written through the sidebar's server function on the sample workbooks:
 * its figures, read back with getValues, are buildReport's; it has the chart, frozen heading
 * and print-minded layout; writing again replaces it and leaves other periods' sheets alone;
 * the number of calls does not grow with the data.
 */
import * as main from '../../src/appsscript/main';
import { periodColumns, tabLayout } from '../../src/core/layout/columns';
import { a1, FIRST_LINE_ROW } from '../../src/core/layout/tab';
import { M } from '../../src/core/messages';
import { buildReport, type Report } from '../../src/core/report/report';
import { collectResults } from '../../src/sheets/collect';
import { dateIn, writeSummary } from '../../src/sheets/summary-sheet';
import type { LocalPlatform } from '../../src/local/engine';
import { type Sample, SAMPLE_002, SAMPLE_004, sampleBook, use } from '../sidebar/sample-book';

function reportFor(local: LocalPlatform, period: string): Report {
  const c = collectResults(local.platform);
  return buildReport({ period, settings: c.settings, indicators: c.indicators, units: c.units });
}

const H = M.summaryHeaders;

const sheetData = (local: LocalPlatform, name: string) => local.workbook.sheets.find((s) => s.name === name);

function values(local: LocalPlatform, name: string): unknown[][] {
  return local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues();
}

/** The data rows of the table under a section title: from after its header row to the first blank or note row. */
function table(grid: unknown[][], title: string, header: string[]): unknown[][] {
  const start = grid.findIndex((r) => r[0] === title);
  expect(start).toBeGreaterThan(0);
  const headerRow = grid.findIndex((r, i) => i > start && JSON.stringify(r) === JSON.stringify(header));
  expect(headerRow).toBeGreaterThan(start);
  const rows: unknown[][] = [];
  for (const row of grid.slice(headerRow + 1)) {
    if (row.every((v) => v === '') || (typeof row[0] === 'string' && row[0] !== '')) break;
    rows.push(row);
  }
  return rows;
}

function written(sample: Sample): { local: LocalPlatform; sheet: string; report: Report } {
  const local = sampleBook(sample);
  const result = main.sidebarWriteSummary(sample.period);
  expect(result).toMatchObject({
    ok: true,
    message: M.summaryWritten(`Tổng hợp ${sample.period} ${reportFor(local, sample.period).year}`),
  });
  return { local, sheet: (result as { sheetName: string }).sheetName, report: reportFor(local, sample.period) };
}

describe('the summary sheet of seed 004', () => {
  const { local, sheet, report } = written(SAMPLE_004);
  const grid = values(local, sheet);
  beforeEach(() => use(local));

  it('is named for the period and year and becomes the active sheet', () => {
    expect(sheet).toBe(`Tổng hợp Quý I ${report.year}`);
    expect(local.workbook.activeSheetId).toBe(sheetData(local, sheet)!.sheetId);
    expect(grid[0][0]).toBe('UBND huyện Lộc Ninh');
    expect(grid.some((r) => r[0] === `BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ I NĂM ${report.year}`)).toBe(
      true,
    );
  });

  it("holds buildReport's totals and groups", () => {
    const t = report.totals;
    expect(table(grid, M.summaryTotalsTitle, H.groups)).toEqual([
      ['', M.summaryAllIndicators, t.met, t.unmet, t.notReported, t.indicators, t.exceeded, t.met / t.indicators],
    ]);
    expect(table(grid, M.summaryGroupsTitle, H.groups).map((r) => r.slice(1, 7))).toEqual(
      report.groups.map((g) => [g.section, g.met, g.unmet, g.missing, g.total, g.exceeded]),
    );
  });

  it("holds buildReport's agencies with their completeness", () => {
    expect(table(grid, M.summaryAgenciesTitle, H.agencies).map((r) => r.slice(1))).toEqual(
      report.agencies.map((a) => [
        a.name,
        a.assigned,
        a.reported,
        a.met,
        a.unmet,
        a.assigned - a.reported,
        a.completeness,
      ]),
    );
  });

  it('lists unmet indicators with explanations kept as text, and the agencies still to report', () => {
    const unmet = table(grid, M.summaryUnmetTitle, H.unmet);
    const lines = report.indicators
      .filter((i) => i.status === 'unmet')
      .flatMap((i) => i.results.filter((r) => r.status === 'unmet'));
    expect(unmet.map((r) => [r[2], r[3], r[4], r[6], r[7]])).toEqual(
      lines.map((l) => [l.agency, l.target, l.display, l.evidence, l.explanation || M.sidebarNoExplanation]),
    );
    expect(unmet.map((r) => r[6])).toContain('Công văn 42/VHTT');
    expect(unmet.map((r) => r[7])).toContain('+ Chưa có số liệu thống kê thương mại điện tử');
    const late = table(grid, M.summaryLateTitle, H.late);
    expect(late.map((r) => r[1]).sort()).toEqual(
      report.agencies
        .filter((a) => a.reported < a.assigned)
        .map((a) => a.name)
        .sort(),
    );
    expect(grid.some((r) => r[0] === M.summaryTiersTitle)).toBe(false);
  });

  it('formats shares as percents and draws a stacked bar chart of the group table', () => {
    const data = sheetData(local, sheet)!;
    const totalsRow = grid.findIndex((r) => r[1] === M.summaryAllIndicators) + 1;
    expect(data.rows.get(totalsRow)!.get(8)!.numberFormat).toBe('0%');
    expect(data.charts).toHaveLength(1);
    const chart = data.charts[0];
    expect(chart.type).toBe('BAR');
    expect(chart.options).toMatchObject({ isStacked: true, title: M.summaryChartTitle });
    const header = grid.findIndex((r) => r[0] === M.summaryGroupsTitle) + 2;
    expect(chart.ranges).toEqual([
      { sheetId: data.sheetId, range: { row: header, column: 2, numRows: report.groups.length + 1, numColumns: 4 } },
    ]);
    expect(chart.position.row).toBeGreaterThan(header + report.groups.length);
  });

  it('is laid out for printing: frozen heading, fixed widths, no gridlines, merged title', () => {
    const data = sheetData(local, sheet)!;
    expect(data.frozenRows).toBe(6);
    expect(data.gridlinesHidden).toBe(true);
    expect([...data.columnWidths.values()].reduce((a, b) => a + b, 0)).toBeLessThan(1300);
    expect(data.maxColumns).toBe(8);
    expect(data.maxRows).toBe(grid.length);
    expect(data.merges).toContainEqual({ row: 5, column: 1, numRows: 1, numColumns: 8 });
  });

  it('replaces the same period on a second write and keeps other periods as they were', () => {
    const index = local.workbook.sheets.findIndex((s) => s.name === sheet);
    expect(main.sidebarWriteSummary('Quý II')).toMatchObject({ ok: true });
    const quarterTwo = `Tổng hợp Quý II ${report.year}`;
    const snapshot = JSON.stringify(values(local, quarterTwo));
    // The second line of P. Y tế is unmet and had no explanation.
    expect(
      local.engine.userEdit(
        'P. Y tế',
        a1(
          FIRST_LINE_ROW + 1,
          periodColumns(tabLayout(['Quý I', 'Quý II', 'Quý III', 'Quý IV']), 'Quý I')!.explanation,
        ),
        'Đã bổ sung giải trình',
      ).ok,
    ).toBe(true);
    expect(main.sidebarWriteSummary('Quý I')).toMatchObject({ ok: true });
    expect(local.workbook.sheets.filter((s) => s.name === sheet)).toHaveLength(1);
    expect(local.workbook.sheets.findIndex((s) => s.name === sheet)).toBe(index);
    expect(sheetData(local, sheet)!.charts).toHaveLength(1);
    expect(JSON.stringify(values(local, quarterTwo))).toBe(snapshot);
    expect(values(local, sheet).flat()).toContain('Đã bổ sung giải trình');
  });
});

describe('the summary sheet of seed 002', () => {
  const { local, sheet, report } = written(SAMPLE_002);
  const grid = values(local, sheet);
  beforeEach(() => use(local));

  it('ranks the communes with their tier verdicts, as buildReport does', () => {
    expect(grid.some((r) => r[0] === M.summaryTiersRule(1, 0.5))).toBe(true);
    const rows = table(grid, M.summaryTiersTitle, H.tiers);
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual(
      report.tiers!.map((t) => [
        t.rank,
        t.unit,
        t.mandatory.met,
        t.mandatory.total,
        t.extended.met,
        t.extended.total,
        t.verdict,
      ]),
    );
    expect(rows.slice(0, 3).map((r) => r[7])).toEqual([
      '33/33 bắt buộc, 12/21 mở rộng → Đạt mức toàn diện',
      '33/33 bắt buộc, 10/21 mở rộng → Chưa đạt mức toàn diện',
      '32/33 bắt buộc, 21/21 mở rộng → Chưa đạt mức toàn diện',
    ]);
    expect(grid[0][0]).toBe('Văn phòng HĐND và UBND');
  });

  it('writes with the same number of calls whatever the amount of data', () => {
    const count = (period: string) => {
      local.calls.reset();
      expect(main.sidebarWriteSummary(period)).toMatchObject({ ok: true });
      return local.calls.summary();
    };
    count('Quý II'); // both sheets exist: each count below is of a replacement
    const full = count('Quý I');
    const empty = count('Quý II');
    expect(full).toEqual(empty);
    expect(full.write).toBeLessThan(60);
  });
});

describe('writing a summary', () => {
  it('prints the date of the spreadsheet time zone', () => {
    expect(dateIn(new Date('2025-04-04T20:00:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({ day: 5, month: 4, year: 2025 });
    expect(dateIn(new Date('2025-04-04T20:00:00Z'), 'Europe/London')).toEqual({ day: 4, month: 4, year: 2025 });
  });

  it('puts that date on the sheet', () => {
    const local = sampleBook(SAMPLE_004);
    const result = writeSummary(local.platform, 'Quý I', new Date('2025-04-04T20:00:00Z'));
    expect(values(local, result.sheetName)[2][3]).toBe('……, ngày 05 tháng 04 năm 2025');
  });

  it('waits for no one: a busy workbook gets a message and nothing changes', () => {
    const local = sampleBook(SAMPLE_004);
    const before = local.workbook.sheets.map((s) => s.name);
    local.engine.lockHeldByOtherUser(true);
    expect(writeSummary(local.platform, 'Quý I')).toEqual({ ok: false, message: M.lockBusy(), sheetName: '' });
    local.engine.lockHeldByOtherUser(false);
    expect(local.workbook.sheets.map((s) => s.name)).toEqual(before);
  });
});
