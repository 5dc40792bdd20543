/**
 * Changes of Cài đặt and of the table that reshape tabs: fewer or more periods, lines added
 * above a cooperating section, period names that mix quarters with "6 tháng". Regeneration
 * works, merges match the new layout, and each action reaches exactly the period named.
 */
import * as main from '../../src/appsscript/main';
import { TITLE_ROWS, tabLayout } from '../../src/core/layout/columns';
import { readTab } from '../../src/core/layout/read-tab';
import { COLOURS } from '../../src/core/layout/tab';
import { readSettings } from '../../src/core/workbook/settings';
import { closePeriod, resolvePeriod } from '../../src/sheets/periods';
import { newBook, paste, SECRETARIAT, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì', 'Phối hợp'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ', ''],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ', ''],
  ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe', '70%', 'Phòng Y tế', 'Phòng Nội vụ'],
];

function setUp() {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', TABLE);
  main.menuGenerate();
  return local;
}

function setPeriods(local: ReturnType<typeof newBook>, periods: string[]): void {
  const rows = valuesOf(local, 'Cài đặt');
  const row = rows.findIndex((r) => r[0] === 'Kỳ báo cáo') + 1;
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cài đặt')!;
  sheet.getRange(row, 2).setValue(periods.join('; '));
  // Deadlines follow the number of periods.
  const deadlines = rows.findIndex((r) => String(r[0]).startsWith('Hạn báo cáo từng kỳ')) + 1;
  if (deadlines > 0) sheet.getRange(deadlines, 2).setValue('');
}

const merges = (local: ReturnType<typeof newBook>, tab: string) =>
  local.workbook.sheets
    .find((s) => s.name === tab)!
    .merges.map((m) => `${m.row}:${m.column}+${m.numColumns}`)
    .sort();

describe('fewer and more periods', () => {
  const local = setUp();
  expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý I'), '85%', SECRETARIAT).ok).toBe(true);
  expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý IV'), '95%', SECRETARIAT).ok).toBe(true);

  it('regenerates with three periods: merges of the new width, the fourth quarter archived', () => {
    setPeriods(local, ['Quý I', 'Quý II', 'Quý III']);
    main.menuGenerate();
    const three = tabLayout(['Quý I', 'Quý II', 'Quý III']);
    const expected = [
      ...Array.from({ length: TITLE_ROWS }, (_, i) => `${i + 1}:1+${three.status}`),
      `${6 + 2 + 1}:1+${three.status}`,
    ].sort();
    expect(merges(local, 'P. Nội vụ')).toEqual(expected);
    const read = readTab(valuesOf(local, 'P. Nội vụ'))!;
    expect(read.periods).toEqual(['Quý I', 'Quý II', 'Quý III']);
    expect(read.lines.get('1')!.periods).toEqual({ 'Quý I': 0.85 });
    const archived = valuesOf(local, 'Lưu trữ').slice(1);
    expect(archived.map((r) => [r[2], r[3], r[5], r[6]])).toEqual([['P. Nội vụ', '1', 'Quý IV', 0.95]]);
  });

  it('shows every column again when a period is added back, and hides only the helpers', () => {
    setPeriods(local, ['Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm']);
    main.menuGenerate();
    const five = tabLayout(['Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm']);
    const sheet = local.workbook.sheets.find((s) => s.name === 'P. Nội vụ')!;
    const hidden = [...sheet.hiddenColumns].sort((a, b) => a - b);
    expect(hidden).toEqual(Array.from({ length: five.hidden.count }, (_, i) => five.hidden.col + i));
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Cả năm', 'value', five.periods), '90%', SECRETARIAT).ok).toBe(
      true,
    );
  });
});

describe('lines added above a cooperating section', () => {
  it('moves the section title and its merge down with it', () => {
    const local = setUp();
    const grid = [...TABLE, ['4', 'Tỷ lệ cán bộ có chữ ký số', '100%', 'Phòng Nội vụ', '']];
    paste(local, 'Chỉ tiêu', grid);
    main.menuGenerate();
    const values = valuesOf(local, 'P. Nội vụ');
    const titleRow = values.findIndex((r) => /PHỐI HỢP/.test(String(r[0]))) + 1;
    expect(titleRow).toBe(6 + 3 + 1);
    expect(merges(local, 'P. Nội vụ')).toContain(`${titleRow}:1+${tabLayout(readTab(values)!.periods).status}`);
    expect(merges(local, 'P. Nội vụ')).not.toContain(`${titleRow - 1}:1+${tabLayout(readTab(values)!.periods).status}`);
  });
});

describe('period names mixing quarters and half-years', () => {
  const periods = ['Quý I', 'Quý II', '6 tháng', 'Quý III', 'Quý IV', '9 tháng', 'Năm'];
  const settings = { ...readSettings([]), periods };

  it.each([
    ['Quý III', 'Quý III'],
    ['quý iii', 'Quý III'],
    ['Q3', 'Quý III'],
    ['3', 'Quý III'],
    ['6 tháng', '6 tháng'],
    ['9 THÁNG', '9 tháng'],
    ['Năm', 'Năm'],
    ['Quý IV', 'Quý IV'],
    ['Q4', 'Quý IV'],
  ])('"%s" is %s', (typed, period) => {
    expect(resolvePeriod(settings, typed)).toBe(period);
  });

  it('closes exactly the period named', () => {
    const local = setUp();
    setPeriods(local, periods);
    main.menuGenerate();
    expect(closePeriod(local.platform, 'Quý IV').ok).toBe(true);
    const closed = readSettings(valuesOf(local, 'Cài đặt')).closedPeriods;
    expect(closed).toEqual(['Quý IV']);
    const header = (period: string) =>
      local.engine.effectiveStyle('P. Nội vụ', tabCell(5, period, 'value', periods)).background;
    expect(header('Quý IV')).toBe(COLOURS.closed);
    expect(header('Quý III')).toBe(COLOURS.header);
    expect(header('9 tháng')).toBe(COLOURS.header);
  });
});

describe('closing a period while another run holds the document lock', () => {
  it('writes nothing: the closing and its protections go together', () => {
    const local = setUp();
    local.engine.lockHeldByOtherUser(true);
    const result = closePeriod(local.platform, 'Quý I');
    local.engine.lockHeldByOtherUser(false);
    expect(result.ok).toBe(false);
    expect(readSettings(valuesOf(local, 'Cài đặt')).closedPeriods).toEqual([]);
    expect(closePeriod(local.platform, 'Quý I').ok).toBe(true);
    expect(readSettings(valuesOf(local, 'Cài đặt')).closedPeriods).toEqual(['Quý I']);
  });
});
