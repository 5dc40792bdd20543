/** "Lập trang diễn biến các kỳ": the history sheet shows each line's figures across periods. */
import * as main from '../../src/appsscript/main';
import { newBook, paste, SECRETARIAT, tabCell, valuesOf } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Phòng Nội vụ'],
  ['2', 'Tỷ lệ văn bản điện tử', '90%', 'Phòng Nội vụ'],
  ['3', 'Tỷ lệ thuê bao không dùng điện thoại thông minh', 'dưới 5%', 'Phòng Y tế'],
];

describe('the history sheet', () => {
  const local = newBook();
  const ss = () => local.platform.SpreadsheetApp.getActiveSpreadsheet();
  const sheetName = () => `Diễn biến ${new Date().getFullYear()}`;
  const lastDialog = () => local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1].prompt;

  beforeAll(() => {
    Object.assign(globalThis, local.platform);
    main.menuSetup();
    paste(local, 'Chỉ tiêu', TABLE);
    main.menuGenerate();
    for (const [a1, value] of [
      [tabCell(6, 'Quý I'), '70%'],
      [tabCell(6, 'Quý II'), '85%'],
      [tabCell(7, 'Quý I'), '95%'],
      [tabCell(7, 'Quý II'), '88%'],
    ]) {
      expect(local.engine.userEdit('P. Nội vụ', a1, value, SECRETARIAT).ok).toBe(true);
    }
    for (const [a1, value] of [
      [tabCell(6, 'Quý I'), '6%'],
      [tabCell(6, 'Quý II'), '4%'],
    ])
      expect(local.engine.userEdit('P. Y tế', a1, value, SECRETARIAT).ok).toBe(true);
    main.menuWriteHistory();
  });

  const rows = () => valuesOf(local, sheetName()).slice(3);

  it('shows each line with its figures and verdicts for two periods, and the change', () => {
    expect(lastDialog()).toBe(`Đã ghi trang "${sheetName()}": 3 dòng (mỗi dòng một chỉ tiêu của một cơ quan).`);
    expect(rows().map((r) => [r[0], r[2], r[5], r[6], r[9], r[10], r[13]])).toEqual([
      ['Phòng Nội vụ', '1', 0.7, 0.85, 'Chưa đạt', 'Đạt', '↑ +15 điểm % (so với Quý I)'],
      ['Phòng Nội vụ', '2', 0.95, 0.88, 'Đạt', 'Chưa đạt', '↓ −7 điểm % (so với Quý I)'],
      ['Phòng Y tế', '3', 0.06, 0.04, 'Chưa đạt', 'Đạt', '↓ −2 điểm % (so với Quý I)'],
    ]);
  });

  it('shows percents as percents and colours progress', () => {
    const sheet = ss().getSheetByName(sheetName())!;
    expect(sheet.getRange('F4:G4').getDisplayValues()).toEqual([['70,0%', '85,0%']]);
    expect(sheet.getRange('N4:N6').getBackgrounds()).toEqual([['#b7e1cd'], ['#f4c7c3'], ['#b7e1cd']]);
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it('is replaced when written again, with one setValues whatever the number of lines', () => {
    expect(local.engine.userEdit('P. Nội vụ', tabCell(6, 'Quý III'), '90%', SECRETARIAT).ok).toBe(true);
    local.calls.reset();
    main.menuWriteHistory();
    expect(local.calls.byMethod()['Range.setValues']).toBe(1);
    expect(local.workbook.sheets.filter((s) => s.name === sheetName())).toHaveLength(1);
    expect(rows()).toHaveLength(3);
    expect([rows()[0][7], rows()[0][13]]).toEqual([0.9, '↑ +5 điểm % (so với Quý II)']);
  });

  it('leaves alone a sheet of that name the add-on did not write', () => {
    ss().deleteSheet(ss().getSheetByName(sheetName())!);
    ss().insertSheet(sheetName()).getRange('A1').setValue('Bảng của tôi');
    main.menuWriteHistory();
    expect(lastDialog()).toMatch(/không do tiện ích tạo ra/);
    expect(valuesOf(local, sheetName())[0][0]).toBe('Bảng của tôi');
  });
});
