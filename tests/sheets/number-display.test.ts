/**
 * Figures show as people write them. A number format whose decimals are all optional
 * ("#,##0.##") still shows its decimal separator, so a whole number would read "5," in a
 * vi_VN spreadsheet (engine display.ts, as Sheets renders number formats).
 */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { newBook, paste, tabCell, valuesOf } from '../support/book';

describe('a figure typed on a line without a numeric target', () => {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', [
    ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
    ['1', 'Tổng vốn đầu tư cho hạ tầng số (tỷ đồng)', '', 'Phòng Kinh tế'],
  ]);
  main.menuGenerate();
  const tab = 'P. Kinh tế';
  const read = readTab(valuesOf(local, tab))!;
  const row = [...read.rows.values()][0];
  const cell = local.platform.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName(tab)!
    .getRange(tabCell(row, 'Quý I'));

  it.each([
    [5, /^5(,0+)?$/],
    [1234.5, /^1\.234,50?$/],
  ])('%p shows without a trailing decimal separator', (value, shown) => {
    expect(local.engine.userEdit(tab, cell.getA1Notation(), value).ok).toBe(true);
    expect(cell.getDisplayValues()[0][0]).toMatch(shown);
  });
});
