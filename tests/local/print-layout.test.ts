/**
 * What the engine and the .xlsx writer do for printing: autoResizeRows and setFontFamily as
 * strict as Sheets, heights estimated for the text written as not custom (so a reader fits the
 * row again, and loading the file back does not turn them into fixed heights), heights set by
 * hand kept as custom, and every cell's font named.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { createPlatform } from '../../src/local/engine';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';

const LONG =
  'Báo cáo số 25/BC-UBND ngày 28/03/2024 của Ủy ban nhân dân huyện về kết quả thực hiện chuyển đổi số; ' +
  'Kế hoạch số 112/KH-UBND ngày 15/01/2024; biên bản kiểm tra liên ngành ngày 20/03/2024.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'so-chi-tieu-print-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function book() {
  const local = createPlatform(undefined, { owner: 'a@b.vn', user: 'a@b.vn' });
  const sheet = local.platform.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  return { local, sheet, data: local.workbook.sheets[0] };
}

describe('autoResizeRows', () => {
  it('drops the heights set on its rows and refuses rows beyond the grid, as Sheets does', () => {
    const { sheet, data } = book();
    sheet.setRowHeight(2, 80);
    sheet.setRowHeight(5, 60);
    sheet.autoResizeRows(1, 3);
    expect([...data.rowHeights]).toEqual([[5, 60]]);
    expect(() => sheet.autoResizeRows(0, 1)).toThrow('out of bounds');
    expect(() => sheet.autoResizeRows(sheet.getMaxRows(), 2)).toThrow('out of bounds');
    expect(() => sheet.autoResizeRows(1, 0)).toThrow('out of bounds');
  });
});

describe('setFontFamily', () => {
  it('keeps a family other than the default, and null or the default as no family', () => {
    const { sheet, data } = book();
    sheet.getRange('A1:B1').setFontFamily('Times New Roman');
    expect(data.rows.get(1)?.get(2)?.fontFamily).toBe('Times New Roman');
    sheet.getRange('A1').setFontFamily('arial');
    sheet.getRange('B1').setFontFamily(null);
    expect(data.rows.get(1)?.get(1)?.fontFamily).toBeUndefined();
    expect(data.rows.get(1)?.get(2)?.fontFamily).toBeUndefined();
    sheet.getRange('C1').setFontFamily('Times New Roman');
    sheet.getRange('C1').clearFormat();
    expect(data.rows.get(1)?.get(3)?.fontFamily).toBeUndefined();
  });
});

describe('the .xlsx writer', () => {
  it('writes heights that fit the text as not custom, and hand-set heights as custom', async () => {
    const { local, sheet } = book();
    sheet.setColumnWidth(1, 150);
    sheet
      .getRange('A1:A3')
      .setValues([[LONG], ['ngắn'], [LONG]])
      .setWrap(true);
    sheet.getRange('B3').setValue('Có').setFontFamily('Times New Roman');
    sheet.setRowHeight(3, 30);
    const path = join(dir, 'heights.xlsx');
    await saveWorkbook(local.workbook, path);

    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.readFile(path);
    const ws = xlsx.worksheets[0];
    const row = (r: number) => ws.getRow(r) as ExcelJS.Row & { customHeight?: boolean };
    // A text of about 190 characters in 150 px takes seven lines or more: over 100 pt.
    expect(row(1).height).toBeGreaterThan(100);
    expect(row(1).customHeight).toBe(false);
    expect(row(2).height).toBeUndefined();
    expect(row(3).height).toBe(22.5);
    expect(row(3).customHeight).toBeUndefined();
    expect(ws.getCell('A2').font).toMatchObject({ name: 'Arial', size: 10 });
    expect(ws.getCell('B3').font).toMatchObject({ name: 'Times New Roman', size: 10 });

    const back = await loadWorkbook(path);
    expect([...back.sheets[0].rowHeights]).toEqual([[3, 30]]);
    expect(back.sheets[0].rows.get(3)?.get(2)?.fontFamily).toBe('Times New Roman');
    expect(back.sheets[0].rows.get(2)?.get(1)?.fontFamily).toBeUndefined();
    expect(back.sheets[0].rows.get(2)?.get(1)?.fontSize).toBeUndefined();
  });

  it('fits a narrow sheet to the page width and prints a wide one at 90 % over several pages', async () => {
    const { local, sheet } = book();
    const wide = local.platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Rộng');
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    wide.setColumnWidths(1, 20, 150);
    wide.getRange(1, 1, 1, 20).setValues([Array.from({ length: 20 }, (_, i) => `cột ${i + 1}`)]);
    wide.setFrozenRows(1);
    const path = join(dir, 'pages.xlsx');
    await saveWorkbook(local.workbook, path);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.readFile(path);
    const [narrowSetup, wideSetup] = xlsx.worksheets.filter((w) => w.state === 'visible').map((w) => w.pageSetup);
    expect(narrowSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(wideSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: false, scale: 90 });
    expect(wideSetup.printTitlesRow).toBe('1:1');
  });
});
