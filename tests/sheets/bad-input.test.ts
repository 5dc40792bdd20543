/** Bad input gets a Vietnamese message that says what to do, and changes nothing it should not. */
import * as main from '../../src/appsscript/main';
import { newBook, paste, seedGrid, shareFile, valuesOf } from '../support/book';

const lastDialog = (local: ReturnType<typeof newBook>) =>
  local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt;

describe('bad input', () => {
  it('no table: says where to paste, creates no tab', () => {
    const local = newBook();
    main.menuSetup();
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(/Bảng phân công đang trống/);
    // The empty default Sheet1 became the table sheet.
    expect(local.workbook.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu', 'Cài đặt', 'Cơ quan']);
  });

  it('no set-up at all: points to the set-up menu', () => {
    const local = newBook();
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(/Không tìm thấy trang "Chỉ tiêu".*Thiết lập sổ theo dõi/);
  });

  it('a table without a header: says which columns are needed', () => {
    const local = newBook();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', [
      ['1', 'abc', 'def'],
      ['2', 'ghi', 'jkl'],
    ]);
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(/Không tìm thấy dòng tiêu đề/);
  });

  it('criteria table with an empty Agencies sheet: asks for the list of units', () => {
    const local = newBook();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', seedGrid('002-tieu-chi-xa.tsv'));
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(/Trang "Cơ quan" đang trống/);
    expect(local.workbook.sheets).toHaveLength(3);
  });

  it('a tab renamed by hand keeps its data and the new name is recorded', () => {
    const local = newBook();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
    main.menuGenerate();
    local.engine.userEdit('P. Nội vụ'.replace('Nội vụ', 'VH&TT'), 'G6', '30%');
    local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('P. VH&TT')!.setName('Văn hoá 2024');
    main.menuGenerate();
    expect(local.workbook.sheets.some((s) => s.name === 'P. VH&TT')).toBe(false);
    expect(local.engine.valueAt('Văn hoá 2024', 'G6')).toBe(0.3);
    expect(lastDialog(local)).toMatch(/đã được đổi tên thành "Văn hoá 2024"/);
    expect(valuesOf(local, 'Cơ quan').some((r) => r[0] === 'Văn hoá 2024')).toBe(true);
  });

  it('an agency whose tab name collides with a sheet the add-on did not make', () => {
    const local = newBook();
    main.menuSetup();
    const mine = local.platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('P. Nội vụ');
    mine.getRange(1, 1).setValue('sổ riêng của phòng');
    paste(local, 'Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ A', '80%', 'Phòng Nội vụ'],
      ['2', 'Tỷ lệ B', '90%', 'Phòng Y tế'],
    ]);
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(
      /Tên trang "P. Nội vụ" của "Phòng Nội vụ" trùng với một trang không do tiện ích tạo ra/,
    );
    expect(local.engine.valueAt('P. Nội vụ', 'A1')).toBe('sổ riêng của phòng');
    expect(local.workbook.sheets.some((s) => s.name === 'P. Y tế')).toBe(true);
  });

  it('an e-mail that is not an e-mail: names the row, leaves that agency as it was', () => {
    const local = newBook();
    shareFile(local, ['yte@huyen.gov.vn', 'noivu@huyen.gov.vn']);
    main.menuSetup();
    paste(local, 'Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ A', '80%', 'Phòng Nội vụ'],
      ['2', 'Tỷ lệ B', '90%', 'Phòng Y tế'],
    ]);
    main.menuGenerate();
    const agencies = valuesOf(local, 'Cơ quan');
    const row = agencies.findIndex((r) => r[1] === 'Phòng Nội vụ') + 1;
    const yRow = agencies.findIndex((r) => r[1] === 'Phòng Y tế') + 1;
    local.platform.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Cơ quan')!
      .getRange(row, 4)
      .setValue('nguyen van a');
    local.platform.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Cơ quan')!
      .getRange(yRow, 4)
      .setValue('yte@huyen.gov.vn');
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(new RegExp(`dòng ${row}: "nguyen van a" không phải là địa chỉ thư điện tử`));
    const noiVu = local.workbook.sheets.find((s) => s.name === 'P. Nội vụ')!;
    expect(noiVu.protections.flatMap((p) => p.editors)).not.toContain('nguyen van a');
    const yTe = local.workbook.sheets.find((s) => s.name === 'P. Y tế')!;
    expect(yTe.protections.find((p) => p.type === 'RANGE')!.editors).toContain('yte@huyen.gov.vn');
    expect(local.engine.userEdit('P. Y tế', 'G6', '95%', 'yte@huyen.gov.vn').ok).toBe(true);
    expect(local.engine.userEdit('P. Y tế', 'D6', 'sửa chỉ tiêu', 'yte@huyen.gov.vn').ok).toBe(false);
    expect(local.engine.userEdit('P. Y tế', 'G6', '95%', 'noivu@huyen.gov.vn').ok).toBe(false);
  });

  it('a second person regenerating at the same time is told to wait', () => {
    const local = newBook();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
    local.engine.lockHeldByOtherUser(true);
    main.menuGenerate();
    expect(lastDialog(local)).toMatch(/Một người khác đang cập nhật/);
    expect(local.workbook.sheets).toHaveLength(3);
    local.engine.lockHeldByOtherUser(false);
  });
});
