/**
 * A figure stored as text ("99,9%" pasted from another program) is judged the same way by the
 * tab's status, its colours and the report: invalid until regeneration turns it into the number
 * the tab's validation would have accepted; a text no validation accepts stays invalid everywhere.
 */
import * as main from '../../src/appsscript/main';
import { COLOURS } from '../../src/core/layout/tab';
import { STATUS } from '../../src/core/messages/tab';
import { M } from '../../src/core/messages';
import { buildReport } from '../../src/core/report/report';
import { collectResults } from '../../src/sheets/collect';
import { generateTabs } from '../../src/sheets/generate';
import { newBook, paste, statusCell, tabCell } from '../support/book';

const TABLE = [
  ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Chủ trì'],
  ['1', 'Tỷ lệ hồ sơ trực tuyến', '≥ 95%', 'Phòng Nội vụ'],
  ['2', 'Số mô hình chuyển đổi số', 'Tối thiểu 03 mô hình', 'Phòng Nội vụ'],
];

describe('figures stored as text', () => {
  const local = newBook();
  main.menuSetup();
  paste(local, 'Chỉ tiêu', TABLE);
  generateTabs(local.platform);
  const tab = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('P. Nội vụ')!;
  // As another program leaves them: text in cells formatted as text.
  for (const [a1, text] of [
    [tabCell(6, 'Quý I'), '99,9%'],
    [tabCell(7, 'Quý I'), 'khoảng 4'],
  ]) {
    tab.getRange(a1).setNumberFormat('@');
    tab.getRange(a1).setValue(text);
  }
  const status = (row: number) => local.engine.valueAt('P. Nội vụ', statusCell(row));
  const colour = (row: number) => local.engine.effectiveBackground('P. Nội vụ', tabCell(row, 'Quý I'));
  const reported = () => {
    const c = collectResults(local.platform);
    const report = buildReport({ period: 'Quý I', settings: c.settings, indicators: c.indicators, units: c.units });
    return report.indicators.flatMap((i) => i.results.map((r) => [r.lineKey, r.status]));
  };

  it('is invalid on the tab, in its colour and in the report, alike', () => {
    expect([status(6), status(7)]).toEqual([STATUS.invalid, STATUS.invalid]);
    expect([colour(6), colour(7)]).toEqual([COLOURS.unmetBackground, COLOURS.unmetBackground]);
    expect(reported()).toEqual([
      ['1', 'invalid'],
      ['2', 'invalid'],
    ]);
  });

  it('becomes the number the validation accepts at regeneration; the rest stays invalid everywhere', () => {
    const table = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Chỉ tiêu')!;
    table.getRange(2, 2).setValue('Tỷ lệ hồ sơ được xử lý trực tuyến');
    const result = generateTabs(local.platform);
    expect(result.notices).toContain(M.textFiguresConverted('P. Nội vụ', 1));
    expect(local.engine.valueAt('P. Nội vụ', tabCell(6, 'Quý I'))).toBe(0.999);
    expect([status(6), status(7)]).toEqual([STATUS.met, STATUS.invalid]);
    expect([colour(6), colour(7)]).toEqual([COLOURS.metBackground, COLOURS.unmetBackground]);
    expect(reported()).toEqual([
      ['1', 'met'],
      ['2', 'invalid'],
    ]);
  });
});
