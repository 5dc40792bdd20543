/**
 * Every seed table through set-up and generation on the in-memory SpreadsheetApp, driving the
 * real menu handlers: tabs made, each tab's lines, validation on every input cell, colour
 * rules, protections.
 */
import * as main from '../../src/appsscript/main';
import { linesOf } from '../../src/core/layout/lines';
import { readTab } from '../../src/core/layout/read-tab';
import { a1 as cellName, tabLayout } from '../../src/core/layout/columns';
import { FIRST_LINE_ROW } from '../../src/core/layout/tab';
import { parseDelimited } from '../../src/core/table/delimited';
import { readAssignmentTable } from '../../src/core/table/read';
import { AGENCIES_HEADER } from '../../src/core/workbook/agencies-sheet';
import { planTabs } from '../../src/core/workbook/plan';
import { defaultSettings } from '../../src/core/workbook/settings';
import { readAgencyRows } from '../../src/core/workbook/agencies-sheet';
import { newBook, paste, SECRETARIAT, seedGrid, valuesOf } from '../support/book';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = [
  '000-phan-cong-2025.tsv',
  '001-phan-cong-2023.tsv',
  '002-tieu-chi-xa.tsv',
  '003a-muc-tieu-2023.tsv',
  '003b-phan-cong-2023.tsv',
  '004-chi-tieu-2024.tsv',
];

function communes(): string[][] {
  const grid = parseDelimited(readFileSync(join(__dirname, '../../seeds/communes-002.tsv'), 'utf8')).slice(1);
  return [AGENCIES_HEADER, ...grid.filter((r) => r[0]).map((r) => ['', `UBND xã ${r[0]}`, '', '', '', '', r[1]])];
}

describe.each(SEEDS)('seed %s', (file) => {
  const local = newBook();
  main.onOpen();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', seedGrid(file));
  const noAgencyColumns = file.startsWith('002') || file.startsWith('003a');
  if (noAgencyColumns) paste(local, 'Cơ quan', communes());
  main.menuGenerate();
  const dialog = local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1];

  const indicators = readAssignmentTable(seedGrid(file)).indicators;
  const rows = readAgencyRows(valuesOf(local, 'Cơ quan')).rows;
  const plan = planTabs(indicators, rows, defaultSettings());
  const sheet = (name: string) => local.workbook.sheets.find((s) => s.name === name)!;

  it('builds the menu on open', () => {
    const captions = local.workbook.ui.menus[0].items.map((i) => i.functionName).filter(Boolean);
    expect(captions).toEqual(
      expect.arrayContaining([
        'menuSetup',
        'menuGenerate',
        'menuOpenSidebar',
        'menuClosePeriod',
        'menuReopenPeriod',
        'menuHelp',
      ]),
    );
  });

  it('makes one tab per reporting unit and says so', () => {
    expect(dialog.prompt).toMatch(/Đã tạo \d+ trang mới/);
    expect(plan.tabs.length).toBeGreaterThan(0);
    for (const tab of plan.tabs) expect(local.workbook.sheets.some((s) => s.name === tab.sheetName)).toBe(true);
    if (noAgencyColumns) expect(plan.tabs).toHaveLength(20);
  });

  it("gives each tab exactly its unit's lines", () => {
    for (const tab of plan.tabs) {
      const read = readTab(valuesOf(local, tab.sheetName))!;
      expect(read).not.toBeNull();
      expect([...read.lines.keys()]).toEqual(tab.lines.map((l) => l.key));
    }
  });

  it('covers every indicator with a reporting tab', () => {
    const reported = new Set(plan.tabs.flatMap((t) => t.lines.map((l) => l.indicatorId)));
    for (const i of indicators)
      expect(reported.has(i.id) || (i.lead.length === 0 && i.monitor.length === 0)).toBe(true);
  });

  it('validates every input cell by its unit and rejects impossible entries', () => {
    const tab = plan.tabs[0];
    const c = tabLayout(['Quý I', 'Quý II', 'Quý III', 'Quý IV']);
    tab.lines.forEach((line, i) => {
      const row = FIRST_LINE_ROW + i;
      for (let p = 0; p < 4; p++) {
        const cell = sheet(tab.sheetName).rows.get(row)?.get(c.period[p].value);
        expect(cell?.validation).toBeDefined();
        expect(cell!.validation!.allowInvalid).toBe(false);
      }
      const a1 = cellName(row, c.period[0].value);
      if (line.kind === 'percent') {
        expect(local.engine.userEdit(tab.sheetName, a1, '120%', SECRETARIAT).ok).toBe(false);
        expect(local.engine.userEdit(tab.sheetName, a1, '85%', SECRETARIAT).ok).toBe(true);
      } else if (line.kind === 'yesno') {
        expect(local.engine.userEdit(tab.sheetName, a1, 'abc', SECRETARIAT).ok).toBe(false);
        expect(local.engine.userEdit(tab.sheetName, a1, 'Có', SECRETARIAT).ok).toBe(true);
      } else if (line.kind === 'count') {
        expect(local.engine.userEdit(tab.sheetName, a1, '2,5', SECRETARIAT).ok).toBe(false);
        expect(local.engine.userEdit(tab.sheetName, a1, '3', SECRETARIAT).ok).toBe(true);
      }
    });
  });

  it('has the colour rules and protections on every tab', () => {
    for (const tab of plan.tabs) {
      const s = sheet(tab.sheetName);
      // Five rules per period's figure column (met, unmet, yes, no, invalid), three for the status column.
      expect(s.conditionalRules).toHaveLength(5 * 4 + 3);
      const own = s.protections.filter((p) => p.description.startsWith('[Sổ chỉ tiêu]'));
      expect(own.filter((p) => p.type === 'SHEET')).toHaveLength(1);
      expect(own.find((p) => p.type === 'SHEET')!.editors).toEqual([SECRETARIAT]);
      expect(own.filter((p) => p.type === 'RANGE').length).toBeGreaterThanOrEqual(1);
    }
  });

  it('trims every tab to the grid it uses', () => {
    for (const tab of plan.tabs) {
      const s = sheet(tab.sheetName);
      expect(s.maxColumns).toBe(tabLayout(['Quý I', 'Quý II', 'Quý III', 'Quý IV']).width);
      expect(s.maxRows).toBeLessThan(tab.lines.length + tab.cooperating.length + 10);
    }
  });

  it('writes stable ids back into the table', () => {
    const table = valuesOf(local, 'Chỉ tiêu');
    const header = table.findIndex((r) => r.includes('Mã định danh'));
    expect(header).toBeGreaterThanOrEqual(0);
    const col = table[header].indexOf('Mã định danh');
    const ids = table.map((r) => r[col]).filter((v) => v && v !== 'Mã định danh');
    expect(ids).toEqual(indicators.map((i) => i.id));
  });

  it('linesOf agrees with the tab for multi-target indicators', () => {
    const multi = indicators.filter((i) => i.targets.length > 1);
    for (const i of multi) expect(linesOf(i).length).toBe(i.targets.length);
  });
});
