/**
 * A regenerated tab looks exactly like a tab made afresh from the same table and settings: its
 * merges and hidden columns are those of the new layout. Sheet.clear() keeps merges and hidden
 * columns (engine rules.ts, 2), so without breaking merges apart and showing the columns first,
 * fewer periods fail with "You must select all cells in a merged range…", a cooperating section
 * that moves leaves a merge over a reporting line, and more periods hide the explanation and
 * status columns.
 */
import * as main from '../../src/appsscript/main';
import { gridA1 } from '../../src/local/engine/a1';
import type { LocalPlatform } from '../../src/local/engine';
import { newBook, paste } from '../support/book';

const HEADER = ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì', 'Phối hợp'];
const TABLE = [
  HEADER,
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ', ''],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ', 'Phòng Y tế'],
  ['3', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '70%', 'Phòng Y tế', ''],
];
const MORE_LINES = [
  ...TABLE,
  ['4', 'Số cơ sở y tế kết nối liên thông', '20', 'Phòng Y tế', ''],
  ['5', 'Tỷ lệ trạm y tế có bệnh án điện tử', '50%', 'Phòng Y tế', ''],
];

function setPeriods(local: LocalPlatform, periods: string[]): void {
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cài đặt')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => String(r[0]) === 'Kỳ báo cáo');
  sheet.getRange(row + 1, 2).setValue(periods.join('; '));
}

function book(table: string[][], periods: string[]): LocalPlatform {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', table);
  setPeriods(local, periods);
  main.menuGenerate();
  return local;
}

/** What the layout decides about a tab's grid: merges, hidden columns, frozen rows, size. */
function shape(local: LocalPlatform, tab: string) {
  const sheet = local.workbook.sheets.find((s) => s.name === tab)!;
  return {
    merges: sheet.merges.map(gridA1).sort(),
    hidden: [...sheet.hiddenColumns].sort((a, b) => a - b),
    frozenRows: sheet.frozenRows,
    size: [sheet.maxRows, sheet.maxColumns],
  };
}

const lastDialog = (local: LocalPlatform) => local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt;
const FOUR = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];

describe('a regenerated tab has the layout of a fresh one', () => {
  it('after fewer periods (4 → 3)', () => {
    const local = book(TABLE, FOUR);
    setPeriods(local, FOUR.slice(0, 3));
    main.menuGenerate();
    expect(lastDialog(local)).not.toMatch(/merged range|Lỗi|lỗi/);
    const fresh = book(TABLE, FOUR.slice(0, 3));
    for (const tab of ['P. Nội vụ', 'P. Y tế']) expect(shape(local, tab)).toEqual(shape(fresh, tab));
  });

  it('after more periods (4 → 5): the explanation and status columns stay visible', () => {
    const local = book(TABLE, FOUR);
    const five = [...FOUR, 'Cả năm'];
    setPeriods(local, five);
    main.menuGenerate();
    const fresh = book(TABLE, five);
    for (const tab of ['P. Nội vụ', 'P. Y tế']) expect(shape(local, tab)).toEqual(shape(fresh, tab));
  });

  it('when the lines above a cooperating section grow', () => {
    const local = book(TABLE, FOUR);
    const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
    sheet.clearContents();
    paste(local, 'Chỉ tiêu', MORE_LINES);
    main.menuGenerate();
    const fresh = book(MORE_LINES, FOUR);
    expect(shape(local, 'P. Y tế')).toEqual(shape(fresh, 'P. Y tế'));
  });
});
