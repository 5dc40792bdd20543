import { createPlatform } from '../../src/local/engine';

function setup() {
  const local = createPlatform(undefined, { locale: 'vi_VN' });
  const app = local.platform.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { ...local, app, ss, sheet: ss.getSheets()[0] };
}

describe('sheets', () => {
  it('refuses a second sheet of the same name, ignoring case, and names over 100 characters', () => {
    const { ss } = setup();
    ss.insertSheet('Sở Y tế');
    expect(() => ss.insertSheet('Sở Y tế')).toThrow(
      'A sheet with the name "Sở Y tế" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('SỞ Y TẾ')).toThrow('already exists');
    expect(() => ss.insertSheet('x'.repeat(101))).toThrow('100 characters');
    expect(ss.insertSheet('x'.repeat(100)).getName()).toHaveLength(100);
    expect(ss.getSheetByName('sở y tế')!.getName()).toBe('Sở Y tế');
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  it('inserts after the active sheet (or at an index), makes it active, and gives it a 1000 × 26 grid', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'A', 'B']);
    expect(ss.getActiveSheet().getName()).toBe('First');
    expect([b.getMaxRows(), b.getMaxColumns(), b.getIndex()]).toEqual([1000, 26, 4]);
    expect(a.getSheetId()).not.toBe(b.getSheetId());
    a.activate();
    expect(ss.getActiveSheet().getName()).toBe('A');
    const unnamed = ss.insertSheet();
    expect(unnamed.getName()).toBe('Sheet5');
  });

  it('deletes sheets, but never the last visible one; a deleted sheet cannot be used', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Other');
    expect(() => other.hideSheet()).not.toThrow();
    expect(() => sheet.hideSheet()).toThrow();
    ss.deleteSheet(other);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => other.getRange('A1')).toThrow('has been deleted');
    expect(() => ss.deleteSheet(sheet)).toThrow();
  });

  it('copies a template sheet', () => {
    const { ss, sheet, app } = setup();
    sheet.getRange('A1:B1').setValues([['Chỉ tiêu', 'Kết quả']]);
    sheet.getRange('B2:B5').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1e15).build());
    sheet.setFrozenRows(1);
    const copy = ss.insertSheet('Bản sao', { template: sheet });
    expect(copy.getRange('A1:B1').getValues()).toEqual([['Chỉ tiêu', 'Kết quả']]);
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.getRange('B3').getDataValidations()[0][0]!.getCriteriaValues()).toEqual([0, 1e15]);
    copy.getRange('A1').setValue('changed');
    expect(sheet.getRange('A1').getValue()).toBe('Chỉ tiêu');
  });

  it('renaming a sheet rewrites formulas that point to it', () => {
    const { ss, sheet } = setup();
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(3);
    sheet.getRange('A1').setValues([['=Data!A1*2']]);
    data.setName('Số liệu');
    expect(sheet.getRange('A1').getFormulas()).toEqual([["='Số liệu'!A1*2"]]);
    expect(sheet.getRange('A1').getValue()).toBe(6);
  });

  it('keeps frozen panes, widths, tab colours and hidden columns', () => {
    const { sheet, workbook } = setup();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidths(2, 3, 180);
    sheet.setTabColor('#0F9D58');
    sheet.hideColumns(6, 2);
    sheet.showColumns(7);
    const data = workbook.sheets[0];
    expect([sheet.getFrozenRows(), data.frozenColumns]).toEqual([2, 1]);
    expect([1, 2, 4, 5].map((c) => data.columnWidths.get(c))).toEqual([undefined, 180, 180, undefined]);
    expect([data.tabColor, [...data.hiddenColumns]]).toEqual(['#0f9d58', [6]]);
  });
});

describe('inserting and deleting rows and columns', () => {
  function table() {
    const local = setup();
    const { app, sheet } = local;
    sheet.getRange('A1:C4').setValues([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['a', 10, 5],
      ['b', 20, 25],
      ['c', 30, 30],
    ]);
    sheet.getRange('D2:D4').setFormulas([['=C2/B2'], ['=C3/B3'], ['=C4/B4']]);
    sheet.getRange('E1').setValues([['=SUM(C2:C4)']]);
    sheet
      .getRange('C2:C4')
      .setDataValidation(app.newDataValidation().requireNumberBetween(0, 1e15).setAllowInvalid(false).build());
    sheet.getRange('C2:C4').setBackground('#fff2cc');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2<$B2')
        .setBackground('red')
        .setRanges([sheet.getRange('A2:D4')])
        .build(),
    ]);
    const p = sheet.getRange('A2:A4').protect();
    return { ...local, p };
  }

  it(
    'insertRowsAfter moves values, formulas, rules and protections down and grows ranges that span the ' + 'insertion',
    () => {
      const { sheet, engine, app } = table();
      sheet.insertRowsAfter(2, 2);
      expect(sheet.getMaxRows()).toBe(1002);
      expect(
        sheet
          .getRange('A1:A6')
          .getValues()
          .map(([v]) => v),
      ).toEqual(['Chỉ tiêu', 'a', '', '', 'b', 'c']);
      expect(sheet.getRange('D5:D6').getFormulas()).toEqual([['=C5/B5'], ['=C6/B6']]);
      expect(sheet.getRange('E1').getFormulas()).toEqual([['=SUM(C2:C6)']]);
      // The inserted rows take the format and validation of row 2.
      expect(sheet.getRange('C3').getBackgrounds()).toEqual([['#fff2cc']]);
      expect(engine.userEdit('Sheet1', 'C3', -1).ok).toBe(false);
      expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:D6');
      expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A2:A6');
      expect(engine.effectiveBackground('Sheet1', 'A2')).toBe('#ff0000');
      expect(engine.effectiveBackground('Sheet1', 'A5')).toBe('#ffffff');
    },
  );

  it('inserting above a table moves everything, validation anchors included', () => {
    const { sheet, engine, app } = table();
    sheet
      .getRange('F2:F4')
      .setDataValidation(app.newDataValidation().requireFormulaSatisfied('=F2<=B2').setAllowInvalid(false).build());
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A4').getValue()).toBe('b');
    expect(engine.userEdit('Sheet1', 'F4', 21).ok).toBe(false);
    expect(engine.userEdit('Sheet1', 'F4', 20).ok).toBe(true);
  });

  it('deleteRows moves content up, shrinks ranges and breaks references into deleted cells', () => {
    const { sheet, app, engine } = table();
    sheet.getRange('G1').setValues([['=B3']]);
    sheet.deleteRows(3, 1);
    expect(
      sheet
        .getRange('A1:A4')
        .getValues()
        .map(([v]) => v),
    ).toEqual(['Chỉ tiêu', 'a', 'c', '']);
    expect(sheet.getRange('E1').getFormulas()).toEqual([['=SUM(C2:C3)']]);
    expect(sheet.getRange('G1').getFormulas()).toEqual([['=#REF!']]);
    expect(sheet.getRange('G1').getValue()).toBe('#REF!');
    expect(sheet.getRange('D3').getFormulas()).toEqual([['=C3/B3']]);
    expect(sheet.getRange('D3').getValue()).toBe(1);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:D3');
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A2:A3');
    expect(engine.userEdit('Sheet1', 'C3', -1).ok).toBe(false);
    expect(engine.userEdit('Sheet1', 'C4', -1).ok).toBe(true);
    expect(() => sheet.deleteRows(1, 999)).toThrow('not possible to delete all');
  });

  it('inserts and deletes columns', () => {
    const { sheet } = table();
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A2:D2').getValues()).toEqual([['a', '', 10, 5]]);
    expect(sheet.getRange('E2').getFormulas()).toEqual([['=D2/C2']]);
    expect(sheet.getMaxColumns()).toBe(27);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['a', 5, '#REF!']]);
  });

  it('merges keep the top-left value and refuse partial overlaps', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['Tiêu đề', 'x', 'y']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Tiêu đề', '', '']]);
    expect(() => sheet.getRange('B1:D1').merge()).toThrow();
    sheet.getRange('A1:D2').merge();
  });
});
