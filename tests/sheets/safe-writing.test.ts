/** Text from the table is written as text: never a formula, codes and leading zeros as written. */
import * as main from '../../src/appsscript/main';
import { readTab } from '../../src/core/layout/read-tab';
import { tabLayout } from '../../src/core/layout/columns';
import { newBook, paste, QUARTERS, valuesOf } from '../support/book';

describe('safe writing', () => {
  const local = newBook('en_US');
  main.menuSetup();
  paste(local, 'Chỉ tiêu', [
    ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
    ['2.10', '=HYPERLINK("http://x","tỷ lệ") đạt', '80%', 'Phòng Nội vụ'],
    ['01', '+84 số thuê bao có điện thoại thông minh', '≥ 60%', 'Phòng Nội vụ'],
    ['3', '@Tỷ lệ hồ sơ', '-5%', 'Phòng Nội vụ'],
  ]);
  main.menuGenerate();
  const sheet = local.workbook.sheets.find((s) => s.name === 'P. Nội vụ')!;
  const rows = readTab(valuesOf(local, 'P. Nội vụ'))!.rows;

  it('writes no formula outside the status column', () => {
    for (const [, cols] of sheet.rows)
      for (const [col, cell] of cols) if (cell.formula) expect(col).toBe(tabLayout(QUARTERS).status);
  });

  it('keeps texts starting with =, + and @ as text', () => {
    const texts = [...rows.values()].map((r) => local.engine.valueAt('P. Nội vụ', `D${r}`));
    expect(texts).toEqual([
      '=HYPERLINK("http://x","tỷ lệ") đạt',
      '+84 số thuê bao có điện thoại thông minh',
      '@Tỷ lệ hồ sơ',
    ]);
  });

  it('keeps printed codes as written', () => {
    const codes = [...rows.values()].map((r) => local.engine.valueAt('P. Nội vụ', `B${r}`));
    expect(codes).toEqual(['2.10', '01', '3']);
  });
});
