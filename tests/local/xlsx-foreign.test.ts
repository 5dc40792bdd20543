import * as ExcelJS from 'exceljs';
import { createPlatform } from '../../src/local/engine';
import { loadWorkbook } from '../../src/local/xlsx';

/** A workbook as Excel would hand it over: no metadata sheets, Excel's own protection and rules. */
async function excelFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const lists = book.addWorksheet('Danh mục');
  ['Đạt', 'Không đạt', 'Chưa đánh giá'].forEach((v, i) => {
    lists.getCell(i + 1, 1).value = v;
  });
  const ws = book.addWorksheet('Báo cáo', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.getCell('A1').value = { richText: [{ text: 'Chỉ ' }, { text: 'tiêu', font: { bold: true } }] };
  ws.getCell('B1').value = 'Số liệu';
  [4, 8, 15, 16].forEach((n, i) => {
    ws.getCell(i + 2, 2).value = n;
  });
  ws.fillFormula('C2:C5', 'B2*2', [8, 16, 30, 32]);
  ws.getCell('E2').value = new Date(Date.UTC(2025, 5, 30));
  ws.getCell('E2').numFmt = 'dd/mm/yyyy';
  ws.getCell('D2').dataValidation = {
    type: 'list',
    formulae: ["'Danh mục'!$A$1:$A$3"],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: 'Chọn trong danh mục',
  };
  ws.getCell('B2').dataValidation = {
    type: 'whole',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    showErrorMessage: true,
  };
  ws.addConditionalFormatting({
    ref: 'B2:B5',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [10],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } },
      },
    ],
  });
  for (let r = 2; r <= 5; r++) for (const c of [2, 4]) ws.getCell(r, c).protection = { locked: false };
  await ws.protect('', {});
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('loading a workbook made in Excel', () => {
  let local: ReturnType<typeof createPlatform>;

  beforeAll(async () => {
    const wb = await loadWorkbook(await excelFile());
    local = createPlatform(wb, { user: 'owner@example.com' });
  });

  it('reads sheets, values, rich text, dates and shared formulas', () => {
    const ss = local.platform.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Danh mục', 'Báo cáo']);
    const [a, b] = ss.getSheets().map((s) => s.getSheetId());
    expect(a).not.toBe(b);
    const sheet = ss.getSheetByName('Báo cáo')!;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('A1').getValue()).toBe('Chỉ tiêu');
    expect(
      sheet
        .getRange('C2:C5')
        .getFormulas()
        .map(([f]) => f),
    ).toEqual(['=B2*2', '=B3*2', '=B4*2', '=B5*2']);
    expect(
      sheet
        .getRange('C2:C5')
        .getValues()
        .map(([v]) => v),
    ).toEqual([8, 16, 30, 32]);
    const date = sheet.getRange('E2').getValue() as Date;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2025, 5, 30]);
    expect(sheet.getRange('E2').getNumberFormats()).toEqual([['dd/mm/yyyy']]);
  });

  it('turns Excel validation and rules into their Sheets equivalents', () => {
    const app = local.platform.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Báo cáo')!;
    const list = sheet.getRange('D2').getDataValidations()[0][0]!;
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [source] = list.getCriteriaValues() as { getA1Notation(): string }[];
    expect(source.getA1Notation()).toBe('A1:A3');
    expect(local.engine.userEdit('Báo cáo', 'D2', 'Tốt')).toMatchObject({ ok: false, message: 'Chọn trong danh mục' });
    expect(local.engine.userEdit('Báo cáo', 'D2', 'Không đạt').ok).toBe(true);
    const whole = sheet.getRange('B2').getDataValidations()[0][0]!;
    expect([whole.getCriteriaType(), whole.getCriteriaValues()]).toEqual([
      app.DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO,
      [0],
    ]);
    const [rule] = sheet.getConditionalFormatRules();
    expect(rule.getBooleanCondition()!.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_GREATER_THAN);
    expect(local.engine.effectiveBackground('Báo cáo', 'B4')).toBe('#ff0000');
    expect(local.engine.effectiveBackground('Báo cáo', 'B3')).toBe('#ffffff');
  });

  it("reads Excel's sheet protection as a protected sheet whose unlocked cells are unprotected", () => {
    const app = local.platform.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Báo cáo')!;
    const [p] = sheet.getProtections(app.ProtectionType.SHEET);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:B5', 'D2:D5']);
    local.workbook.editors.push('someone@else.vn'); // shared with them: only the file's editors type at all
    expect(local.engine.userEdit('Báo cáo', 'C3', 1, 'someone@else.vn').ok).toBe(false);
    expect(local.engine.userEdit('Báo cáo', 'B3', 9, 'someone@else.vn').ok).toBe(true);
  });
});
