/** An unexpected failure in a menu action reaches the person in Vietnamese, not as a stack trace. */
import * as main from '../../src/appsscript/main';
import { newBook } from '../support/book';

it('shows a Vietnamese message when a menu action fails unexpectedly', () => {
  const local = newBook();
  main.menuSetup();
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
  jest.spyOn(ss.constructor.prototype, 'getSpreadsheetLocale').mockImplementation(() => {
    throw new Error('Service unavailable');
  });
  ss.getSheetByName('Chỉ tiêu')!
    .getRange(1, 1, 2, 4)
    .setValues([
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
      ['1', 'Tỷ lệ A', '80%', 'Phòng Nội vụ'],
    ]);
  main.menuGenerate();
  const last = local.workbook.ui.dialogs[local.workbook.ui.dialogs.length - 1];
  expect(last.prompt).toMatch(
    /^Thao tác chưa thực hiện xong do một lỗi không mong muốn \(Service unavailable\)\. Số liệu đã nhập không bị mất/,
  );
  expect(error).toHaveBeenCalled();
  jest.restoreAllMocks();
});
