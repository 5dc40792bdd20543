/**
 * The server functions the sidebar calls: the menu item opens it, one call returns the whole
 * report (the same figures as buildReport), plain notices for empty workbooks and periods,
 * and failures come back as a Vietnamese message, never as a thrown stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from '../../src/appsscript/main';
import { M } from '../../src/core/messages';
import { buildReport } from '../../src/core/report/report';
import { type PackedSidebar, unpackSidebar } from '../../src/core/report/sidebar-pack';
import { collectResults } from '../../src/sheets/collect';
import { newBook, paste, seedGrid } from '../support/book';
import { jsonProblems } from '../sidebar/json-safe';
import { SAMPLE_002, SAMPLE_004, sampleBook, use } from '../sidebar/sample-book';

const SIDEBAR_HTML = readFileSync(join(__dirname, '../../sidebar/Sidebar.html'), 'utf8');

describe('opening the sidebar', () => {
  it('is a menu item that shows the Sidebar page with its title', () => {
    const local = sampleBook(SAMPLE_004, { Sidebar: SIDEBAR_HTML });
    main.onOpen();
    expect(local.workbook.ui.menus[0].items).toContainEqual({
      caption: M.menuSidebar,
      functionName: 'menuOpenSidebar',
    });
    main.menuOpenSidebar();
    expect(local.workbook.ui.sidebars).toEqual([{ title: M.sidebarTitle, html: SIDEBAR_HTML, width: 300 }]);
  });
});

describe('sidebarGetReport', () => {
  const book004 = sampleBook(SAMPLE_004);
  const book002 = sampleBook(SAMPLE_002);

  it.each([
    ['004', book004],
    ['002', book002],
  ])('returns the figures of buildReport for seed %s in one plain-JSON payload', (_name, local) => {
    use(local);
    const packed = main.sidebarGetReport('Quý I') as PackedSidebar;
    expect(jsonProblems(packed)).toEqual([]);
    const payload = unpackSidebar(packed).response;
    const c = collectResults(local.platform);
    const report = buildReport({ period: 'Quý I', settings: c.settings, indicators: c.indicators, units: c.units });
    const view = payload.report!;
    expect(view.totals).toMatchObject({
      total: report.totals.indicators,
      met: report.totals.met,
      exceeded: report.totals.exceeded,
      unmet: report.totals.unmet,
      missing: report.totals.notReported,
    });
    expect(view.groups.map((g) => [g.label, g.total, g.met, g.unmet, g.missing])).toEqual(
      report.groups.map((g) => [g.section, g.total, g.met, g.unmet, g.missing]),
    );
    expect(view.agencies.map((a) => [a.name, a.assigned, a.reported, a.met])).toEqual(
      report.agencies.map((a) => [a.name, a.assigned, a.reported, a.met]),
    );
    expect(view.tiers?.map((t) => t.verdict) ?? null).toEqual(report.tiers?.map((t) => t.verdict) ?? null);
  });

  it('opens on the latest period with figures when none is asked for', () => {
    use(book004);
    expect(main.sidebarGetReport()).toMatchObject({ ok: true, period: 'Quý I', notice: '' });
  });

  it('says so when nobody reported in the period', () => {
    use(book004);
    expect(main.sidebarGetReport('Quý II')).toMatchObject({
      ok: true,
      period: 'Quý II',
      notice: M.reportPeriodEmpty('Quý II'),
      report: { empty: true },
    });
  });

  it('answers an unknown period with the periods there are', () => {
    use(book004);
    expect(main.sidebarGetReport('Quý 9')).toEqual({
      ok: false,
      message: M.reportUnknownPeriod('Quý 9', ['Quý I', 'Quý II', 'Quý III', 'Quý IV']),
    });
  });
});

describe('a workbook without tabs', () => {
  it('says there is no table yet, then that there are no tabs yet, and writes nothing', () => {
    const local = newBook();
    main.menuSetup();
    expect(main.sidebarGetReport('')).toMatchObject({ ok: true, notice: M.reportNoTable, report: null });
    expect(main.sidebarWriteSummary('Quý I')).toEqual({ ok: false, message: M.reportNoTable, sheetName: '' });
    paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
    expect(main.sidebarGetReport('')).toMatchObject({ ok: true, notice: M.reportNoTabs, report: null });
    expect(main.sidebarWriteSummary('Quý I')).toEqual({ ok: false, message: M.reportNoTabs, sheetName: '' });
    expect(local.workbook.sheets.some((s) => s.name.startsWith('Tổng hợp'))).toBe(false);
  });
});

describe('when something breaks on the server', () => {
  it('returns a Vietnamese message instead of throwing a stack trace', () => {
    const local = sampleBook(SAMPLE_004);
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const sheets = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    jest.spyOn(sheets, 'getSheets').mockImplementation(() => {
      throw new Error('Service Spreadsheets timed out');
    });
    jest.spyOn(local.platform.SpreadsheetApp, 'getActiveSpreadsheet').mockReturnValue(sheets);
    for (const response of [main.sidebarGetReport('Quý I'), main.sidebarWriteSummary('Quý I')]) {
      expect(response).toEqual({ ok: false, message: M.reportFailed('Service Spreadsheets timed out') });
      expect(JSON.stringify(response)).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect(log).toHaveBeenCalledTimes(2);
    jest.restoreAllMocks();
  });
});
