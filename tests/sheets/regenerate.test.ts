/**
 * Regeneration never loses data: values entered in tabs stay where they belong after the
 * table is reordered, extended, shortened, reworded and an agency renamed; values of a removed
 * indicator land in the archive. And the cost of a tab does not grow with its rows.
 */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import type { LocalPlatform } from '../../src/local/engine';
import { newBook, paste, SECRETARIAT, seedGrid, tabCell, valuesOf } from '../support/book';

function tableGrid(local: LocalPlatform): string[][] {
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
  return sheet.getDataRange().getDisplayValues();
}

function replaceTable(local: LocalPlatform, grid: string[][]): void {
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
  sheet.clearContents();
  paste(local, 'Chỉ tiêu', grid);
}

type Cell = 'Quý I' | 'Quý II' | 'Minh chứng Quý I';

/** The cell of a line on a tab: a period's figure, or Quý I's evidence. */
function cellOfLine(local: LocalPlatform, tab: string, key: string, cell: Cell): string {
  const row = readTab(valuesOf(local, tab))!.rows.get(key)!;
  return cell === 'Minh chứng Quý I' ? tabCell(row, 'Quý I', 'evidence') : tabCell(row, cell);
}

describe('regenerating after the table changes', () => {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
  main.menuGenerate();

  const enter = (tab: string, key: string, col: Cell, value: string) => {
    const result = local.engine.userEdit(tab, cellOfLine(local, tab, key, col), value, SECRETARIAT);
    expect(result).toEqual({ ok: true });
  };
  enter('P. VH&TT', 'I.1', 'Quý I', '25%');
  enter('P. VH&TT', 'II.2', 'Quý II', '100%');
  enter('P. VH&TT', 'V.14', 'Quý I', '85%');
  enter('P. VH&TT', 'V.14', 'Minh chứng Quý I', 'Báo cáo 12/BC-VHTT');
  enter('P. VH&TT', 'V.15', 'Quý I', '70%');
  enter('P. Y tế', 'V.20', 'Quý I', '86%');

  const grid = tableGrid(local);
  const idCol = grid.find((r) => r.includes('Mã định danh'))!.indexOf('Mã định danh');
  const rowOf = (id: string) => grid.findIndex((r) => r[idCol] === id);
  // Reorder: I.1 and I.2 swap places.
  const [a, b] = [rowOf('I.1'), rowOf('I.2')];
  [grid[a], grid[b]] = [grid[b], grid[a]];
  // Edit the wording of I.1 (its id cell stays).
  grid[rowOf('I.1')][1] = 'Tỷ lệ thôn, làng biên giới được đo kiểm tốc độ mạng di động';
  // Rename an agency everywhere it appears.
  for (const row of grid)
    for (let c = 0; c < row.length; c++) if (/^Phòng Y tế$/i.test(row[c])) row[c] = 'Phòng Y tế huyện';
  // Delete V.15, insert a new indicator for the same agency.
  const deleted = rowOf('V.15');
  grid.splice(deleted, 1, [
    '15',
    'Tỷ lệ điểm Wifi công cộng miễn phí',
    '>30%',
    'Phòng Văn hoá và Thông tin',
    '',
    '',
    '',
  ]);
  replaceTable(local, grid);
  main.menuGenerate();
  const dialog = local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt;

  const valueAt = (tab: string, key: string, col: Cell) => local.engine.valueAt(tab, cellOfLine(local, tab, key, col));

  it('keeps every value on its indicator', () => {
    expect(valueAt('P. VH&TT', 'I.1', 'Quý I')).toBe(0.25);
    expect(valueAt('P. VH&TT', 'II.2', 'Quý II')).toBe(1);
    expect(valueAt('P. VH&TT', 'V.14', 'Quý I')).toBe(0.85);
    expect(valueAt('P. VH&TT', 'V.14', 'Minh chứng Quý I')).toBe('Báo cáo 12/BC-VHTT');
  });

  it('shows the new wording and the new indicator', () => {
    const values = valuesOf(local, 'P. VH&TT');
    expect(values.some((r) => r[3] === 'Tỷ lệ thôn, làng biên giới được đo kiểm tốc độ mạng di động')).toBe(true);
    expect(values.some((r) => r[3] === 'Tỷ lệ điểm Wifi công cộng miễn phí')).toBe(true);
  });

  it('moves the removed indicator’s value to the archive', () => {
    const archive = valuesOf(local, 'Lưu trữ');
    expect(archive[0]).toContain('Giá trị');
    const row = archive.find((r) => r[3] === 'V.15')!;
    expect(row).toBeDefined();
    expect(row).toEqual(expect.arrayContaining(['Phòng Văn hoá và Thông tin', 'P. VH&TT', 'Quý I', 0.7]));
    expect(dialog).toMatch(/Lưu trữ/);
  });

  it('keeps a renamed agency’s tab and data', () => {
    expect(local.workbook.sheets.filter((s) => s.name.startsWith('P. Y tế'))).toHaveLength(1);
    expect(valueAt('P. Y tế', 'V.20', 'Quý I')).toBe(0.86);
    const agencies = valuesOf(local, 'Cơ quan');
    const row = agencies.find((r) => r[0] === 'P. Y tế')!;
    expect(row[1]).toBe('Phòng Y tế huyện');
    expect(String(row[2])).toContain('Phòng Y tế');
    expect(dialog).toMatch(/đổi tên/);
  });

  it('does not touch tabs it did not make', () => {
    const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    const mine = ss.insertSheet('Ghi chép riêng');
    mine.getRange(1, 1).setValue('ghi chú');
    main.menuGenerate();
    expect(local.engine.valueAt('Ghi chép riêng', 'A1')).toBe('ghi chú');
  });
});

describe('regenerating an unchanged workbook', () => {
  it('makes no write calls', () => {
    const local = newBook();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', seedGrid('000-phan-cong-2025.tsv'));
    main.menuGenerate();
    local.calls.reset();
    main.menuGenerate();
    const summary = local.calls.summary();
    expect(summary.write).toBe(0);
    expect(local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt).toMatch(
      /0 trang mới, cập nhật 0 trang/,
    );
  });
});

describe('cost of a tab', () => {
  function callsFor(rows: number): number {
    const local = newBook();
    main.menuSetup();
    const header = ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'];
    const body = Array.from({ length: rows }, (_, i) => [String(i + 1), `Tỷ lệ thứ ${i + 1}`, '80%', 'Phòng Nội vụ']);
    paste(local, 'Chỉ tiêu', [header, ...body]);
    local.calls.reset();
    main.menuGenerate();
    return local.calls.total();
  }
  it('does not grow with the number of rows', () => {
    expect(callsFor(200)).toBe(callsFor(5));
  });
});
