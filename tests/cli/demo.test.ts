/** `npm run demo` builds the demo workbook through the command line, from a fresh process. */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tabCell } from '../support/book';
import { readTab } from '../../src/core/layout/read-tab';
import { openBook, tempDir } from './run';

const ROOT = resolve(__dirname, '../..');

describe('the demo', () => {
  const { dir } = tempDir();
  let printed = '';
  beforeAll(() => {
    printed = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/demo.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  });

  it('says where the workbook is and what it holds', () => {
    expect(printed).toContain(`Sổ mẫu: ${join(dir, 'so-chi-tieu-demo.xlsx')}`);
    expect(printed).toMatch(/Cơ quan: 15 trang cơ quan; 12 cơ quan đã gửi kết quả; chưa báo cáo: .+\./);
    expect(printed).toMatch(/Quý I: \d+ kết quả đã nhập — đạt \d+, chưa đạt \d+; \d+ dòng chưa báo cáo\./);
  });

  it('holds the tabs, the summary sheets, and green and red figures on the tabs', async () => {
    const local = await openBook(join(dir, 'so-chi-tieu-demo.xlsx'));
    const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    const names = ss.getSheets().map((s) => s.getName());
    expect(names).toEqual(
      expect.arrayContaining([
        'Chỉ tiêu',
        'Cơ quan',
        'Cài đặt',
        'P. VH&TT',
        'Tổng hợp Quý I 2024',
        'Tổng hợp Quý II 2024',
      ]),
    );
    const colours = new Set<string>();
    const tab = readTab(ss.getSheetByName('P. VH&TT')!.getDataRange().getValues())!;
    for (const row of tab.rows.values())
      for (const period of ['Quý I', 'Quý II'])
        colours.add(String(local.engine.effectiveStyle('P. VH&TT', tabCell(row, period)).background));
    expect(colours).toEqual(new Set(['#b7e1cd', '#f4c7c3']));
  });
});
