import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createPlatform, type WorkbookSnapshot } from '../../src/local/engine';
import { fromExcelSyntax, toExcelSyntax } from '../../src/local/engine/formula-rewrite';
import { ensureCell, type SheetData } from '../../src/local/engine/model';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';

const OWNER = 'owner@tinh.gov.vn';
const ME = 'admin@tinh.gov.vn';
const AGENCY = 'soyte@tinh.gov.vn';
const LONG_NAME = 'Sở Y tế: báo cáo [2025] — tên dài hơn ba mươi mốt ký tự';
const LONG_LIST = Array.from({ length: 40 }, (_, i) => `Phương án số ${i + 1}, có dấu phẩy`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'so-chi-tieu-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A file from elsewhere can hold rules the add-on never builds (a list from a range, number and
 * text conditions) and document properties: written straight into the workbook data, as the
 * .xlsx reader does, since the engine's API offers only what the add-on calls.
 */
function addForeignRules(data: SheetData, list: SheetData): void {
  const rule = {
    criteria: 'VALUE_IN_RANGE',
    args: [{ sheetId: list.sheetId, range: { row: 1, column: 1, numRows: 3, numColumns: 1 } }, true],
    allowInvalid: false,
    helpText: 'Chọn trong danh mục',
    anchor: { row: 2, column: 6 },
  };
  for (let r = 2; r <= 4; r++) ensureCell(data, r, 6).validation = rule;
  const column = (c: number) => ({ row: 2, column: c, numRows: 3, numColumns: 1 });
  data.conditionalRules.push(
    { ranges: [column(5)], criteria: 'NUMBER_LESS_THAN', args: [0.8], format: { bold: true } },
    { ranges: [column(6)], criteria: 'TEXT_EQUAL_TO', args: ['Không đạt'], format: { background: '#fce8b2' } },
    { ranges: [column(4)], criteria: 'CELL_EMPTY', args: [], format: { background: '#eeeeee' } },
  );
}

/** A workbook built through the Apps Script API, with everything the add-on relies on. */
function buildWorkbook() {
  const local = createPlatform(undefined, {
    owner: OWNER,
    editors: [ME, AGENCY],
    user: ME,
    locale: 'vi_VN',
    name: 'Sổ chỉ tiêu 2025',
  });
  const app = local.platform.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const list = ss.getSheets()[0].setName('Danh mục');
  list.getRange('A1:A3').setValues([['Đạt'], ['Không đạt'], ['Chưa đánh giá']]);

  const sheet = ss.insertSheet(LONG_NAME);
  sheet.getRange('A2:A4').setNumberFormat('@');
  sheet.getRange('A1:H4').setValues([
    ['Mã', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ', 'Đánh giá', 'Ghi chú', 'Ngày'],
    ['2.10', "'=SUM(C2:C4)", 100, 45, '=IF(C2>0;D2/C2;"")', 'Đạt', 'chỉ tiêu 1', new Date(2025, 2, 4)],
    ['01', 'Tỷ lệ hộ nghèo', 50, 60, '=IF(C3>0;D3/C3;"")', '', "='Danh mục'!A1", new Date(2025, 11, 31, 17, 45)],
    ['1.1.2', "'=Chú thích", 0, '', '=IF(C4>0;D4/C4;"")', 'Không đạt', '', ''],
  ]);
  sheet.getRange('E2:E4').setNumberFormat('0.0%');
  sheet.getRange('A1:H1').setFontWeight('bold').setBackground('#D9EAD3').setWrap(true).setHorizontalAlignment('center');
  sheet.getRange('A1:H4').setBorder(true, true, true, true, true, true, '#666666', app.BorderStyle.SOLID);
  sheet.getRange('B2').setNote('Nguồn: Sở Y tế').setFontColor('#990000');
  sheet.getRange('G4:H4').merge();
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(2);
  sheet.setColumnWidth(2, 320);
  sheet.setRowHeight(1, 42);
  sheet.setTabColor('#0F9D58');
  sheet.hideColumns(9);

  sheet
    .getRange('D2:D4')
    .setDataValidation(
      app
        .newDataValidation()
        .requireNumberBetween(0, 1000000)
        .setAllowInvalid(false)
        .setHelpText('Nhập số từ 0 đến 1.000.000')
        .build(),
    );
  sheet
    .getRange('C2:C4')
    .setDataValidation(
      app
        .newDataValidation()
        .requireFormulaSatisfied('=AND(ISNUMBER(C2);C2>=0;C2=ROUND(C2;0))')
        .setAllowInvalid(false)
        .setHelpText('Nhập số nguyên không âm')
        .build(),
    );
  sheet.getRange('J2:J4').setDataValidation(app.newDataValidation().requireValueInList(['Có', 'Không'], true).build());
  sheet
    .getRange('K2:K4')
    .setDataValidation(app.newDataValidation().requireValueInList(LONG_LIST, true).setAllowInvalid(false).build());

  const rows = sheet.getRange('A2:H4');
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND(ISNUMBER($D2);$D2>=$C2;$C2>0)')
      .setBackground('#B7E1CD')
      .setRanges([rows])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($D2<>"";$D2<$C2*0,5)')
      .setBackground('#F4C7C3')
      .setFontColor('#990000')
      .setRanges([rows])
      .build(),
  ]);
  const data = (name: string) => local.workbook.sheets.find((s) => s.name === name)!;
  addForeignRules(data(LONG_NAME), data('Danh mục'));

  const protection = sheet.protect().setDescription('Chỉ nhập ở cột Thực hiện');
  protection.removeEditors([AGENCY]);
  protection.addEditor('thongke@tinh.gov.vn');
  protection.setUnprotectedRanges([sheet.getRange('D2:D4'), sheet.getRange('F2:F4')]);
  sheet.getRange('A1:H1').protect().setDescription('Tiêu đề').setWarningOnly(true);

  Object.assign(local.workbook.properties, {
    config: JSON.stringify({ year: 2025, agencies: ['Sở Y tế'] }),
    formulaLike: '=not a formula',
    numberLike: '007',
  });
  const hidden = ss.insertSheet('Nhật ký');
  hidden.getRange('A1').setValue('nội bộ');
  hidden.hideSheet();
  return { ...local, sheet };
}

/** Formulas compare in the "," form xlsx stores; a formula's cached result is the loader's addition. */
function canonical(s: WorkbookSnapshot): WorkbookSnapshot {
  const norm = (f: string) => fromExcelSyntax(toExcelSyntax(f));
  const copy = structuredClone(s);
  for (const sheet of copy.sheets) {
    for (const cell of Object.values(sheet.cells)) {
      delete cell.cached;
      if (typeof cell.formula === 'string') cell.formula = norm(cell.formula);
      const v = cell.validation as { criteria: string; args: unknown[] } | undefined;
      if (v?.criteria === 'CUSTOM_FORMULA') v.args = [norm(String(v.args[0]))];
    }
    for (const rule of sheet.conditionalRules)
      if (rule.criteria === 'CUSTOM_FORMULA') rule.args = [norm(String(rule.args[0]))];
  }
  return copy;
}

describe('xlsx round trip', () => {
  let file: string;
  let original: ReturnType<typeof buildWorkbook>;
  let loaded: ReturnType<typeof createPlatform>;

  beforeAll(async () => {
    original = buildWorkbook();
    file = path.join(dir, 'so-chi-tieu.xlsx');
    await saveWorkbook(original.workbook, file);
    loaded = createPlatform(await loadWorkbook(file), { user: ME });
  });

  it('restores every sheet, cell, format, rule and protection', () => {
    expect(canonical(loaded.snapshot())).toEqual(canonical(original.snapshot()));
  });

  it('keeps text as text: codes, "=" strings, leading zeros', () => {
    const sheet = loaded.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LONG_NAME)!;
    expect(sheet.getRange('A2:B4').getValues()).toEqual([
      ['2.10', '=SUM(C2:C4)'],
      ['01', 'Tỷ lệ hộ nghèo'],
      ['1.1.2', '=Chú thích'],
    ]);
    expect(sheet.getRange('A2:B4').getFormulas()).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('gives the same values, display values and conditional colours in a fresh engine', () => {
    const read = (p: ReturnType<typeof createPlatform>) => {
      const sheet = p.platform.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(LONG_NAME)!;
      const range = sheet.getRange('A1:H4');
      return { values: range.getValues(), display: range.getDisplayValues() };
    };
    expect(read(loaded)).toEqual(read(original));
    for (const a1 of ['A2', 'A3', 'A4', 'D4', 'E2', 'E3', 'F4']) {
      expect([a1, loaded.engine.effectiveStyle(LONG_NAME, a1)]).toEqual([
        a1,
        original.engine.effectiveStyle(LONG_NAME, a1),
      ]);
    }
    expect(loaded.engine.effectiveBackground(LONG_NAME, 'A2')).toBe('#f4c7c3');
  });

  it('still enforces validation and protection after loading', () => {
    expect(loaded.engine.userEdit(LONG_NAME, 'D3', -5)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Nhập số từ 0 đến 1.000.000',
    });
    expect(loaded.engine.userEdit(LONG_NAME, 'F3', 'Tốt', ME)).toMatchObject({
      ok: false,
      message: 'Chọn trong danh mục',
    });
    expect(loaded.engine.userEdit(LONG_NAME, 'B3', 'x', AGENCY)).toMatchObject({ ok: false, reason: 'protected' });
    expect(loaded.engine.userEdit(LONG_NAME, 'D3', 75, AGENCY)).toEqual({ ok: true });
    expect(loaded.engine.userEdit(LONG_NAME, 'K2', LONG_LIST[3])).toEqual({ ok: true });
  });

  it('restores document properties and sheet ids', () => {
    const props = loaded.workbook.properties;
    expect(props).toEqual(original.workbook.properties);
    expect(props.numberLike).toBe('007');
    const ids = (p: ReturnType<typeof createPlatform>) =>
      p.platform.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => [s.getName(), s.getSheetId(), s.isSheetHidden()]);
    expect(ids(loaded)).toEqual(ids(original));
  });

  it('holds validation and conditional formatting in the file itself (fidelity check in a fresh node process)', () => {
    const script = `
      const ExcelJS = require('exceljs');
      (async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(process.argv[1]);
        const ws = book.worksheets[1];
        const pick = (a) => { const v = ws.getCell(a).dataValidation; return v && { type: v.type,
          operator: v.operator, formulae: v.formulae, errorStyle: v.errorStyle, error: v.error, prompt: v.prompt }; };
        const props = book.getWorksheet('_props');
        console.log(JSON.stringify({
          sheets: book.worksheets.map((s) => [s.name, s.state]),
          frozen: ws.views[0],
          protected: !!(ws.sheetProtection && ws.sheetProtection.sheet),
          d3Locked: ws.getCell('D3').protection && ws.getCell('D3').protection.locked,
          b2: ws.getCell('B2').value, a2: [ws.getCell('A2').value, ws.getCell('A2').numFmt],
          e2: ws.getCell('E2').value,
          dv: { D2: pick('D2'), D4: pick('D4'), C3: pick('C3'), F2: pick('F2'), J2: pick('J2'), K2: pick('K2') },
          cf: ws.conditionalFormattings.map((b) => ({ ref: b.ref, rules: b.rules.map((r) => ({
            type: r.type, operator: r.operator, formulae: r.formulae,
            fill: r.style && r.style.fill ? r.style.fill.bgColor : undefined,
          })) })),
          props: props.getSheetValues().slice(2).map((r) => r.slice(1)),
        }));
      })().catch((e) => { console.error(e); process.exit(1); });`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['-e', script, file], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' }),
    );

    const xlsxName = out.sheets[1][0];
    expect(xlsxName.length).toBeLessThanOrEqual(31);
    expect(out.sheets.filter(([, state]: string[]) => state === 'hidden').map(([n]: string[]) => n)).toEqual([
      'Nhật ký',
      '_workbook',
      '_sheets',
      '_props',
      '_protections',
      '_lists',
    ]);
    expect(out.frozen).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(out.protected).toBe(true);
    expect(out.d3Locked).toBe(false);
    expect(out.b2).toBe('=SUM(C2:C4)');
    expect(out.a2).toEqual(['2.10', '@']);
    expect(out.e2).toEqual({ formula: 'IF(C2>0,D2/C2,"")', result: 0.45 });

    const strict = { errorStyle: 'stop' };
    expect(out.dv.D2).toEqual({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 1000000],
      ...strict,
      error: 'Nhập số từ 0 đến 1.000.000',
      prompt: 'Nhập số từ 0 đến 1.000.000',
    });
    expect(out.dv.D4).toEqual(out.dv.D2);
    expect(out.dv.C3).toMatchObject({
      type: 'custom',
      formulae: ['AND(ISNUMBER(C2),C2>=0,C2=ROUND(C2,0))'],
      ...strict,
    });
    expect(out.dv.F2).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$1:$A$3"], error: 'Chọn trong danh mục' });
    expect(out.dv.J2).toMatchObject({ type: 'list', formulae: ['"Có,Không"'], errorStyle: 'warning' });
    expect(out.dv.K2).toMatchObject({ type: 'list', formulae: ["'_lists'!$A$1:$A$40"] });

    expect(out.cf).toEqual([
      {
        ref: 'A2:H4',
        rules: [{ type: 'expression', formulae: ['AND(ISNUMBER($D2),$D2>=$C2,$C2>0)'], fill: { argb: 'FFB7E1CD' } }],
      },
      {
        ref: 'A2:H4',
        rules: [{ type: 'expression', formulae: ['AND($D2<>"",$D2<$C2*0.5)'], fill: { argb: 'FFF4C7C3' } }],
      },
      { ref: 'E2:E4', rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['0.8'] }] },
      {
        ref: 'F2:F4',
        rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Không đạt"'], fill: { argb: 'FFFCE8B2' } }],
      },
      { ref: 'D2:D4', rules: [{ type: 'expression', formulae: ['LEN(TRIM(D2))=0'], fill: { argb: 'FFEEEEEE' } }] },
    ]);
    expect(out.props).toEqual([
      ['config', '{"year":2025,"agencies":["Sở Y tế"]}'],
      ['formulaLike', '=not a formula'],
      ['numberLike', '007'],
    ]);
  });
});

describe('saving', () => {
  it('leaves the previous file intact when saving fails', async () => {
    const target = path.join(dir, 'atomic.xlsx');
    const { workbook } = buildWorkbook();
    await saveWorkbook(workbook, target);
    const before = readFileSync(target);

    const broken = createPlatform();
    broken.platform.SpreadsheetApp.getActiveSpreadsheet().insertSheet('_props');
    await expect(saveWorkbook(broken.workbook, target)).rejects.toThrow('reserved');
    expect(readFileSync(target).equals(before)).toBe(true);

    // A failure at the last step (the rename) must not leave the temporary file behind.
    const occupied = path.join(dir, 'occupied.xlsx');
    mkdirSync(path.join(occupied, 'inside'), { recursive: true });
    await expect(saveWorkbook(workbook, occupied)).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
